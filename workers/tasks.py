"""Celery tasks. They take ids, reload from the store, and return nothing big."""

from __future__ import annotations

from celery import shared_task

from workers import runtime
from workers.celery_app import PING, RUN_JOB
from workers.runner import process_job


@shared_task(name=RUN_JOB, acks_late=True, reject_on_worker_lost=True, ignore_result=True)
def run_job(job_id: str) -> str:
    rt = runtime.get()
    return process_job(rt.store, rt.settings, job_id)


@shared_task(name=PING, ignore_result=False)
def ping() -> str:
    """A no-op: the queue's round-trip floor, measured by bench/latency.py."""
    return "pong"

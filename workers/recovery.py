"""The recovery sweep: send again the jobs whose message or worker was lost.

It runs when a worker starts and then every ``sweep_every`` seconds in the worker's
main process. Jobs are the record; the broker is only the doorbell.
"""

from __future__ import annotations

import logging
import threading

from celery import Celery

from config.settings import Settings
from store import Store, jobs
from workers.celery_app import RUN_JOB

log = logging.getLogger("factcheck.recovery")


def sweep_once(app: Celery, store: Store, settings: Settings) -> list[str]:
    ids = jobs.sweep(store, requeue_after=settings.requeue_after, stale_after=settings.stale_after,
                     max_attempts=settings.max_attempts)
    sent = []
    for job_id in ids:
        try:
            app.send_task(RUN_JOB, args=[job_id], ignore_result=True, retry=True,
                          retry_policy={"max_retries": 1, "interval_start": 0.2})
        except Exception as exc:  # broker still down: leave it unsent for the next sweep
            jobs.clear_enqueued(store, job_id)
            log.warning("event=requeue_failed error=%s", type(exc).__name__, extra={"job_id": job_id})
            continue
        sent.append(job_id)
        log.info("event=requeued", extra={"job_id": job_id})
    return sent


class Sweeper(threading.Thread):
    def __init__(self, app: Celery, store: Store, settings: Settings):
        super().__init__(daemon=True, name="factcheck-sweeper")
        self.app, self.store, self.settings = app, store, settings
        self.stopped = threading.Event()

    def run(self) -> None:
        while True:
            try:
                sweep_once(self.app, self.store, self.settings)
            except Exception:
                log.warning("event=sweep_failed", exc_info=True)
            if self.stopped.wait(self.settings.sweep_every):
                return

"""Send a committed job to the workers. If the broker is down the job stays queued in the
store and the workers' recovery sweep sends it when the broker is back."""

from __future__ import annotations

import logging

from service.context import services
from store import jobs
from workers.celery_app import RUN_JOB

log = logging.getLogger("factcheck.web")


def enqueue(job_id: str) -> bool:
    svc = services()
    try:
        svc.celery.send_task(RUN_JOB, args=[job_id], ignore_result=True, retry=True,
                             retry_policy=svc.celery.conf.task_publish_retry_policy)
    except Exception as exc:  # kombu's OperationalError, socket errors: the row is safe
        log.warning("event=enqueue_failed error=%s", type(exc).__name__, extra={"job_id": job_id})
        return False
    jobs.mark_enqueued(svc.store, job_id)
    return True

"""key=value log lines, each stamped with the job id being worked on (or job_id=-)."""

from __future__ import annotations

import contextvars
import logging
import re
import sys

current_job: contextvars.ContextVar[str] = contextvars.ContextVar("current_job", default="-")

FORMAT = "%(asctime)s level=%(levelname)s logger=%(name)s job_id=%(job_id)s %(message)s"


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")


class JobIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "job_id"):
            record.job_id = current_job.get()
            if record.job_id == "-":
                record.job_id = _job_from_celery_record(record)
        return True


def _job_from_celery_record(record: logging.LogRecord) -> str:
    """Celery's 'Task ... received' line names the task's arguments: our job id."""
    args = record.args if isinstance(record.args, dict) else {}
    if args.get("name") == "factcheck.run_job":
        found = _UUID.search(str(args.get("args", "")))
        if found:
            return found.group(0)
    return "-"


def configure(level: str = "INFO") -> None:
    """Send key=value lines to stderr; called by the worker and web entry points only."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(JobIdFilter())
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)

"""key=value log lines, each stamped with the job id being worked on (or job_id=-)."""

from __future__ import annotations

import contextvars
import logging
import sys

current_job: contextvars.ContextVar[str] = contextvars.ContextVar("current_job", default="-")

FORMAT = "%(asctime)s level=%(levelname)s logger=%(name)s job_id=%(job_id)s %(message)s"


class JobIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "job_id"):
            record.job_id = current_job.get()
        return True


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

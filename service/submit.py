"""Validate a submission, then find the same article's job or create and queue a new one.

Shared by the JSON API and the form on ``/``: both raise and show the same
``ValidationError`` (a code and a sentence).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Mapping
from urllib.parse import urlsplit

from service.context import services
from service.errors import ApiError
from store import jobs
from store.models import Job

log = logging.getLogger("factcheck.web")

FIELDS = ("text", "title", "published", "url", "rerun")
MAX_TITLE = 500
MAX_URL = 2048


class ValidationError(ApiError):
    """A submission we refuse; ``code`` names the problem, ``message`` says how to fix it."""

    def __init__(self, code: str, message: str, status: int = 400):
        super().__init__(code, message, status)


@dataclass
class Submission:
    text: str | None
    url: str | None
    title: str | None
    published: date | None
    rerun: bool


@dataclass
class SubmitResult:
    job: Job
    created: bool

    @property
    def job_id(self) -> str:
        return self.job.id

    @property
    def id(self) -> str:
        return self.job.id

    def to_dict(self) -> dict:
        return {
            "job_id": self.job.id,
            "status": self.job.status,
            "deduplicated": not self.created,
            "status_url": f"/api/jobs/{self.job.id}",
            "report_url": f"/reports/{self.job.id}",
            "report_api_url": f"/api/reports/{self.job.id}",
        }


def _optional_str(data: Mapping, name: str) -> str | None:
    value = data.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError(f"invalid_{name}", f"{name} must be a string, got {type(value).__name__}")
    return value.strip() or None


def parse_published(value) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise ValidationError("invalid_date", "published must be an ISO date string like 2024-12-27")
    raw = value.strip()
    try:
        parsed = date.fromisoformat(raw) if len(raw) == 10 else datetime.fromisoformat(raw).date()
    except ValueError:
        raise ValidationError("invalid_date", f"published must be an ISO date like 2024-12-27, got {raw!r}") from None
    tomorrow = datetime.now(timezone.utc).date() + timedelta(days=1)
    if parsed > tomorrow or parsed.year < 1900:
        raise ValidationError("invalid_date", f"published must be a real publication date, not {raw}")
    return parsed


def parse_rerun(value) -> bool:
    if value is None or isinstance(value, bool):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in {"1", "true", "yes", "on"}:
        return True
    if isinstance(value, str) and value.strip().lower() in {"0", "false", "no", "off", ""}:
        return False
    raise ValidationError("invalid_rerun", "rerun must be true or false")


def parse_url(value) -> str | None:
    url = _optional_str({"url": value}, "url")
    if url is None:
        return None
    if len(url) > MAX_URL:
        raise ValidationError("invalid_url", f"url must be at most {MAX_URL} characters")
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ValidationError("invalid_url", f"url must be an http:// or https:// address, got {url!r}")
    return url


def parse_submission(data, max_text_bytes: int, strict: bool = False) -> Submission:
    """Check the fields once, up front, and report the first problem."""
    if not isinstance(data, Mapping):
        raise ValidationError("invalid_body", "The body must be a JSON object like {\"text\": \"...\"}")
    if strict:
        unknown = sorted(set(data) - set(FIELDS))
        if unknown:
            raise ValidationError("unknown_field", f"Unknown field {unknown[0]!r}; known fields: {', '.join(FIELDS)}")
    raw_text = data.get("text")
    if raw_text is not None and not isinstance(raw_text, str):
        raise ValidationError("invalid_text", f"text must be a string, got {type(raw_text).__name__}")
    text = raw_text if raw_text and raw_text.strip() else None
    url = parse_url(data.get("url"))
    if text is None and url is None:
        if raw_text is not None:
            raise ValidationError("empty_text", "text is empty; paste the article's text or give its url")
        raise ValidationError("missing_text", "Send the article as \"text\", or its address as \"url\"")
    if text is not None and len(text.encode("utf-8")) > max_text_bytes:
        raise ValidationError("text_too_large",
                              f"text is larger than {max_text_bytes} bytes; send one article at a time", 413)
    title = _optional_str(data, "title")
    if title and len(title) > MAX_TITLE:
        raise ValidationError("invalid_title", f"title must be at most {MAX_TITLE} characters")
    published = parse_published(data.get("published"))
    if published is None and text is not None:
        published = datetime.now(timezone.utc).date()
    return Submission(text=text, url=url, title=title, published=published, rerun=parse_rerun(data.get("rerun")))


def submit_article(data, strict: bool = False) -> SubmitResult:
    """Validate ``data`` (text/title/published/url/rerun) and create-or-find its job.

    Raises ``ValidationError``. Must run inside a Flask app context.
    """
    svc = services()
    sub = parse_submission(data, svc.settings.max_text_bytes, strict=strict)
    key = jobs.dedupe_key(sub.text, sub.url, sub.published)
    if not sub.rerun:
        existing = jobs.find_reusable(svc.store, key)
        if existing is not None:
            log.info("event=deduplicated", extra={"job_id": existing.id})
            return SubmitResult(job=existing, created=False)
    try:
        job = jobs.create_job(svc.store, text=sub.text, url=sub.url, title=sub.title,
                              published=sub.published, rerun=sub.rerun, key=key)
    except jobs.DuplicateJob:  # an identical submission landed at the same moment
        existing = jobs.find_reusable(svc.store, key)
        if existing is None:
            raise
        log.info("event=deduplicated race=true", extra={"job_id": existing.id})
        return SubmitResult(job=existing, created=False)
    from service.queueing import enqueue

    enqueue(job.id)
    log.info("event=accepted", extra={"job_id": job.id})
    return SubmitResult(job=job, created=True)


def submit(data, rerun: bool = False, strict: bool = False) -> SubmitResult:
    """``submit_article`` with ``rerun`` as a keyword (the form's way of asking)."""
    if rerun and isinstance(data, Mapping):
        data = {**data, "rerun": True}
    return submit_article(data, strict=strict)

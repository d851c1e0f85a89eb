"""Job rows: create or find by content, claim atomically, move through stages, finish.

Every write a worker makes after claiming is conditional on its ``claim_token``, so a
worker that lost its claim (it stalled and the sweep gave the job to another) cannot
overwrite the newer attempt.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date, timedelta

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from store.clock import iso, looks_like_id, new_id, utcnow
from store.db import Store
from store.models import Job, Report

_SPACE = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def dedupe_key(text: str | None, url: str | None, published: date | None) -> str:
    """Same normalised text and date -> same key; a URL stands in until its text is fetched."""
    basis = f"text:{normalise_text(text)}" if text else f"url:{(url or '').strip()}"
    stamp = published.isoformat() if published else "-"
    return hashlib.sha256(f"{basis}\n{stamp}".encode("utf-8")).hexdigest()


def find_reusable(store: Store, key: str) -> Job | None:
    """The newest job for this content that has not failed."""
    with store.session() as s:
        return s.scalars(
            select(Job)
            .where(Job.dedupe_key == key, Job.status != "failed")
            .order_by(Job.created_at.desc())
            .limit(1)
        ).first()


class DuplicateJob(Exception):
    """A live job for the same content was inserted at the same moment; look it up again."""


def create_job(store: Store, *, text: str | None, url: str | None, title: str | None,
               published: date | None, rerun: bool, key: str) -> Job:
    """Insert and commit a queued job; the caller queues it only after this returns.

    A job that is not a rerun holds ``live_key`` (unique) until it fails, so of two
    identical submissions at the same moment only one is inserted: the other gets
    ``DuplicateJob`` and finds the first with ``find_reusable``.
    """
    now = utcnow()
    job = Job(id=new_id(), status="queued", stage="fetch" if url and not text else "extract",
              progress=0.0, dedupe_key=key, live_key=None if rerun else key, title=title,
              published=published, url=url, text=text, rerun=rerun, attempts=0,
              created_at=now, updated_at=now)
    try:
        with store.session() as s:
            s.add(job)
    except IntegrityError:
        raise DuplicateJob(key) from None
    return job


def get_job(store: Store, job_id: str) -> Job | None:
    if not looks_like_id(job_id):
        return None
    with store.session() as s:
        return s.get(Job, job_id)


def mark_enqueued(store: Store, job_id: str) -> None:
    with store.session() as s:
        s.execute(update(Job).where(Job.id == job_id, Job.status == "queued").values(enqueued_at=utcnow()))


def claim(store: Store, job_id: str, token: str) -> bool:
    """Take a queued job for this attempt; False if another worker has it or it is done."""
    now = utcnow()
    with store.session() as s:
        result = s.execute(
            update(Job)
            .where(Job.id == job_id, Job.status == "queued")
            .values(status="running", claim_token=token, attempts=Job.attempts + 1,
                    started_at=now, heartbeat_at=now, updated_at=now, error=None)
        )
        return result.rowcount == 1


def _mine(job_id: str, token: str):
    return (Job.id == job_id, Job.claim_token == token, Job.status == "running")


def set_stage(store: Store, job_id: str, token: str, stage: str, progress: float) -> bool:
    now = utcnow()
    with store.session() as s:
        result = s.execute(update(Job).where(*_mine(job_id, token)).values(
            stage=stage, progress=max(0.0, min(1.0, progress)), heartbeat_at=now, updated_at=now))
        return result.rowcount == 1


def heartbeat(store: Store, job_id: str, token: str) -> bool:
    with store.session() as s:
        result = s.execute(update(Job).where(*_mine(job_id, token)).values(heartbeat_at=utcnow()))
        return result.rowcount == 1


def set_article(store: Store, job_id: str, token: str, *, text: str, title: str | None,
                published: date) -> bool:
    """Record the fetched text (and the title and date found with it)."""
    with store.session() as s:
        result = s.execute(update(Job).where(*_mine(job_id, token)).values(
            text=text, title=title, published=published, updated_at=utcnow()))
        return result.rowcount == 1


def finish(store: Store, job_id: str, token: str, body: dict) -> bool:
    """Mark the job succeeded and store its report in one transaction."""
    now = utcnow()
    article = body.get("article") or {}
    with store.session() as s:
        result = s.execute(update(Job).where(*_mine(job_id, token)).values(
            status="succeeded", stage="store", progress=1.0, finished_at=now, updated_at=now))
        if result.rowcount != 1:
            return False
        summary = body.get("summary") or {}
        published = article.get("published")
        s.add(Report(id=job_id, title=article.get("title"),
                     published=date.fromisoformat(published) if published else None,
                     url=article.get("url"), claims_total=int(summary.get("total", 0)),
                     summary=summary, body=body, created_at=now))
        return True


def fail(store: Store, job_id: str, token: str | None, reason: str) -> bool:
    now = utcnow()
    where = _mine(job_id, token) if token else (Job.id == job_id, Job.status.in_(("queued", "running")))
    with store.session() as s:
        result = s.execute(update(Job).where(*where).values(
            status="failed", error=reason, finished_at=now, updated_at=now, live_key=None))
        return result.rowcount == 1


def sweep(store: Store, *, requeue_after: float, stale_after: float, max_attempts: int) -> list[str]:
    """Find jobs whose message or worker was lost; return the ids to send again.

    A running job whose heartbeat is older than ``stale_after`` goes back to queued (or
    fails after ``max_attempts``); a queued job sent more than ``requeue_after`` ago, or
    never sent, is sent again. Each change is conditional, so two sweepers do no harm.
    """
    now = utcnow()
    stale = now - timedelta(seconds=stale_after)
    resend_before = now - timedelta(seconds=requeue_after)
    unsent_before = now - timedelta(seconds=min(5.0, requeue_after))
    to_send: list[str] = []
    with store.session() as s:
        running = s.execute(select(Job.id, Job.heartbeat_at, Job.attempts)
                            .where(Job.status == "running", Job.heartbeat_at < stale)).all()
        queued = s.execute(select(Job.id, Job.enqueued_at, Job.created_at).where(Job.status == "queued")).all()
    for job_id, beat, attempts in running:
        with store.session() as s:
            cond = (Job.id == job_id, Job.status == "running", Job.heartbeat_at == beat)
            if attempts >= max_attempts:
                s.execute(update(Job).where(*cond).values(
                    status="failed", finished_at=now, updated_at=now, live_key=None,
                    error=f"The check stopped {attempts} times before finishing; giving up."))
                continue
            result = s.execute(update(Job).where(*cond).values(
                status="queued", claim_token=None, enqueued_at=now, updated_at=now))
            if result.rowcount == 1:
                to_send.append(job_id)
    for job_id, sent, created in queued:
        due = (sent is None and created < unsent_before) or (sent is not None and sent < resend_before)
        if not due:
            continue
        with store.session() as s:
            cond = (Job.id == job_id, Job.status == "queued",
                    Job.enqueued_at.is_(None) if sent is None else Job.enqueued_at == sent)
            if s.execute(update(Job).where(*cond).values(enqueued_at=now)).rowcount == 1:
                to_send.append(job_id)
    return to_send


def job_to_dict(job: Job) -> dict:
    """The public view of a job, as ``GET /api/jobs/<id>`` answers it."""
    return {
        "id": job.id,
        "status": job.status,
        "stage": job.stage,
        "progress": round(float(job.progress or 0.0), 3),
        "error": job.error,
        "attempts": job.attempts,
        "title": job.title,
        "published": job.published.isoformat() if job.published else None,
        "url": job.url,
        "created_at": iso(job.created_at),
        "finished_at": iso(job.finished_at),
        "status_url": f"/api/jobs/{job.id}",
        "report_url": f"/reports/{job.id}",
        "report_api_url": f"/api/reports/{job.id}",
    }


def clear_enqueued(store: Store, job_id: str) -> None:
    """The send failed: leave the job looking unsent so the next sweep tries again."""
    with store.session() as s:
        s.execute(update(Job).where(Job.id == job_id, Job.status == "queued").values(enqueued_at=None))

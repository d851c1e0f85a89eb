"""Run one job: claim it, fetch if needed, check it, store the report. No Celery in here."""

from __future__ import annotations

import logging
import threading
import time
import uuid
from datetime import date

from config.settings import Settings
from factcheck.article import Article
from store import Store
from store import jobs
from workers.logs import current_job

log = logging.getLogger("factcheck.worker")


class LostClaim(Exception):
    """The sweep handed this job to another attempt while we were working on it."""


class _Heartbeat(threading.Thread):
    """Touches the job's heartbeat while the work runs, so the sweep knows we are alive."""

    def __init__(self, store: Store, job_id: str, token: str, every: float):
        super().__init__(daemon=True, name=f"heartbeat-{job_id[:8]}")
        self.store, self.job_id, self.token, self.every = store, job_id, token, every
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(self.every):
            try:
                jobs.heartbeat(self.store, self.job_id, self.token)
            except Exception:  # a missed beat is not fatal; the next one may land
                log.warning("event=heartbeat_failed", extra={"job_id": self.job_id}, exc_info=True)


def process_job(store: Store, settings: Settings, job_id: str) -> str:
    """Do the job if it is still queued; return what happened (for logs and tests)."""
    reset = current_job.set(job_id)
    try:
        return _process(store, settings, job_id)
    finally:
        current_job.reset(reset)


def _process(store: Store, settings: Settings, job_id: str) -> str:
    token = str(uuid.uuid4())
    if not jobs.claim(store, job_id, token):
        job = jobs.get_job(store, job_id)
        state = job.status if job else "missing"
        if job is None:  # another deployment's job on our queue? check FACTCHECK_QUEUE
            log.warning("event=skip reason=unknown_job")
        else:
            log.info("event=skip reason=not_queued status=%s", state)
        return f"skipped:{state}"
    job = jobs.get_job(store, job_id)
    log.info("event=claimed attempt=%d", job.attempts)
    started = time.monotonic()
    beat = _Heartbeat(store, job_id, token, settings.heartbeat_every)
    beat.start()
    try:
        article = _load_article(store, settings, job, token)
        report = _check(store, settings, job_id, token, article)
        if not jobs.finish(store, job_id, token, report):
            raise LostClaim()
    except LostClaim:
        log.warning("event=lost_claim")
        return "lost_claim"
    except UserFacingError as exc:
        jobs.fail(store, job_id, token, str(exc))
        log.info("event=failed reason=%r", str(exc))
        return "failed"
    except Exception as exc:  # the job must end failed with a reason, never hang
        log.exception("event=crashed error=%s", type(exc).__name__)
        jobs.fail(store, job_id, token, f"The check failed unexpectedly ({type(exc).__name__}: {exc}).")
        return "failed"
    finally:
        beat.stopped.set()
    log.info("event=succeeded claims=%d seconds=%.3f", report["summary"].get("total", 0),
             time.monotonic() - started)
    return "succeeded"


class UserFacingError(Exception):
    """A failure whose message is a sentence fit to show the person who submitted the job."""


def _stage(store: Store, settings: Settings, job_id: str, token: str, stage: str, progress: float) -> None:
    if not jobs.set_stage(store, job_id, token, stage, progress):
        raise LostClaim()
    log.info("event=stage stage=%s progress=%.2f", stage, progress)
    if settings.stage_delay:
        time.sleep(settings.stage_delay)


def _load_article(store: Store, settings: Settings, job, token: str) -> Article:
    if job.text:
        return Article(text=job.text, published=job.published or date.today(), title=job.title, url=job.url)
    from factcheck.fetch import FetchError, FetchOptions, fetch_article

    _stage(store, settings, job.id, token, "fetch", 0.02)
    options = FetchOptions(
        allow_private=settings.allow_private_fetch,
        max_bytes=settings.fetch_max_bytes,
        connect_timeout=settings.fetch_connect_timeout,
        read_timeout=settings.fetch_read_timeout,
        max_redirects=settings.fetch_max_redirects,
        total_timeout=settings.fetch_total_timeout,
    )
    try:
        page = fetch_article(job.url, options)
    except FetchError as exc:
        raise UserFacingError(str(exc)) from None
    if not page.text.strip():
        raise UserFacingError(f"No article text was found at {job.url}; paste the text instead.")
    if len(page.text.encode("utf-8")) > settings.max_text_bytes:
        raise UserFacingError(f"The article at {job.url} is longer than {settings.max_text_bytes} bytes.")
    published = job.published or page.published or date.today()
    title = job.title or page.title
    if not jobs.set_article(store, job.id, token, text=page.text, title=title, published=published):
        raise LostClaim()
    log.info("event=fetched bytes=%d", len(page.text.encode("utf-8")))
    return Article(text=page.text, published=published, title=title, url=job.url)


def _check(store: Store, settings: Settings, job_id: str, token: str, article: Article) -> dict:
    from factcheck.pipeline import check_article

    def on_stage(stage: str, progress: float) -> None:
        _stage(store, settings, job_id, token, stage, progress)

    return check_article(article, on_stage)


def warm_up() -> None:
    """Run the pipeline once on a tiny article, to load its modules and data caches."""
    from factcheck.pipeline import check_article

    started = time.monotonic()
    try:
        check_article(Article(text="After over 1,000 days of fighting, Russia fired 70 missiles.",
                              published=date(2024, 12, 27)))
    except Exception:  # a broken pipeline fails its jobs with a reason; start anyway
        log.warning("event=warm_up_failed", exc_info=True)
        return
    log.info("event=warmed_up seconds=%.3f", time.monotonic() - started)

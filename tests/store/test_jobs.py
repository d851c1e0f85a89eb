"""Jobs in the store: atomic claims, stage updates bound to the claim, the recovery sweep."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import update

from store import jobs, reports
from store.clock import utcnow
from store.models import Job


def _job(store, text="Over 1,000 days of fighting.", published=date(2024, 12, 27)):
    return jobs.create_job(store, text=text, url=None, title="T", published=published, rerun=False,
                           key=jobs.dedupe_key(text, None, published))


def _age(store, job_id, **columns_seconds_ago):
    now = utcnow()
    with store.session() as s:
        s.execute(update(Job).where(Job.id == job_id).values(
            **{col: now - timedelta(seconds=secs) for col, secs in columns_seconds_ago.items()}))


def test_a_job_is_claimed_once(store):
    job = _job(store)
    assert jobs.claim(store, job.id, "a") is True
    assert jobs.claim(store, job.id, "b") is False
    got = jobs.get_job(store, job.id)
    assert got.status == "running" and got.claim_token == "a" and got.attempts == 1


def test_only_the_claim_holder_moves_the_job(store):
    job = _job(store)
    jobs.claim(store, job.id, "a")
    assert jobs.set_stage(store, job.id, "b", "verify", 0.5) is False
    assert jobs.set_stage(store, job.id, "a", "verify", 0.5) is True
    assert jobs.finish(store, job.id, "b", {"summary": {"total": 0}}) is False
    assert reports.get_report(store, job.id) is None


def test_finishing_stores_the_report_with_the_job(store):
    job = _job(store)
    jobs.claim(store, job.id, "a")
    body = {"article": {"title": "T", "published": "2024-12-27", "text": "x", "url": None},
            "claims": [], "summary": {"supported": 0, "total": 0}}
    assert jobs.finish(store, job.id, "a", body) is True
    got = jobs.get_job(store, job.id)
    assert got.status == "succeeded" and got.progress == 1.0 and got.finished_at is not None
    assert reports.get_report(store, job.id) == {"id": job.id, **body}
    page = reports.list_recent(store, page=1, per_page=10)
    assert page.total == 1 and page.items[0]["id"] == job.id and page.items[0]["published"] == "2024-12-27"


def test_the_report_list_is_newest_first_and_paged(store):
    ids = []
    for i in range(5):
        job = _job(store, text=f"{i} drones")
        jobs.claim(store, job.id, "t")
        jobs.finish(store, job.id, "t", {"article": {"published": "2024-12-27"}, "summary": {"total": i}})
        ids.append(job.id)
    first = reports.list_recent(store, page=1, per_page=2)
    assert first.total == 5 and first.pages == 3 and len(first.items) == 2
    assert first.items[0]["id"] == ids[-1]
    last = reports.list_recent(store, page=3, per_page=2)
    assert [i["id"] for i in last.items] == [ids[0]]


def test_dedupe_finds_the_newest_job_that_has_not_failed(store):
    job = _job(store)
    assert jobs.find_reusable(store, job.dedupe_key).id == job.id
    jobs.fail(store, job.id, None, "no")
    assert jobs.find_reusable(store, job.dedupe_key) is None
    assert jobs.dedupe_key("a  b", None, date(2024, 1, 1)) == jobs.dedupe_key(" a\nb ", None, date(2024, 1, 1))
    assert jobs.dedupe_key("a b", None, date(2024, 1, 1)) != jobs.dedupe_key("a b", None, date(2024, 1, 2))


def test_the_sweep_sends_again_a_job_never_sent_or_long_queued(store):
    fresh, unsent, stale_sent = _job(store, "1"), _job(store, "2"), _job(store, "3")
    jobs.mark_enqueued(store, fresh.id)
    _age(store, unsent.id, created_at=30)
    jobs.mark_enqueued(store, stale_sent.id)
    _age(store, stale_sent.id, enqueued_at=120)
    sent = jobs.sweep(store, requeue_after=60, stale_after=60, max_attempts=3)
    assert sorted(sent) == sorted([unsent.id, stale_sent.id])
    assert jobs.sweep(store, requeue_after=60, stale_after=60, max_attempts=3) == []


def test_the_sweep_takes_back_a_running_job_whose_worker_is_gone(store):
    job = _job(store)
    jobs.claim(store, job.id, "dead")
    assert jobs.sweep(store, requeue_after=60, stale_after=30, max_attempts=3) == []
    _age(store, job.id, heartbeat_at=45)
    assert jobs.sweep(store, requeue_after=60, stale_after=30, max_attempts=3) == [job.id]
    got = jobs.get_job(store, job.id)
    assert got.status == "queued" and got.claim_token is None
    assert jobs.set_stage(store, job.id, "dead", "verify", 0.5) is False  # the old worker lost it
    assert jobs.claim(store, job.id, "new") is True and jobs.get_job(store, job.id).attempts == 2


def test_the_sweep_gives_up_after_max_attempts(store):
    job = _job(store)
    for token in ("a", "b", "c"):
        assert jobs.claim(store, job.id, token)
        _age(store, job.id, heartbeat_at=100)
        jobs.sweep(store, requeue_after=60, stale_after=30, max_attempts=3)
    got = jobs.get_job(store, job.id)
    assert got.status == "failed" and "3 times" in got.error


def test_only_one_live_job_per_content(store):
    first = _job(store)
    with pytest.raises(jobs.DuplicateJob):
        _job(store)
    rerun = jobs.create_job(store, text="x", url=None, title=None, published=None, rerun=True,
                            key=first.dedupe_key)
    assert rerun.live_key is None
    jobs.fail(store, first.id, None, "boom")
    assert _job(store).id != first.id  # a failed job no longer holds the content

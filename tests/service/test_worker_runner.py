"""The task body, run in-process (no Celery): claim once, fail with a reason, never hang."""

from __future__ import annotations

from datetime import date

import pytest

from config.settings import from_env
from store import Store, jobs, reports
from store.migrate import upgrade
from workers.runner import process_job


@pytest.fixture
def setup(tmp_path):
    url = f"sqlite:///{tmp_path / 's.sqlite'}"
    upgrade(url)
    store = Store(url)
    settings = from_env({"DATABASE_URL": url, "FACTCHECK_VAR_DIR": str(tmp_path)})
    yield store, settings
    store.dispose()


def _job(store, text="Russia fired around 70 missiles and 100 drones.", url=None):
    return jobs.create_job(store, text=text, url=url, title=None, published=date(2024, 12, 25) if text else None,
                           rerun=False, key=jobs.dedupe_key(text, url, None))


def test_a_job_runs_once_even_if_its_task_is_delivered_twice(setup):
    store, settings = setup
    job = _job(store)
    assert process_job(store, settings, job.id) == "succeeded"
    assert process_job(store, settings, job.id) == "skipped:succeeded"
    report = reports.get_report(store, job.id)
    assert report["summary"]["total"] == len(report["claims"])
    assert process_job(store, settings, "00000000-0000-4000-8000-000000000000") == "skipped:missing"


def test_a_crash_in_the_pipeline_fails_the_job_with_a_reason(setup, monkeypatch):
    store, settings = setup
    import factcheck.pipeline

    def broken(article, on_stage=None):
        on_stage("extract", 0.1)
        raise ValueError("cannot parse")

    monkeypatch.setattr(factcheck.pipeline, "check_article", broken)
    job = _job(store)
    assert process_job(store, settings, job.id) == "failed"
    got = jobs.get_job(store, job.id)
    assert got.status == "failed" and "cannot parse" in got.error and got.stage == "extract"


def test_a_url_on_a_private_address_fails_without_a_fetch(setup):
    store, settings = setup
    job = _job(store, text=None, url="http://127.0.0.1:9/secret")
    assert process_job(store, settings, job.id) == "failed"
    got = jobs.get_job(store, job.id)
    assert got.stage == "fetch" and "private or internal address" in got.error


def test_worker_logs_carry_the_job_id(setup, caplog):
    store, settings = setup
    job = _job(store)
    from workers.logs import JobIdFilter

    caplog.handler.addFilter(JobIdFilter())
    with caplog.at_level("INFO", logger="factcheck.worker"):
        process_job(store, settings, job.id)
    lines = [r for r in caplog.records if r.name == "factcheck.worker"]
    assert lines and all(r.job_id == job.id for r in lines)
    assert any(r.getMessage().startswith("event=succeeded") for r in lines)

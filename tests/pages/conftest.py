"""Fixtures for the page tests: an app on a fresh migrated SQLite store, and reports in it."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

SAMPLE = Path(__file__).with_name("sample_report.json")


@pytest.fixture
def sample_report() -> dict:
    """A hand-written report with all four verdicts, evidence rows and both chart types."""
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


@pytest.fixture
def app(tmp_path):
    from service.app import create_app
    from store.migrate import upgrade

    url = f"sqlite:///{tmp_path / 'pages.sqlite'}"
    upgrade(url)
    app = create_app({"DATABASE_URL": url, "FACTCHECK_VAR_DIR": str(tmp_path), "TESTING": True})
    yield app
    app.extensions["factcheck.store"].dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def store(app):
    return app.extensions["factcheck.store"]


@pytest.fixture
def make_job(store):
    """Create a job row directly in the store (no queue) in the state asked for."""
    from datetime import date

    from store import jobs

    def make(status="queued", stage="extract", progress=0.0, error=None, report=None, title="A test"):
        job = jobs.create_job(store, text="Some 12 words.", url=None, title=title,
                              published=date(2024, 12, 27), rerun=True, key=f"k-{status}-{id(object())}")
        if status == "queued":
            return job.id
        assert jobs.claim(store, job.id, "token")
        jobs.set_stage(store, job.id, "token", stage, progress)
        if status == "failed":
            jobs.fail(store, job.id, "token", error or "It broke.")
        elif status == "succeeded":
            body = copy.deepcopy(report)
            body.pop("id", None)
            assert jobs.finish(store, job.id, "token", body)
        return job.id

    return make


@pytest.fixture
def stored_report(make_job, sample_report) -> str:
    """The sample report stored as a finished job; returns its id."""
    return make_job("succeeded", stage="store", progress=1.0, report=sample_report)

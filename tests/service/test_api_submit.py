"""Submitting: 202 with a Location, the job row committed before queueing, dedupe by content."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

from store import jobs


def test_it_accepts_an_article_with_202_and_a_location(client):
    response = client.post("/api/articles", json={"text": "Over 1,000 days of fighting.",
                                                  "title": "T", "published": "2024-12-27"})
    assert response.status_code == 202
    body = response.get_json()
    job_id = body["job_id"]
    assert uuid.UUID(job_id).version == 4
    assert response.headers["Location"] == f"/api/jobs/{job_id}"
    assert body["status_url"] == f"/api/jobs/{job_id}"
    assert body["report_url"] == f"/reports/{job_id}"
    job = client.get(body["status_url"]).get_json()
    assert job["status"] == "queued" and job["stage"] == "extract" and job["progress"] == 0.0
    assert job["error"] is None and job["published"] == "2024-12-27" and job["title"] == "T"


def test_the_job_row_is_committed_before_the_task_is_sent(app, client, monkeypatch):
    seen = {}
    celery = app.extensions["factcheck"].celery
    store = app.extensions["factcheck"].store

    def send_task(name, args, **_kw):
        other = store.__class__(store.url)  # a separate connection sees only committed rows
        try:
            seen["job"] = jobs.get_job(other, args[0])
        finally:
            other.dispose()

    monkeypatch.setattr(celery, "send_task", send_task)
    job_id = client.post("/api/articles", json={"text": "70 missiles"}).get_json()["job_id"]
    assert seen["job"] is not None and seen["job"].id == job_id and seen["job"].status == "queued"


def test_a_broker_failure_still_accepts_the_job(app, client, monkeypatch):
    def refuse(*_a, **_k):
        raise ConnectionRefusedError("broker down")

    monkeypatch.setattr(app.extensions["factcheck"].celery, "send_task", refuse)
    response = client.post("/api/articles", json={"text": "100 drones"})
    assert response.status_code == 202
    job = jobs.get_job(app.extensions["factcheck"].store, response.get_json()["job_id"])
    assert job.status == "queued" and job.enqueued_at is None  # the sweep will send it


def test_published_defaults_to_today(client):
    job_id = client.post("/api/articles", json={"text": "5 drones"}).get_json()["job_id"]
    today = datetime.now(timezone.utc).date().isoformat()
    assert client.get(f"/api/jobs/{job_id}").get_json()["published"] == today


def test_the_same_text_and_date_find_the_same_job(client):
    first = client.post("/api/articles", json={"text": "About 1,200 soldiers daily.", "published": "2024-12-27"})
    again = client.post("/api/articles", json={"text": " About  1,200\nsoldiers daily. ", "published": "2024-12-27"})
    assert again.status_code == 200
    assert again.get_json()["job_id"] == first.get_json()["job_id"]
    assert again.get_json()["deduplicated"] is True
    rerun = client.post("/api/articles", json={"text": "About 1,200 soldiers daily.", "published": "2024-12-27",
                                               "rerun": True})
    assert rerun.status_code == 202 and rerun.get_json()["job_id"] != first.get_json()["job_id"]


def test_a_failed_job_is_not_reused(app, client):
    store = app.extensions["factcheck"].store
    payload = {"text": "40% of the territory", "published": "2024-12-27"}
    first = client.post("/api/articles", json=payload).get_json()["job_id"]
    jobs.fail(store, first, None, "boom")
    second = client.post("/api/articles", json=payload)
    assert second.status_code == 202 and second.get_json()["job_id"] != first


def test_it_accepts_plain_text_and_form_bodies(client):
    plain = client.post("/api/articles?published=2024-12-25&title=Grid", data="70 missiles".encode(),
                        content_type="text/plain; charset=utf-8")
    assert plain.status_code == 202
    job = client.get(plain.headers["Location"]).get_json()
    assert job["published"] == "2024-12-25" and job["title"] == "Grid"
    form = client.post("/api/articles", data={"text": "100 drones", "published": "2024-12-25"})
    assert form.status_code == 202


def test_a_url_submission_waits_to_be_fetched(client):
    response = client.post("/api/articles", json={"url": "https://example.org/story"})
    assert response.status_code == 202
    job = client.get(response.headers["Location"]).get_json()
    assert job["stage"] == "fetch" and job["url"] == "https://example.org/story" and job["published"] is None


def test_the_report_list_pages(client):
    body = client.get("/api/reports?page=1&per_page=5").get_json()
    assert body == {"items": [], "page": 1, "per_page": 5, "total": 0, "pages": 1}


def test_identical_submissions_at_the_same_moment_share_one_job(app):
    import threading

    payload = {"text": "Nearly 40% of the territory it had reclaimed.", "published": "2024-12-27"}
    barrier, answers = threading.Barrier(6), []

    def post():
        client = app.test_client()
        barrier.wait()
        answers.append(client.post("/api/articles", json=payload).get_json()["job_id"])

    threads = [threading.Thread(target=post) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(answers)) == 1, answers

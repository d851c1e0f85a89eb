"""Post an article over HTTP, poll the job, read the JSON and HTML reports: real gunicorn,
real Celery worker, real broker (Redis, and the embedded SQLite broker), real store."""

from __future__ import annotations

import json
import uuid

import pytest

from tests.support.articles import PUBLISHED, article_text

CLAIM_FIELDS = {"start", "end", "text", "value", "low", "high", "unit", "qualifier", "kind", "measured",
                "verdict", "evidence"}
VERDICTS = {"supported", "refuted", "conflicting", "not_enough_info"}


@pytest.fixture(params=["live_stack", "embedded_stack"], ids=["redis", "embedded"])
def stack(request):
    return request.getfixturevalue(request.param)


def _unique(text: str) -> str:
    # a marker keeps each test's article distinct, so dedupe never answers from another test
    return f"{text}\n\n(test {uuid.uuid4().hex[:8]})"


def test_it_checks_the_fixture_article_end_to_end(stack):
    text = _unique(article_text())
    status, headers, body = stack.post_json("/api/articles", {
        "text": text, "title": "Peace talks", "published": PUBLISHED, "url": "https://example.org/a"})
    assert status == 202, body
    job_id = body["job_id"]
    assert uuid.UUID(job_id).version == 4
    assert headers["Location"].endswith(f"/api/jobs/{job_id}")
    assert body["status_url"] == f"/api/jobs/{job_id}"
    assert body["report_url"] == f"/reports/{job_id}"

    job = stack.wait_for_job(job_id, timeout=60)
    assert job["status"] == "succeeded", job
    assert job["progress"] == 1.0 and job["error"] is None
    assert job["report_url"] == f"/reports/{job_id}"

    status, report = stack.get_json(f"/api/reports/{job_id}")
    assert status == 200
    assert report["id"] == job_id
    assert report["article"] == {"title": "Peace talks", "published": PUBLISHED, "text": text,
                                 "url": "https://example.org/a"}
    assert report["claims"], "the fixture article has numeric claims"
    for claim in report["claims"]:
        assert CLAIM_FIELDS <= set(claim), sorted(CLAIM_FIELDS - set(claim))
        assert text[claim["start"]:claim["end"]] == claim["text"]
        assert claim["verdict"] in VERDICTS
        assert isinstance(claim["evidence"], list)
    summary = report["summary"]
    assert summary["total"] == len(report["claims"])
    assert sum(summary[v] for v in VERDICTS) == summary["total"]

    status, headers, html = stack.request("GET", f"/reports/{job_id}")
    assert status == 200
    assert headers["Content-Type"].startswith("text/html")
    assert b"Peace talks" in html


def test_it_accepts_a_plain_text_body(stack):
    text = _unique("Russia fired around 70 missiles and 100 drones.")
    status, headers, raw = stack.request("POST", f"/api/articles?published={PUBLISHED}&title=Plain",
                                         text.encode(), "text/plain; charset=utf-8")
    assert status == 202, raw
    job = stack.wait_for_job(json.loads(raw)["job_id"])
    assert job["status"] == "succeeded"
    assert job["title"] == "Plain" and job["published"] == PUBLISHED


def test_the_same_article_finds_the_same_job_unless_rerun(stack):
    payload = {"text": _unique("After over 1,000 days of fighting."), "published": PUBLISHED}
    status, _h, first = stack.post_json("/api/articles", payload)
    assert status == 202
    stack.wait_for_job(first["job_id"])
    # whitespace differences do not make a different article
    again = {**payload, "text": "  " + payload["text"].replace(" ", "  ") + "\n"}
    status, headers, second = stack.post_json("/api/articles", again)
    assert status == 200 and second["job_id"] == first["job_id"] and second["deduplicated"] is True
    assert headers["Location"].endswith(f"/api/jobs/{first['job_id']}")
    status, _h, other_day = stack.post_json("/api/articles", {**payload, "published": "2024-12-28"})
    assert status == 202 and other_day["job_id"] != first["job_id"]
    status, _h, rerun = stack.post_json("/api/articles", {**payload, "rerun": True})
    assert status == 202 and rerun["job_id"] != first["job_id"]
    assert stack.wait_for_job(rerun["job_id"])["status"] == "succeeded"


def test_it_fetches_an_article_given_by_url(stack, article_server):
    url = article_server.url("/story.html")
    status, _h, body = stack.post_json("/api/articles", {"url": url, "rerun": True})
    assert status == 202, body
    job = stack.wait_for_job(body["job_id"])
    assert job["status"] == "succeeded", job
    status, report = stack.get_json(f"/api/reports/{body['job_id']}")
    assert report["article"]["url"] == url
    assert report["article"]["title"] == "Talks loom as the war nears its third anniversary"
    assert report["article"]["published"] == "2024-12-27"
    assert "1,000 days of fighting" in report["article"]["text"]
    assert "Subscribe to our newsletter" not in report["article"]["text"]


def test_a_url_that_cannot_be_fetched_fails_with_a_reason(stack, article_server):
    status, _h, body = stack.post_json("/api/articles", {"url": article_server.url("/missing"), "rerun": True})
    assert status == 202
    job = stack.wait_for_job(body["job_id"])
    assert job["status"] == "failed"
    assert "404" in job["error"]
    status, err = stack.get_json(f"/api/reports/{body['job_id']}")
    assert status == 409 and err["error"] == "job_failed"


def test_health_reports_database_and_broker(stack):
    status, body = stack.get_json("/healthz")
    assert status == 200
    assert body == {"status": "ok", "checks": {"database": "ok", "broker": "ok"}}


def test_the_api_answers_json_errors_over_http(stack):
    status, headers, raw = stack.request("POST", "/api/articles", b"{not json", "application/json")
    assert status == 400 and headers["Content-Type"] == "application/json"
    assert json.loads(raw)["error"] == "invalid_json"
    status, body = stack.get_json(f"/api/jobs/{uuid.uuid4()}")
    assert status == 404 and body["error"] == "job_not_found"

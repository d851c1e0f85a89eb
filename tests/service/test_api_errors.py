"""Every bad input is a 4xx with one JSON error shape that names the problem."""

from __future__ import annotations

import json
import uuid

import pytest

BAD_JSON_BODIES = [
    pytest.param({"text": ""}, 400, "empty_text", id="empty-text"),
    pytest.param({"text": "   \n "}, 400, "empty_text", id="blank-text"),
    pytest.param({}, 400, "missing_text", id="no-text-or-url"),
    pytest.param({"text": 42}, 400, "invalid_text", id="text-not-a-string"),
    pytest.param({"text": "x" * 1_000_001}, 413, "text_too_large", id="text-over-1MB"),
    pytest.param({"text": "é" * 500_001}, 413, "text_too_large", id="text-over-1MB-in-utf8"),
    pytest.param({"text": "a", "published": "27/12/2024"}, 400, "invalid_date", id="date-not-iso"),
    pytest.param({"text": "a", "published": "2024-02-30"}, 400, "invalid_date", id="date-impossible"),
    pytest.param({"text": "a", "published": "yesterday"}, 400, "invalid_date", id="date-a-word"),
    pytest.param({"text": "a", "published": 20241227}, 400, "invalid_date", id="date-a-number"),
    pytest.param({"text": "a", "published": "2999-01-01"}, 400, "invalid_date", id="date-in-future"),
    pytest.param({"url": "ftp://example.org/a.txt"}, 400, "invalid_url", id="url-ftp"),
    pytest.param({"url": "javascript:alert(1)"}, 400, "invalid_url", id="url-javascript"),
    pytest.param({"url": "example.org/story"}, 400, "invalid_url", id="url-no-scheme"),
    pytest.param({"url": "http://"}, 400, "invalid_url", id="url-no-host"),
    pytest.param({"text": "a", "rerun": "maybe"}, 400, "invalid_rerun", id="rerun-not-bool"),
    pytest.param({"text": "a", "title": "t" * 501}, 400, "invalid_title", id="title-too-long"),
    pytest.param({"text": "a", "publshed": "2024-12-27"}, 400, "unknown_field", id="misspelt-field"),
    pytest.param([{"text": "a"}], 400, "invalid_body", id="array-not-object"),
    pytest.param("just a string", 400, "invalid_body", id="string-not-object"),
]


def _assert_error(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.get_data(as_text=True)[:300]
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert set(body) >= {"error", "message"}
    assert body["error"] == code
    assert len(body["message"]) > 10
    return body


@pytest.mark.parametrize("payload, status, code", BAD_JSON_BODIES)
def test_it_rejects_a_bad_submission(client, payload, status, code):
    _assert_error(client.post("/api/articles", json=payload), status, code)


def test_it_rejects_invalid_json(client):
    body = _assert_error(client.post("/api/articles", data="{\"text\": ", content_type="application/json"),
                         400, "invalid_json")
    assert "line 1" in body["message"]


def test_it_rejects_json_that_is_not_utf8(client):
    _assert_error(client.post("/api/articles", data=b'{"text": "\xff"}', content_type="application/json"),
                  400, "invalid_encoding")


@pytest.mark.parametrize("content_type", ["application/xml", "image/png", None])
def test_it_rejects_a_wrong_content_type(client, content_type):
    headers = {"Content-Type": content_type} if content_type else {}
    body = _assert_error(client.post("/api/articles", data=b"<a>1</a>", headers=headers),
                         415, "unsupported_media_type")
    assert "application/json" in body["message"]


def test_it_rejects_a_request_over_the_body_cap(client, app):
    limit = app.config["MAX_CONTENT_LENGTH"]
    _assert_error(client.post("/api/articles", data=b"x" * (limit + 1), content_type="text/plain"),
                  413, "request_too_large")


def test_it_rejects_an_empty_plain_text_body(client):
    _assert_error(client.post("/api/articles", data=b"", content_type="text/plain"), 400, "empty_text")


def test_it_answers_404_for_an_unknown_job_id(client):
    _assert_error(client.get(f"/api/jobs/{uuid.uuid4()}"), 404, "job_not_found")
    _assert_error(client.get("/api/jobs/not-a-uuid"), 404, "job_not_found")


def test_it_answers_404_for_an_unknown_report_id(client):
    _assert_error(client.get(f"/api/reports/{uuid.uuid4()}"), 404, "report_not_found")
    _assert_error(client.get("/api/reports/../../etc/passwd"), 404, "not_found")


def test_a_report_not_yet_ready_is_a_409_that_points_to_the_job(client):
    job_id = client.post("/api/articles", json={"text": "70 missiles"}).get_json()["job_id"]
    body = _assert_error(client.get(f"/api/reports/{job_id}"), 409, "report_not_ready")
    assert body["status_url"] == f"/api/jobs/{job_id}"


def test_the_api_never_answers_html(client):
    _assert_error(client.get("/api/no-such-thing", headers={"Accept": "text/html"}), 404, "not_found")
    response = client.delete("/api/articles")
    _assert_error(response, 405, "method_not_allowed")
    assert "POST" in response.headers["Allow"]
    _assert_error(client.get("/api/reports?page=zero"), 400, "invalid_page")


def test_an_unexpected_error_is_a_json_500(app, client, monkeypatch):
    from store import jobs

    def boom(*_a, **_k):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(jobs, "get_job", boom)
    body = _assert_error(client.get(f"/api/jobs/{uuid.uuid4()}"), 500, "internal_error")
    assert "disk on fire" not in json.dumps(body)


def test_a_page_error_stays_html_while_the_api_stays_json(app, client, monkeypatch):
    from store import jobs

    def boom(*_a, **_k):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(jobs, "get_job", boom)
    page = client.get(f"/api/jobs/{uuid.uuid4()}", headers={"Accept": "text/html"})
    assert page.status_code == 500 and page.mimetype == "application/json"
    assert client.get("/no-such-page").mimetype == "text/html"
    from store import reports

    monkeypatch.setattr(reports, "get_report", boom)
    broken_page = client.get(f"/reports/{uuid.uuid4()}")
    assert broken_page.status_code == 500 and broken_page.mimetype == "text/html"

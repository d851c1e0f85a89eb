"""The form on / and the report page while a job runs or after it failed."""

from __future__ import annotations

import re


def test_the_index_offers_a_form_for_text_or_url(client):
    html = client.get("/").get_data(as_text=True)
    assert '<form method="post" action="/"' in html
    assert 'name="text"' in html and 'name="url"' in html and 'name="published"' in html


def test_posting_the_form_redirects_to_the_report_page(client):
    resp = client.post("/", data={"text": "Over 1,000 days of fighting.", "published": "2024-12-27"})
    assert resp.status_code == 303
    assert re.fullmatch(r"/reports/[0-9a-f-]{36}", resp.headers["Location"])
    page = client.get(resp.headers["Location"])
    assert page.status_code == 200
    assert "Checking the numbers" in page.get_data(as_text=True)


def test_posting_the_same_article_twice_finds_the_same_job(client):
    data = {"text": "Around 70 missiles.", "published": "2024-12-25"}
    first = client.post("/", data=data).headers["Location"]
    assert client.post("/", data=data).headers["Location"] == first


def test_an_empty_form_is_shown_again_with_the_problem(client):
    resp = client.post("/", data={"text": "   ", "title": "Kept title"})
    assert resp.status_code == 400
    html = resp.get_data(as_text=True)
    assert 'role="alert"' in html and "paste the article's text" in html.replace("&#39;", "'")
    assert 'value="Kept title"' in html


def test_a_bad_date_is_shown_again_with_the_text_kept(client):
    resp = client.post("/", data={"text": "5 tanks <b>", "published": "27/12/2024"})
    assert resp.status_code == 400
    html = resp.get_data(as_text=True)
    assert "ISO date" in html
    assert "5 tanks &lt;b&gt;</textarea>" in html


def test_a_running_job_shows_its_stage_progress_and_polls(client, make_job):
    job_id = make_job("running", stage="verify", progress=0.5)
    html = client.get(f"/reports/{job_id}").get_data(as_text=True)
    assert "Checking against reference data" in html
    assert '<progress id="progress" max="1" value="0.5"' in html
    assert f'data-status-url="/api/jobs/{job_id}"' in html
    assert "progress.js" in html
    assert 'http-equiv="refresh"' not in html


def test_a_queued_job_says_it_waits_for_a_worker(client, make_job):
    html = client.get(f"/reports/{make_job('queued')}").get_data(as_text=True)
    assert "Waiting for a worker" in html


def test_a_failed_job_shows_its_error_and_a_rerun_button(client, make_job):
    job_id = make_job("failed", error="The address answered 404 Not Found.")
    html = client.get(f"/reports/{job_id}").get_data(as_text=True)
    assert "The address answered 404 Not Found." in html
    assert f'action="/reports/{job_id}/rerun"' in html
    assert "Run the check again" in html
    assert "progress.js" not in html


def test_rerun_queues_a_new_job_for_the_same_article(client, make_job):
    job_id = make_job("failed")
    resp = client.post(f"/reports/{job_id}/rerun")
    assert resp.status_code == 303
    new_location = resp.headers["Location"]
    assert new_location != f"/reports/{job_id}"
    assert "Checking the numbers" in client.get(new_location).get_data(as_text=True)


def test_static_assets_are_served(client):
    for name in ("report.css", "print.css", "report.js", "progress.js"):
        resp = client.get(f"/assets/{name}")
        assert resp.status_code == 200, name
        resp.close()

"""The report page, its downloads and the recent list, through the Flask test client."""

from __future__ import annotations

import csv
import io
import json
import re

from service.render.verdicts import css_class


def _ld(html: str) -> list:
    m = re.search(r'<script type="application/ld\+json" id="claimreview">(.*?)</script>', html, re.S)
    assert m, "no ClaimReview script"
    return json.loads(m.group(1))


def test_the_report_page_leads_with_title_date_source_and_counts(client, stored_report, sample_report):
    html = client.get(f"/reports/{stored_report}").get_data(as_text=True)
    head = html[: html.index('id="art-h"')]
    assert "Peace talks loom as war &lt;nears&gt; its third anniversary" in head
    assert '<time datetime="2024-12-27">' in head
    assert ">example.org</a>" in head
    for verdict, n in (("supported", 3), ("refuted", 2), ("conflicting", 1), ("not-enough-info", 2)):
        assert re.search(rf'class="count v-{verdict}">.*?<strong>{n}</strong>', head, re.S), verdict
    assert "Massive missile attacks on Ukraine" in head and "2026-04-05" in head


def test_each_highlight_carries_its_claims_verdict(client, stored_report, sample_report):
    html = client.get(f"/reports/{stored_report}").get_data(as_text=True)
    for i, claim in enumerate(sample_report["claims"], start=1):
        mark = re.search(rf'<a id="mark-{i}" class="hl ([^"]+)"', html)
        assert mark and mark.group(1) == css_class(claim["verdict"])
        assert f'id="claim-{i}"' in html  # the card the mark links to, readable without JS


def test_cards_show_the_claim_its_reading_evidence_and_chart(client, stored_report):
    html = client.get(f"/reports/{stored_report}").get_data(as_text=True)
    card = html[html.index('id="claim-3"'): html.index('id="claim-4"')]
    assert "350,000 to 400,000 Russian troops" in card
    assert "350,000\u2013400,000" in card
    assert "Sources disagree" in card
    assert 'href="https://www.gov.uk/government/organisations/ministry-of-defence"' in card
    assert "<svg" in card and 'role="img"' in card
    assert "Deviation" in card


def test_the_claimreview_json_ld_has_one_entry_per_checked_claim(client, stored_report, sample_report):
    html = client.get(f"/reports/{stored_report}").get_data(as_text=True)
    reviews = _ld(html)
    checked = [c for c in sample_report["claims"] if c["verdict"] != "not_enough_info"]
    assert len(reviews) == len(checked)
    assert reviews[0]["url"].endswith(f"/reports/{stored_report}#claim-1")


def test_the_page_needs_nothing_from_another_host(client, stored_report):
    html = client.get(f"/reports/{stored_report}").get_data(as_text=True)
    for attr in re.findall(r'<(?:script|link|img)[^>]+(?:src|href)="([^"]+)"', html):
        assert attr.startswith("/"), attr


def test_the_json_download_is_the_report(client, stored_report, sample_report):
    resp = client.get(f"/reports/{stored_report}.json")
    assert resp.status_code == 200 and resp.mimetype == "application/json"
    assert "attachment" in resp.headers["Content-Disposition"]
    body = json.loads(resp.data)
    assert body["id"] == stored_report
    assert body["claims"] == sample_report["claims"]


def test_the_csv_download_lists_the_claims(client, stored_report, sample_report):
    resp = client.get(f"/reports/{stored_report}/claims.csv")
    assert resp.status_code == 200 and resp.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(resp.get_data(as_text=True))))
    assert [r["verdict"] for r in rows] == [c["verdict"] for c in sample_report["claims"]]


def test_downloads_of_an_unknown_report_are_404(client):
    unknown = "00000000-0000-4000-8000-000000000000"
    for path in (f"/reports/{unknown}", f"/reports/{unknown}.json", f"/reports/{unknown}/claims.csv",
                 "/reports/not-an-id"):
        assert client.get(path).status_code == 404, path


def test_an_unknown_report_page_explains_itself(client):
    resp = client.get("/reports/00000000-0000-4000-8000-000000000000")
    assert resp.status_code == 404
    assert "No report here" in resp.get_data(as_text=True)


def test_recent_reports_are_newest_first_and_paginated(client, make_job, sample_report, monkeypatch):
    from service import pages

    monkeypatch.setattr(pages, "PER_PAGE", 2)
    ids = []
    for n in range(3):
        report = json.loads(json.dumps(sample_report))
        report["article"]["title"] = f"Report number {n}"
        ids.append(make_job("succeeded", stage="store", progress=1.0, report=report))
    first = client.get("/reports").get_data(as_text=True)
    assert first.index("Report number 2") < first.index("Report number 1")
    assert "Report number 0" not in first
    assert "Page 1 of 2" in first and 'rel="next"' in first
    second = client.get("/reports?page=2").get_data(as_text=True)
    assert "Report number 0" in second and 'rel="prev"' in second
    assert client.get("/reports?page=9").status_code == 404


def test_an_empty_recent_list_says_so(client):
    html = client.get("/reports").get_data(as_text=True)
    assert "No reports yet" in html


def test_at_a_glance_lists_refuted_claims_first(client, stored_report, sample_report):
    html = client.get(f"/reports/{stored_report}").get_data(as_text=True)
    glance = html[html.index('id="glance-h"'): html.index('id="panel"')]
    numbers = [int(n) for n in re.findall(r'href="#claim-(\d+)"', glance)]
    verdicts = [sample_report["claims"][n - 1]["verdict"] for n in numbers]
    order = ["refuted", "conflicting", "supported", "not_enough_info"]
    assert sorted(numbers) == list(range(1, len(sample_report["claims"]) + 1))
    assert verdicts == sorted(verdicts, key=order.index)


def test_a_report_without_claims_says_so(client, make_job):
    report = {"article": {"title": None, "published": "2024-12-27", "url": None,
                          "text": "Quiet day at the front\n\nNothing was counted."},
              "claims": [], "summary": {"supported": 0, "refuted": 0, "conflicting": 0,
                                        "not_enough_info": 0, "total": 0},
              "datasets": [], "engine_version": "0", "generated_at": "2026-11-26T17:00:00+00:00"}
    job_id = make_job("succeeded", stage="store", progress=1.0, report=report)
    html = client.get(f"/reports/{job_id}").get_data(as_text=True)
    assert "No numeric claims were found" in html
    assert "<h1>Quiet day at the front</h1>" in html  # the headline stands in for a missing title
    assert _ld(html) == []

"""ClaimReview JSON-LD, the claims CSV, and the wording of figures."""

from __future__ import annotations

import csv
import io
import json

import pytest

from service.render import numbers
from service.render.claimreview import claim_reviews, json_ld
from service.render.claims_csv import COLUMNS, claims_csv


def test_there_is_one_claimreview_per_checked_claim(sample_report):
    reviews = claim_reviews(sample_report, "http://h/reports/1")
    checked = [c for c in sample_report["claims"] if c["verdict"] != "not_enough_info"]
    assert len(reviews) == len(checked) == 6
    assert [r["reviewRating"]["alternateName"] for r in reviews][:2] == ["Supported by the data"] * 2


@pytest.mark.parametrize("verdict, rating", [("supported", 5), ("conflicting", 3), ("refuted", 1)])
def test_the_rating_is_mapped_from_the_verdict(sample_report, verdict, rating):
    reviews = claim_reviews(sample_report)
    claims = [c for c in sample_report["claims"] if c["verdict"] != "not_enough_info"]
    for review, claim in zip(reviews, claims):
        if claim["verdict"] == verdict:
            assert review["reviewRating"]["ratingValue"] == rating
            assert review["reviewRating"]["bestRating"] == 5
            assert review["reviewRating"]["worstRating"] == 1


def test_the_reviewed_claim_appears_in_the_article(sample_report):
    review = claim_reviews(sample_report, "http://h/reports/1")[0]
    assert review["@type"] == "ClaimReview"
    assert review["itemReviewed"]["@type"] == "Claim"
    appearance = review["itemReviewed"]["appearance"]
    assert appearance["url"] == sample_report["article"]["url"]
    assert appearance["headline"] == sample_report["article"]["title"]
    assert review["url"] == "http://h/reports/1#claim-1"
    assert "third anniversary" in review["claimReviewed"]


def test_the_json_ld_cannot_close_its_script_element(sample_report):
    sample_report["claims"][0]["explanation"] = "</script><script>alert(1)</script>"
    text = str(json_ld(sample_report))
    assert "</script" not in text and "<" not in text
    assert json.loads(text)[0]["reviewBody"].startswith("</script>")


def test_a_report_with_nothing_checked_gives_an_empty_list():
    report = {"article": {"text": "x 1"}, "claims": [{"start": 2, "end": 3, "verdict": "not_enough_info"}]}
    assert json.loads(str(json_ld(report))) == []


def test_the_csv_has_a_row_per_claim(sample_report):
    rows = list(csv.DictReader(io.StringIO(claims_csv(sample_report))))
    assert len(rows) == len(sample_report["claims"])
    assert tuple(rows[0]) == COLUMNS
    assert rows[2]["text"] == "350,000 to 400,000 Russian troops"
    assert rows[2]["verdict"] == "conflicting"
    assert "UK Ministry of Defence" in rows[2]["evidence_sources"]


def test_the_csv_defuses_spreadsheet_formulas():
    report = {"claims": [{"text": "=HYPERLINK(\"x\")", "explanation": "-1 is fine", "deviation": -0.5}]}
    row = list(csv.DictReader(io.StringIO(claims_csv(report))))[0]
    assert row["text"].startswith("'=")
    assert row["explanation"] == "'-1 is fine"
    assert row["deviation"] == "-0.5"


@pytest.mark.parametrize("claim, words", [
    ({"low": 1000, "qualifier": "more_than", "unit": "day"}, "more than 1,000 days"),
    ({"low": 350000, "high": 400000, "qualifier": "range"}, "350,000\u2013400,000"),
    ({"value": 70, "qualifier": "approximately"}, "about 70"),
    ({"value": 40, "unit": "percent", "qualifier": "approximately"}, "about 40%"),
    ({"value": 40e9, "unit": "USD"}, "$40 billion"),
    ({"value": 4_213_000, "qualifier": "exact"}, "4.21 million"),
    ({"value": 782_510}, "782,510"),
    ({"value": 1200, "unit": "1/day"}, "1,200 a day"),
    ({"high": 5, "qualifier": "less_than", "unit": "km**2"}, "less than 5 km\u00b2"),
])
def test_a_claim_reads_in_words(claim, words):
    assert numbers.claimed(claim) == words


@pytest.mark.parametrize("dev, words", [
    (None, "not computed"), (0.0, "matches the reference"),
    (0.038, "3.8% above the reference"), (-0.103, "10.3% below the reference"),
])
def test_a_deviation_reads_in_words(dev, words):
    assert numbers.deviation(dev) == words

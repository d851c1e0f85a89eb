"""The peace-talks fixture article through the real extractor and the verifier.

Depends on the extractor (factcheck.extract) finding the claims listed in the end-to-end
issue; the verdicts are those of test_fixture_article.py, where the hand computations are.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factcheck.article import Article
from factcheck.pipeline import check_article

ARTICLE = Path(__file__).resolve().parents[2] / "fixtures" / "articles" / "peace-talks-2024-12-27.txt"

EXPECTED = {
    "third anniversary": "supported",
    "over 1,000 days": "supported",
    "350,000 to 400,000": "refuted",
    "150,000": "refuted",
    "tens of thousands": "supported",
    "1,200": "supported",
    "70": "supported",
    "100": "supported",
    "40%": "supported",
}


@pytest.fixture(scope="module")
def report():
    text = ARTICLE.read_text(encoding="utf-8")
    return check_article(Article(text, date(2024, 12, 27), title="Peace talks"))


def _find(report, needle):
    for c in report["claims"]:
        if needle in c["text"] and (needle not in ("70", "100") or c["text"].split()[-1] in
                                     ("missiles", "drones") or c["text"].startswith(("around 70", "100 "))):
            return c
    return None


@pytest.mark.parametrize("needle,verdict", list(EXPECTED.items()))
def test_the_real_extractor_and_verifier_agree_with_the_hand_table(report, needle, verdict):
    claim = _find(report, needle)
    assert claim is not None, f"the extractor did not find {needle!r}: {[c['text'] for c in report['claims']]}"
    assert claim["verdict"] == verdict, claim["explanation"]


def test_the_report_lists_each_cited_dataset_from_the_manifest(report):
    ids = {d["id"] for d in report["datasets"]}
    assert {"key_dates", "air_force_attacks", "general_staff_personnel", "war_estimates"} <= ids
    assert all(d["link"] and d["licence"] and d["as_of"] for d in report["datasets"])


def test_every_verdict_other_than_not_enough_info_has_a_linked_evidence_row(report):
    for c in report["claims"]:
        if c["verdict"] != "not_enough_info":
            assert any(row["link"] for row in c["evidence"]), c["text"]

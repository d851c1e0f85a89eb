"""The round-3 fixture article, claim by claim, with the verdict worked out by hand from the
fixture files; then the same article through the real extractor.

night-attacks-2025-09-08.txt (published 2025-09-08, a Monday). Air Force national (kpszsu) rows:
  - ending 2025-09-07: Shahed-136/131 810 launched, 747 destroyed; Iskander-M/KN-23 4,
    Iskander-K 9 -> 13 missiles. Ending 2025-09-08 (the article's own morning): Shahed 142, no
    missiles. 'overnight' with no date: the reports of 09-08 and 09-07 are each one reading;
    810 / 13 / 747 fit 09-07 only -> supported, the explanation names the report of 2025-09-07.
  - 'Four of the missiles were Iskander-M': Iskander-M/KN-23 rows of 09-07 = 4 -> supported.
  - ending 2023-12-29: X-59 1 + X-47 Kinzhal 5 + X-31P 4 + X-101/X-555 90 + X-22 and X-32 8 +
    C-300/C-400 and Iskander-M 14 = 122 missiles; Shahed 36 -> supported; 'five' Kinzhals = 5.
  - 'the night of 16 November 2024' -> the morning of 17 November: X-59/X-69 5 + Kinzhal 8 +
    X-22 and X-31P 4 + X-101/X-555 and Kalibr 101 + Iskander-M 1 + Zircon 1 = 120 missiles;
    Kinzhal 8; Shahed 90 -> supported ('Iranian-designed' does not move it to another war).
  - 'ten Kalibr missiles': Kalibr is only counted with X-101/X-555 (101): between 0 and 101,
    ten breaks no bound -> not_enough_info. '40 Gerbera decoys': not in the data -> not_enough_info.
  - General Staff personnel: 2024-03-01 414,680, 2024-04-01 442,880 -> March 909.7 a day;
    2024-12-01 742,130, 2025-01-01 790,800 -> December 1,570.0; 2024-07-01 543,810, 2024-08-01
    579,490 -> July 1,151.0; 2024-09-01 616,300 -> August 1,187.4 -> all supported ('in March'
    takes the year 2024 given earlier in the sentence; 'August 2024, when losses averaged').
  - 2024-09-30 653,060 > 648,000; 2024-10-31 694,950 > 690,000 ('by the end of the following
    month' = 31 Oct 2024) -> supported.
  - 'Washington ... more than 600,000 in October 2024': US 'more than 600,000' of 2024-10-09 leads.
  - Mediazona + BBC 84,761 named dead on 2024-12-21 -> supported (named_confirmed_dead, though
    the sentence says 'killed').
  - 'at least 200,000 ... killed by the end of 2022': no killed figure then; the General Staff's
    killed-and-wounded total of 2022-12-31 is 105,960, and killed <= killed and wounded -> refuted,
    the explanation saying the definitions differ.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tests.verify.verify_helpers import claim_in

from factcheck.article import Article
from factcheck.pipeline import check_article
from factcheck.verify import verify

TEXT = (Path(__file__).resolve().parents[2] / "fixtures" / "articles" / "night-attacks-2025-09-08.txt").read_text(
    encoding="utf-8")
PUBLISHED = date(2025, 9, 8)
RATE = dict(qualifier="approximately", kind="rate", unit="1/day")

TABLE = [
    ("810 drones", dict(value=810, measured="drones"), "supported", "attack_drones_launched"),
    ("13 missiles", dict(value=13, measured="missiles"), "supported", "attack_missiles_launched"),
    ("747", dict(value=747, measured="drones"), "supported", "attack_drones_destroyed"),
    ("Four", dict(value=4, measured="missiles"), "supported", "attack_missiles_launched"),
    ("122 missiles", dict(value=122, measured="missiles"), "supported", "attack_missiles_launched"),
    ("36 drones", dict(value=36, measured="drones"), "supported", "attack_drones_launched"),
    ("five", dict(value=5, measured="Kinzhals"), "supported", "attack_missiles_launched"),
    ("120 missiles", dict(value=120, measured="missiles"), "supported", "attack_missiles_launched"),
    ("eight Kinzhal missiles", dict(value=8, measured="Kinzhal missiles"), "supported", "attack_missiles_launched"),
    ("90 Iranian-designed Shahed drones", dict(value=90, measured="Iranian-designed Shahed drones"), "supported",
     "attack_drones_launched"),
    ("ten Kalibr missiles", dict(value=10, measured="Kalibr missiles"), "not_enough_info", None),
    ("40 Gerbera decoys", dict(value=40, measured="Gerbera decoys"), "not_enough_info", None),
    ("about 910 a day", dict(value=910, hedge="about", **RATE), "supported", "killed_and_wounded_daily_avg"),
    ("about 1,570", dict(value=1570, hedge="about", **RATE), "supported", "killed_and_wounded_daily_avg"),
    ("about 1,150 a day", dict(value=1150, hedge="about", **RATE), "supported", "killed_and_wounded_daily_avg"),
    ("roughly 1,190 a day", dict(value=1190, hedge="roughly", **RATE), "supported", "killed_and_wounded_daily_avg"),
    ("passed 648,000", dict(low=648000, qualifier="more_than", hedge="passed"), "supported",
     "russia_personnel_losses"),
    ("passed 690,000", dict(low=690000, qualifier="more_than", hedge="passed"), "supported",
     "russia_personnel_losses"),
    ("more than 600,000", dict(low=600000, qualifier="more_than", hedge="more than", measured="Russian casualties"),
     "supported", "killed_and_wounded"),
    ("84,761 Russian soldiers", dict(value=84761, measured="Russian soldiers"), "supported", "killed_named_confirmed"),
    ("at least 200,000 Russian soldiers", dict(low=200000, qualifier="at_least", hedge="at least",
                                               measured="Russian soldiers"), "refuted", "russia_personnel_losses"),
]


@pytest.fixture(scope="module")
def results():
    claims = [claim_in(TEXT, span, **fields) for span, fields, *_ in TABLE]
    return {r["text"]: r for r in verify(claims, Article(TEXT, PUBLISHED))}


@pytest.mark.parametrize("span,fields,verdict,metric", TABLE, ids=[row[0] for row in TABLE])
def test_night_attacks_claims(results, span, fields, verdict, metric):
    got = results[span]
    assert (got["verdict"], got["metric"]) == (verdict, metric), got["explanation"]
    if verdict != "not_enough_info":
        assert any(row["link"] for row in got["evidence"])


def test_an_overnight_attack_reported_the_morning_before_says_which_report(results):
    got = results["810 drones"]
    assert "the report of 2025-09-07, a day before" in got["explanation"]
    assert got["evidence"][0]["date"] == "2025-09-07"


def test_a_named_model_is_compared_with_its_own_rows(results):
    assert results["eight Kinzhal missiles"]["evidence"][0]["value"] == 8
    assert "X-47 Kinzhal" in results["eight Kinzhal missiles"]["explanation"]
    assert results["five"]["evidence"][0]["value"] == 5


def test_the_night_of_a_date_is_the_next_morning(results):
    assert results["120 missiles"]["as_of"] == "2024-11-17"


def test_named_dead_and_a_mismatched_definition_are_explained(results):
    assert results["84,761 Russian soldiers"]["evidence"][0]["definition"] == "named_confirmed_dead"
    refuted = results["at least 200,000 Russian soldiers"]
    assert "the claim counts killed" in refuted["explanation"] and "killed and wounded" in refuted["explanation"]
    assert refuted["confidence"] < 0.6


def test_the_named_source_leads_the_comparison(results):
    got = results["more than 600,000"]
    assert "US" in got["explanation"] and "9 Oct 2024" in got["explanation"]


EXTRACTED = ["810 drones", "13 missiles", "747", "122 missiles", "36 drones", "120 missiles",
             "eight Kinzhal missiles", "about 910 a day", "about 1,570", "roughly 1,190 a day", "passed 648,000",
             "passed 690,000", "84,761 Russian soldiers", "at least 200,000 Russian soldiers"]


def test_the_real_extractor_reaches_the_same_verdicts():
    report = check_article(Article(TEXT, PUBLISHED))
    by_text = {c["text"]: c for c in report["claims"]}
    expected = {span: verdict for span, _, verdict, _ in TABLE}
    for span in EXTRACTED:
        assert span in by_text, f"the extractor did not find {span!r}: {sorted(by_text)}"
        assert by_text[span]["verdict"] == expected[span], f"{span}: {by_text[span]['explanation']}"

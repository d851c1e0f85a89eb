"""Round 4: loss figures. Named-dead markers must belong to the claim; a bare figure in a
paragraph about the named count continues it; a casualty participle after the noun decides
killed; an earlier running total above the claim makes it conflicting even when a nearer
source fits; daily rates and monthly totals by the month named; the General Staff's tally.

Claims are built straight from the Claim contract (tests/verify/verify_helpers.py), so the
extractor's changes do not move these expectations. Hand computations from fixtures/:

General Staff personnel (record D covers day D-1, fixtures/general_staff):
  2024-11-01 696,410, 2024-12-01 742,130 -> November 2024: 45,720 in all, 45,720 / 30 = 1,524.0 a day;
  2024-11-13 714,380; 2023-07-01 / 2023-08-01 -> July 2023 mean 574.8 a day (17,820 / 31);
  2025-12-01 / 2026-01-01 -> December 2025 mean 1,130.6 (35,050 / 31);
  2026-01-01 / 2026-02-01 -> January 2026 mean 1,022.9 (31,710 / 31);
  2025-01-01 790,800, 2025-02-01 839,040 -> January 2025 total 48,240.
War estimates (fixtures/estimates/war_estimates_curated.csv):
  UK Defence Intelligence 1,523 a day for November 2024 (2024-11-30); US 'more than 600,000'
  killed or wounded (2024-10-09); UN OHCHR civilians killed 'more than 12,340' (2024-11-30);
  Mediazona + BBC Russian named dead 40,599 (2024-01-02), 79,819 (2024-11-22);
  Zelensky: 198,000 Russian killed (2024-12-08); US: Russian killed 115,000 (2024-10-09);
  Ukrainian killed: US 'more than 57,500' (2024-10-09), US 'close to 70,000' (2023-08-18);
  UK 'just under 700,000' Russian killed or wounded (2024-11-10).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tests.verify.verify_helpers import check_one, claim_in

from factcheck.article import Article
from factcheck.verify import verify

ARTICLES = Path(__file__).resolve().parents[2] / "fixtures" / "articles"
RATE = dict(qualifier="approximately", kind="rate", unit="1/day")


def _article(name: str) -> str:
    return (ARTICLES / name).read_text(encoding="utf-8")


NAMED = _article("named-dead-2024-12-10.txt")
NAMED_TABLE = [
    # 'told the BBC': no named count. November 2024: UK 1,523 and the GS mean 1,524.0 a day.
    ("about 1,500 soldiers a day", dict(value=1500, hedge="about", measured="soldiers", **RATE), "supported",
     "killed_and_wounded_daily_avg"),
    # 'a figure named in a Pentagon briefing' is not 'named' dead: US 'more than 600,000' fits.
    ("more than 600,000 Russian troops", dict(low=600000, qualifier="more_than", hedge="more than",
                                              measured="Russian troops"), "supported", "killed_and_wounded"),
    # 'the UN, which named the toll': civilians killed, OHCHR 'more than 12,340' > 11,700.
    ("More than 11,700 civilians", dict(low=11700, qualifier="more_than", hedge="More than",
                                        measured="civilians"), "supported", "civilian_killed"),
    # The paragraph is about Mediazona / BBC Russian's list: 40,599 in January 2024 (row of 2 Jan).
    ("40,599", dict(value=40599, measured="count"), "supported", "killed_named_confirmed"),
    # 'By November it was nearly 80,000': 79,819 on 22 Nov 2024, 0.2% under 80,000.
    ("nearly 80,000", dict(value=80000, qualifier="approximately", hedge="nearly"), "supported",
     "killed_named_confirmed"),
    # 'soldiers killed' after 'lost': a killed claim; Zelensky's 198,000 killed >= 190,000.
    ("at least 190,000 soldiers", dict(low=190000, qualifier="at_least", hedge="at least", measured="soldiers"),
     "supported", "killed"),
    # 'Of Russia's losses, 198,000 soldiers had been killed': Zelensky's 198,000 killed, exactly.
    ("198,000 soldiers", dict(value=198000, measured="soldiers"), "supported", "killed"),
    # "daily losses averaged about 1,520 in November": a rate, 1,524.0 a day.
    ("about 1,520", dict(value=1520, qualifier="approximately", hedge="about"), "supported",
     "killed_and_wounded_daily_avg"),
    # 'The monthly record of more than 45,000 ... in November': the month's total 45,720.
    ("more than 45,000", dict(low=45000, qualifier="more_than", hedge="more than"), "supported",
     "killed_and_wounded_month_total"),
]


@pytest.fixture(scope="module")
def named_results():
    claims = [claim_in(NAMED, span, **fields) for span, fields, *_ in NAMED_TABLE]
    return {r["text"]: r for r in verify(claims, Article(NAMED, date(2024, 12, 10)))}


@pytest.mark.parametrize("span,fields,verdict,metric", NAMED_TABLE, ids=[row[0] for row in NAMED_TABLE])
def test_named_dead_article(named_results, span, fields, verdict, metric):
    got = named_results[span]
    assert (got["verdict"], got["metric"]) == (verdict, metric), got["explanation"]
    assert any(row["link"] for row in got["evidence"])


def test_a_bare_bbc_or_named_elsewhere_is_no_named_count(named_results):
    for span in ("about 1,500 soldiers a day", "more than 600,000 Russian troops", "More than 11,700 civilians"):
        assert "identified by name" not in named_results[span]["explanation"], span
        assert all(row["definition"] != "named_confirmed_dead" for row in named_results[span]["evidence"])


def test_the_named_count_paragraph_dates_each_figure_by_its_month(named_results):
    assert named_results["40,599"]["as_of_window"] == ["2024-01-01", "2024-01-31"]
    assert named_results["40,599"]["evidence"][0]["date"] == "2024-01-02"
    assert named_results["nearly 80,000"]["evidence"][0]["date"] == "2024-11-22"


def test_killed_claims_are_never_compared_with_killed_and_wounded(named_results):
    for span in ("at least 190,000 soldiers", "198,000 soldiers"):
        lead = named_results[span]["evidence"][0]
        assert (lead["definition"], lead["value"]) == ("killed", 198000), named_results[span]["explanation"]


@pytest.mark.parametrize("text,span,fields,published,verdict", [
    # Killed only bound by the General Staff's killed-and-wounded 755,940 (2024-12-10); the killed
    # figures of Oct/Dec 2024 (115,000; 198,000) are below 250,000 -> refuted by killed figures.
    ("Russia has lost at least 250,000 soldiers killed, one blogger claims.", "at least 250,000 soldiers",
     dict(low=250000, qualifier="at_least", hedge="at least", measured="soldiers"), date(2024, 12, 10), "refuted"),
    # 'troops dead' after 'casualties': US 115,000 killed of 2024-10-09.
    ("Russian casualties include 115,000 troops dead, US officials said in October.", "115,000 troops",
     dict(value=115000, measured="troops"), date(2024, 12, 10), "supported"),
])
def test_a_participle_after_the_noun_makes_a_killed_claim(text, span, fields, published, verdict):
    got = check_one(text, span, published, **fields)
    assert (got["verdict"], got["metric"]) == (verdict, "killed"), got["explanation"]


def test_an_earlier_higher_total_makes_a_fitting_claim_conflicting():
    # US 'more than 57,500' (9 Oct 2024) fits 'some 57,000' (+-10%); US 'close to 70,000' killed
    # (18 Aug 2023) is an earlier total of the same definition above 57,000 / 0.9 = 63,333.
    text = _article("kyiv-losses-2024-10-20.txt")
    claims = [claim_in(text, "some 57,000 soldiers", value=57000, qualifier="approximately", hedge="some",
                       measured="soldiers")]
    got = verify(claims, Article(text, date(2024, 10, 20)))[0]
    assert (got["verdict"], got["metric"]) == ("conflicting", "killed"), got["explanation"]
    assert "57,500" in got["explanation"] and "70,000" in got["explanation"]
    assert "cannot fall" in got["explanation"]


@pytest.mark.parametrize("text,span,value,published,as_of,mean", [
    # 'January' in an article of 24 Feb 2026 is January 2026 (31,710 / 31 = 1,022.9).
    ("Russian losses averaged about 1,020 a day in January.", "about 1,020 a day", 1020, date(2026, 2, 24),
     "2026-01-31", 1022.9),
    # 'December' in February 2026 is December 2025 (35,050 / 31 = 1,130.6).
    ("Russia lost some 1,130 soldiers per day in December.", "some 1,130 soldiers per day", 1130,
     date(2026, 2, 24), "2025-12-31", 1130.6),
    # 'in July' in an article of August 2023: July 2023 (17,820 / 31 = 574.8).
    ("Russian losses in July were about 575 a day, the Ukrainian military said.", "about 575 a day", 575,
     date(2023, 8, 15), "2023-07-31", 574.8),
])
def test_a_bare_month_is_the_latest_such_month(text, span, value, published, as_of, mean):
    got = check_one(text, span, published, value=value, hedge=span.split()[0], **RATE)
    assert (got["verdict"], got["metric"], got["as_of"]) == ("supported", "killed_and_wounded_daily_avg", as_of), \
        got["explanation"]
    assert any(row["value"] == mean for row in got["evidence"])


@pytest.mark.parametrize("text,span", [
    # A losses sentence before a bare rate.
    ("Russian losses rose sharply over the summer. The average reached about 1,190 a day in August.",
     "about 1,190 a day"),
    # 'daily losses averaged' before a bare figure: a mean, not one day.
    ("Russia's daily losses averaged about 1,190 in August.", "about 1,190"),
    # No side named anywhere: every daily rate in the data is of Russian losses.
    ("The army was losing about 1,190 men a day in August, officials said.", "about 1,190 men a day"),
])
def test_every_daily_loss_rate_finds_the_monthly_mean(text, span):
    # August 2024: (616,300 - 579,490) / 31 = 1,187.4 a day.
    kind = {} if span == "about 1,190" else RATE
    got = check_one(text, span, date(2024, 10, 15), value=1190, hedge="about",
                    **(kind or dict(qualifier="approximately")))
    assert (got["verdict"], got["metric"], got["as_of"]) == ("supported", "killed_and_wounded_daily_avg",
                                                             "2024-08-31"), got["explanation"]


def test_a_general_staff_tally_of_a_date_meets_a_bound_of_the_day_before():
    # 13 Nov 2024: 714,380 (General Staff) fits; UK 'just under 700,000' of 10 Nov, three days
    # before, is an upper bound of the same definition the tally is already past -> conflicting.
    text = _article("tally-2024-11-14.txt")
    got = verify([claim_in(text, "714,380", value=714380, measured="tally")], Article(text, date(2024, 11, 14)))[0]
    assert (got["verdict"], got["metric"], got["as_of"]) == ("conflicting", "russia_personnel_losses", "2024-11-13"), \
        got["explanation"]
    assert "700,000" in got["explanation"]


def test_a_monthly_record_after_a_losses_sentence_is_the_months_total():
    # January 2025: 839,040 - 790,800 = 48,240 > 48,000.
    text = "Russian casualties fell in February. They remain below the record of more than 48,000 set in January."
    got = check_one(text, "more than 48,000", date(2025, 2, 20), low=48000, qualifier="more_than",
                    hedge="more than", measured="set")
    assert (got["verdict"], got["metric"], got["as_of"]) == ("supported", "killed_and_wounded_month_total",
                                                             "2025-01-31"), got["explanation"]
    assert got["evidence"][0]["value"] == 48240

"""The two round-2 fixture articles, claim by claim, with the verdict worked out by hand;
then the same articles through the real extractor.

winter-strikes-2025-01-15.txt (published 2025-01-15)
  - 93 missiles, 193 drones (13 December): kpszsu rows ending 2024-12-13 sum to 93 missiles
    and 193 drones -> supported, supported.
  - 80 drones shot down, 105 lost to jamming (date carried from the sentence before, which
    counts drones too): destroyed 80, not_reach_goal 105 -> supported (destroyed), supported
    (lost to electronic warfare).
  - roughly 910 a day in March, about 1,570 a day in December: General Staff March 2024
    (442,880 - 414,680) / 31 = 909.7; December 2024 (790,800 - 742,130) / 31 = 1,570.0 -> both supported.
  - 812,670 ('now'): personnel on 2025-01-15 = 812,670 -> supported.
  - more than 850,000 troops: 812,670 < 850,000 -> refuted.
  - passed 800,000: 812,670 > 800,000 -> supported.
  - 9,780 tanks, 20,348 armoured vehicles: equipment on 2025-01-15 -> supported, supported;
    21,348 armoured vehicles: 4.9% over 20,348, exact -> refuted.
  - 38,000 troops in the Kursk region alone: a part of the war -> not_enough_info.
  - more than 40% of the ground (Kursk named in the sentence before): 1 - 800/1376 = 41.86% -> supported.
  - more than 20,000 troops this month: 812,670 (01-15) - 790,800 (01-01) = 21,870 -> supported.
  - 43,000 Ukrainian soldiers killed (December): Zelensky 43,000 (12-08) fits, but the US
    had close to 70,000 by 2023-08-18, and a running total cannot fall -> conflicting.
  - close to 70,000 (August 2023): US 70,000 on 2023-08-18 -> supported.

central-europe-2024-09-02.txt (published 2024-09-02), World Bank figures:
  - $690bn (2022) / about $811bn (2023): Poland GDP $689.76bn / $811.23bn -> supported, supported.
  - some $212 billion (2023, 'sanctions' far from the figure): Hungary $212.39bn -> supported.
  - 36.7 million people / about 19 million (2023): Poland 36,687,353; Romania 19,061,062 -> supported.
  - about 2.9 million / 10.9 million (2023): Lithuania 2,871,585; Czechia 10,864,042 -> supported.
  - $351 billion (2023): Romania $351.00bn -> supported.
  - about $390 billion (2023): Czechia $330.86bn, 17.9% under it -> refuted.
  - $291 billion -> $331 billion between 2022 and 2023: Czechia $290.57bn, $330.86bn -> supported.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tests.verify.verify_helpers import claim_in

from factcheck.article import Article
from factcheck.pipeline import check_article
from factcheck.verify import verify

ARTICLES = Path(__file__).resolve().parents[2] / "fixtures" / "articles"
WINTER = (ARTICLES / "winter-strikes-2025-01-15.txt").read_text(encoding="utf-8")
EUROPE = (ARTICLES / "central-europe-2024-09-02.txt").read_text(encoding="utf-8")
RATE = dict(qualifier="approximately", kind="rate", unit="1/day")
MONEY = dict(kind="money", unit="USD")

WINTER_TABLE = [
    ("93 missiles", dict(value=93, measured="missiles"), "supported", "attack_missiles_launched"),
    ("193 drones", dict(value=193, measured="drones"), "supported", "attack_drones_launched"),
    ("80 drones", dict(value=80, measured="drones"), "supported", "attack_drones_destroyed"),
    ("105", dict(value=105, measured="drones"), "supported", "attack_drones_lost_to_electronic_warfare"),
    ("roughly 910 a day", dict(value=910, hedge="roughly", **RATE), "supported", "killed_and_wounded_daily_avg"),
    ("about 1,570 a day", dict(value=1570, hedge="about", **RATE), "supported", "killed_and_wounded_daily_avg"),
    ("812,670", dict(value=812670), "supported", "russia_personnel_losses"),
    ("more than 850,000 troops", dict(low=850000, qualifier="more_than", hedge="more than", measured="troops"),
     "refuted", "russia_personnel_losses"),
    ("passed 800,000", dict(low=800000, qualifier="more_than", hedge="passed"), "supported", "russia_personnel_losses"),
    ("9,780 tanks", dict(value=9780, measured="tanks"), "supported", "russia_tanks_destroyed"),
    ("20,348 armoured vehicles", dict(value=20348, measured="armoured vehicles"), "supported",
     "russia_armoured_vehicles_destroyed"),
    ("21,348 armoured vehicles", dict(value=21348, measured="armoured vehicles"), "refuted",
     "russia_armoured_vehicles_destroyed"),
    ("38,000 troops", dict(value=38000, measured="troops"), "not_enough_info", None),
    ("more than 40%", dict(low=40, qualifier="more_than", hedge="more than", kind="percent", unit="percent",
                           measured="ground"), "supported", "kursk_captured_area_lost_pct"),
    ("more than 20,000 troops", dict(low=20000, qualifier="more_than", hedge="more than", measured="troops"),
     "supported", "killed_and_wounded_month_total"),
    ("43,000 Ukrainian soldiers", dict(value=43000, measured="Ukrainian soldiers"), "conflicting", "killed"),
    ("close to 70,000", dict(value=70000, qualifier="approximately", hedge="close to", measured="Ukrainian soldiers"),
     "supported", "killed"),
]

EUROPE_TABLE = [
    ("$690bn", dict(value=690e9, **MONEY), "supported", "gdp"),
    ("about $811bn", dict(value=811e9, qualifier="approximately", hedge="about", **MONEY), "supported", "gdp"),
    ("some $212 billion", dict(value=212e9, qualifier="approximately", hedge="some", **MONEY), "supported", "gdp"),
    ("36.7 million people", dict(value=36.7e6, measured="people"), "supported", "population"),
    ("about 19 million", dict(value=19e6, qualifier="approximately", hedge="about", measured="people"),
     "supported", "population"),
    ("about 2.9 million", dict(value=2.9e6, qualifier="approximately", hedge="about", measured="population"),
     "supported", "population"),
    ("10.9 million", dict(value=10.9e6, measured="population"), "supported", "population"),
    ("$351 billion", dict(value=351e9, measured="GDP", **MONEY), "supported", "gdp"),
    ("about $390 billion", dict(value=390e9, qualifier="approximately", hedge="about", **MONEY), "refuted", "gdp"),
    ("$291 billion", dict(value=291e9, **MONEY), "supported", "gdp"),
    ("$331 billion", dict(value=331e9, **MONEY), "supported", "gdp"),
]


def _results(text: str, table, published: date) -> dict:
    claims = [claim_in(text, span, **fields) for span, fields, *_ in table]
    return {r["text"]: r for r in verify(claims, Article(text, published))}


@pytest.fixture(scope="module")
def winter():
    return _results(WINTER, WINTER_TABLE, date(2025, 1, 15))


@pytest.fixture(scope="module")
def europe():
    return _results(EUROPE, EUROPE_TABLE, date(2024, 9, 2))


@pytest.mark.parametrize("span,fields,verdict,metric", WINTER_TABLE, ids=[row[0] for row in WINTER_TABLE])
def test_winter_strikes_claims(winter, span, fields, verdict, metric):
    got = winter[span]
    assert (got["verdict"], got["metric"]) == (verdict, metric), got["explanation"]
    if verdict != "not_enough_info":
        assert any(row["link"] for row in got["evidence"])


@pytest.mark.parametrize("span,fields,verdict,metric", EUROPE_TABLE, ids=[row[0] for row in EUROPE_TABLE])
def test_central_europe_claims(europe, span, fields, verdict, metric):
    got = europe[span]
    assert (got["verdict"], got["metric"]) == (verdict, metric), got["explanation"]
    assert got["evidence"][0]["link"].startswith("https://data.worldbank.org/")


def test_the_shot_down_drones_keep_the_date_of_the_attack(winter):
    assert winter["80 drones"]["as_of"] == winter["105"]["as_of"] == "2024-12-13"


@pytest.mark.parametrize("name,published,table", [
    ("winter", date(2025, 1, 15), WINTER_TABLE),
    ("europe", date(2024, 9, 2), EUROPE_TABLE),
])
def test_the_real_extractor_reaches_the_same_verdicts(name, published, table):
    text = WINTER if name == "winter" else EUROPE
    report = check_article(Article(text, published))
    by_text = {c["text"]: c for c in report["claims"]}
    for span, _, verdict, _ in table:
        assert span in by_text, f"the extractor did not find {span!r}: {sorted(by_text)}"
        assert by_text[span]["verdict"] == verdict, f"{span}: {by_text[span]['explanation']}"

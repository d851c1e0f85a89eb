"""Population and GDP claims (World Bank), several countries and years, with hedges.

Figures from fixtures/worldbank/{population,gdp}.csv:
  Ukraine population 2021 44,298,640; 2023 37,732,836.  GDP 2023 178,757,021,387 US$.
  Russian Federation GDP 2023 2,021,421,476,035 US$.
  Turkiye population 2023 85,325,965.  Egypt, Arab Rep. GDP 2022 476,747,720,... US$.
  Korea, Rep. population 2023 51,712,619.  Poland population 2023 36,687,353.
  Nigeria population 2023 227,882,945.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tests.verify.verify_helpers import claim_in

from factcheck.article import Article
from factcheck.verify import verify

TEXT = (Path(__file__).resolve().parents[2] / "fixtures" / "articles" / "economies-2024-06-10.txt").read_text()
PUBLISHED = date(2024, 6, 10)

TABLE = [
    # span, fields, verdict, why
    ("about 37.7 million", dict(value=37.7e6, qualifier="approximately", hedge="about"),
     "supported", "Ukraine 2023: 37,732,836"),
    ("more than 44 million", dict(low=44e6, qualifier="more_than", hedge="more than"),
     "supported", "Ukraine 2021: 44,298,640 > 44 million"),
    ("roughly $179 billion", dict(value=179e9, qualifier="approximately", hedge="roughly", kind="money", unit="USD"),
     "supported", "Ukraine 2023 (named in the sentence before): $178.76 bn, 0.1% off"),
    ("about $2.9 trillion", dict(value=2.9e12, qualifier="approximately", hedge="about", kind="money", unit="USD"),
     "refuted", "Russia 2023: $2.02 tn; 2.9 is 43% over"),
    ("some 85 million people", dict(value=85e6, qualifier="approximately", hedge="some", measured="people"),
     "supported", "Turkiye 2023: 85,325,965"),
    ("nearly $480 billion", dict(value=480e9, qualifier="approximately", hedge="nearly", kind="money", unit="USD"),
     "supported", "Egypt 2022: $476.7 bn, 0.7% off"),
    ("less than 50 million", dict(high=50e6, qualifier="less_than", hedge="less than"),
     "refuted", "Korea, Rep. 2023: 51,712,619 is not under 50 million (+2% allowed: 51.0 million)"),
    ("36.7 million inhabitants", dict(value=36.7e6, measured="inhabitants"),
     "supported", "Poland 2023: 36,687,353, within 36.65..36.75 million"),
    ("250 million", dict(low=250e6, qualifier="more_than", hedge="passed"),
     "refuted", "Nigeria 2023: 227,882,945, 9% under 250 million"),
]


@pytest.fixture(scope="module")
def results():
    claims = [claim_in(TEXT, span, **fields) for span, fields, *_ in TABLE]
    return {r["text"]: r for r in verify(claims, Article(TEXT, PUBLISHED))}


@pytest.mark.parametrize("span,fields,verdict,why", TABLE, ids=[row[0] for row in TABLE])
def test_country_statistics(results, span, fields, verdict, why):
    got = results[span]
    assert got["verdict"] == verdict, f"{span}: {got['explanation']} (expected: {why})"
    assert got["evidence"][0]["dataset"] in ("worldbank_population", "worldbank_gdp")
    assert got["evidence"][0]["link"].startswith("https://data.worldbank.org/")


def test_the_year_named_in_the_sentence_is_the_year_checked(results):
    assert results["more than 44 million"]["evidence"][0]["date"] == "2021-12-31"
    assert results["nearly $480 billion"]["evidence"][0]["date"] == "2022-12-31"


def test_a_year_beyond_the_data_falls_back_to_the_latest_with_less_confidence():
    text = "Ukraine's economy was worth about $179 billion in 2024."
    claim = claim_in(text, "about $179 billion", value=179e9, qualifier="approximately", hedge="about",
                     kind="money", unit="USD")
    got = verify([claim], Article(text, date(2025, 3, 1)))[0]
    assert got["verdict"] == "supported"
    assert "latest year" in got["evidence"][0]["note"]
    assert got["confidence"] < 0.9


def test_a_death_toll_in_a_country_is_not_checked_against_its_population():
    text = "In Ukraine, 12,000 people were killed."
    claim = claim_in(text, "12,000 people", value=12000, measured="people")
    got = verify([claim], Article(text, date(2024, 12, 1)))[0]
    assert got["metric"] != "population"


@pytest.mark.parametrize("text,span,fields", [
    ("Ukraine's population has fallen by 10 million since the invasion.", "10 million", dict(value=10e6)),
    ("Ukraine's GDP per capita is about $5,000.", "about $5,000",
     dict(value=5000, qualifier="approximately", hedge="about", kind="money", unit="USD")),
    ("The US has given Ukraine $60 billion in aid, a third of its GDP.", "$60 billion",
     dict(value=60e9, kind="money", unit="USD")),
    ("Almost 12 million people have fled their homes in Sudan.", "Almost 12 million people",
     dict(value=12e6, qualifier="approximately", hedge="almost", measured="people")),
])
def test_changes_aid_and_per_head_figures_are_not_country_totals(text, span, fields):
    got = verify([claim_in(text, span, **fields)], Article(text, date(2024, 12, 27)))[0]
    assert got["verdict"] == "not_enough_info", got["explanation"]


def test_a_country_of_n_people_is_its_population():
    text = "Russia, a country of 144 million people, has an economy worth about $2 trillion."
    got = verify([claim_in(text, "144 million people", value=144e6, measured="people")],
                 Article(text, date(2024, 12, 27)))[0]
    # Russian Federation 2024: 143,533,851; '144 million' allows 143.5..144.5 million.
    assert got["verdict"] == "supported"

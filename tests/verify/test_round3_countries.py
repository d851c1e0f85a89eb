"""Round 3: country statistics. A group of countries or a city is not a country (the World Bank
tables hold countries, and the world); in a sentence of change each figure takes the year
nearest it in its own part of the clause and the country of the sentence's subject; a range
is widened only by the rounding its ends show, at most 1%.

World Bank figures (fixtures/worldbank):
  population: Egypt 2000 73,083,284, 2023 114,535,772; Nigeria 2010 166,642,886, 2024 232,679,478;
              World 2022 7,989,545,217.
  GDP: Argentina 2017 $643.63bn, 2019 $447.75bn; Egypt 2019 $318.68bn.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.verify.verify_helpers import check_one

MONEY = dict(kind="money", unit="USD")


@pytest.mark.parametrize("text,span,fields", [
    ("The Arab world has a population of 456 million.", "456 million", dict(value=456e6, measured="population")),
    ("The population of the EU is about 448 million.", "about 448 million",
     dict(value=448e6, qualifier="approximately", hedge="about")),
    ("Sub-Saharan Africa's economy is worth about $2 trillion.", "about $2 trillion",
     dict(value=2e12, qualifier="approximately", hedge="about", **MONEY)),
    ("The Gulf states have a combined GDP of $2.1 trillion.", "$2.1 trillion", dict(value=2.1e12, measured="GDP", **MONEY)),
])
def test_a_group_of_countries_is_not_the_world(text, span, fields):
    got = check_one(text, span, date(2023, 6, 1), **fields)
    assert got["verdict"] == "not_enough_info", got["explanation"]
    assert "group of countries" in got["explanation"] and "World" not in got["explanation"]


@pytest.mark.parametrize("text,span,fields", [
    ("Cairo's population is about 22 million.", "about 22 million",
     dict(value=22e6, qualifier="approximately", hedge="about", measured="population")),
    ("Greater Jakarta is home to 34 million people.", "34 million people", dict(value=34e6, measured="people")),
    ("The Egyptian capital, Cairo, has a metropolitan population of 22 million.", "22 million",
     dict(value=22e6, measured="population")),
])
def test_a_city_is_not_its_country(text, span, fields):
    got = check_one(text, span, date(2023, 6, 1), **fields)
    assert got["verdict"] == "not_enough_info", got["explanation"]
    assert "countries only" in got["explanation"]


def test_a_country_in_a_group_is_still_the_country():
    text = "Egypt, the most populous country in the Arab world, has about 112 million people."
    got = check_one(text, "about 112 million people", date(2023, 6, 1), value=112e6, qualifier="approximately",
                    hedge="about", measured="people")
    # 2023: 114,535,772; 112 million is 2.2% under, within 'about'.
    assert got["verdict"] == "supported" and "Egypt" in got["explanation"], got["explanation"]


def test_the_world_itself_is_in_the_data():
    text = "The world's population passed 8 billion in 2022."
    got = check_one(text, "passed 8 billion", date(2023, 6, 1), low=8e9, qualifier="more_than", hedge="passed")
    # 2022: 7,989,545,217 is not above 8 billion (by more than its own rounding).
    assert got["verdict"] == "refuted" and "World" in got["explanation"], got["explanation"]


@pytest.mark.parametrize("span,fields,year,verdict", [
    ("112.7 million", dict(value=112.7e6, measured="population"), 2023, "refuted"),   # 114.5m: 1.6% off an exact 112.7
    ("73.1 million", dict(value=73.1e6, measured="population"), 2000, "supported"),   # 73.08m
])
def test_up_from_takes_its_own_year(span, fields, year, verdict):
    text = "Egypt's population rose to 112.7 million in 2023, up from 73.1 million in 2000."
    got = check_one(text, span, date(2024, 6, 1), **fields)
    assert (got["verdict"], got["as_of"][:4]) == (verdict, str(year)), got["explanation"]


@pytest.mark.parametrize("span,fields,year,verdict", [
    ("about $448 billion", dict(value=448e9, qualifier="approximately", hedge="about", **MONEY), 2019, "supported"),
    ("$643 billion", dict(value=643e9, **MONEY), 2017, "supported"),
])
def test_shrank_to_and_down_from_take_their_own_years(span, fields, year, verdict):
    text = "Argentina's economy shrank to about $448 billion in 2019, down from $643 billion in 2017."
    got = check_one(text, span, date(2024, 6, 1), **fields)
    assert (got["verdict"], got["as_of"][:4]) == (verdict, str(year)), got["explanation"]
    assert "Argentina" in got["explanation"]


@pytest.mark.parametrize("low,high,verdict", [
    (250e6, 260e6, "refuted"),    # 232.7m; the ends stretch to 247.5m at most (1%)
    (230e6, 240e6, "supported"),  # 232.7m inside
    (233e6, 240e6, "supported"),  # ends to the nearest million: 233m stands for 232.5m .. 233.5m
    (234e6, 240e6, "refuted"),    # 234m stands for 233.5m at lowest: 232.7m is below
])
def test_a_range_is_widened_only_by_its_ends_rounding(low, high, verdict):
    text = f"Nigeria's population is between {low / 1e6:.0f} and {high / 1e6:.0f} million."
    span = f"between {low / 1e6:.0f} and {high / 1e6:.0f} million"
    got = check_one(text, span, date(2024, 6, 1), low=low, high=high, qualifier="range", measured="population")
    assert got["verdict"] == verdict, got["explanation"]


def test_a_range_far_from_the_reference_is_refuted_with_its_distance():
    text = "Nigeria's population is between 250 and 260 million."
    got = check_one(text, "between 250 and 260 million", date(2024, 6, 1), low=250e6, high=260e6, qualifier="range",
                    measured="population")
    # nearer end 250m against 232.68m: +7.4%
    assert got["deviation"] == pytest.approx((250e6 - 232679478) / 232679478, abs=1e-3)

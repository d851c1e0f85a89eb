"""Round 4: which country a population or GDP figure is about.

An appositive names the country ("Europe's largest economy, Germany,"; "the world's most
populous country, India,"), not the region or World of the possessive before it; 'World' only
for the world as a whole; a city ('Cairo, home to ...', 'greater Jakarta') is no country. In a
change sentence each figure gets the country of its subject ('Its' = the country named before,
even with another country after a 'while') and its own year.

World Bank (fixtures/worldbank): population India 2024 1,450,935,791; World 2023 8,064,057,930;
Egypt 2000 73,083,284, 2023 114,535,772; Nigeria 2023 227,882,945. GDP (current US$) Germany
2023 4.456 trillion; Saudi Arabia 2023 1.068 trillion; Iran 2023 401.5 billion, 2012 644.0 billion.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tests.verify.verify_helpers import claim_in

from factcheck.article import Article
from factcheck.verify import verify

TEXT = (Path(__file__).resolve().parents[2] / "fixtures" / "articles" / "world-figures-2024-06-10.txt").read_text(
    encoding="utf-8")
USD = dict(kind="money", unit="USD")
ABOUT = dict(qualifier="approximately", hedge="about")

TABLE = [
    # (span, claim fields, verdict, country in the explanation, year)
    ("about $4.5 trillion", dict(value=4.5e12, measured="output", **USD, **ABOUT), "supported", "Germany", "2023"),
    # India 2024 (the article's year): 1.451 billion; 1.43 is 1.4% under.
    ("about 1.43 billion people", dict(value=1.43e9, measured="people", **ABOUT), "supported", "India", "2024"),
    ("about $1.07 trillion", dict(value=1.07e12, measured="GDP", **USD, **ABOUT), "supported", "Saudi Arabia",
     "2023"),
    # 'The world's population': World, 2023, 8.064 billion > 8 billion.
    ("passed 8 billion", dict(low=8e9, qualifier="more_than", hedge="passed"), "supported", "World", "2023"),
    ("some 22 million residents", dict(value=22e6, qualifier="approximately", hedge="some", measured="residents"),
     "not_enough_info", None, None),
    ("about 34 million inhabitants", dict(value=34e6, measured="inhabitants", **ABOUT), "not_enough_info", None,
     None),
    # 'Its population' with Nigeria after 'while': Egypt (named the sentence before), 2000: 73.08 million.
    ("73.1 million", dict(value=73.1e6), "supported", "Egypt", "2000"),
    ("more than 110 million", dict(low=110e6, qualifier="more_than", hedge="more than"), "supported", "Egypt",
     "2023"),
    # "while Nigeria's rose to about 228 million in 2023": the noun left out is 'population'.
    ("about 228 million", dict(value=228e6, **ABOUT), "supported", "Nigeria", "2023"),
    ("about $404 billion", dict(value=404e9, measured="GDP", **USD, **ABOUT), "supported", "Iran", "2023"),
    ("roughly $644 billion", dict(value=644e9, qualifier="approximately", hedge="roughly", **USD), "supported",
     "Iran", "2012"),
]


@pytest.fixture(scope="module")
def results():
    claims = [claim_in(TEXT, span, **fields) for span, fields, *_ in TABLE]
    return {r["text"]: r for r in verify(claims, Article(TEXT, date(2024, 6, 10)))}


@pytest.mark.parametrize("span,fields,verdict,country,year", TABLE, ids=[row[0] for row in TABLE])
def test_world_figures(results, span, fields, verdict, country, year):
    got = results[span]
    assert got["verdict"] == verdict, got["explanation"]
    if country:
        assert f"for {country}" in got["explanation"] and year in got["evidence"][0]["note"], got["explanation"]
    else:
        assert "countries only" in got["explanation"] and not got["evidence"]


def test_the_world_of_a_superlative_is_not_world(results):
    assert "for World" not in results["about 1.43 billion people"]["explanation"]

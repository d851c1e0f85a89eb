"""Behaviour of the numeric-claim extractor, one table per capability."""

from __future__ import annotations

import pytest

from factcheck.extract import extract


def only(text: str):
    claims = extract(text)
    assert len(claims) == 1, f"{text!r}: {[c.text for c in claims]}"
    claim = claims[0]
    assert text[claim.start:claim.end] == claim.text
    return claim


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("They counted 1,200 soldiers.", "1,200 soldiers", 1200),
        ("Inflation hit 3.5 percent.", "3.5 percent", 3.5),
        ("The city has 1.5m residents.", "1.5m residents", 1_500_000),
        ("It cost 2.3 billion.", "2.3 billion", 2_300_000_000),
        ("They asked for $40bn.", "$40bn", 40_000_000_000),
        ("Debt reached €1.2 trillion.", "€1.2 trillion", 1_200_000_000_000),
        ("It has 350k subscribers.", "350k subscribers", 350_000),
        ("They brought seventy tanks.", "seventy tanks", 70),
        ("It took three hundred and fifty thousand votes.", "three hundred and fifty thousand votes", 350_000),
        ("It needs two point two million doses.", "two point two million doses", 2_200_000),
        ("He bought a dozen eggs.", "a dozen eggs", 12),
        ("She lost two dozen sheep.", "two dozen sheep", 24),
        ("It drew twenty-five thousand people.", "twenty-five thousand people", 25_000),
        ("They sold half a million copies.", "half a million copies", 500_000),
    ],
)
def test_it_reads_numerals_scales_and_number_words(text, span, value):
    claim = only(text)
    assert claim.text == span
    assert claim.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("Two-thirds of voters agreed.", "Two-thirds", 200 / 3),
        ("A quarter of the population moved.", "A quarter", 25),
        ("Half of the homes were damaged.", "Half", 50),
        ("Three quarters of firms said so.", "Three quarters", 75),
    ],
)
def test_it_reads_fractions_of_a_whole_as_percent(text, span, value):
    claim = only(text)
    assert (claim.text, claim.unit, claim.kind) == (span, "percent", "percent")
    assert claim.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text, span, low, high, unit",
    [
        ("It lost 350,000 to 400,000 Russian troops.", "350,000 to 400,000 Russian troops", 350_000, 400_000, "dimensionless"),
        ("Between 70 and 80 villages burned.", "Between 70 and 80 villages", 70, 80, "dimensionless"),
        ("We saw 70-80 tanks.", "70-80 tanks", 70, 80, "dimensionless"),
        ("Growth forecasts range from 5% to 7%.", "from 5% to 7%", 5, 7, "percent"),
        ("It hit 2 to 3 million people.", "2 to 3 million people", 2_000_000, 3_000_000, "dimensionless"),
        ("Support is 5 to 7 percent.", "5 to 7 percent", 5, 7, "percent"),
    ],
)
def test_it_reads_ranges_as_low_and_high(text, span, low, high, unit):
    claim = only(text)
    assert (claim.text, claim.qualifier, claim.unit) == (span, "range", unit)
    assert (claim.low, claim.high, claim.value) == (low, high, None)


@pytest.mark.parametrize(
    "text, spans",
    [
        ("Rates rose from 5% to 7%.", ["5%", "7%"]),
        ("The number of vacancies fell by 26,000 to 857,000.", ["26,000", "857,000"]),
        ("The budget raises contributions from 13.8% to 15%.", ["13.8%", "15%"]),
    ],
)
def test_a_change_from_one_figure_to_another_is_two_claims_not_a_range(text, spans):
    assert [c.text for c in extract(text)] == spans


@pytest.mark.parametrize(
    "text, span, low, high",
    [
        ("Hundreds of homes burned.", "Hundreds of homes", 200, 999),
        ("Dozens of people fled.", "Dozens of people", 24, 99),
        ("Tens of thousands of soldiers died.", "Tens of thousands of soldiers", 20_000, 99_999),
        ("Several thousand troops moved.", "Several thousand troops", 3_000, 9_000),
        ("Millions of people voted.", "Millions of people", 2_000_000, 9_999_999),
    ],
)
def test_it_reads_vague_amounts_as_bounded_ranges(text, span, low, high):
    claim = only(text)
    assert (claim.text, claim.qualifier, claim.low, claim.high) == (span, "vague", low, high)


@pytest.mark.parametrize(
    "text, qualifier, hedge, field",
    [
        ("About 40 died.", "approximately", "about", "value"),
        ("Nearly 40% agreed.", "approximately", "nearly", "value"),
        ("Close to 300 fled.", "approximately", "close to", "value"),
        ("Just under 300 fled.", "approximately", "just under", "value"),
        ("Over 1,000 days passed.", "more_than", "over", "low"),
        ("More than 500 people came.", "more_than", "more than", "low"),
        ("Upwards of 500 people came.", "more_than", "upwards of", "low"),
        ("At least 12 people died.", "at_least", "at least", "low"),
        ("No fewer than 12 people died.", "at_least", "no fewer than", "low"),
        ("Up to 50 drones flew.", "at_most", "up to", "high"),
        ("As many as 50 drones flew.", "at_most", "as many as", "high"),
        ("Fewer than 50 drones flew.", "less_than", "fewer than", "high"),
        ("Less than 5% voted.", "less_than", "less than", "high"),
    ],
)
def test_it_turns_hedges_into_qualifiers_and_keeps_the_hedge(text, qualifier, hedge, field):
    claim = only(text)
    assert (claim.qualifier, claim.hedge) == (qualifier, hedge)
    assert getattr(claim, field) is not None


def test_one_hedge_governs_a_coordination():
    text = "Russia fired around 70 cruise and ballistic missiles and 100 strike drones."
    a, b = extract(text)
    assert (a.text, a.measured) == ("around 70 cruise and ballistic missiles", "cruise and ballistic missiles")
    assert (b.text, b.measured) == ("100 strike drones", "strike drones")
    assert a.qualifier == b.qualifier == "approximately"
    assert b.hedge == "around"


@pytest.mark.parametrize(
    "text, span, unit, kind, value",
    [
        ("It lasted over 1,000 days of fighting.", "over 1,000 days", "day", "duration", None),
        ("It took three years.", "three years", "year", "duration", 3),
        ("Russia lost approximately 1,200 soldiers daily.", "approximately 1,200 soldiers daily", "1/day", "rate", 1200),
        ("They fire 50 shells a day.", "50 shells a day", "1/day", "rate", 50),
        ("It admits 30 patients per week.", "30 patients per week", "1/week", "rate", 30),
        ("It burned 200 square miles.", "200 square miles", "km**2", "area", 200 * 2.589988110336),
        ("It covers 500 km².", "500 km²", "km**2", "area", 500),
        ("They advanced 15 kilometres.", "15 kilometres", "km", "distance", 15),
        ("Support fell 3 percentage points.", "3 percentage points", "percentage_point", "percent", 3),
        ("Exports were worth 40 billion dollars.", "40 billion dollars", "USD", "money", 40e9),
        ("It paid £300m.", "£300m", "GBP", "money", 300e6),
    ],
)
def test_it_normalises_units_and_kinds(text, span, unit, kind, value):
    claim = only(text)
    assert (claim.text, claim.unit, claim.kind) == (span, unit, kind)
    if value is not None:
        assert claim.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "The invasion began on 24 February 2022.",
        "Talks resumed in 2023.",
        "The 2012-13 season was poor.",
        "They met at 10:30.",
        "Call +44 20 7946 0958 for details.",
        "Update to version 3.2.1 now.",
        "The G7 and the F-16 and the Su-34 and the S-300 were discussed.",
        "Covid-19 spread along Route 66.",
        "The 47th Mechanised Brigade moved.",
        "See page 12.",
        "Trump vowed to end the war on day one.",
    ],
)
def test_it_ignores_numbers_that_are_not_claims(text):
    assert [c.text for c in extract(text)] == []


def test_ordinals_that_carry_a_quantity_are_claims():
    claim = only("The war nears its third anniversary.")
    assert (claim.value, claim.unit, claim.kind, claim.extra.get("ordinal")) == (3, "year", "duration", True)
    claim = only("It was the 1,000th day of the war.")
    assert (claim.value, claim.unit) == (1000, "day")


@pytest.mark.parametrize(
    "text, source",
    [
        ("Russia lost 1,500 troops, according to the UK Ministry of Defence.", "the UK Ministry of Defence"),
        ("Russia lost 1,500 troops, Kellogg said.", "Kellogg"),
    ],
)
def test_it_keeps_the_attributed_source(text, source):
    assert only(text).source == source


def test_every_claim_keeps_its_sentence_and_offsets():
    text = "First line. Then 40 people came. Last."
    claim = only(text)
    assert claim.sentence == "Then 40 people came."
    assert text[claim.start:claim.end] == claim.text

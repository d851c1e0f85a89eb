"""Extractor behaviours added for public news text: units glued to figures, currency codes and
transliterated marks, changes that are not ranges, fractions and scientific notation, and what
a percent or an amount of money measures when its subject comes first."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims


def brief(text):
    return [(c.text, c.value, c.low, c.high, c.unit) for c in claims(text)]


@pytest.mark.parametrize(
    "text, span, value, unit",
    [
        ("The base phone has 64GB of storage.", "64GB", 64, "gigabyte"),
        ("It runs at 2.4GHz.", "2.4GHz", 2.4, "gigahertz"),
        ("a 4500mAh battery", "4500mAh", 4500, "milliampere_hour"),
        ("It makes 296 hp and 332 lb-ft of torque.", "296 hp", 296, "horsepower"),
        ("lead at 4 ppb", "4 ppb", 4, "ppb"),
        ("The field pumps 800,000 barrels a day.", "800,000 barrels a day", 800000, "1/day"),
        ("a 6.1-inch display", "6.1-inch", 6.1 * 0.0000254, "km"),
    ],
)
def test_it_reads_units_glued_or_joined_to_the_figure(text, span, value, unit):
    c = claims(text)[0]
    assert (c.text, c.unit) == (span, unit)
    assert c.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text, span, value, code",
    [
        ("sold for USD10m", "USD10m", 10_000_000, "USD"),
        ("priced at RM79 a month", "RM79", 79, "MYR"),
        ("global debt was $US113 trillion", "$US113 trillion", 113e12, "USD"),
        ("up 19 cents at US $58.24 per barrel", "US $58.24", 58.24, "USD"),
        ("a PS6m golden hello", "PS6m", 6_000_000, "GBP"),
        ("easing against the yen to 108.79 JPY", "108.79 JPY", 108.79, "JPY"),
        ("the deficit widened to $-50.8bn", "$-50.8bn", -50.8e9, "USD"),
    ],
)
def test_it_reads_currency_codes_and_transliterated_marks(text, span, value, code):
    c = [c for c in claims(text) if c.kind == "money"][-1]
    assert (c.text, c.unit) == (span, code)
    assert c.value == pytest.approx(value)


@pytest.mark.parametrize("text", ["PS5 sales rose.", "the G7 summit", "on 9/11", "open 24/7", "the ID.3 and ID.4 models"])
def test_names_and_dates_stay_out(text):
    assert claims(text) == []


def test_a_share_then_a_level_is_two_claims_not_a_range():
    assert [c.text for c in claims("Vectura's shares rose 6.5% to 164p.")] == ["6.5%", "164p"]
    assert [c.qualifier for c in claims("The index gained 0.7 percent to 6,327.80.")] == ["exact", "exact"]


def test_the_first_figure_of_a_change_shares_the_unit_of_the_second():
    first, second = claims("Lift was increased from 13.5 to 14.0 mm.")
    assert (first.text, first.unit, second.unit) == ("13.5", "km", "km")
    assert first.value == pytest.approx(13.5e-6)


def test_a_year_does_not_open_a_range_with_an_amount():
    assert [c.text for c in claims("Sales rose 60% in 2018 to 3.9 million headsets.")] == ["60%", "3.9 million headsets"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("3/4", 75.0),  # a share of a whole, in percent
        ("2 1/4", 2.25),
        ("twenty-three fifths", 4.6),
        ("three and a fifth", 3.2),
        ("one hundred and three quarters", 100.75),
        ("two hundred point seventy-one", 200.71),
        ("fifty - two", 52),
        ("three hundred and two dozens", 324),
        ("1.2b", 1.2e9),
        ("1e10", 1e10),
        ("12.32e+14", 12.32e14),
    ],
)
def test_it_reads_fractions_mixed_numbers_and_notation(text, value):
    (c,) = claims(text)
    assert c.value == pytest.approx(value)


def test_a_twenty_first_century_economy_is_not_a_fraction():
    assert claims("a twenty-first century economy") == []


def test_minus_written_with_a_hyphen_and_sub_as_an_upper_bound():
    (a,) = claims("It can dip to minus-130 degrees Fahrenheit.")
    assert (a.value, a.unit) == (-130, "degree_Fahrenheit")
    (b,) = claims("Demand for sub-300 sq m offices grew.")
    assert (b.qualifier, b.high) == ("less_than", pytest.approx(0.0003))


@pytest.mark.parametrize(
    "text, measured",
    [
        ("The central bank held rates, with inflation at 9.8% in March.", "inflation"),
        ("Unemployment rose to 4.1% last month.", "Unemployment"),
        ("Parliament approved the budget of $40bn.", "budget"),
        ("The unemployment rate climbed to 4.3%.", "unemployment rate"),
        ("Spain approved a €10.6bn aid package.", "aid package"),
    ],
)
def test_a_percent_or_amount_measures_the_subject_before_it(text, measured):
    assert claims(text)[-1].measured == measured


def test_a_count_named_by_its_forecasters_borrows_the_earlier_noun():
    jobs, forecast = claims("Employers added 114,000 jobs, short of the 175,000 economists had forecast.")
    assert (forecast.text, forecast.measured) == ("175,000", "jobs")


def test_an_age_in_apposition_is_not_a_claim_but_a_place_count_is():
    assert claims("Senard, 65, now faces a task.") == []
    assert [c.value for c in claims("In Kherson, 40, and in Kyiv, 12, people died.")] == [40, 12]

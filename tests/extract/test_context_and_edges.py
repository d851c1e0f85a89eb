"""Edge cases of the extractor: ordinals, shares, sizes, time references, money in minor
units, names and codes, and per-claim sources."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("Labour came second.", "second", 2),
        ("twenty-first", "twenty-first", 21),
        ("one hundred twenty fifth", "one hundred twenty fifth", 125),
        ("11th", "11th", 11),
    ],
)
def test_an_ordinal_that_ends_its_clause_is_a_rank(text, span, value):
    (c,) = claims(text)
    assert (c.text, c.value, c.extra.get("ordinal")) == (span, value, True)


@pytest.mark.parametrize("text", ["We meet on the 21st.", "The second round is in May.", "It was the first time."])
def test_ordinals_that_date_or_name_are_not_claims(text):
    assert claims(text) == []


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("Around one in eight people live with obesity.", "Around one in eight", 12.5),
        ("Nine out of ten people have been displaced.", "Nine out of ten", 90),
        ("Approximately 1 in 3 children are malnourished.", "Approximately 1 in 3", 100 / 3),
    ],
)
def test_shares_written_as_n_in_m_are_percentages(text, span, value):
    (c,) = claims(text)
    assert (c.text, c.unit) == (span, "percent")
    assert c.value == pytest.approx(value)


def test_size_modifiers_are_counts_but_other_modifiers_are_not():
    assert [(c.text, c.value, c.measured) for c in claims("It lost its majority in the 113-seat legislature.")] == [
        ("113-seat", 113, "seats")
    ]
    assert claims("The average 30-year mortgage rate is high after a 10-for-1 split.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Turnout was up on the level two years ago.",
        "Support had been higher five years earlier.",
        "Output fell in the final three months of 2023.",
    ],
)
def test_durations_that_only_place_an_event_in_time_are_not_claims(text):
    assert [c.kind for c in claims(text)] == []


@pytest.mark.parametrize(
    "text, span, value, unit",
    [
        ("Petrol reached 150.5p a litre.", "150.5p", 1.505, "GBP"),
        ("It costs 50 cents.", "50 cents", 0.5, "USD"),
        ("Samsung made 10.4 trillion won.", "10.4 trillion won", 10.4e12, "KRW"),
        ("It raised Rs 500 crore.", "Rs 500 crore", 5e9, "INR"),
    ],
)
def test_money_in_minor_units_and_other_currencies(text, span, value, unit):
    (c,) = claims(text)
    assert (c.text, c.unit, c.kind) == (span, unit, "money")
    assert c.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "The iOS 18.2 update arrives on the iPhone 16.",
        "The S&P 500 and the FTSE 100 were flat.",
        "Rule 10b-5 was cited in case no. 23-cv-1147.",
        "Visit 60 Holland Park for visa information.",
        "The walk-in centre at 40 Eastbourne Terrace opens soon.",
        "Call 0300 023 0700 or see http://example.org/page/12 now.",
        "The review's recommendations are: 1. simplify the tax code; 2. raise the allowance.",
        "The patient in bed 14 was treated under protocol 3.1.",
        "The storm peaked on 13-14 January.",
    ],
)
def test_numbers_in_names_codes_addresses_and_lists_are_not_claims(text):
    assert [c.text for c in claims(text)] == []


def test_each_claim_takes_the_speaker_nearest_before_it():
    text = ("Venezuela's electoral council declared Maduro the winner with 51.2%, but the opposition said "
            "tally sheets from 80% of polling stations showed González with 67%.")
    sources = [c.source for c in claims(text)]
    assert sources == ["Venezuela's electoral council", "the opposition", "the opposition"]


def test_a_sentence_final_attribution_covers_the_whole_sentence():
    text = "HIV claimed 630,000 lives in 2023, and 1.3 million people were newly infected, UNAIDS said."
    assert {c.source for c in claims(text)} == {"UNAIDS"}


def test_a_pledged_time_limit_is_not_checkworthy():
    (c,) = claims("He said he would end the war within 24 hours.")
    assert c.checkworthy is False


def test_values_carry_no_float_noise():
    (c,) = claims("It dumped up to 30cm of snow.")
    assert c.high == 0.0003

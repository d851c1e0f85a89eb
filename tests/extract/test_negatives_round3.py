"""Round 3: hard negatives (phones, labels, race names, idioms), missed currencies and amounts,
elided units, counted nouns that stop before a verb, crossing verbs, counted subjects and rates
of counted things."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims, one


@pytest.mark.parametrize(
    "text",
    [
        "Anyone with information should call 555-0199 or the hotline.",
        "The toll-free line, 1800 123 0456, is open all week.",
        "Parents can ring the helpline on 0161 496 0734 for advice.",
        "Table 4.1 compares the surveys.",
        "The provision sits in Form 990 of the filing.",
        "Supporters of ballot question 2 gathered downtown.",
        "The bulletin, circular 1902, went to every branch.",
        "A lorry overturned near mile marker 88 this morning.",
        "The army is upgrading its Leopard 2A6 fleet.",
        "Rates of type 1 diabetes are rising among teenagers.",
        "As Figure 7 shows, prices diverged.",
        "Members invoked Article 4 of the treaty.",
        "Lawmakers debated Section 702 again.",
        "Relatives of those aboard Flight 17 met officials.",
        "The Apollo 13 crew returned safely.",
        "She won the 400m and took silver in the 800m.",
        "Jamaica won the 4x400m relay in the stadium.",
        "He false-started in the 100m final.",
        "The favourite was drawn in lane 4.",
        "The peloton rested before stage 9.",
        "At one point the crowd fell silent.",
        "Profits slipped in the second half of the year.",
        "The visitors equalised early in the second half.",
        "Overnight temperatures stayed below zero.",
        "Free meals are offered to children under seven.",
        "The jab is recommended for people over 75.",
        "The referendum was held four weeks before polling day.",
        "Aid arrived three days after the earthquake.",
        "Profits rose in a quarter marked by strikes.",
    ],
)
def test_it_finds_no_claim_in_labels_phones_races_and_idioms(text):
    assert [c.text for c in claims(text)] == []


def test_a_precise_duration_before_an_event_stays_a_claim():
    assert one("The law passed 143 days before the deadline.").text == "143 days"


def test_a_count_of_a_named_thing_is_a_claim():
    c = one("The air force lost four of its F-35s in the exercise.")
    assert (c.text, c.value, c.measured) == ("four", 4, "F-35s")


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("The utility owes R38 billion to lenders.", 38e9, "ZAR"),
        ("Lagos spent 2.5 trillion Nigerian naira on roads.", 2.5e12, "NGN"),
        ("Islamabad raised 95 billion Pakistani rupees in bonds.", 95e9, "PKR"),
        ("Accra repaid 800 million cedis to farmers.", 800e6, "GHS"),
        ("Beijing fined the firm 1.8 billion yuan.", 1.8e9, "CNY"),
        ("Seoul set aside 3 trillion won for chipmakers.", 3e12, "KRW"),
        ("Ankara spent 40 billion lira on housing.", 40e9, "TRY"),
        ("Warsaw allocated 7 billion zloty to defence.", 7e9, "PLN"),
        ("Oslo's fund earned 200 billion kroner last year.", 200e9, "NOK"),
        ("Copenhagen's budget for Denmark grew by 5 billion kroner.", 5e9, "DKK"),
    ],
)
def test_it_reads_currency_words_and_prefixes(text, value, unit):
    money = [c for c in claims(text) if c.kind == "money"]
    assert len(money) == 1
    assert (money[0].value, money[0].unit) == (pytest.approx(value), unit)


def test_cents_take_the_currency_of_a_nearby_amount():
    found = claims("A litre of diesel in Madrid costs 1.60 euros, 30 cents more than in March.")
    assert [(c.text, c.unit) for c in found] == [("1.60 euros", "EUR"), ("30 cents", "EUR")]
    assert found[1].value == pytest.approx(0.3)


def test_cents_alone_are_us_cents():
    c = one("A stamp went up by 5 cents.")
    assert (c.value, c.unit) == (pytest.approx(0.05), "USD")


@pytest.mark.parametrize(
    "text, span, low, high",
    [
        ("Several dozen families were moved.", "Several dozen families", 36, 108),
        ("A few dozen boats joined the flotilla.", "A few dozen boats", 24, 60),
    ],
)
def test_it_reads_vague_dozens(text, span, low, high):
    c = one(text)
    assert (c.text, c.qualifier, c.low, c.high) == (span, "vague", low, high)


def test_cut_by_half_is_fifty_percent():
    c = one("The ministry cut its staff by half.")
    assert (c.text, c.value, c.unit) == ("half", 50, "percent")


@pytest.mark.parametrize(
    "text, span, value, unit",
    [
        ("Shares fell for a seventh consecutive day.", "seventh consecutive day", 7, "day"),
        ("Output grew for the 14th straight month.", "14th straight month", 14, "month"),
    ],
)
def test_an_ordinal_in_a_row_carries_a_quantity(text, span, value, unit):
    c = one(text)
    assert (c.text, c.value, c.unit, c.kind, c.extra.get("ordinal")) == (span, value, unit, "duration", True)


@pytest.mark.parametrize("text, unit", [("Repairs could take a week.", "week"), ("The inquiry lasted a year.", "year")])
def test_a_single_unit_after_a_verb_of_lasting_is_a_duration(text, unit):
    c = one(text)
    assert (c.value, c.unit, c.kind) == (1, unit, "duration")


def test_a_quarter_of_a_point_is_a_quarter_percentage_point():
    c = one("The bank lifted its key rate by a quarter of a point.")
    assert (c.value, c.unit) == (0.25, "percentage_point")


@pytest.mark.parametrize(
    "text, first",
    [
        ("Her lead widened from 3 to 8 points in the poll.", (3, "percentage_point")),
        ("Average life expectancy rose from 68 to 73 years.", (68, "year")),
        ("Mortgage rates of 4, 5 and 6 percent were quoted.", (4, "percent")),
        ("Visitors rose from 2 to 4 million.", (2_000_000, "dimensionless")),
        ("Trails of 5 and 10 miles were reopened.", (5 * 1.609344, "km")),
    ],
)
def test_an_elided_unit_is_taken_from_the_paired_figure(text, first):
    c = claims(text)[0]
    assert (c.value, c.unit) == (pytest.approx(first[0]), first[1])


def test_a_list_passes_the_unit_along():
    found = claims("Mortgage rates of 4, 5 and 6 percent were quoted.")
    assert [c.unit for c in found] == ["percent"] * 3


@pytest.mark.parametrize(
    "text, span, measured",
    [
        ("About 200 nurses quit last month.", "About 200 nurses", "nurses"),
        ("Some 60 patients given the vaccine fell ill.", "Some 60 patients", "patients"),
        ("Overnight 25 drones hit power stations.", "25 drones", "drones"),
        ("Three children left the camp.", "Three children", "children"),
    ],
)
def test_a_counted_noun_stops_before_a_verb(text, span, measured):
    c = claims(text)[0]
    assert (c.text, c.measured) == (span, measured)


def test_due_is_not_a_counted_noun():
    found = claims("Four prisoners were freed and two due for release stayed.")
    assert [c.text for c in found] == ["Four prisoners", "two"]
    assert found[1].measured == "prisoners"


def test_a_modifier_before_a_head_is_kept():
    assert one("Doctors treated five broken bones.").text == "five broken bones"


@pytest.mark.parametrize(
    "text, span, hedge",
    [
        ("The number of refugees passed 90,000 on Friday.", "passed 90,000", "passed"),
        ("Subscribers surpassed 3 million users.", "surpassed 3 million users", "surpassed"),
        ("Ticket sales topped 65,000.", "topped 65,000", "topped"),
    ],
)
def test_verbs_of_crossing_are_lower_bounds(text, span, hedge):
    c = one(text)
    assert (c.text, c.qualifier, c.hedge, c.value) == (span, "more_than", hedge, None)


def test_passing_a_counted_thing_is_exact():
    c = one("Parliament passed 9 laws this session.")
    assert (c.qualifier, c.hedge, c.value) == ("exact", None, 9)


def test_an_estimated_figure_is_exact_without_a_hedge():
    c = one("An estimated 8,000 residents were evacuated.")
    assert (c.text, c.qualifier, c.hedge, c.value) == ("8,000 residents", "exact", None, 8000)


def test_of_skips_possessives():
    found = claims("Rebels hold 21 of the region's 90 villages.")
    assert [c.measured for c in found] == ["villages", "villages"]


def test_a_bare_count_takes_a_plural_subject_before_it():
    found = claims("Small charities fell by 120 to 9,400.")
    assert [c.measured for c in found] == ["Small charities", "Small charities"]


@pytest.mark.parametrize(
    "text, unit, measured",
    [
        ("The refinery processes 250,000 barrels a day.", "1/day", "barrels"),
        ("Exports reached 1.2 million barrels of oil per day.", "1/day", "barrels of oil"),
        ("The quarry ships 3,000 tonnes a day.", "metric_ton/day", None),
    ],
)
def test_barrels_in_a_rate_are_counted_and_physical_units_keep_theirs(text, unit, measured):
    c = one(text)
    assert (c.unit, c.kind, c.measured) == (unit, "rate", measured)

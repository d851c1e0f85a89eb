"""The comparison rules: tolerances by qualifier, running totals, definitions, sources."""

from __future__ import annotations

from datetime import date

import pytest
from tests.verify.verify_helpers import check_one

from factcheck.verify.compare import bounds, compare, rounding_unit

XMAS = "On Christmas Day, Russia fired {} missiles at the power grid."


@pytest.mark.parametrize("value,unit", [(150_000, 10_000), (1_000, 1_000), (80, 10), (78, 1), (37.7, 0.1)])
def test_an_exact_figure_is_as_precise_as_its_rounding(value, unit):
    assert rounding_unit(value) == pytest.approx(unit)


@pytest.mark.parametrize("said,qualifier,verdict", [
    ("around 70", "approximately", "supported"),   # 78: 10.3% under, rounds to 10%
    ("around 62", "approximately", "refuted"),     # 78: 20% under
    ("about 85", "approximately", "supported"),    # 78: 9% over
    ("78", "exact", "supported"),
    ("80", "exact", "supported"),                  # '80' is to the nearest 10: 75..85
    ("75", "exact", "refuted"),                    # to the nearest 1: 74.5..75.5; Zelensky's "over 70" is only a bound
])
def test_hedged_and_exact_counts_of_the_christmas_missiles(said, qualifier, verdict):
    value = float(said.split()[-1])
    text = XMAS.format(said)
    got = check_one(text, f"{said} missiles", date(2024, 12, 27), value=value, qualifier=qualifier,
                    hedge=said.split()[0] if qualifier == "approximately" else None, measured="missiles")
    assert got["verdict"] == verdict, got["explanation"]


def test_more_than_is_open_ended_and_a_range_is_judged_by_overlap():
    b = bounds(None, 1000, None, "more_than")
    assert compare(b, {"value": 1038}).result == "supports"
    assert compare(b, {"value": 900}).result == "refutes"
    r = bounds(None, 70, 80, "range")
    assert compare(r, {"value": 78}).result == "supports"
    assert compare(r, {"value": 100}).result == "refutes"


def test_a_vague_amount_is_judged_by_its_bounds():
    b = bounds(None, 20_000, 99_999, "vague")
    assert compare(b, {"value": 43_000}).result == "supports"
    assert compare(b, {"value": 198_000}).result == "refutes"


def test_more_than_a_figure_far_below_the_reference_is_supported_but_called_understated():
    text = "On Christmas Day, Russia fired more than 20 missiles at the power grid."
    got = check_one(text, "more than 20 missiles", date(2024, 12, 27), low=20, qualifier="more_than",
                    measured="missiles")
    assert got["verdict"] == "supported"
    assert "understates" in got["explanation"]
    assert got["confidence"] < 0.8


def test_an_earlier_running_total_bounds_a_later_claim_from_below():
    # US officials: close to 70,000 Ukrainian soldiers killed by Aug 2023. A claim of 57,000
    # in October 2024 fits the US 'more than 57,500' of 9 Oct 2024 but undercuts the
    # earlier 70,000: the sources disagree about it.
    text = "In October 2024, US officials put the number of Ukrainian soldiers killed at 57,000."
    got = check_one(text, "57,000", date(2024, 11, 20), value=57000)
    assert got["verdict"] == "conflicting", got["explanation"]
    assert "70,000" in got["explanation"]


def test_a_definition_mismatch_lowers_the_confidence_and_is_explained():
    text = "By December, Ukraine had lost 380,000 soldiers killed or wounded, officials said."
    got = check_one(text, "380,000 soldiers", date(2024, 12, 27), value=380000, measured="soldiers")
    # Zelensky, 8 Dec 2024: 370,000 wounded (and 43,000 killed); no killed-and-wounded figure.
    # Round 3: a figure of another definition only bounds the claim (killed and wounded are at
    # least the wounded): 380,000 >= 370,000 breaks no bound, so nothing checks it.
    assert got["verdict"] == "not_enough_info"
    assert got["confidence"] == 0.0
    assert "the claim counts killed and wounded" in got["explanation"]


def test_killed_is_not_checked_against_killed_and_wounded():
    text = "President Zelensky said 198,000 Russian soldiers had been killed."
    got = check_one(text, "198,000 Russian soldiers", date(2024, 12, 9), value=198000,
                    measured="Russian soldiers")
    assert got["verdict"] == "supported"
    assert all(row["definition"] == "killed" for row in got["evidence"])


def test_a_claim_naming_its_source_is_compared_with_that_source():
    # UK 'just under 700,000' on 10 Nov 2024 would disagree; the claim names the General Staff.
    text = "The General Staff said on 10 November that Russian losses had reached 708,890 troops."
    got = check_one(text, "708,890 troops", date(2024, 11, 20), value=708890, measured="troops")
    assert got["verdict"] == "supported"
    assert got["evidence"][0]["dataset"] == "general_staff_personnel"


def test_the_wrong_side_is_not_used():
    # Zelensky's 43,000 (8 Dec 2024) matches, but the US put Ukrainian dead at close to
    # 70,000 already in August 2023: an earlier running total above the claim, so the
    # sources disagree (issue 4: earlier totals bound later ones from below).
    text = "Zelensky said 43,000 Ukrainian soldiers had been killed."
    got = check_one(text, "43,000 Ukrainian soldiers", date(2024, 12, 9), value=43000,
                    measured="Ukrainian soldiers")
    assert got["verdict"] == "conflicting"
    assert got["metric"] == "killed"
    assert all(row["metric"] == "killed" for row in got["evidence"])
    assert not any(row["dataset"] == "general_staff_personnel" for row in got["evidence"])


def test_a_mention_no_dataset_covers_is_not_enough_info_without_evidence():
    text = "The blackout left hundreds of thousands of homes without heating on Christmas Day."
    got = check_one(text, "hundreds of thousands of homes", date(2024, 12, 27), low=200000, high=999999,
                    qualifier="vague", measured="homes")
    assert got["verdict"] == "not_enough_info"
    assert got["evidence"] == [] and got["confidence"] == 0.0


def test_an_anniversary_too_far_ahead_is_refuted():
    text = "The war nears its fourth anniversary."
    got = check_one(text, "fourth anniversary", date(2024, 12, 27), value=4, kind="duration", unit="year",
                    extra={"ordinal": True})
    assert got["verdict"] == "refuted"


def test_an_anniversary_marked_on_the_day_is_supported():
    text = "Ukraine marks the second anniversary of the full-scale invasion today."
    got = check_one(text, "second anniversary", date(2024, 2, 24), value=2, kind="duration", unit="year",
                    extra={"ordinal": True})
    assert got["verdict"] == "supported"


def test_years_of_war_are_converted_from_days():
    text = "After nearly three years of war, neither side is ready to talk."
    got = check_one(text, "nearly three years", date(2024, 12, 27), value=3, qualifier="approximately",
                    hedge="nearly", kind="duration", unit="year", measured="war")
    assert got["verdict"] == "supported", got["explanation"]


def test_an_attack_count_over_a_week_sums_the_weeks_reports():
    from factcheck.verify import derived

    week = derived.attacks_between(date(2024, 12, 16), date(2024, 12, 22))
    text = "This week alone, Russia launched about {} drones at Ukraine, Zelensky said."
    n = week["drones_launched"]
    got = check_one(text.format(n), f"about {n} drones", date(2024, 12, 22), value=n, qualifier="approximately",
                    hedge="about", measured="drones")
    assert got["verdict"] == "supported"
    assert "16 Dec 2024 - 22 Dec 2024" in got["explanation"]


def test_a_running_count_since_the_invasion_is_not_one_attack():
    text = "Since the start of the full-scale invasion, Russia has fired more than 12,000 missiles at Ukraine."
    got = check_one(text, "more than 12,000 missiles", date(2024, 12, 27), low=12000, qualifier="more_than",
                    measured="missiles")
    assert got["verdict"] == "not_enough_info"


def test_the_whole_in_n_of_m_is_what_was_launched():
    text = "Air defences shot down 59 of 78 missiles fired by Russia on Christmas Day."
    got = check_one(text, "78 missiles", date(2024, 12, 27), value=78, measured="missiles")
    assert got["metric"] == "attack_missiles_launched" and got["verdict"] == "supported"


def test_both_sides_together_is_not_checked_against_one_side():
    text = "The war has killed or wounded more than a million soldiers on both sides."
    got = check_one(text, "more than a million soldiers", date(2024, 12, 27), low=1e6, qualifier="more_than",
                    measured="soldiers")
    assert got["verdict"] == "not_enough_info"


def test_a_day_of_losses_in_a_general_staff_update():
    # personnel(2024-12-27) 782,510 - personnel(2024-12-26) 780,860 = 1,650: the losses of
    # 26 Dec reported on the morning of the 27th.
    text = "Russia lost 1,650 soldiers over the past day, bringing its total to 782,510, Kyiv said."
    day = check_one(text, "1,650 soldiers", date(2024, 12, 27), value=1650, measured="soldiers")
    total = check_one(text, "782,510", date(2024, 12, 27), value=782510)
    assert day["verdict"] == "supported" and day["metric"] == "killed_and_wounded_single_day"
    assert total["verdict"] == "supported" and total["metric"] == "russia_personnel_losses"

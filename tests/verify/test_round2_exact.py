"""Exact figures are held to the rounding they use, not to a 10% slack.

Trailing zeros set the rounding ('150,000' -> nearest 10,000, so 145,000..155,000); a figure
with no trailing zeros ('20,348') allows only `exact_min` (0.5%) for sources that round.

Hand figures (fixtures/general_staff/russia_losses_equipment.json, 2025-01-15):
  tank 9,780; APC 20,348.
Mediazona + BBC named dead (fixtures/estimates/war_estimates_curated.csv):
  2024-11-22 79,819; 2024-12-21 84,761; 2025-01-17 88,726.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.verify.verify_helpers import check_one

from factcheck.verify.compare import bounds

PUBLISHED = date(2025, 1, 15)


@pytest.mark.parametrize("said,value,verdict", [
    ("9,780 tanks", 9780, "supported"),
    ("9,680 tanks", 9680, "refuted"),                          # 1.0% under, allowed 0.5%
    ("20,348 armoured vehicles", 20348, "supported"),
    ("21,348 armoured vehicles", 21348, "refuted"),            # 4.9% over
    ("19,348 armoured vehicles", 19348, "refuted"),            # 4.9% under
])
def test_an_exact_equipment_count_must_match_within_its_own_rounding(said, value, verdict):
    text = f"The General Staff says Russia has lost {said} since the invasion."
    got = check_one(text, said, PUBLISHED, value=value, measured=said.split(" ", 1)[1])
    assert got["verdict"] == verdict, got["explanation"]


def test_a_refutation_ten_times_past_an_exact_figures_tolerance_is_confident():
    text = "A widely shared graphic claimed Russia has lost 21,348 armoured vehicles."
    got = check_one(text, "21,348 armoured vehicles", PUBLISHED, value=21348, measured="armoured vehicles")
    assert got["verdict"] == "refuted" and got["confidence"] >= 0.8


def test_an_exact_named_count_of_the_same_day_is_compared_directly():
    text = "By 21 December, Mediazona and the BBC had identified {} Russian soldiers killed, by name."
    ok = check_one(text.format("84,761"), "84,761 Russian soldiers", date(2024, 12, 27), value=84761,
                   measured="Russian soldiers")
    off = check_one(text.format("87,761"), "87,761 Russian soldiers", date(2024, 12, 27), value=87761,
                    measured="Russian soldiers")
    assert ok["verdict"] == "supported", ok["explanation"]
    assert off["verdict"] == "refuted", off["explanation"]       # 3.5% over 84,761
    assert off["metric"] == "killed_named_confirmed"


def test_a_running_total_days_older_does_not_confirm_an_exact_figure():
    # 31 Dec 2024: the nearest named count is 84,761 of 21 Dec, ten days before. 86,500
    # is 2.1% over it; no growth allowance confirms an exact figure.
    text = "By 31 December, Mediazona and the BBC had identified 86,500 Russian soldiers killed, by name."
    got = check_one(text, "86,500 Russian soldiers", date(2025, 1, 2), value=86500, measured="Russian soldiers")
    assert got["verdict"] != "supported", got["explanation"]


@pytest.mark.parametrize("value,low,high", [
    (150_000, 145_000, 155_000),      # to the nearest 10,000
    (26_552, 26_552 - 132.76, 26_552 + 132.76),   # exact to 1; 0.5% for sources that round
    (782_510, 782_510 - 3912.55, 782_510 + 3912.55),
])
def test_the_rounding_an_exact_figure_allows(value, low, high):
    b = bounds(value, None, None, "exact")
    assert b.low == pytest.approx(low) and b.high == pytest.approx(high)
    assert not b.approximate


def test_26552_against_25552_is_refuted():
    from factcheck.verify.compare import compare

    assert compare(bounds(26_552, None, None, "exact"), {"value": 25_552}).result == "refutes"
    assert compare(bounds(26_552, None, None, "exact"), {"value": 26_550, "_rounding": 10}).result == "supports"

"""Open-ended claims ('more than X', 'at least X', 'fewer than X') and 'nearly'.

'more than X' holds only if the reference is above X ('at least': X or above). It is refuted
once the reference is below X by more than the reference's own rounding (the General Staff
rounds personnel to 10, so its figures allow 5 either way); never by a 10% slack.

Hand figures (fixtures/general_staff/russia_losses_personnel.json, fixtures/estimates/...):
  personnel 2024-12-27 = 782,510; UK 'more than 750,000' (2024-12-21); Zelensky 'more than
  750,000' (2024-12-08); those open bounds say nothing of 780,000 or 790,000.
  General Staff December 2024 mean: (790,800 on 2025-01-01 - 742,130 on 2024-12-01) / 31 = 1,570.0.
  World Bank: Ukraine population 2023 = 37,732,836.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.verify.verify_helpers import check_one

from factcheck.verify.compare import bounds, compare

LOSSES = "Russia has lost {} Russian troops since the invasion, Kyiv says."
DAY = date(2024, 12, 27)


def _losses(said: str, qualifier: str, **fields):
    text = LOSSES.format(said)
    return check_one(text, f"{said} Russian troops", DAY, qualifier=qualifier, measured="Russian troops", **fields)


def test_more_than_a_figure_the_reference_does_not_reach_is_refuted():
    # 782,510 + 5 (its rounding) < 790,000: 1% short is short, not 'within 10%'.
    got = _losses("more than 790,000", "more_than", low=790000, hedge="more than")
    assert got["verdict"] == "refuted", got["explanation"]
    assert "782,510" in got["explanation"] and "not above 790,000" in got["explanation"]
    assert got["confidence"] >= 0.5


def test_more_than_a_figure_the_reference_passes_is_supported():
    got = _losses("more than 780,000", "more_than", low=780000, hedge="more than")
    assert got["verdict"] == "supported", got["explanation"]
    assert "above 780,000" in got["explanation"]


def test_at_least_the_reference_itself_is_supported():
    got = _losses("at least 782,510", "at_least", low=782510, hedge="at least")
    assert got["verdict"] == "supported" and got["confidence"] >= 0.8


def test_more_than_the_reference_itself_holds_only_within_its_rounding():
    # 782,510 is not above 782,510, but the General Staff rounds to 10: not clearly below.
    got = _losses("more than 782,510", "more_than", low=782510, hedge="more than")
    assert got["verdict"] == "supported"
    assert got["confidence"] < 0.7 and "rounding" in got["explanation"]


def test_fewer_than_a_figure_the_reference_exceeds_is_refuted():
    # 782,510 - 5 > 780,000. The UK's 'more than 750,000' neither confirms nor refutes it.
    got = _losses("fewer than 780,000", "less_than", high=780000, hedge="fewer than")
    assert got["verdict"] == "refuted", got["explanation"]


def test_nearly_is_approximately_with_the_direction_noted():
    # 1,500 against 1,570.0: 4.5% under, within 10%; 'nearly' says it sits just below, but it is above.
    text = "Russia was losing nearly 1,500 troops a day in December, British officials said."
    got = check_one(text, "nearly 1,500 troops a day", date(2025, 1, 15), value=1500, qualifier="approximately",
                    hedge="nearly", kind="rate", unit="1/day", measured="troops")
    assert got["verdict"] == "supported", got["explanation"]
    assert "understates it slightly" in got["explanation"]


@pytest.mark.parametrize("said,fields,verdict", [
    ("more than 37.7 million", dict(low=37.7e6, qualifier="more_than"), "supported"),    # 37,732,836
    ("more than 37.8 million", dict(low=37.8e6, qualifier="more_than"), "refuted"),      # 67,164 short
    ("under 38 million", dict(high=38e6, qualifier="less_than"), "supported"),
    ("under 37.7 million", dict(high=37.7e6, qualifier="less_than"), "refuted"),
])
def test_open_ended_population_claims_use_the_exact_world_bank_figure(said, fields, verdict):
    text = f"Ukraine's population was {said} in 2023."
    got = check_one(text, said, date(2024, 6, 10), **fields)
    assert got["verdict"] == verdict, got["explanation"]


def test_the_slack_is_the_references_own_rounding():
    more = bounds(None, 1000, None, "more_than")
    assert compare(more, {"value": 1001, "_rounding": 1}).result == "supports"
    assert compare(more, {"value": 999, "_rounding": 1}).result == "refutes"      # 999.5 < 1000
    assert compare(more, {"value": 999, "_rounding": 10}).borderline              # 999 +/- 5 reaches 1000
    assert compare(more, {"value": 950, "_rounding": 10}).result == "refutes"     # 5% short is short
    least = bounds(None, 1000, None, "at_least")
    assert compare(least, {"value": 1000, "_rounding": 1}).result == "supports"
    assert not compare(least, {"value": 1000, "_rounding": 1}).borderline


def test_a_sources_own_bound_confirms_only_past_the_claims_figure():
    more = bounds(None, 800_000, None, "more_than")
    assert compare(more, {"low": 750_000}).result == "neutral"     # 'more than 750,000' says nothing of 800,000
    assert compare(more, {"low": 800_000}).result == "supports"
    assert compare(more, {"high": 700_000}).result == "refutes"    # 'just under 700,000'
    less = bounds(None, None, 780_000, "less_than")
    assert compare(less, {"low": 750_000}).result == "neutral"
    assert compare(less, {"low": 790_000}).result == "refutes"

"""Round 3: loss figures. A month phrased indirectly still dates a daily rate; 'by the end of'
dates a running total; a claim naming its source is compared with that source's figure at its
own date; counts of the named dead are named_confirmed_dead; killed is never confirmed by a
killed-and-wounded total, only bounded by it.

General Staff personnel (record D covers day D-1):
  2024-07-01 543,810, 2024-08-01 579,490 -> July 2024 (579,490 - 543,810) / 31 = 1,151.0 a day;
  2024-09-01 616,300 -> August 2024 (616,300 - 579,490) / 31 = 1,187.4; 2024-09-30 653,060;
  2024-10-31 694,950; 2022-12-31 105,960.
War estimates: UK 'more than 648,000' 2024-09-30; US 'more than 600,000' 2024-10-09;
  Mediazona + BBC named dead 84,761 (2024-12-21), 88,726 (2025-01-17); US 'as many as 120,000'
  Russian killed (2023-08-18); Zelensky 198,000 Russian killed (2024-12-08).
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.verify.verify_helpers import check_one

RATE = dict(qualifier="approximately", kind="rate", unit="1/day")


@pytest.mark.parametrize("text,span,published,month", [
    ("Russian losses keep climbing. July's toll was about 1,150 a day.", "about 1,150 a day", date(2024, 9, 1),
     "2024-07-31"),
    ("Russian losses keep climbing. In August the toll had run at roughly 1,190 a day.", "roughly 1,190 a day",
     date(2024, 10, 1), "2024-08-31"),
    ("Russian losses keep climbing. That was up from August 2024, when losses averaged about 1,190 a day.",
     "about 1,190 a day", date(2025, 3, 1), "2024-08-31"),
    ("In 2024 Russian losses rose from about 1,150 a day in July to about 1,190 in August.", "about 1,150 a day",
     date(2025, 9, 8), "2024-07-31"),
])
def test_a_month_phrased_indirectly_dates_the_rate(text, span, published, month):
    got = check_one(text, span, published, value=float(span.split()[1].replace(",", "")),
                    hedge=span.split()[0], **RATE)
    assert (got["verdict"], got["metric"], got["as_of"]) == ("supported", "killed_and_wounded_daily_avg", month), \
        got["explanation"]


def test_a_year_given_once_applies_to_the_second_month_too():
    text = "In 2024 Russian losses rose from about 1,150 a day in July to about 1,190 in August."
    got = check_one(text, "about 1,190", date(2025, 9, 8), value=1190, hedge="about", **RATE)
    assert (got["verdict"], got["as_of"]) == ("supported", "2024-08-31"), got["explanation"]


@pytest.mark.parametrize("text,span,low,as_of", [
    ("Russian losses passed 648,000 by the end of September 2024.", "passed 648,000", 648000, "2024-09-30"),
    ("In September 2024 Russia's losses surged. They passed 648,000 by the end of that month, British officials said.",
     "passed 648,000", 648000, "2024-09-30"),
    ("Russian losses passed 648,000 by the end of September 2024. They passed 690,000 by the end of the following "
     "month.", "passed 690,000", 690000, "2024-10-31"),
])
def test_by_the_end_of_a_month_dates_a_running_total(text, span, low, as_of):
    got = check_one(text, span, date(2025, 3, 1), low=low, qualifier="more_than", hedge="passed")
    assert (got["verdict"], got["as_of"]) == ("supported", as_of), got["explanation"]
    assert got["metric"] != "killed_and_wounded_month_total"


def test_a_named_sources_bound_leads_at_its_own_date():
    text = "Washington estimated Russian casualties at more than 600,000 in October 2024."
    got = check_one(text, "more than 600,000", date(2025, 3, 1), low=600000, qualifier="more_than",
                    hedge="more than", measured="Russian casualties")
    assert got["verdict"] == "supported"
    assert got["evidence"][0]["date"] == "2024-10-09" and "US" in got["evidence"][0]["source"]


def test_a_named_source_without_a_date_is_found_at_its_latest_statement():
    # Article of 1 Dec 2024, no date in the sentence: the US figure of 9 Oct (53 days before) is
    # what 'US officials say' reports.
    text = "US officials say more than 600,000 Russian soldiers have been killed or wounded."
    got = check_one(text, "more than 600,000 Russian soldiers", date(2024, 12, 1), low=600000,
                    qualifier="more_than", hedge="more than", measured="Russian soldiers")
    assert got["verdict"] == "supported"
    assert got["evidence"][0]["date"] == "2024-10-09", got["explanation"]


@pytest.mark.parametrize("text,span,value", [
    ("Mediazona has identified 84,761 Russian soldiers killed by name.", "84,761 Russian soldiers", 84761),
    ("The BBC and Mediazona have confirmed 84,761 Russian deaths.", "84,761 Russian deaths", 84761),
])
def test_named_counts_are_the_named_dead(text, span, value):
    got = check_one(text, span, date(2024, 12, 21), value=value, measured=span.split(" ", 1)[1])
    assert (got["verdict"], got["metric"]) == ("supported", "killed_named_confirmed"), got["explanation"]


def test_killed_is_refuted_by_a_smaller_killed_and_wounded_total():
    # No killed figure near the end of 2022; killed and wounded 105,960 < 200,000.
    text = "A blogger claimed that at least 200,000 Russian soldiers had been killed by the end of 2022."
    got = check_one(text, "at least 200,000 Russian soldiers", date(2025, 1, 15), low=200000, qualifier="at_least",
                    hedge="at least", measured="Russian soldiers")
    assert got["verdict"] == "refuted", got["explanation"]
    assert "the claim counts killed" in got["explanation"] and got["confidence"] < 0.6


def test_killed_is_never_supported_by_a_larger_killed_and_wounded_total():
    # Killed and wounded 105,960 at the end of 2022 is above 50,000 but counts the wounded too.
    text = "A blogger claimed that at least 50,000 Russian soldiers had been killed by the end of 2022."
    got = check_one(text, "at least 50,000 Russian soldiers", date(2025, 1, 15), low=50000, qualifier="at_least",
                    hedge="at least", measured="Russian soldiers")
    assert got["verdict"] == "not_enough_info", got["explanation"]
    assert "the claim counts killed" in got["explanation"]

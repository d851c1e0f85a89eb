"""A figure for a part of the war (one place, one stretch of time) is not compared with a
total for the whole war: not_enough_info with the scope named, or the matching scoped
metric when there is one.

Hand figures: General Staff personnel 2025-01-01 = 790,800, 2025-01-15 = 812,670, so the
losses of 1-14 January 2025 (reported by the 15th) = 21,870.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.verify.verify_helpers import check_one

PUBLISHED = date(2025, 1, 15)


@pytest.mark.parametrize("text,span,fields,scope", [
    ("In the Kursk region alone, Russia has lost 38,000 troops, Kyiv says.", "38,000 troops",
     dict(value=38000, measured="troops"), "Kursk region alone"),
    ("In Bakhmut, Russia lost 60,000 soldiers, according to Ukrainian officials.", "60,000 soldiers",
     dict(value=60000, measured="soldiers"), "Bakhmut"),
    ("At least 120 civilians have been killed in Kharkiv since the invasion.", "At least 120 civilians",
     dict(low=120, qualifier="at_least", hedge="at least", measured="civilians"), "Kharkiv"),
    ("Russia lost 500 troops in one city in a single week, officials said.", "500 troops",
     dict(value=500, measured="troops"), "one city"),
    ("Russia has lost 40 tanks near Pokrovsk, the General Staff said.", "40 tanks",
     dict(value=40, measured="tanks"), "Pokrovsk"),
])
def test_a_part_is_not_compared_with_the_whole_war(text, span, fields, scope):
    got = check_one(text, span, PUBLISHED, **fields)
    assert got["verdict"] == "not_enough_info", got["explanation"]
    assert "scope differs" in got["explanation"] and scope in got["explanation"]
    assert got["evidence"] == []


def test_this_month_uses_the_month_so_far_when_there_is_such_a_metric():
    text = "This month, Russia has lost more than 20,000 troops."
    got = check_one(text, "more than 20,000 troops", PUBLISHED, low=20000, qualifier="more_than",
                    hedge="more than", measured="troops")
    assert got["metric"] == "killed_and_wounded_month_total" and got["verdict"] == "supported", got["explanation"]
    assert got["evidence"][0]["value"] == 21870


@pytest.mark.parametrize("text,span", [
    ("Officials in Kyiv said Russia has lost 812,670 troops.", "812,670 troops"),
    ("Russia has lost 812,670 troops in Ukraine, the General Staff said.", "812,670 troops"),
    ("Russia has lost 812,670 troops, most of them in assaults around Pokrovsk.", "812,670 troops"),
])
def test_a_speakers_place_the_whole_country_or_another_clause_is_no_part(text, span):
    got = check_one(text, span, PUBLISHED, value=812670, measured="troops")
    assert got["verdict"] == "supported", got["explanation"]


def test_one_attack_on_one_city_is_not_the_national_report():
    # The Air Force's rows are the whole country's; 20 drones over Kyiv is a part of them.
    text = "On 13 December air defences shot down 20 drones over Kyiv."
    got = check_one(text, "20 drones", PUBLISHED, value=20, measured="drones")
    assert got["verdict"] == "not_enough_info", got["explanation"]


def test_one_named_day_alone_is_that_days_losses():
    # UK Defence Intelligence: 'more than 2,000' on 28 Nov 2024; the General Staff's running
    # total grew by 2,030 from the record of 28 Nov to that of 29 Nov (losses of the 28th).
    text = "On 28 November alone, Russia lost more than 2,000 soldiers, British intelligence said."
    got = check_one(text, "more than 2,000 soldiers", date(2024, 12, 27), low=2000, qualifier="more_than",
                    hedge="more than", measured="soldiers")
    assert got["metric"] == "killed_and_wounded_single_day" and got["verdict"] == "supported", got["explanation"]


def test_a_record_daily_loss_is_one_days_increase_of_the_running_total():
    # personnel(2024-12-20) - personnel(2024-12-19) = 2,200, reported on the morning of the 20th.
    text = "Russia's daily losses hit a record 2,200 on 20 December, the General Staff said."
    got = check_one(text, "2,200", date(2024, 12, 27), value=2200, measured="losses")
    assert got["metric"] == "killed_and_wounded_single_day" and got["verdict"] == "supported", got["explanation"]


def test_a_single_day_within_a_month_is_looked_for_among_that_months_days():
    # November 2024: UK Defence Intelligence 'more than 2,000' on 28 Nov; the General Staff's
    # increase from the record of 28 Nov to that of 29 Nov is 2,030.
    text = "Russian forces lost 2,000 troops on a single day in November, according to British intelligence."
    got = check_one(text, "2,000 troops", date(2024, 12, 27), value=2000, measured="troops")
    assert got["metric"] == "killed_and_wounded_single_day" and got["verdict"] == "supported", got["explanation"]


def test_since_january_is_the_running_total_since_then():
    # personnel(2024-11-14) 716,070 - personnel(2024-01-01) 360,010 = 356,060: the losses of
    # 1 Jan .. 13 Nov 2024, reported by the morning of the 14th.
    text = "Russia has lost 356,000 troops since January, the General Staff said."
    got = check_one(text, "356,000 troops", date(2024, 11, 14), value=356000, measured="troops")
    assert (got["metric"], got["verdict"]) == ("killed_and_wounded_since", "supported"), got["explanation"]
    assert got["evidence"][0]["value"] == 356060
    far = check_one(text.replace("356,000", "250,000"), "250,000 troops", date(2024, 11, 14), value=250000,
                    measured="troops")
    assert far["verdict"] == "refuted"

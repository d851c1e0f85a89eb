"""Each derived reference against a figure computed by hand from the files."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.verify import derived


def test_days_since_the_invasion_counts_24_february_2022_as_day_1():
    # 2024-11-19 is day 1,000 (Kyiv Independent; the General Staff 'day' field agrees).
    assert derived.days_since("full_scale_invasion", date(2022, 2, 24))["value"] == 1
    assert derived.days_since("full_scale_invasion", date(2024, 11, 19))["value"] == 1000
    # 2024-12-27: 1,000 + (30 - 19) days of November + 27 of December = 1,038.
    assert derived.days_since("full_scale_invasion", date(2024, 12, 27))["value"] == 1038


def test_the_third_anniversary_is_59_days_after_27_december_2024():
    info = derived.anniversary_info("full_scale_invasion", 3, date(2024, 12, 27))
    assert info["date"] == date(2025, 2, 24)
    assert info["days_to"] == 4 + 31 + 24
    assert info["completed"] == 2 and info["next"] == 3


def test_the_daily_rate_reads_the_record_after_the_window():
    # September 2024 losses: personnel(2024-10-01) 654,430 - personnel(2024-09-01) 616,300
    # = 38,130 over 30 days = 1,271.0 (the UK Defence Intelligence figure).
    sep = derived.daily_rate("general_staff_personnel", "personnel", date(2024, 9, 1), date(2024, 9, 30))
    assert sep["total"] == 38_130 and sep["days"] == 30 and sep["value"] == pytest.approx(1271.0)
    # October 2024: 696,410 - 654,430 = 41,980 (Healey's month total) / 31 = 1,354.2.
    octo = derived.daily_rate("general_staff_personnel", "personnel", date(2024, 10, 1), date(2024, 10, 31))
    assert octo["total"] == 41_980 and octo["value"] == pytest.approx(1354.19, abs=0.01)
    # Autumn: (742,130 - 616,300) / 91 = 1,382.7.
    fall = derived.daily_rate("general_staff_personnel", "personnel", date(2024, 9, 1), date(2024, 11, 30))
    assert fall["value"] == pytest.approx(1382.75, abs=0.01)


def test_monthly_rates_cover_each_month_of_the_window():
    months = derived.monthly_rates("general_staff_personnel", "personnel", date(2024, 9, 1), date(2024, 11, 30))
    assert [round(m["value"], 1) for m in months] == [1271.0, 1354.2, 1524.0]


def test_the_christmas_attack_sums_the_national_rows_of_25_december_2024():
    # and Kalibr 62 + X-59/X-69 4 + KN-23 2 + C-300/C-400 10 = 78 missiles;
    # Shahed-136/131 106 drones. Destroyed: 55 + 4 + 0 + 0 = 59 missiles, 54 drones.
    a = derived.attack(date(2024, 12, 25))
    assert (a["missiles_launched"], a["drones_launched"]) == (78, 106)
    assert (a["missiles_destroyed"], a["drones_destroyed"]) == (59, 54)


def test_the_17_november_attack_matches_the_presidents_figures():
    # 101 X-101/Kalibr + 8 Kinzhal + 5 X-59/X-69 + 4 X-22/X-31P + 1 Iskander-M + 1 Zircon = 120.
    a = derived.attack(date(2024, 11, 17))
    assert (a["missiles_launched"], a["drones_launched"]) == (120, 90)


def test_an_attack_is_looked_for_a_few_days_back_when_no_date_is_named():
    assert derived.attack(date(2024, 12, 26)) is None or derived.attack(date(2024, 12, 26))["date"] == date(2024, 12, 26)
    assert derived.attack(date(2024, 12, 26), lookback_days=3)["date"] <= date(2024, 12, 26)


def test_a_share_is_computed_from_two_figures():
    # Kursk: 800 km2 held of a 1,376 km2 peak, so 1 - 800/1376 = 41.86% lost.
    assert derived.share(800, 1376, complement=True) == pytest.approx(41.86, abs=0.01)
    assert derived.share(1, 4) == 25.0
    assert derived.share(1, 0) is None


def test_drones_lost_to_jamming_on_christmas_day():
    # The Shahed row of 2024-12-24/25: not_reach_goal 52 (the Air Force's 'locationally lost').
    assert derived.attack(date(2024, 12, 25))["drones_not_reach_goal"] == 52

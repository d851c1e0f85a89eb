"""A reference is found even when its cue words are not in the claim's sentence: the title
and the sentences before name the topic ('Kursk', the war, an attack), a bare big figure
next to 'General Staff' is its running total, a loss verb names a daily rate, each figure
takes the country nearest it, and exclusion words count only near the figure.

Hand figures:
  Kursk: 1 - 800/1376 = 41.86% of the area Ukraine had taken was lost (2024-11-23).
  Day 1,000 of the full-scale war = 2024-11-19 (key_dates.csv: 2022-02-24 is day 1).
  General Staff personnel 2025-01-15 = 812,670; October 2024 mean (696,410 - 654,430) / 31 = 1,354.2.
  Air Force 13 Dec 2024: 93 missiles, 193 drones launched.
  World Bank: Poland GDP 2022 $689.76bn, 2023 $811.23bn; Hungary GDP 2023 $212.39bn;
  Poland population 2023 36,687,353, Romania 19,061,062; Lithuania 2,871,585, Czechia 10,864,042.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.verify.verify_helpers import claim_in

from factcheck.article import Article
from factcheck.verify import verify


def _one(text: str, span: str, published: date, title: str | None = None, **fields) -> dict:
    return verify([claim_in(text, span, **fields)], Article(text, published, title=title))[0]


def test_kursk_named_in_the_sentence_before_is_the_claims_topic():
    text = ("Ukraine's foothold in Russia's Kursk region has shrunk. "
            "By late November it had lost more than 40% of the ground it once held.")
    got = _one(text, "more than 40%", date(2024, 12, 1), low=40, qualifier="more_than", kind="percent",
               unit="percent", measured="ground")
    assert got["metric"] == "kursk_captured_area_lost_pct" and got["verdict"] == "supported", got["explanation"]


def test_an_attack_in_the_sentence_before_makes_the_counts_launches():
    text = ("Russia staged one of the largest attacks of the war on 13 December. "
            "The attack involved 93 missiles and 193 drones, the Air Force said.")
    missiles, drones = verify([claim_in(text, "93 missiles", value=93, measured="missiles"),
                               claim_in(text, "193 drones", value=193, measured="drones")],
                              Article(text, date(2025, 1, 15)))
    assert missiles["metric"] == "attack_missiles_launched" and missiles["verdict"] == "supported"
    assert drones["metric"] == "attack_drones_launched" and drones["verdict"] == "supported"


def test_a_barrage_in_the_same_sentence_makes_a_count_a_launch():
    text = "Russia's overnight barrage on 13 December involved 193 drones."
    got = _one(text, "193 drones", date(2025, 1, 15), value=193, measured="drones")
    assert got["metric"] == "attack_drones_launched" and got["verdict"] == "supported"


def test_a_bare_figure_next_to_the_general_staff_is_its_running_total():
    text = "Russian losses keep mounting. The General Staff put the figure at 812,670."
    got = _one(text, "812,670", date(2025, 1, 15), value=812670)
    assert got["metric"] == "russia_personnel_losses" and got["verdict"] == "supported", got["explanation"]


def test_the_1000th_day_in_an_article_about_the_war():
    text = "Ukraine marked its 1,000th day on Tuesday with a minute of silence."
    got = _one(text, "1,000th day", date(2024, 11, 20), title="A thousand days of war", value=1000,
               kind="duration", unit="day", extra={"ordinal": True})
    assert got["metric"] == "days_since_full_scale_invasion" and got["verdict"] == "supported", got["explanation"]


def test_a_loss_verb_names_a_daily_rate_for_any_month():
    text = "In October Russia lost roughly 1,350 a day, a record at the time."
    got = _one(text, "roughly 1,350 a day", date(2024, 12, 1), value=1350, qualifier="approximately",
               hedge="roughly", kind="rate", unit="1/day")
    assert got["metric"] == "killed_and_wounded_daily_avg" and got["verdict"] == "supported", got["explanation"]


@pytest.mark.parametrize("span,value,country", [
    ("36.7 million people", 36.7e6, "Poland"),
    ("about 19 million", 19e6, "Romania"),
])
def test_each_figure_takes_the_country_nearest_it(span, value, country):
    text = "In 2023 Poland had 36.7 million people and Romania about 19 million."
    fields = dict(value=value, measured="people")
    if span.startswith("about"):
        fields.update(qualifier="approximately", hedge="about")
    got = _one(text, span, date(2024, 9, 2), **fields)
    assert got["verdict"] == "supported", got["explanation"]
    assert country in got["evidence"][0]["note"]


def test_a_country_named_after_the_figure_is_its_own():
    text = "A population of about 2.9 million in Lithuania compares with 10.9 million in Czechia, per 2023 figures."
    small, large = verify([claim_in(text, "about 2.9 million", value=2.9e6, qualifier="approximately", hedge="about",
                                    measured="population"),
                           claim_in(text, "10.9 million", value=10.9e6, measured="population")],
                          Article(text, date(2024, 9, 2)))
    assert "Lithuania" in small["evidence"][0]["note"] and small["verdict"] == "supported"
    assert "Czechia" in large["evidence"][0]["note"] and large["verdict"] == "supported"


def test_both_figures_of_a_change_are_checked_with_their_years():
    text = "Poland's GDP rose from $690bn in 2022 to about $811bn in 2023."
    before, after = verify([claim_in(text, "$690bn", value=690e9, kind="money", unit="USD"),
                            claim_in(text, "about $811bn", value=811e9, qualifier="approximately", hedge="about",
                                     kind="money", unit="USD")],
                           Article(text, date(2024, 9, 2)))
    assert before["verdict"] == "supported" and before["evidence"][0]["date"] == "2022-12-31"
    assert after["verdict"] == "supported" and after["evidence"][0]["date"] == "2023-12-31", after["explanation"]


def test_sanctions_far_from_the_figure_do_not_block_gdp():
    text = "Hit by high energy prices and by sanctions on Russian gas, Hungary's economy was still worth some $212 billion in 2023."
    got = _one(text, "some $212 billion", date(2024, 9, 2), value=212e9, qualifier="approximately", hedge="some",
               kind="money", unit="USD")
    assert got["metric"] == "gdp" and got["verdict"] == "supported", got["explanation"]


def test_aid_right_at_the_figure_still_blocks_gdp():
    text = "Hungary, whose economy is worth $212 billion, sent $2 billion in aid to Ukraine in 2023."
    got = _one(text, "$2 billion", date(2024, 9, 2), value=2e9, kind="money", unit="USD")
    assert got["verdict"] == "not_enough_info", got["explanation"]


def test_the_world_bank_is_no_country_and_sanctions_do_not_block_gdp():
    # Russian Federation GDP 2023: $2,021,421,476,035; 'about $2 trillion' is 1.1% under it.
    text = "Despite sweeping Western sanctions, Russia's GDP reached about $2 trillion in 2023, World Bank data show."
    got = _one(text, "about $2 trillion", date(2025, 2, 20), value=2e12, qualifier="approximately", hedge="about",
               measured="GDP", **{"kind": "money", "unit": "USD"})
    assert got["verdict"] == "supported" and "Russian Federation" in got["evidence"][0]["note"], got["explanation"]


def test_the_subject_of_x_s_population_is_the_country_of_its_figure():
    # Russian Federation 2023: 143,826,130 ('about 144 million'); Ukraine 2023: 37,732,836.
    text = "In 2023 Russia's population of about 144 million dwarfed Ukraine's 37.7 million."
    big, small = verify([claim_in(text, "about 144 million", value=144e6, qualifier="approximately", hedge="about"),
                         claim_in(text, "37.7 million", value=37.7e6)], Article(text, date(2024, 9, 2)))
    assert "Russian Federation" in big["evidence"][0]["note"] and big["verdict"] == "supported", big["explanation"]
    assert "Ukraine" in small["evidence"][0]["note"] and small["verdict"] == "supported", small["explanation"]


def test_kursk_areas_at_the_peak_and_later_by_their_words():
    # 2024-11-23 (a source in Ukraine's General Staff): peak 1,376 km2 (August 2024), held 800 km2.
    text = ("Ukraine's August incursion into Russia's Kursk region once gave Kyiv control of about 1,376 "
            "square kilometres. By late November, Ukrainian forces held only around 800 square kilometres there.")
    area = dict(qualifier="approximately", kind="area", unit="km**2")
    peak, held = verify([claim_in(text, "about 1,376 square kilometres", value=1376, hedge="about", **area),
                         claim_in(text, "around 800 square kilometres", value=800, hedge="around", **area)],
                        Article(text, date(2024, 12, 15)))
    assert (peak["metric"], peak["verdict"]) == ("kursk_area_held_km2_peak", "supported"), peak["explanation"]
    assert (held["metric"], held["verdict"]) == ("kursk_area_held_km2", "supported"), held["explanation"]


def test_a_named_institution_speaking_is_not_the_side_counted():
    # December 2025 (General Staff): (1,208,970 on 2026-01-01 - 1,173,920 on 2025-12-01) / 31 = 1,130.6 a day.
    text = ("Russia's losses have passed 1.2 million, Ukraine's General Staff says, with about 1,130 soldiers "
            "a day lost in December.")
    got = _one(text, "about 1,130 soldiers a day", date(2026, 1, 20), value=1130, qualifier="approximately",
               hedge="about", kind="rate", unit="1/day", measured="soldiers")
    assert got["verdict"] == "supported" and got["as_of"] == "2025-12-31", got["explanation"]


def test_years_into_the_full_scale_invasion():
    # 2026-01-20 is day 1,427: (1,427 - 1) / 365.25 = 3.90 years; 'almost four' is 2.5% over.
    text = "Almost four years into the full-scale invasion, neither side is close to a deal."
    got = _one(text, "Almost four years", date(2026, 1, 20), value=4, qualifier="approximately", hedge="almost",
               kind="duration", unit="year")
    assert got["metric"] == "days_since_full_scale_invasion" and got["verdict"] == "supported", got["explanation"]

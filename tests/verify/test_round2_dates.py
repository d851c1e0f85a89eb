"""The claim's date comes from the phrase that governs it: each date phrase binds to the
nearest figure in its clause; a date carries over from the sentence before only when the
sentence has none and clearly continues it; 'now' and the present tense mean the article's date.

Hand figures (General Staff personnel, mean daily increase, record D covering day D-1):
  March 2024: (442,880 on 04-01 - 414,680 on 03-01) / 31 = 909.7
  December 2024: (790,800 on 2025-01-01 - 742,130 on 12-01) / 31 = 1,570.0
  personnel on 2025-01-15 = 812,670. Air Force, 13 Dec 2024: 80 drones destroyed.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.verify.verify_helpers import claim_in

from factcheck.article import Article
from factcheck.verify import verify
from factcheck.verify.dates import resolve

PUBLISHED = date(2025, 1, 15)
RATE = dict(qualifier="approximately", kind="rate", unit="1/day")


def _pos(sentence: str, figure: str) -> tuple[int, int]:
    i = sentence.index(figure)
    return i, i + len(figure)


@pytest.mark.parametrize("sentence,figure,month", [
    ("Russia lost roughly 910 a day in March, and about 1,570 a day in December.", "910", 3),
    ("Russia lost roughly 910 a day in March, and about 1,570 a day in December.", "1,570", 12),
    ("In March Russia lost roughly 910 a day, and in December 1,570.", "910", 3),
    ("In March Russia lost roughly 910 a day, and in December 1,570.", "1,570", 12),
    ("Losses ran at 910 a day in March and 1,570 in December.", "910", 3),
    ("Losses ran at 910 a day in March and 1,570 in December.", "1,570", 12),
])
def test_each_month_binds_to_its_own_figure(sentence, figure, month):
    got = resolve(sentence, _pos(sentence, figure), PUBLISHED)
    assert got.window[0].month == month


def test_a_figure_without_a_date_of_its_own_takes_the_sentences_date():
    sentence = "In March Russia lost roughly 910 troops a day and 300 tanks."
    assert resolve(sentence, _pos(sentence, "300"), PUBLISHED).window[0].month == 3


def test_two_monthly_rates_in_one_sentence_are_each_checked_against_their_month():
    text = "By the General Staff's count, Russian losses averaged roughly 910 a day in March and about 1,570 a day in December."
    march, december = verify([claim_in(text, "roughly 910 a day", value=910, hedge="roughly", **RATE),
                              claim_in(text, "about 1,570 a day", value=1570, hedge="about", **RATE)],
                             Article(text, PUBLISHED))
    assert (march["as_of"], march["verdict"]) == ("2024-03-31", "supported"), march["explanation"]
    assert (december["as_of"], december["verdict"]) == ("2024-12-31", "supported"), december["explanation"]


def test_now_means_the_articles_date_even_after_a_dated_sentence():
    text = ("Losses averaged about 1,570 a day in December. "
            "The General Staff now puts Russian losses at 812,670.")
    got = verify([claim_in(text, "812,670", value=812670)], Article(text, PUBLISHED))[0]
    assert got["as_of"] == "2025-01-15" and got["verdict"] == "supported", got["explanation"]


def test_a_sentence_that_points_back_keeps_the_date_before_it():
    text = "On 13 December Russia launched a huge barrage at the grid. That day, air defences shot down 80 drones."
    got = verify([claim_in(text, "80 drones", value=80, measured="drones")], Article(text, PUBLISHED))[0]
    assert got["as_of"] == "2024-12-13" and got["verdict"] == "supported", got["explanation"]


def test_a_new_subject_in_the_present_does_not_inherit_the_date_before_it():
    text = "On 13 December Russia launched 93 missiles at the grid. Russia has lost 9,780 tanks, the General Staff says."
    got = verify([claim_in(text, "9,780 tanks", value=9780, measured="tanks")], Article(text, PUBLISHED))[0]
    assert got["as_of"] == "2025-01-15" and got["verdict"] == "supported", got["explanation"]


def test_an_unrelated_sentence_does_not_inherit_the_date_before_it():
    # The tanks sentence neither points back nor counts missiles: the article's date.
    text = "On 13 December Russia launched 93 missiles at the grid. Its army lost 9,780 tanks, Kyiv said."
    got = verify([claim_in(text, "9,780 tanks", value=9780, measured="tanks")], Article(text, PUBLISHED))[0]
    assert got["as_of"] == "2025-01-15", got["explanation"]


def test_a_change_between_two_years_gives_each_figure_its_year():
    sentence = "Czechia's economy grew from $291 billion to $331 billion between 2022 and 2023."
    assert resolve(sentence, _pos(sentence, "$291 billion"), PUBLISHED).window[0].year == 2022
    assert resolve(sentence, _pos(sentence, "$331 billion"), PUBLISHED).window[0].year == 2023


def test_a_change_between_two_months_checks_each_rate_against_its_month():
    # General Staff, mean daily increase: March 2025 (916,770 on 04-01 - 875,610 on 03-01) / 31
    # = 1,327.7; December 2025 (1,208,970 on 2026-01-01 - 1,173,920 on 12-01) / 31 = 1,130.6. The second figure's 'a day' is left out; the speaker 'Ukraine's
    # General Staff' is not the side counted.
    text = ("Russian losses, as counted by Ukraine's General Staff, fell from roughly 1,330 a day in March "
            "to about 1,130 in December.")
    march, december = verify([claim_in(text, "roughly 1,330 a day", value=1330, hedge="roughly", **RATE),
                              claim_in(text, "about 1,130", value=1130, qualifier="approximately", hedge="about")],
                             Article(text, date(2026, 1, 10)))
    assert (march["as_of"], march["verdict"]) == ("2025-03-31", "supported"), march["explanation"]
    assert (december["as_of"], december["metric"], december["verdict"]) == \
        ("2025-12-31", "killed_and_wounded_daily_avg", "supported"), december["explanation"]


RECORD = """Russia launches its biggest air attack of the war

KYIV, Sep 8 (Factcheck fixture) - Russia fired a record 810 drones and 13 missiles at Ukraine overnight into Sunday, the Air Force said.

Air defences downed 747 drones and four missiles. It was the largest barrage since the full-scale invasion began more than three and a half years ago.

The attack came on the 1,292nd day of the war.
"""


def test_the_dateline_is_not_the_claims_date_and_continuing_sentences_keep_sunday():
    # 8 Sep 2025 was a Monday: 'into Sunday' is 7 Sep. kpszsu rows ending 2025-09-07: 810 drones
    # and 13 missiles launched, 747 drones and 4 missiles destroyed. 2025-09-07 is day 1,292
    # (2022-02-24 = day 1). The paragraph after keeps the date (same drones and missiles), and
    # 'The attack ...' points back through 'It was ...' to it.
    claims = [claim_in(RECORD, "810 drones", value=810, measured="drones"),
              claim_in(RECORD, "13 missiles", value=13, measured="missiles"),
              claim_in(RECORD, "747 drones", value=747, measured="drones"),
              claim_in(RECORD, "four missiles", value=4, measured="missiles"),
              claim_in(RECORD, "1,292nd day", value=1292, kind="duration", unit="day", measured="war",
                       extra={"ordinal": True})]
    got = verify(claims, Article(RECORD, date(2025, 9, 8)))
    assert [g["as_of"] for g in got] == ["2025-09-07"] * 5, [g["explanation"] for g in got]
    assert [g["verdict"] for g in got] == ["supported"] * 5, [g["explanation"] for g in got]

"""The date a claim speaks of, from the words of its sentence and the article's date."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.verify.dates import resolve

PUBLISHED = date(2024, 12, 27)


def _resolve(sentence: str, published: date = PUBLISHED):
    pos = sentence.index("42")
    return resolve(sentence, (pos, pos + 2), published)


@pytest.mark.parametrize("sentence,expected", [
    ("Russia fired 42 missiles on Christmas Day.", date(2024, 12, 25)),
    ("In an update on 22 November, 42 were reported.", date(2024, 11, 22)),
    ("On Nov. 22, 2023, officials counted 42.", date(2023, 11, 22)),
    ("Officials counted 42 yesterday.", date(2024, 12, 26)),
    ("There were 42 of them.", PUBLISHED),
])
def test_a_day(sentence, expected):
    got = _resolve(sentence)
    assert got.date == expected and got.window is None


def test_christmas_day_is_last_years_when_this_years_is_still_ahead():
    assert _resolve("Russia fired 42 missiles on Christmas Day.", date(2025, 1, 10)).date == date(2024, 12, 25)
    assert _resolve("Russia fired 42 missiles on Christmas Day.", date(2025, 12, 20)).date == date(2024, 12, 25)


@pytest.mark.parametrize("sentence,window,by", [
    ("By the fall, Russia was losing 42 a day.", (date(2024, 9, 1), date(2024, 11, 30)), True),
    ("By the fall of 2023, Russia was losing 42 a day.", (date(2023, 9, 1), date(2023, 11, 30)), True),
    ("In October, 42 were lost.", (date(2024, 10, 1), date(2024, 10, 31)), False),
    ("Last August, 42 were lost.", (date(2024, 8, 1), date(2024, 8, 31)), False),
    ("In 2023 the figure was 42.", (date(2023, 1, 1), date(2023, 12, 31)), False),
])
def test_a_window(sentence, window, by):
    got = _resolve(sentence)
    assert got.window == window
    assert got.date == window[1]
    assert got.by is by


def test_a_month_still_ahead_this_year_means_last_year():
    assert _resolve("In October, 42 were lost.", date(2025, 3, 1)).window == (date(2024, 10, 1), date(2024, 10, 31))


def test_last_month_when_it_is_this_month_means_a_year_ago():
    got = _resolve("Last December, 42 were lost.")
    assert got.window == (date(2023, 12, 1), date(2023, 12, 31))


def test_the_date_nearest_the_figure_wins():
    got = _resolve("In October 2023 there were 10, and in August 2024 there were 42.")
    assert got.window == (date(2024, 8, 1), date(2024, 8, 31))


def test_may_the_verb_is_not_a_month():
    assert _resolve("The war may have cost 42 lives.").window is None


def test_a_weekday_is_the_latest_such_day_up_to_the_article():
    # 27 Dec 2024 was a Friday.
    assert _resolve("On Sunday Russia fired 42 missiles.").date == date(2024, 12, 22)
    assert _resolve("On Friday Russia fired 42 missiles.").date == date(2024, 12, 27)
    assert _resolve("Last Friday Russia fired 42 missiles.").date == date(2024, 12, 20)


def test_since_starts_a_count_and_is_not_the_claims_date():
    got = _resolve("At least 42 civilians have been killed since February 2022.")
    assert got.date == PUBLISHED and not got.explicit

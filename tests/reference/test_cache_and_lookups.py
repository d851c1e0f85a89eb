"""The pandas adapter, its Parquet cache and the indexed lookups."""

from __future__ import annotations

import os
from datetime import date

import numpy as np
import pytest

from factcheck.reference import cache, frames, store
from factcheck.reference.series import Series, day_number


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path))
    frames.frame.cache_clear()
    yield tmp_path
    frames.frame.cache_clear()


def test_the_first_load_writes_a_parquet_copy_and_the_second_reads_it(fresh_cache):
    first = frames.frame("general_staff_personnel")
    assert (fresh_cache / "general_staff_personnel.parquet").exists()
    frames.frame.cache_clear()
    again = frames.frame("general_staff_personnel")
    assert again.equals(first)
    assert dict(again.dtypes) == dict(first.dtypes)


def test_the_cache_is_rebuilt_when_the_source_file_changes(fresh_cache, tmp_path, monkeypatch):
    frames.frame("key_dates")
    meta = fresh_cache / "key_dates.json"
    stamp = meta.read_text()
    src = frames.dataset("key_dates").file
    st = src.stat()
    try:
        os.utime(src, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
        frames.frame.cache_clear()
        frames.frame("key_dates")
        assert meta.read_text() != stamp
    finally:
        os.utime(src, ns=(st.st_atime_ns, st.st_mtime_ns))


def test_a_stale_stamp_is_not_read(fresh_cache):
    frames.frame("key_dates")
    assert cache.read("key_dates", "not-the-stamp") is None


def test_series_lookups_are_by_date_on_or_before():
    s = Series(np.array([day_number(date(2024, 1, d)) for d in (1, 2, 5)]), np.array([10.0, 20.0, 50.0]))
    assert s.at(date(2024, 1, 4)) == {"date": date(2024, 1, 2), "value": 20.0}
    assert s.at(date(2023, 12, 31)) is None
    assert s.on(date(2024, 1, 3)) is None
    assert s.points(max_points=2) == [["2024-01-01", 10.0], ["2024-01-05", 50.0]]


def test_the_general_staff_series_matches_the_press_spot_checks():
    s = store.series("general_staff_personnel", "personnel")
    for day, value in [((2024, 2, 18), 402_430), ((2024, 10, 4), 657_940), ((2024, 11, 10), 708_890),
                       ((2024, 12, 21), 772_280), ((2025, 1, 17), 815_820)]:
        assert s.on(date(*day))["value"] == value


def test_only_the_national_air_force_rows_are_loaded():
    df = frames.frame("air_force_attacks")
    assert df["source"].str.startswith("kpszsu").all()
    assert len(df) == 2078


def test_country_names_from_news_text_find_world_bank_codes():
    table = store.countries("worldbank_population")
    text = "Ukraine, Russia, Egypt, South Korea, Turkey, the US and Iran"
    assert [c["code"] for c in table.find(text)] == ["UKR", "RUS", "EGY", "KOR", "TUR", "USA", "IRN"]
    assert table.find("us and them") == []


def test_the_regional_aggregates_are_left_out_but_the_world_is_kept():
    table = store.countries("worldbank_population")
    assert table.value("EUU", 2020) is None and table.value("HIC", 2020) is None
    assert table.value("WLD", 2024)["value"] == 8_141_808_945

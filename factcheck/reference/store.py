"""The process's reference data: each dataset loaded once, on first use, as lookup objects.

Callers get plain records (dicts, dates, floats); no DataFrame leaves this package.
"""

from __future__ import annotations

import threading
from functools import lru_cache

from factcheck.reference import frames
from factcheck.reference.manifest import Metric, dataset, datasets

_lock = threading.RLock()


@lru_cache(maxsize=None)
def series(dataset_id: str, column: str):
    """A cumulative series (Series) of one column of a cumulative_series dataset."""
    from factcheck.reference.series import Series, day_number

    with _lock:
        df = frames.frame(dataset_id)
        sub = df[["date", column]].dropna()
        days = sub["date"].dt.date.map(day_number).to_numpy(dtype="int64")
        return Series(days, sub[column].to_numpy(dtype="float64"), name=f"{dataset_id}.{column}")


def metric_series(metric: Metric):
    return series(metric.dataset, metric.column)


@lru_cache(maxsize=None)
def attacks(dataset_id: str = "air_force_attacks"):
    from factcheck.reference.attacks import Attacks, weapon_classes

    with _lock:
        d = dataset(dataset_id)
        table = weapon_classes(frames.side_table(dataset_id, "weapons_file"),
                               d.options.get("weapon_classes", {}), d.options.get("unlisted_models", {}))
        return Attacks(frames.frame(dataset_id), table)


@lru_cache(maxsize=None)
def weapon_categories(dataset_id: str = "air_force_attacks") -> dict[str, str]:
    """Model name -> the weapon table's category ('cruise missile', 'UAV', ...)."""
    with _lock:
        table = frames.side_table(dataset_id, "weapons_file")
        return {str(r.model): str(r.category) for r in table.itertuples()}


@lru_cache(maxsize=None)
def estimates(dataset_id: str = "war_estimates"):
    from factcheck.reference.estimates import Estimates

    with _lock:
        return Estimates(frames.frame(dataset_id))


@lru_cache(maxsize=None)
def key_dates(dataset_id: str = "key_dates"):
    from factcheck.reference.keydates import KeyDates

    with _lock:
        return KeyDates(frames.frame(dataset_id))


@lru_cache(maxsize=None)
def countries(dataset_id: str):
    from factcheck.reference.countries import CountryTable

    with _lock:
        return CountryTable(frames.frame(dataset_id), frames.side_table(dataset_id, "aliases_file"))


def load_all() -> None:
    """Load every dataset now (a worker calls this at start-up, not per claim)."""
    for d in datasets().values():
        _lookup_for(d.id)


def _lookup_for(dataset_id: str):
    d = dataset(dataset_id)
    if d.shape == "cumulative_series":
        return [series(d.id, m.column) for m in d.metrics]
    if d.shape == "events":
        return attacks(d.id)
    if d.shape == "dated_estimates":
        return estimates(d.id)
    if d.shape == "key_dates":
        return key_dates(d.id)
    if d.shape == "country_year":
        return countries(d.id)
    raise ValueError(f"{dataset_id}: unknown shape {d.shape!r}")


@lru_cache(maxsize=None)
def as_of(dataset_id: str) -> str | None:
    """The latest date (or year) the dataset covers, as text."""
    d = dataset(dataset_id)
    obj = _lookup_for(dataset_id)
    if d.shape == "cumulative_series":
        lasts = [s.last for s in obj if s.last]
        return max(lasts).isoformat() if lasts else None
    if d.shape == "country_year":
        return str(obj.last_year) if obj.last_year else None
    if d.shape == "key_dates":
        return d.retrieved
    last = obj.last
    return last.isoformat() if last else None

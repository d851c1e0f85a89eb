"""A cumulative series by report date, with indexed lookups (sorted dates + searchsorted).

A record dated D is the total reported on the morning of D, so it mostly covers losses
up to the end of day D-1 (see fixtures/general_staff/PROVENANCE.md).
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

EPOCH = date(1970, 1, 1)


def day_number(d: date) -> int:
    return (d - EPOCH).days


def from_day_number(n: int) -> date:
    return EPOCH + timedelta(days=int(n))


class Series:
    """Sorted day numbers and values; every lookup is a binary search."""

    def __init__(self, days: np.ndarray, values: np.ndarray, name: str = ""):
        order = np.argsort(days, kind="stable")
        self.days = np.asarray(days, dtype="int64")[order]
        self.values = np.asarray(values, dtype="float64")[order]
        self.name = name
        if len(self.days) and np.any(np.diff(self.days) == 0):
            raise ValueError(f"series {name!r} has two records for one date")

    def __len__(self) -> int:
        return len(self.days)

    @property
    def first(self) -> date | None:
        return from_day_number(self.days[0]) if len(self) else None

    @property
    def last(self) -> date | None:
        return from_day_number(self.days[-1]) if len(self) else None

    def at(self, when: date) -> dict | None:
        """The latest record dated on or before `when`."""
        hit = self.at_number(day_number(when))
        return None if hit is None else {"date": from_day_number(hit[0]), "value": hit[1]}

    def at_number(self, n: int) -> tuple[int, float] | None:
        """(day number, value) of the latest record on or before day number n."""
        i = int(np.searchsorted(self.days, n, side="right")) - 1
        if i < 0:
            return None
        return int(self.days[i]), float(self.values[i])

    def increase_between(self, first: int, last: int) -> float | None:
        """values[last] - values[first] for two day numbers that are both records."""
        i, j = np.searchsorted(self.days, [first, last])
        if j >= len(self.days) or self.days[i] != first or self.days[j] != last:
            return None
        return float(self.values[j] - self.values[i])

    def on(self, when: date) -> dict | None:
        """The record dated exactly `when`, if there is one."""
        n = day_number(when)
        i = int(np.searchsorted(self.days, n, side="left"))
        if i < len(self.days) and self.days[i] == n:
            return {"date": when, "value": float(self.values[i])}
        return None

    def mean_increment(self, first_day: date, last_day: date) -> dict | None:
        """Mean daily increase over the loss days first_day..last_day (both included).

        Losses of day X are reported in the record dated X+1, so the window is read
        from the records dated first_day and last_day + 1.
        """
        start = self.on(first_day)
        end = self.on(last_day + timedelta(days=1))
        if start is None or end is None:
            return None
        days = (last_day - first_day).days + 1
        return {
            "value": (end["value"] - start["value"]) / days,
            "total": end["value"] - start["value"],
            "days": days,
            "from_record": start,
            "to_record": end,
        }

    def points(self, start: date | None = None, end: date | None = None, max_points: int = 200) -> list:
        """[[iso date, value], ...] between start and end, thinned to at most max_points."""
        lo = 0 if start is None else int(np.searchsorted(self.days, day_number(start), side="left"))
        hi = len(self.days) if end is None else int(np.searchsorted(self.days, day_number(end), side="right"))
        if hi <= lo:
            return []
        idx = np.arange(lo, hi)
        if len(idx) > max_points:
            idx = np.unique(np.linspace(lo, hi - 1, max_points).round().astype("int64"))
        return [[from_day_number(self.days[i]).isoformat(), float(self.values[i])] for i in idx]

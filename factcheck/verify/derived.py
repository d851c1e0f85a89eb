"""Derived references: figures computed from the datasets rather than read from one cell.

- days since an event (24 Feb 2022 is day 1 of the full-scale war);
- the n-th anniversary and how far a date is from it;
- a daily rate as the mean increase of a cumulative series over a window of loss days
  (the record dated D covers day D-1);
- one attack's missiles and drones (the national command's rows of that date, summed);
- a percentage from two figures.
"""

from __future__ import annotations

import calendar
from datetime import date

from factcheck.reference import store
from factcheck.reference.keydates import anniversary, day_of


def days_since(key_id: str, when: date) -> dict | None:
    event = store.key_dates().get(key_id)
    if event is None:
        return None
    return {"value": day_of(event["date"], when), "start": event["date"], "date": when, "event": event}


def anniversary_info(key_id: str, n: int, when: date) -> dict | None:
    """The n-th anniversary's date and the days from `when` to it (negative: past)."""
    event = store.key_dates().get(key_id)
    if event is None or n < 1:
        return None
    target = anniversary(event["date"], n)
    years_done = sum(1 for k in range(1, 200) if anniversary(event["date"], k) <= when)
    return {"n": n, "date": target, "days_to": (target - when).days, "completed": years_done,
            "next": years_done + 1, "event": event}


def daily_rate(dataset_id: str, column: str, first_day: date, last_day: date) -> dict | None:
    """Mean daily increase of a cumulative series over loss days first_day..last_day."""
    return store.series(dataset_id, column).mean_increment(first_day, last_day)


def monthly_rates(dataset_id: str, column: str, first_day: date, last_day: date) -> list[dict]:
    """The mean daily increase for each calendar month touching the window."""
    out = []
    y, m = first_day.year, first_day.month
    while (y, m) <= (last_day.year, last_day.month):
        start = date(y, m, 1)
        end = date(y, m, calendar.monthrange(y, m)[1])
        rate = daily_rate(dataset_id, column, start, end)
        if rate:
            rate.update(first=start, last=end)
            out.append(rate)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def attack(when: date, lookback_days: int = 0, dataset_id: str = "air_force_attacks") -> dict | None:
    """Missiles and drones in the attack reported on `when` (or the latest just before)."""
    attacks = store.attacks(dataset_id)
    return attacks.latest(when, lookback_days) if lookback_days else attacks.on(when)


def attacks_between(first: date, last: date, dataset_id: str = "air_force_attacks") -> dict:
    """Missiles and drones over all reports dated first..last (both included)."""
    days = (last - first).days
    reports = store.attacks(dataset_id).around(first + (last - first) / 2, days // 2 + 1) if days >= 0 else []
    total: dict = {"reports": 0}
    for rec in reports:
        if not first <= rec["date"] <= last:
            continue
        total["reports"] += 1
        for key, value in rec.items():
            if key.endswith(("_launched", "_destroyed", "_not_reach_goal")):
                total[key] = total.get(key, 0) + value
    return total


def share(part: float, whole: float, complement: bool = False) -> float | None:
    """part/whole in percent, or the complement (the share lost when `part` is what is left)."""
    if not whole:
        return None
    pct = 100.0 * part / whole
    return 100.0 - pct if complement else pct

"""Missile and drone attacks: the national Air Force command's rows summed per report date.

One row is one weapon model in one report, so 'N missiles and M drones' for a night is
the sum of the rows whose window ends that morning, split by the weapon table's class.
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

from factcheck.reference.series import day_number, from_day_number


def weapon_classes(frame_weapons, classes: dict, unlisted: dict) -> dict[str, str]:
    """Model name -> 'missiles' | 'drones' | 'bombs' from the weapon table."""
    table = {r.model: classes.get(r.category, "missiles") for r in frame_weapons.itertuples()}
    table.update(unlisted)
    return table


def classify(model: str, table: dict[str, str]) -> str:
    if model in table:
        return table[model]
    parts = [table.get(p.strip()) for p in model.split(" and ")]
    known = [p for p in parts if p]
    if known and all(k == known[0] for k in known):
        return known[0]
    return "drones" if "drones" in known and len(set(known)) == 1 else "missiles"


class Attacks:
    """Per-date totals with a sorted index of dates."""

    def __init__(self, frame, table: dict[str, str]):
        by_day: dict[int, dict] = {}
        for r in frame.itertuples(index=False):
            end = r.time_end.date()
            n = day_number(end)
            rec = by_day.setdefault(n, _empty(end))
            cls = classify(str(r.model), table)
            launched = 0 if _na(r.launched) else int(r.launched)
            destroyed = 0 if _na(r.destroyed) else int(r.destroyed)
            lost = 0 if _na(r.not_reach_goal) else int(r.not_reach_goal)
            rec[f"{cls}_launched"] = rec.get(f"{cls}_launched", 0) + launched
            rec[f"{cls}_destroyed"] = rec.get(f"{cls}_destroyed", 0) + destroyed
            rec[f"{cls}_not_reach_goal"] = rec.get(f"{cls}_not_reach_goal", 0) + lost
            rec["rows"].append({
                "model": str(r.model), "class": cls, "launched": launched, "destroyed": destroyed,
                "not_reach_goal": lost,
                "time_start": r.time_start.isoformat(sep=" ", timespec="minutes"),
                "time_end": r.time_end.isoformat(sep=" ", timespec="minutes"),
                "source": str(r.source),
            })
            rec["window"][0] = min(rec["window"][0], rec["rows"][-1]["time_start"])
            rec["window"][1] = max(rec["window"][1], rec["rows"][-1]["time_end"])
        self._by_day = by_day
        self.days = np.array(sorted(by_day), dtype="int64")

    @property
    def last(self) -> date | None:
        return from_day_number(self.days[-1]) if len(self.days) else None

    def on(self, when: date) -> dict | None:
        rec = self._by_day.get(day_number(when))
        return _copy(rec) if rec else None

    def latest(self, when: date, lookback_days: int) -> dict | None:
        """The attack reported on `when`, or the latest within lookback_days before it."""
        i = int(np.searchsorted(self.days, day_number(when), side="right")) - 1
        if i < 0 or day_number(when) - self.days[i] > lookback_days:
            return None
        return _copy(self._by_day[int(self.days[i])])

    def around(self, when: date, days: int) -> list[dict]:
        lo = int(np.searchsorted(self.days, day_number(when - timedelta(days=days)), side="left"))
        hi = int(np.searchsorted(self.days, day_number(when + timedelta(days=days)), side="right"))
        return [_copy(self._by_day[int(n)]) for n in self.days[lo:hi]]


def _empty(end: date) -> dict:
    return {"date": end, "missiles_launched": 0, "drones_launched": 0, "missiles_destroyed": 0,
            "drones_destroyed": 0, "rows": [], "window": ["9999", "0000"]}


def _copy(rec: dict) -> dict:
    out = dict(rec)
    out["rows"] = [dict(r) for r in rec["rows"]]
    out["window"] = list(rec["window"])
    return out


def _na(x) -> bool:
    try:
        return x is None or x != x or str(x) == "<NA>"
    except (TypeError, ValueError):
        return True

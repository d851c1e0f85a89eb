"""Dated estimates by source: plain records grouped by (metric, side), sorted by date."""

from __future__ import annotations

import math
from collections import defaultdict


def _num(x):
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else float(x)


def _text(x):
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else str(x)


class Estimates:
    def __init__(self, frame):
        groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
        for r in frame.itertuples(index=False):
            groups[(str(r.metric), str(r.side))].append({
                "date": r.date.date(),
                "metric": str(r.metric),
                "side": str(r.side),
                "low": _num(r.low),
                "high": _num(r.high),
                "source": _text(r.source_name),
                "link": _text(r.source_url),
                "note": _text(r.notes),
            })
        self._groups = {k: sorted(v, key=lambda rec: rec["date"]) for k, v in groups.items()}

    def rows(self, metric: str, side: str | None = None) -> list[dict]:
        """Every figure for a metric (and side), oldest first."""
        if side is None:
            out = [r for (m, _), rows in self._groups.items() if m == metric for r in rows]
            return sorted((dict(r) for r in out), key=lambda rec: rec["date"])
        return [dict(r) for r in self._groups.get((metric, side), [])]

    @property
    def last(self):
        dates = [r["date"] for rows in self._groups.values() for r in rows]
        return max(dates) if dates else None

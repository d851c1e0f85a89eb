"""Key dates (day 1 of the full-scale war) and what follows from them."""

from __future__ import annotations

from datetime import date


class KeyDates:
    def __init__(self, frame):
        self._rows = {
            str(r.id): {"id": str(r.id), "date": r.date.date(), "label": str(r.label),
                        "source": str(r.source_name), "link": str(r.source_url)}
            for r in frame.itertuples(index=False)
        }

    def get(self, key_id: str) -> dict | None:
        row = self._rows.get(key_id)
        return dict(row) if row else None


def day_of(start: date, when: date) -> int:
    """Day number of `when` counting `start` as day 1 (2024-11-19 is day 1,000 of the war)."""
    return (when - start).days + 1


def anniversary(start: date, n: int) -> date:
    """The n-th anniversary of `start` (29 February falls back to 28 February)."""
    try:
        return start.replace(year=start.year + n)
    except ValueError:
        return start.replace(year=start.year + n, day=28)

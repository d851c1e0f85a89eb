"""Chart data for a claim (docs/report-format.md): bars of each source's figure beside the
claim, or the series over time with the claim's date and window."""

from __future__ import annotations

from datetime import date, timedelta

from factcheck.reference import store
from factcheck.verify import derived
from factcheck.verify.dates import ClaimDate
from factcheck.verify.settings import settings


def chart(claim: dict, rows: list[dict], when: ClaimDate, kind: str) -> dict | None:
    if not rows:
        return None
    claim_part = {"value": claim.get("value"), "low": claim.get("low"), "high": claim.get("high")}
    unit = rows[0]["unit"]
    series_row = next((r for r in rows if r.get("_series")), None)
    max_points = int(settings()["chart"]["max_points"])
    if series_row is not None:
        ds, column = series_row["_series"]
        window = series_row.get("_window") or when.window
        if kind == "rate" and window:
            start = _months_back(window[0], 6)
            end = min(window[1] + timedelta(days=92), store.series(ds, column).last - timedelta(days=1))
            points = [[m["last"].isoformat(), round(m["value"], 1)]
                      for m in derived.monthly_rates(ds, column, start, end)]
        else:
            s = store.series(ds, column)
            points = s.points(None, when.date + timedelta(days=60), max_points)
        return {"type": "series", "unit": unit, "claim": claim_part, "points": points,
                "date": when.date.isoformat(),
                "window": [d.isoformat() for d in window] if window else None}
    bars = []
    for r in rows:
        if r["value"] is None and r["low"] is None and r["high"] is None:
            continue
        label = r["source"].split(", via")[0] if r.get("source") else r["dataset"]
        bars.append({"label": label, "value": r["value"], "low": r["low"], "high": r["high"], "date": r["date"]})
    if not bars:
        return None
    return {"type": "bars", "unit": unit, "claim": claim_part, "bars": bars}


def _months_back(d: date, n: int) -> date:
    y, m = d.year, d.month - n
    while m < 1:
        y, m = y - 1, m + 12
    return date(y, m, 1)

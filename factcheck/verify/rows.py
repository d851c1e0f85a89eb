"""Evidence rows: one reference figure as the report shows it, with its role in the comparison.

Roles: 'direct' (compared with the claim), 'any_of' (one of several readings; one within
tolerance is enough), 'bound_below' / 'bound_above' (an earlier / later figure of a running
total, which the claim must not undercut / exceed), 'context' (shown only).
"""

from __future__ import annotations

from datetime import date

from factcheck.reference.manifest import Metric, dataset
from factcheck.verify.candidates import Candidate


def row(m: Metric, *, value=None, low=None, high=None, when: date | None, source: str, link: str,
        note: str | None = None, role: str = "direct", dataset_id: str | None = None, unit: str | None = None,
        derived_: bool = False) -> dict:
    return {
        "dataset": dataset_id or m.dataset, "metric": m.id, "definition": m.definition,
        "value": value, "low": low, "high": high, "unit": unit or m.unit,
        "date": when.isoformat() if when else None, "source": source, "link": link, "note": note,
        "_role": role, "_derived": derived_,
        "_rounding": dataset(dataset_id or m.dataset).options.get("rounding"),
    }


def est_row(m: Metric, e: dict, role: str) -> dict:
    exact = e["low"] is not None and e["low"] == e["high"]
    return row(m, value=e["low"] if exact else None, low=None if exact else e["low"],
               high=None if exact else e["high"], when=e["date"], source=e["source"],
               link=e["link"], note=e["note"], role=role, dataset_id="war_estimates")


def sides(c: Candidate) -> list[str]:
    from factcheck.verify.settings import settings

    if c.side in ("russia", "ukraine") and c.metric.what in settings()["candidates"]["side_matters"]:
        return [c.side]
    if c.metric.side not in ("row", "both", "country"):
        return [c.metric.side]
    return ["russia", "ukraine"]

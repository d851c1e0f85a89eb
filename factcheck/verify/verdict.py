"""From compared evidence to a verdict and a confidence.

supported: some reference agrees and none disagrees; refuted: the references disagree
with the claim; conflicting: references disagree about the claim (one agrees, another,
or an earlier running total, does not); not_enough_info: nothing comparable.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.verify.compare import Bounds, Outcome, compare
from factcheck.verify.settings import penalty, settings, tolerance


@dataclass
class Judgement:
    verdict: str
    confidence: float
    deviation: float | None
    key_row: dict | None                 # the row the explanation leads with
    outcomes: list[tuple[dict, Outcome]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def judge(b: Bounds, rows: list[dict], flags: dict) -> Judgement:
    compared: list[tuple[dict, Outcome]] = []
    supports, refutes, violations, any_of = [], [], [], []
    # A rounded 'more than 70' does not back a claim that an exact count of the same day refutes.
    exact_direct = any(r["_role"] == "direct" and r["value"] is not None for r in rows)
    for r in rows:
        role = r["_role"]
        if role in ("direct", "any_of"):
            o = _across_days(b, r)
            if exact_direct and r["value"] is None and o.result == "supports" and _open(r) and not r.get("_named"):
                o = Outcome("neutral", o.deviation, 0.0)
            compared.append((r, o))
            (any_of if role == "any_of" else supports if o.result == "supports" else
             refutes if o.result == "refutes" else []).append((r, o))
        elif role in ("bound_below", "bound_above"):
            bound = r["value"] if r["value"] is not None else (r["low"] if role == "bound_below" else r["high"])
            if bound is None:
                continue
            ref = {"low": bound} if role == "bound_below" else {"high": bound}
            o = compare(b, ref)
            compared.append((r, o))
            if o.result == "refutes":
                violations.append((r, o))
        else:
            compared.append((r, compare(b, r)))
    if any_of:
        good = [p for p in any_of if p[1].result == "supports"]
        (supports if good else refutes).extend(good or [p for p in any_of if p[1].result == "refutes"])
    if not supports and not refutes and not violations:
        return Judgement("not_enough_info", 0.0, None, None, compared)
    notes = []
    base = penalty("base")
    conf = base
    if flags.get("definition") == "mismatch":
        conf -= penalty("definition_mismatch")
        notes.append("definition")
    elif flags.get("definition") == "unstated":
        conf -= penalty("definition_mismatch") / 3
    if flags.get("side_unknown"):
        conf -= penalty("side_unknown")
    if not flags.get("explicit_date"):
        conf -= penalty("no_explicit_date")
    if any(r.get("_stale") for r, _ in supports + refutes):
        conf -= penalty("stale_reference")
    if supports and not (refutes or violations):
        verdict, key = "supported", _closest(supports)
        if any(o.understated for _, o in supports):
            conf -= penalty("open_ended_understated")
            notes.append("understated")
        if any(r["_role"] == "any_of" for r, _ in supports):
            conf -= penalty("sources_disagree") / 2
        if all(o.borderline for _, o in supports):
            conf -= penalty("open_ended_borderline")
            notes.append("borderline")
    elif supports:
        verdict, key = "conflicting", _closest(supports)
        conf = base / 2 - (penalty("definition_mismatch") if flags.get("definition") == "mismatch" else 0)
        notes.append("violation" if violations else "disagree")
    elif flags.get("bounds_only") and not refutes:
        # Figures of another definition only bound the claim: one it breaks refutes it.
        verdict, key = "refuted", _closest(violations)
        notes.append("bounds")
    elif not refutes and any(r["_role"].startswith("bound") for r, o in compared if (r, o) not in violations):
        # Only running totals speak, and they disagree with one another about the claim.
        verdict, key = "conflicting", _closest(violations)
        conf = base / 2
        notes.append("violation")
    else:
        verdict, key = "refuted", _closest(refutes or violations)
        excess = min(o.excess for _, o in (refutes or violations))
        full = _own_tolerance(b) * float(penalty("refute_full_at"))
        if b.open:
            full = float(penalty("refute_full_open"))  # past its own bound is plainly wrong
        strength = min(1.0, excess / full) if full else 1.0
        conf = min(conf, 0.35 + (conf - 0.35) * strength)
    return Judgement(verdict, round(max(0.05, min(conf, 1.0)), 2), key[1].deviation, key[0], compared, notes)


def _own_tolerance(b: Bounds) -> float:
    """The claim's own relative tolerance: an exact '21,348' allows 0.5%, so 5% off is far;
    'around 70' allows 10%."""
    if b.approximate:
        return b.tol
    if not b.interval and b.point and b.low is not None and b.high is not None:
        return max((b.high - b.low) / 2 / abs(b.point), tolerance("exact_min"))
    return tolerance("approximately")


def _across_days(b: Bounds, r: dict) -> Outcome:
    """A running total from a few days before or after the claim's date confirms the claim
    only within the claim's own tolerance; the growth those days allow keeps it from being
    refuted, no more ('26,552' is not confirmed by 25,552 ten days earlier)."""
    plain = compare(b, r)
    if not r.get("_gap_days") or plain.result != "refutes":
        return plain
    grown = compare(b, _grown(r))
    if grown.result == "supports":
        return Outcome("neutral", plain.deviation, 0.0)
    return grown


def _grown(r: dict) -> dict:
    """A running total from a few days before (after) the claim's date, widened upwards
    (downwards) by the growth those days allow; its deviation stays from the figure itself.
    A bound grows the same way: 'just under 700,000' on 10 November allows a little more
    by the 13th, not 712,000."""
    gap = r.get("_gap_days")
    if not gap:
        return r
    growth = float(settings()["timing"].get("growth_per_day", 0)) * abs(gap)
    lo, hi = (r["value"], r["value"]) if r["value"] is not None else (r["low"], r["high"])
    if gap < 0 and hi is not None:
        hi = hi * (1 + growth)
    elif gap > 0 and lo is not None:
        lo = lo * (1 - growth)
    return {**r, "value": None, "low": lo, "high": hi, "_point": r["value"]}


def _open(r: dict) -> bool:
    return (r["low"] is None) != (r["high"] is None)


def _closest(pairs: list[tuple[dict, Outcome]]) -> tuple[dict, Outcome]:
    """The pair to lead with: a compared row from a primary dataset, nearest the claim."""
    def order(p):
        r, o = p
        primary = 0 if r["dataset"] != "war_estimates" else 1
        exact = 0 if r["value"] is not None else 1
        return (0 if r["_role"] in ("direct", "any_of") else 1, 0 if r.get("_named") else 1, primary, exact,
                abs(o.deviation) if o.deviation is not None else 9e9)
    return sorted(pairs, key=order)[0]

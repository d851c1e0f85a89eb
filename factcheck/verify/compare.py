"""Comparing a claim's figure with one reference figure, within the claim's tolerance.

The tolerance comes from the qualifier (config/verification.toml): 'around 70' may sit
10% either side of the reference; 'more than X' is open-ended; 'X to Y' overlaps; a vague
amount is its bounds; an exact figure is as precise as its rounding ('150,000' is to
the nearest 10,000, but never looser than an 'approximately').
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from factcheck.verify.settings import tolerance


@dataclass
class Bounds:
    """What the claim allows: a point with a relative tolerance, or an interval."""
    point: float | None           # the figure as said (for deviations)
    low: float | None
    high: float | None
    tol: float                    # relative tolerance around `point` (approximate claims)
    approximate: bool
    interval: bool = False        # a range or a vague amount: deviation from its nearer end
    open: str | None = None       # 'above' ('more than X', 'at least X') or 'below' ('less than X')
    strict: bool = False          # 'more than' / 'less than' exclude X itself; 'at least' does not
    ends: tuple | None = None     # a range's ends as said (deviations are measured from them)


@dataclass
class Outcome:
    result: str                   # supports | refutes | neutral
    deviation: float | None       # (claim - reference) / reference, signed
    excess: float                 # how far past the tolerance (relative), 0 if within
    understated: bool = False     # 'more than 100' when the reference is 10,000
    borderline: bool = False      # 'more than X' where X is only within the reference's rounding


def rounding_unit(value: float) -> float:
    """The rounding an exact figure implies: 150,000 -> 10,000; 80 -> 10; 78 -> 1; 37.7 -> 0.1."""
    if value == 0 or not math.isfinite(value):
        return 1.0
    v = abs(value)
    if v != int(v):
        decimals = len(repr(v).split(".")[1].rstrip("0")) if "." in repr(v) else 0
        return 10.0 ** -decimals
    n, zeros = int(v), 0
    while n % 10 == 0 and n:
        n //= 10
        zeros += 1
    return 10.0 ** zeros


def bounds(value, low, high, qualifier: str, ordinal: bool = False) -> Bounds:
    slack = tolerance("rounding_slack")
    if ordinal and value is not None:
        return Bounds(value, value, value, 0.0, False)
    if qualifier == "approximately" and value is not None:
        tol = tolerance("approximately") + slack
        return Bounds(value, None, None, tol, True)
    if qualifier in ("more_than", "at_least"):
        x = low if low is not None else value
        return Bounds(x, x, None, 0.0, False, open="above", strict=qualifier == "more_than")
    if qualifier in ("less_than", "at_most"):
        x = high if high is not None else value
        return Bounds(x, None, x, 0.0, False, open="below", strict=qualifier == "less_than")
    if qualifier == "range" and low is not None and high is not None:
        # Each end stands for what rounds to it ('between 250 and 260 million': ends to the
        # nearest 10 million), but never for more than a small share of itself.
        return Bounds((low + high) / 2, low - _end_slack(low), high + _end_slack(high), 0.0, False, True,
                      ends=(low, high))
    if qualifier == "vague" and (low is not None or high is not None):
        t = tolerance("vague")
        lo = low * (1 - t) if low is not None else None
        hi = high * (1 + t) if high is not None else None
        mid = (low + high) / 2 if low is not None and high is not None else (low or high)
        return Bounds(mid, lo, hi, 0.0, False, True)
    if value is None:
        value = low if low is not None else high
    if value is None:
        return Bounds(None, None, None, 0.0, False)
    # Half the rounding unit, but never wider than an 'approximately' would allow.
    half = min(rounding_unit(value) / 2, abs(value) * tolerance("approximately"))
    half = max(half, abs(value) * tolerance("exact_min"))
    return Bounds(value, value - half, value + half, 0.0, False)


def _end_slack(end: float) -> float:
    return min(rounding_unit(end) / 2, abs(end) * tolerance("range"))


def _ref_point(ref: dict) -> float | None:
    if ref.get("_point") is not None:
        return float(ref["_point"])
    if ref.get("value") is not None:
        return float(ref["value"])
    lo, hi = ref.get("low"), ref.get("high")
    if lo is not None and hi is not None:
        return (lo + hi) / 2
    return lo if lo is not None else hi


def deviation(b: Bounds, ref: dict, interval: bool = False) -> float | None:
    """(claim - reference) / reference. An interval claim (a range, a vague amount) is
    measured from its nearer end, and is 0 when the reference lies inside it."""
    r = _ref_point(ref)
    if b.point is None or not r:
        return None
    if interval and b.low is not None and b.high is not None:
        if b.low <= r <= b.high:
            return 0.0
        low, high = b.ends or (b.low, b.high)
        return ((high if r > b.high else low) - r) / r
    return (b.point - r) / r


def reference_slack(ref: dict) -> float:
    """Half the rounding of a reference figure: its source's own rounding (the General Staff
    rounds to 10), or the rounding the figure shows, never more than a small share of it.
    A bound ('just under 700,000') has none: the bound is what the source said."""
    value = ref.get("value")
    if value is None:
        return 0.0
    unit = ref.get("_rounding")
    if unit is None or unit == "figure":
        unit = rounding_unit(float(value))
        return min(unit / 2, abs(float(value)) * tolerance("reference_rounding_max"))
    return float(unit) / 2


def _open_ended(b: Bounds, ref: dict, dev: float | None) -> Outcome:
    """'more than X' holds only if the reference is above X ('at least': X or above); it is
    refuted once the reference, allowing only its own rounding, is clearly on the other side.
    A source's own bound confirms it only when it lies past X ('more than 750,000' does not
    confirm 'more than 800,000', nor refute it)."""
    x, above = b.point, b.open == "above"
    sign = 1 if above else -1
    value = ref.get("value")
    far = tolerance("open_ended_understated")
    if value is not None:
        past = sign * (value - x) > 0 or (not b.strict and value == x)
        if past:
            understated = value > x * far if above else value < x / far
            return Outcome("supports", dev, 0.0, understated)
        if sign * (value - x) + reference_slack(ref) < 0:
            return Outcome("refutes", dev, abs(x - value) / abs(value) if value else 1.0)
        return Outcome("supports", dev, 0.0, borderline=True)
    near, far_end = (ref.get("low"), ref.get("high")) if above else (ref.get("high"), ref.get("low"))
    if near is not None and sign * (near - x) >= 0:
        understated = near > x * far if above else near < x / far
        return Outcome("supports", dev, 0.0, understated)
    if far_end is not None and sign * (far_end - x) <= 0:
        return Outcome("refutes", dev, abs(x - far_end) / abs(far_end) if far_end else 1.0)
    return Outcome("neutral", dev, 0.0)


def compare(b: Bounds, ref: dict) -> Outcome:
    """How one reference figure (value, or low/high bounds) bears on the claim."""
    dev = deviation(b, ref, b.interval)
    if b.open and b.point is not None and (ref.get("value") is not None or ref.get("low") is not None
                                           or ref.get("high") is not None):
        return _open_ended(b, ref, dev)
    value = ref.get("value")
    lo = value if value is not None else ref.get("low")
    hi = value if value is not None else ref.get("high")
    if lo is None and hi is None or b.point is None:
        return Outcome("neutral", dev, 0.0)
    if b.approximate:
        c_lo, c_hi = b.point / (1 + b.tol), b.point / (1 - b.tol) if b.tol < 1 else math.inf
    else:
        c_lo = b.low if b.low is not None else -math.inf
        c_hi = b.high if b.high is not None else math.inf
    r_lo = lo if lo is not None else -math.inf
    r_hi = hi if hi is not None else math.inf
    if c_hi < r_lo:
        return Outcome("refutes", dev, _gap(c_hi, r_lo, b))
    if c_lo > r_hi:
        return Outcome("refutes", dev, _gap(r_hi, c_lo, b))
    open_ref = value is None and (ref.get("low") is None) != (ref.get("high") is None)
    far = tolerance("open_ended_understated")
    if open_ref and ref.get("low") is not None and c_lo > ref["low"] * (1 + (far - 1) / 2):
        return Outcome("neutral", dev, 0.0)
    if open_ref and ref.get("high") is not None and c_hi < ref["high"] / (1 + (far - 1) / 2):
        return Outcome("neutral", dev, 0.0)
    understated = (b.low is not None and b.high is None and value is not None and value > b.point * far) or (
        b.high is not None and b.low is None and value is not None and value < b.point / far)
    return Outcome("supports", dev, 0.0, understated)


def _gap(a: float, b_: float, b: Bounds) -> float:
    """Relative distance between the claim's allowed interval and the reference."""
    base = abs(b_) if b_ not in (0, math.inf, -math.inf) else 1.0
    return abs(b_ - a) / base

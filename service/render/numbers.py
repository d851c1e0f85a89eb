"""Reader-facing wording of figures: values, ranges, units, qualifiers, deviations."""

from __future__ import annotations

# How a pint unit string reads after a number; currencies are written before it.
_UNIT_WORDS = {
    "dimensionless": "",
    "percent": "%",
    "percentage_point": " percentage points",
    "day": " days",
    "week": " weeks",
    "month": " months",
    "year": " years",
    "hour": " hours",
    "1/day": " a day",
    "1/week": " a week",
    "1/month": " a month",
    "1/year": " a year",
    "km**2": " km\u00b2",
    "km": " km",
}
_CURRENCY_SIGNS = {"USD": "$", "EUR": "\u20ac", "GBP": "\u00a3", "UAH": "\u20b4", "RUB": "\u20bd"}

_QUALIFIER_WORDS = {
    "exact": "exactly",
    "approximately": "about",
    "at_least": "at least",
    "more_than": "more than",
    "at_most": "at most",
    "less_than": "less than",
    "range": "between",
    "vague": "vaguely",
}


_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def number(x: float | int | None) -> str:
    """A figure as a reader writes it: 1,038 / 2.84 / 766,000 / 4.2 million / 40 billion."""
    if x is None:
        return "\u2013"
    x = float(x)
    for size, word in _SCALES:
        if abs(x) >= size:
            shown = f"{x / size:,.2f}".rstrip("0").rstrip(".")
            return f"{shown} {word}"
    if x == int(x) and abs(x) < 1e15:
        return f"{int(x):,}"
    if abs(x) >= 100:
        return f"{x:,.0f}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def with_unit(x: float | int | None, unit: str | None) -> str:
    unit = unit or "dimensionless"
    if unit in _CURRENCY_SIGNS:
        return _CURRENCY_SIGNS[unit] + number(x)
    if len(unit) == 3 and unit.isupper():
        return f"{number(x)} {unit}"
    suffix = _UNIT_WORDS.get(unit, " " + unit)
    return number(x) + suffix


def unit_label(unit: str | None) -> str:
    """The unit alone, for axis titles: 'days', '%', 'USD', or '' for a plain count."""
    unit = unit or "dimensionless"
    if unit in _CURRENCY_SIGNS or (len(unit) == 3 and unit.isupper()):
        return unit
    return _UNIT_WORDS.get(unit, " " + unit).strip()


def figure(row: dict, unit: str | None = None) -> str:
    """One value or its bounds, as a claim or an evidence row holds them."""
    unit = unit or row.get("unit")
    value, low, high = row.get("value"), row.get("low"), row.get("high")
    if value is not None:
        return with_unit(value, unit)
    if low is not None and high is not None:
        if low == high:
            return with_unit(low, unit)
        return f"{number(low)}\u2013{with_unit(high, unit)}"
    if low is not None:
        return "at least " + with_unit(low, unit)
    if high is not None:
        return "at most " + with_unit(high, unit)
    return "no figure"


def claimed(claim: dict) -> str:
    """The claim's normalised reading: 'more than 1,000 days', '350,000–400,000'."""
    qualifier = claim.get("qualifier") or "exact"
    unit = claim.get("unit")
    low, high, value = claim.get("low"), claim.get("high"), claim.get("value")
    if qualifier in ("more_than", "at_least") and low is not None and value is None:
        return f"{_QUALIFIER_WORDS[qualifier]} {with_unit(low, unit)}"
    if qualifier in ("less_than", "at_most") and high is not None and value is None:
        return f"{_QUALIFIER_WORDS[qualifier]} {with_unit(high, unit)}"
    text = figure(claim, unit)
    if qualifier == "approximately" and value is not None:
        return "about " + text
    return text


def qualifier_word(qualifier: str | None) -> str:
    return (qualifier or "exact").replace("_", " ")


def deviation(dev: float | None) -> str:
    """A signed relative deviation as a sentence fragment: '3.8% above the reference'."""
    if dev is None:
        return "not computed"
    pct = abs(dev) * 100
    shown = f"{pct:.1f}".rstrip("0").rstrip(".")
    if pct < 0.05:
        return "matches the reference"
    side = "above" if dev > 0 else "below"
    return f"{shown}% {side} the reference"

"""A figure whose unit is elided takes the unit of the figure it is paired with: 'from 2 to 5
points' (2 points), 'rates of 3, 4 and 5 percent', 'rose from 71 to 77 years', 'from 2 to 3
million'."""

from __future__ import annotations

import re

_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|to\s+|-|–)$")
_UNITS = ("percent", "duration", "distance", "area", "other", "money")


def share(text: str, tokens, found) -> None:
    """Right to left, so that a chain ('3, 4 and 5 percent') passes the unit along."""
    borrowed: set[int] = set()
    for a, b in reversed(list(zip(found, found[1:]))):
        if not _bare(tokens, a) or b.qualifier != a.qualifier or b.hedge != a.hedge:
            continue
        between = text[tokens[a.last - 1].end:tokens[b.first].start]
        if not _JOIN.fullmatch(between) or between.strip() == "," and id(b) not in borrowed:
            continue  # a comma alone joins a list only inside one ('3, 4 and 5 percent')
        borrowed.add(id(a))
        if b.kind in _UNITS and b.unit != "dimensionless":
            _take(a, b)
        elif b.kind == "count" and b.scale > 1.0 and a.value is not None and b.value is not None and a.value < b.value / b.scale:
            _rescale(a, b.scale)  # 'from 2 to 3 million'
            a.scale = b.scale


def _bare(tokens, m) -> bool:
    """A plain figure: a count with nothing counted, no unit and no scale."""
    return (m.kind == "count" and m.unit == "dimensionless" and not m.measured and m.scale == 1.0
            and m.qualifier in ("exact", "approximately") and m.last - m.first <= 2)


def _take(a, b) -> None:
    a.unit, a.kind = b.unit, b.kind
    factor = b.factor
    if b.scale > 1.0 and a.value is not None and b.value is not None and a.value < b.value / b.scale / b.factor:
        factor *= b.scale
        a.scale = b.scale
    _rescale(a, factor)
    a.factor = b.factor
    if a.measured is None and b.kind != "money":
        a.measured = b.measured


def _rescale(m, factor: float) -> None:
    for attr in ("value", "low", "high"):
        v = getattr(m, attr)
        if v is not None:
            setattr(m, attr, v * factor)

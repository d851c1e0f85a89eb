"""Vague amounts read as bounded ranges: 'hundreds of', 'tens of thousands of', 'dozens of',
'several thousand', 'a few hundred' (bounds in data/vague.toml)."""

from __future__ import annotations

from factcheck.extract import numbers, tables


def read(tokens, i: int):
    """'hundreds of', 'tens of thousands of', 'dozens of', 'several thousand', 'a few hundred'."""
    v = tables.vague()
    plurals = v["plurals"]
    bounds = v["bounds"]
    n = len(tokens)
    low = tokens[i].low
    if low in plurals:
        mult = 1.0
        j = i
        names = []
        while j < n and tokens[j].low in plurals:
            names.append(tokens[j].low)
            mult *= plurals[tokens[j].low]
            if j + 2 < n and tokens[j + 1].low == "of" and tokens[j + 2].low in plurals:
                j += 2
                continue
            j += 1
            break
        if len(names) == 1 and names[0] in bounds:
            lo, hi = bounds[names[0]]
        else:
            if names[0] == "tens" and len(names) == 1:
                return None
            lo, hi = 2 * mult, 10 * mult - 1
        end = j
        if end < n and tokens[end].low == "of":
            end += 1
        elif names[-1] in ("tens",):
            return None
        return numbers.Number(i, end, None, "vague", low=float(lo), high=float(hi))
    dets = v["determiners"]
    for det, (dlo, dhi) in dets.items():
        parts = det.split()
        if [t.low for t in tokens[i:i + len(parts)]] == parts:
            j = i + len(parts)
            scale = 1.0
            scales = numbers._words()["scales"]
            multipliers = numbers._words()["multipliers"]
            if j < n and tokens[j].low in multipliers and det != "a handful of":
                scale = float(multipliers[tokens[j].low])  # 'several dozen', 'a few dozen'
                j += 1
            while j < n and tokens[j].low in scales:
                scale *= scales[tokens[j].low]
                j += 1
            if scale == 1.0 and tokens[j - 1].low != "of" and not (j < n and tokens[j].low in numbers.PLURAL_UNITS):
                return None
            return numbers.Number(i, j, None, "vague", low=float(dlo * scale), high=float(dhi * scale))
    return None

"""Ranges: the second figure of 'X to Y', 'X-Y', 'between X and Y', and when two figures
joined like a range are two claims instead ('rose 6.5% to 164p', 'fell from 5% to 4%')."""

from __future__ import annotations

from factcheck.extract import filters, measures, negatives, numbers

_RANGE_WORDS = {"to", "-", "–", "—", "and", "or"}


def second(tokens, num, j: int, opened: bool, currency):
    """The second figure of a range starting at token j: (Number, end, unit, currency) or None."""
    n = len(tokens)
    if j >= n or num.form not in ("digits", "words"):
        return None
    word = tokens[j].low
    if word not in _RANGE_WORDS:
        return None
    if word == "and" and not opened:
        return None
    if word == "or" and num.form != "words":
        return None
    if word in ("-", "–", "—"):
        if tokens[j].start - tokens[j - 1].end > 1:
            return None
    k = j + 1
    if k >= n:
        return None
    cur2 = None
    c = measures.currency_before(tokens, k + 1) if k + 1 < n else None
    if c and c[1] == k:
        cur2 = c[0]
        k += 1 + (len(tokens[k].text) > 1 and 0)
        while k < n and tokens[k].kind != "num" and tokens[k - 1].end == tokens[k].start:
            k += 1
    if k >= n:
        return None
    num2 = numbers.read(tokens, k)
    if num2 is None or num2.form not in ("digits", "words") or num2.value is None:
        return None
    if word in ("-", "–", "—") and num.form == "digits" and tokens[j + 1].start - tokens[j].end > 1:
        return None
    end = num2.last
    unit2 = (measures.unit_after(tokens, end) or filters.points(tokens, end)) if end < n else None
    if unit2:
        end = unit2[3]
    return num2, end, unit2, cur2


def two_figures(tokens, first: int, num, rng, unit) -> bool:
    """Two claims rather than one range: a change ('fell by 26,000 to 857,000', 'rose from 5%
    to 7%'), a share then a level ('rose 6.5% to 164p', 'gained 0.7 percent to 6,327.80'), a
    year then an amount ('rose 60% in 2018 to 3.9 million')."""
    num2, end, unit2, cur2 = rng
    if filters.a_change(tokens, first, num, num2):
        return True
    if unit is not None and unit2 is None and unit[0] in ("percent", "percentage_point"):
        return True
    if unit is not None and (cur2 is not None or measures.currency_after(tokens, end, scaled=True) or measures.minor_currency(tokens, end)):
        return True
    return negatives.looks_like_year(tokens, num.first, num) and (num2.scale != 1.0 or "," in tokens[num2.first].text)

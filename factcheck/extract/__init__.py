"""Numeric-claim extraction: every figure in an article with its hedge, range, unit, counted
thing, sentence and source, as ``Claim`` objects with character offsets.

    >>> [c.text for c in extract("Russia fired around 70 missiles and 100 drones.")]
    ['around 70 missiles', '100 drones']
"""

from __future__ import annotations

import re
from datetime import date

from factcheck.claims import Claim
from factcheck.extract import context, mentions, negatives, numbers, shared_units, tables
from factcheck.extract.tokens import tokenize

_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|as\s+well\s+as\s+|plus\s+)$")
_HEDGED = ("approximately", "more_than", "at_least", "at_most", "less_than")


def extract(text: str, published: date | None = None) -> list[Claim]:
    """The numeric claims of ``text`` in text order; ``claim.text == text[claim.start:claim.end]``."""
    tokens = tokenize(text)
    spans = negatives.blocked_spans(text, tokens)
    found: list[mentions.Mention] = []
    starters = numbers.starters()
    # only numerals and words that can open a number are tried
    candidates = [k for k, t in enumerate(tokens) if t.kind == "num" or t.low in starters]
    i = 0
    for k in candidates:
        if k < i:
            continue
        num = numbers.read(tokens, k)
        if num is None:
            continue
        m = mentions.build(text, tokens, num, spans)
        if m is None:
            i = max(k + 1, num.last if num.form == "digits" else k + 1)
            continue
        _and_a_half(tokens, m)
        found.append(m)
        i = max(m.last, k + 1)
    _over_across(tokens, found)
    _share_hedges(text, tokens, found)
    shared_units.share(text, tokens, found)
    _cents_currency(tokens, found)
    sents = context.SentenceIndex(text)
    _elided_nouns(text, tokens, found, sents)
    claims = []
    sentence_text: dict[int, str] = {}
    for m in found:
        start, end = tokens[m.first].start, tokens[m.last - 1].end
        k = sents.index(start)
        sentence = sentence_text.get(k)
        if sentence is None:
            s0, s1 = sents.spans[k]
            sentence = sentence_text[k] = text[s0:s1]
        claim = Claim(
            start=start,
            end=end,
            text=text[start:end],
            value=_tidy(m.value),
            low=_tidy(m.low),
            high=_tidy(m.high),
            unit=m.unit,
            qualifier=m.qualifier,
            kind=m.kind,
            hedge=m.hedge,
            measured=m.measured,
            source=sents.source(start, k),
            sentence=sentence,
            extra=dict(m.extra),
        )
        claim.checkworthy = sents.checkworthy(start, claim.kind, k)
        claims.append(claim)
    return claims


_HALF_UNITS = {"year": "year", "month": "month", "week": "week", "day": "day", "hour": "hour", "minute": "minute"}


def _and_a_half(tokens, m) -> None:
    """'a year and a half', 'an hour and a half', 'two years and a half': half a unit more."""
    i = m.first
    if (m.kind == "percent" and m.last == i + 2 and tokens[i].low in ("a", "an") and tokens[i + 1].low == "half" and i >= 3
            and tokens[i - 1].low == "and" and tokens[i - 2].low in _HALF_UNITS and tokens[i - 3].low in ("a", "an")):
        # 'the strike a month and a half': the article and unit were not read as a duration alone
        m.first, m.value, m.unit, m.kind, m.measured, m.fallback = i - 3, 1.5, _HALF_UNITS[tokens[i - 2].low], "duration", None, None
        return
    j = m.last
    if m.kind != "duration" or j + 2 >= len(tokens) or tokens[j].low != "and" or tokens[j + 1].low not in ("a", "an"):
        return
    if tokens[j + 2].low != "half" or j + 3 < len(tokens) and tokens[j + 3].low == "of":
        return
    for attr in ("value", "low", "high"):
        x = getattr(m, attr)
        if x is not None:
            setattr(m, attr, x + 0.5)
    m.last = j + 3


def _tidy(x: float | None) -> float | None:
    """Drop float noise from unit conversions (0.00030000000000000003 -> 0.0003)."""
    if x is None or type(x) is float and x.is_integer() and abs(x) < 1e15:
        return x
    return float(f"{x:.15g}")


_PRONOUNS = {"them", "these", "those", "which", "whom", "it", "they"}


def _elided_nouns(text: str, tokens, found, sents) -> None:
    """A bare count takes its noun from the count before it in the sentence:
    '46,000 soldiers had been killed and some 380,000 wounded' -> 'soldiers'."""
    prev = None
    for m in found:
        if m.kind in ("count", "rate"):
            if (not m.measured or m.measured.lower() in _PRONOUNS) and prev is not None and prev.measured:
                if sents.at(tokens[prev.first].start) == sents.at(tokens[m.first].start):
                    m.measured = prev.measured
            if not m.measured and m.fallback:
                m.measured = m.fallback
            if m.measured and m.measured.lower() not in _PRONOUNS:
                prev = m


_CENT_WINDOW = 80  # tokens


def _cents_currency(tokens, found) -> None:
    """'50 cents' takes the currency of the nearest amount that names one ('1.20 euros, up 50
    cents' -> EUR); with none near, cents stay US cents."""
    cent_currencies = tables.currencies()["cent_currencies"]
    for m in found:
        if not m.minor:
            continue
        best = None
        for other in found:
            if other.kind != "money" or other.minor or other.unit not in cent_currencies:
                continue
            gap = abs(other.first - m.first)
            if gap <= _CENT_WINDOW and (best is None or gap < best[0]):
                best = (gap, other.unit)
        if best:
            m.unit = best[1]


def _over_across(tokens, found) -> None:
    """'3,400 km over 21 stages', '30 goals over 45 matches': an 'over' right after another
    claim is the preposition 'across', not a hedge; the figure after it is exact."""
    for a, b in zip(found, found[1:]):
        if b.hedge == "over" and b.qualifier == "more_than" and a.last == b.first and tokens[b.first].low == "over":
            b.first += 1
            b.hedge = None
            b.qualifier = "exact"
            b.value, b.low = b.low, None


def _share_hedges(text: str, tokens, found) -> None:
    """One hedge governs a coordination: 'around 70 missiles and 100 drones' -> both approximate."""
    for a, b in zip(found, found[1:]):
        if a.qualifier not in _HEDGED or b.qualifier != "exact" or b.hedge or a.kind != b.kind or not b.measured:
            continue
        between = text[tokens[a.last - 1].end:tokens[b.first].start]
        if not _JOIN.fullmatch(between):
            continue
        b.hedge = a.hedge
        mentions._set_qualifier(b, a.qualifier, a.hedge)

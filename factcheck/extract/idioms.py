"""Figures that name or place something rather than state a quantity: race names ('won the
100m'), age groups ('children under five'), thresholds ('below zero'), parts of a period ('the
first half'), 'at one point', and durations that only place an event ('three weeks before
polling day')."""

from __future__ import annotations

from functools import lru_cache

from factcheck.extract import tables


@lru_cache(maxsize=1)
def _w() -> dict:
    w = tables.words()
    return {
        "race_distances": frozenset(w["race_distances"]),
        "event_words": frozenset(w["event_words"]),
        "sport_cues": frozenset(w["sport_cues"]),
        "age_group_nouns": frozenset(w["age_group_nouns"]),
        "period_parts": frozenset(w["period_parts"]),
        "athletics_cues": frozenset(w["athletics_cues"]),
        "metre_followers": frozenset(w["metre_followers"]),
    }


_RACE_END = {".", ",", ";", ":", "and", "or", "in", "at", "on", "final", "?", "!", ")", "—", "–"}


def race_name(tokens, num, j: int) -> bool:
    """'the 100m final', 'won the 200m', 'the 4x100m relay': the name of an event, not a
    distance. ``j`` is the token after the figure and its metre unit."""
    w = _w()
    if num.raw is None or num.raw not in w["race_distances"]:
        return False
    n = len(tokens)
    nxt = tokens[j].low if j < n else "."
    if nxt in w["event_words"]:
        return True
    if num.first == 0 or nxt not in _RACE_END:
        return False
    prev = tokens[num.first - 1]
    if not (prev.low == "the" or prev.low.endswith(("'s", "’s")) or prev.low in ("and", "or") and num.first >= 2
            and tokens[num.first - 2].low == "m" and tokens[num.first - 2].start == tokens[num.first - 3].end):
        return False  # 'the 100m', "the women's 10,000m", 'the 5,000m and 10,000m'
    near = tokens[max(0, num.first - 12):min(n, j + 12)]
    return any(t.low in w["sport_cues"] or t.low in w["athletics_cues"] for t in near)


def metres_in_sport(tokens, num, j: int) -> bool:
    """'She ran 800m in two minutes', 'he jumped 8.1m': in a sentence about athletics a bare
    glued 'm' is metres, not million (nothing counted follows it)."""
    n = len(tokens)
    if j < n and tokens[j].kind == "word" and tokens[j].low not in _w()["metre_followers"]:
        return False
    near = tokens[max(0, num.first - 12):min(n, j + 12)]
    cues = _w()["athletics_cues"]
    return any(t.low in cues for t in near)


def age_group(tokens, num) -> bool:
    """'children under five', 'people over 65': who is meant, not how many."""
    i = num.first
    if i < 2 or tokens[i - 1].low not in ("under", "over", "above", "below") or tokens[i - 2].low not in _w()["age_group_nouns"]:
        return False
    if num.form not in ("digits", "words") or num.value is None or num.scale != 1.0 or not 1 <= num.value <= 120:
        return False
    j = num.last
    if j >= len(tokens):
        return True
    nxt = tokens[j].low
    if nxt in ("years", "year") and j + 1 < len(tokens) and tokens[j + 1].low in ("old", "of"):
        return True  # 'children under five years old'
    if nxt in ("old", "-") or tokens[j].kind == "sym" and nxt not in ("%", "$", "£", "€"):
        return True
    from factcheck.extract import measures, nouns

    if measures.unit_after(tokens, j) or measures.currency_after(tokens, j, scaled=True):
        return False
    if nxt in nouns._ambiguous() or nxt in nouns._verb_forms():
        return True  # 'students over 18 pay', 'people over 65 get': a verb after the age
    return nouns.phrase(tokens, j) is None


def threshold(tokens, m, num) -> bool:
    """'below zero', 'above zero': a threshold, not an amount."""
    return (num.value == 0 and num.form == "words" and m.kind == "count" and num.first > 0
            and tokens[num.first - 1].low in ("below", "above", "under", "over", "sub"))


def part_of_period(tokens, i: int) -> bool:
    """'the first half of the year', 'the second half': a part of a period, not a share."""
    return i > 0 and tokens[i - 1].low in _w()["period_parts"]


def at_one_point(tokens, num) -> bool:
    """'At one point the queue ...': the idiom, not one point."""
    j = num.last
    return (num.first > 0 and tokens[num.first - 1].low == "at" and j < len(tokens) and tokens[j].low == "point"
            and (j + 1 >= len(tokens) or tokens[j + 1].low not in ("percentage", "basis")))


def placed_in_time(tokens, m, num) -> bool:
    """'three weeks before polling day', 'two days after the storm': a small duration that
    places an event. A precise figure ('107 days before the election') stays a claim."""
    j = m.last
    if m.kind != "duration" or j >= len(tokens) or tokens[j].low not in ("before", "after"):
        return False
    return num.form == "words" or num.value is not None and num.value <= 12

"""Ordinals: a rank that ends its clause ('Labour came second.'), an ordinal that carries a
quantity ('its third anniversary', 'a ninth consecutive day'); ordinals that name things are not
claims."""

from __future__ import annotations

from functools import lru_cache

from factcheck.extract import mentions, nouns, tables


@lru_cache(maxsize=1)
def _ordinal_units() -> dict:
    return tables.words()["ordinal_units"]


@lru_cache(maxsize=1)
def _weekdays() -> frozenset:
    return frozenset(tables.words()["weekdays"])


_DATE_PREPOSITIONS = {"on", "by", "until", "till", "since", "from", "before", "after", "of", "the", "this", "next", "last"}


def _rank(tokens, num) -> "mentions.Mention | None":
    """An ordinal that ends its clause is a rank ('Labour came second.', 'the 21st'),
    unless it is a day of the month ('on the 21st')."""
    i = num.first
    if i >= 2 and tokens[i - 1].low == "the" and tokens[i - 2].low in _DATE_PREPOSITIONS:
        return None
    if i >= 1 and tokens[i - 1].low in _weekdays():
        return None  # 'on Monday 14th': a date
    if i >= 1 and tokens[i - 1].low in ("per", "a", "each", "every", "split", "nano", "milli"):
        return None  # 'metres per second', 'a second'
    if num.value == 1 and i >= 1 and tokens[i - 1].kind == "word" and tokens[i - 1].low not in _PLACING:
        return None  # 'ring the line first', 'at first': the adverb, not a rank
    m = mentions.Mention(num.first, num.last, value=num.value, kind="other")
    m.extra["ordinal"] = True
    return m


# Verbs and links after which an ordinal ending its clause is a rank ('Labour came first'); the
# present 'comes first' is the idiom ('safety comes first').
_PLACING = {"came", "come", "coming", "finished", "finish", "finishes", "finishing", "placed", "place", "ranked",
            "ranks", "rank", "ranking", "was", "is", "were", "are", "be", "been", "ended", "ends", "end", "crossed",
            "rated", "rates", "listed", "seeded", "stood", "stands", "lies", "lay", "sits", "sat", "slipped", "climbed",
            "rose", "fell", "dropped", "moved", "remained", "remains", "stays", "stayed", "home", "in", "tied", "joint"}
_IN_A_ROW = {"consecutive", "straight", "successive", "running"}


def mention(text: str, tokens, num) -> "mentions.Mention | None":
    """'its third anniversary', 'the 1,000th day' carry a quantity; other ordinals name things."""
    j = num.last
    n = len(tokens)
    if j >= n or tokens[j].kind == "sym" and tokens[j].low not in ("-", "–"):
        return _rank(tokens, num)
    if tokens[j].start - tokens[j - 1].end > 1:
        return None
    if tokens[j].low in _IN_A_ROW and j + 1 < n:
        j += 1  # 'a ninth consecutive day'
    unit = _ordinal_units().get(tokens[j].low)
    if not unit:
        return None
    # 'the first day of ...' for small ordinals names a day rather than counting them
    if num.value is not None and num.value < 2:
        return None
    m = mentions.Mention(num.first, j + 1, value=num.value, unit=unit, kind="duration")
    m.extra["ordinal"] = True
    m.qualifier = "exact"
    mentions._hedge(tokens, m)
    comp = nouns.of_complement(tokens, j + 1)
    if comp:
        m.measured = mentions._text(text, tokens, *comp)
    return m

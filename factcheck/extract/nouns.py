"""The counted thing: the noun phrase right after a count ('350,000 Russian troops'), or the
'of ...' complement after a unit ('1,000 days of fighting' -> 'fighting')."""

from __future__ import annotations

from functools import lru_cache

from factcheck.extract import tables

MAX_WORDS = 5


@lru_cache(maxsize=1)
def _stop() -> frozenset:
    return frozenset(tables.words()["stop"])


@lru_cache(maxsize=1)
def _ambiguous() -> frozenset:
    return frozenset(tables.words()["ambiguous"])


@lru_cache(maxsize=1)
def _number_words() -> frozenset:
    t = tables.numbers()
    return frozenset(list(t["units"]) + list(t["tens"]) + list(t["scales"]))


def _is_word(tok) -> bool:
    return tok.kind == "word" and (tok.text[0].isalpha())


def phrase(tokens, j: int, limit: int | None = None) -> tuple[int, int] | None:
    """Token range [j, end) of the noun phrase that starts at j, or None.

    Adjectives and compound nouns run up to the head; 'and'/'or' joins another head when
    a word (not a number) follows it: 'cruise and ballistic missiles'.
    """
    n = len(tokens) if limit is None else min(limit, len(tokens))
    stop = _stop()
    k = j
    words = 0
    end = None
    while k < n and words < MAX_WORDS:
        tok = tokens[k]
        if k > j and tok.start - tokens[k - 1].end > 1:
            break
        if tok.kind == "sym":
            # hyphenated compounds: 'long-range missiles', 'front-line troops'
            if tok.low == "-" and end is not None and k + 1 < n and tok.start == tokens[k - 1].end and tokens[k + 1].start == tok.end and _is_word(tokens[k + 1]):
                k += 1
                continue
            break
        if not _is_word(tok):
            break
        low = tok.low
        if low in ("and", "or") and end is not None:
            # coordinated heads: only when another plain word follows
            nxt = tokens[k + 1] if k + 1 < n else None
            if nxt is None or not _is_word(nxt) or nxt.low in stop or nxt.low in _number_words() or nxt.low in ("a", "an"):
                break
            if k + 2 < n and tokens[k + 2].kind == "num":
                break
            k += 1
            continue
        if low in stop or low in _number_words():
            break
        if low in _ambiguous() and end is not None and not _looks_like_head(tokens, k, n):
            break
        if end is not None and words >= 1 and (low.endswith("ed") or low.endswith("ly")) and not _looks_like_head(tokens, k, n):
            break
        words += 1
        k += 1
        end = k
    if end is None:
        return None
    return j, end


def _looks_like_head(tokens, k: int, n: int) -> bool:
    """An -ed word is an adjective (not a verb) when another content word follows it."""
    if k + 1 >= n or tokens[k + 1].start - tokens[k].end > 1:
        return False
    nxt = tokens[k + 1]
    return _is_word(nxt) and nxt.low not in _stop() and not nxt.low.endswith("ed")


def of_complement(tokens, j: int) -> tuple[int, int] | None:
    """'of fighting', 'of the territory it had reclaimed' -> token range of the head phrase."""
    n = len(tokens)
    if j >= n or tokens[j].low != "of":
        return None
    k = j + 1
    while k < n and tokens[k].low in ("the", "a", "an", "its", "their", "his", "her", "our", "all", "this", "that", "those", "these"):
        k += 1
    if k >= n:
        return None
    return phrase(tokens, k)

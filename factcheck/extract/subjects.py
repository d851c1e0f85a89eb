"""What a percent or an amount of money measures when its subject comes before it:
'inflation at 9.8%', 'the unemployment rate climbed to 4.3%', 'a budget of $40bn'; and the
count whose noun names who forecast it ('the 175,000 economists had forecast')."""

from __future__ import annotations

from functools import lru_cache

from factcheck.extract import nouns, tables

MAX_LINKS = 6
MAX_WORDS = 4


@lru_cache(maxsize=1)
def _links() -> frozenset:
    """Words between a subject and its figure: 'at', 'rose to', 'held at a record low of'."""
    w = tables.words()
    return frozenset(w["subject_links"]) | frozenset(w["change_verbs"])


@lru_cache(maxsize=1)
def _not_subjects() -> frozenset:
    w = tables.words()
    return nouns._stop() | frozenset(w["say_verbs"]) | frozenset(w["subject_links"]) | frozenset(w["months"]) | frozenset(
        w["weekdays"])


def before(text: str, tokens, first: int) -> str | None:
    """The noun phrase that a figure starting at token ``first`` is said of, or None."""
    k = first - 1
    links = 0
    stop = _links()
    while k >= 0 and links < MAX_LINKS and (tokens[k].low in stop or tokens[k].low.endswith("ly") and tokens[k].kind == "word"):
        k -= 1
        links += 1
    if links == 0 or k < 0:
        return None
    return _phrase_ending(text, tokens, k)


def _phrase_ending(text: str, tokens, k: int) -> str | None:
    """The noun phrase (up to MAX_WORDS words) whose last token is k, or None."""
    end = k + 1
    bad = _not_subjects()
    words = 0
    while k >= 0 and words < MAX_WORDS:
        tok = tokens[k]
        if tok.kind != "word" or tok.low in bad or tok.low.endswith(("'s", "’s")):
            break
        if words and (tok.low.endswith("ed") or tok.low.endswith("ly")):
            break
        k -= 1
        words += 1
        if k >= 0 and tokens[k].low == "-" and tokens[k].end == tokens[k + 1].start and k >= 1 and tokens[k - 1].kind == "word":
            k -= 1  # 'front-line'
    if words == 0:
        return None
    return text[tokens[k + 1].start:tokens[end - 1].end]


@lru_cache(maxsize=1)
def _forecasters() -> frozenset:
    return frozenset(tables.words()["forecasters"])


@lru_cache(maxsize=1)
def _forecast_verbs() -> frozenset:
    return frozenset(tables.words()["forecast_verbs"])


def forecasters(tokens, a: int, b: int) -> bool:
    """'the 175,000 economists had forecast': the noun after the figure names who forecast it,
    so the figure counts something named earlier (jobs), not economists."""
    if tokens[b - 1].low not in _forecasters() or b >= len(tokens):
        return False
    k = b
    if tokens[k].low in ("had", "have", "has", "were", "are", "had been") and k + 1 < len(tokens):
        k += 1
    return tokens[k].low in _forecast_verbs()


@lru_cache(maxsize=1)
def time_words() -> frozenset:
    """Words that start a time, not a thing measured: '$8,000 on Monday'."""
    w = tables.words()
    return frozenset(w["months"]) | frozenset(w["weekdays"]) | {"today", "yesterday", "tomorrow", "tonight"}


_PLACE_PREPOSITIONS = {"in", "across", "at", "on"}


def counted_before(text: str, tokens, first: int) -> str | None:
    """The plural noun a bare count is said of, before it: 'independent mayors rose by 14 to
    212', 'cholera cases in Sudan have exceeded 20,000' (a place after the noun is skipped)."""
    k = first - 1
    links = _links()
    while k >= 0 and (tokens[k].low in links or tokens[k].low.endswith("ly") and tokens[k].kind == "word"):
        k -= 1
    if k == first - 1 or k < 0:
        return None
    # 'cases in Sudan', 'deaths in the US': step over a place named after the noun
    j = k
    while j >= 0 and tokens[j].kind == "word" and tokens[j].text[:1].isupper() and j > 0:
        j -= 1
    if j < k and tokens[j].low == "the":
        j -= 1
    if j < k and j >= 1 and tokens[j].low in _PLACE_PREPOSITIONS:
        k = j - 1
    found = _phrase_ending(text, tokens, k) if k >= 0 else None
    if not found:
        return None
    head = found.split()[-1]
    if not head.islower() or not (head.endswith("s") and not head.endswith("ss") or head in nouns.IRREGULAR_PLURALS):
        return None
    return found

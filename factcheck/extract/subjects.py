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
        w["weekdays"]) | frozenset(w["forecasting_verbs"])


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


@lru_cache(maxsize=1)
def _change_verbs() -> frozenset:
    return frozenset(tables.words()["change_verbs"])


# Verbs that say what a subject amounts to ('the death toll rose to 40', 'the population is 30
# million'); 'holds', 'has' name a possessor instead ('the stadium holds 82,500').
_STATE_VERBS = frozenset({"is", "was", "were", "are", "been", "stood", "stands", "reached", "reaches", "remained",
                          "remains", "hit", "hits", "topped", "tops", "exceeded", "exceeds", "totalled", "totaled",
                          "totals", "numbered", "numbers", "passed", "surpassed", "climbed"})
_PLACE_ADVERBS = frozenset({"worldwide", "nationwide", "globally", "overall", "abroad", "domestically", "locally", "alone"})


def counted_before(text: str, tokens, first: int) -> tuple[str, bool] | None:
    """The noun a bare count is said of, before it, and whether a verb links them: 'independent
    mayors rose by 14 to 212', 'cholera cases in Sudan have exceeded 20,000' (a place after the
    noun is skipped), 'new cases worldwide reached 35 million'. A singular noun ('the death toll
    rose to 40', 'the population is 30 million') counts only across a verb."""
    k = first - 1
    links = _links()
    verb = False
    while k >= 0 and (tokens[k].low in links or tokens[k].kind == "word" and (tokens[k].low.endswith("ly") or tokens[k].low in _PLACE_ADVERBS)):
        verb = verb or tokens[k].low in _STATE_VERBS or tokens[k].low in _change_verbs()
        k -= 1
    if k == first - 1 or k < 0:
        return None
    # 'cases in Sudan', 'deaths in the US': step over a place named after the noun
    j = k
    while j >= 0 and tokens[j].kind == "word" and tokens[j].text[:1].isupper() and j > 0:
        j -= 1
    if j == k and k >= 3 and tokens[k].text.islower() and tokens[k - 1].low == "the" and tokens[k - 2].low in _PLACE_PREPOSITIONS and (
            nouns._plural(tokens[k - 3].low) and (k < 5 or tokens[k - 5].low != "of")):
        j = k - 1  # 'measles cases in the state have passed 1,000': a place in lower case after a plural noun
    if j < k and tokens[j].low == "the":
        j -= 1
    if j < k and j >= 1 and tokens[j].low in _PLACE_PREPOSITIONS:
        k = j - 1
    found = _phrase_ending(text, tokens, k) if k >= 0 else None
    if not found:
        return None
    start = k - len(found.replace("-", " ").split()) + 1 - found.count("-")
    if start > 0 and tokens[start - 1].low == "new" and tokens[start - 1].end + 1 == tokens[start].start:
        found = tokens[start - 1].text + " " + found  # 'new cases'
    head = found.split()[-1]
    if not head.islower():
        return None
    plural = head.endswith("s") and not head.endswith("ss") or head in nouns.IRREGULAR_PLURALS
    if not verb:
        return (found, False) if plural else None
    if not plural and (head in time_words() or head in _NOT_COUNTED or head.endswith(("ed", "ing", "est"))):
        return None
    before = start - 1  # past a determiner and modifiers: 'of the occupied', 'of government-held'
    while before >= 0 and start - before <= 4 and tokens[before].low not in _PREPOSITIONS and tokens[before].low != "of" and (
            tokens[before].low == "-" or tokens[before].kind == "word" and tokens[before].text.islower()):
        before -= 1
    if before >= 1 and tokens[before].low == "of":
        owner = _phrase_ending(text, tokens, before - 1)  # 'the population of government-held territory'
        if owner and owner.split()[-1].islower() and not owner.endswith("s") and owner.split()[-1] not in _NOT_COUNTED:
            return owner, True
        return (found, True) if plural else None  # 'the number of patients'
    if plural:
        return found, True
    if before >= 0 and tokens[before].low in _PREPOSITIONS:
        return None  # 'the number of patients ... in the region fell to 4,120': a place, not the subject
    return found, True  # 'the death toll rose to 40', 'full-time employment rose by 41,700'


_PREPOSITIONS = frozenset({"in", "on", "at", "for", "from", "across", "near", "with", "by", "to", "into", "over", "after",
                           "during", "since", "under", "among", "between", "against", "within", "outside", "inside"})


# Singular nouns that name no counted thing when a bare figure follows them across a verb.
_NOT_COUNTED = frozenset({"year", "month", "week", "day", "quarter", "time", "figure", "number", "total", "level", "rate",
                          "one", "it", "that", "this", "which", "who", "what", "mark", "point", "score", "result"})

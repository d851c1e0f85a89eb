"""The counted thing: the noun phrase right after a count ('350,000 Russian troops'), or the
'of ...' complement after a unit ('1,000 days of fighting' -> 'fighting')."""

from __future__ import annotations

from functools import lru_cache

from factcheck.extract import tables

MAX_WORDS = 5


@lru_cache(maxsize=1)
def _stop() -> frozenset:
    w = tables.words()
    past = {v for v in w["say_verbs"] if v.endswith("ed") or v in ("said", "told", "wrote", "found", "says", "say")}
    return frozenset(w["stop"]) | frozenset(past)


@lru_cache(maxsize=1)
def _post_adjectives() -> frozenset:
    return frozenset(tables.words()["post_adjectives"])


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
    stop, number_words, post_adjectives, ambiguous = _stop(), _number_words(), _post_adjectives(), _ambiguous()
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
                k += 2  # a hyphen inside a word joins it whole: 'self-propelled', 'Shahed-type'
                end = k
                continue
            break
        if tok.kind == "num" and end is not None and tokens[k - 1].text[:1].isupper() and k + 1 < n and tokens[k + 1].start == tok.end and (
                tokens[k + 1].text.isupper() or tokens[k + 1].text in ("s", "+")):
            # 'Leopard 1A5+ tanks': a model code after a name, its glued letters, digits and '+'
            k += 1
            while k < n and tokens[k].start == tokens[k - 1].end and (tokens[k].kind != "sym" or tokens[k].low == "+"):
                k += 1
            end = k
            words += 1
            continue
        if tok.kind == "num" and end is not None and _spaced_model_code(tokens, k, n):
            k += 1  # 'two ASC 890 surveillance aircraft', '10 Leopard 2 tanks': a model number after a name
            end = k
            words += 1
            continue
        if tok.kind != "word" or not tok.text[0].isalpha():
            break
        if end is not None and tok.text[:1].isupper() and k + 1 < n and tokens[k + 1].kind == "num" and tokens[k + 1].start == tok.end:
            # '24 Airbus A321neo jets', '40 Airbus A320s': a model code glued to letters after a maker
            k += 2
            while k < n and tokens[k].start == tokens[k - 1].end and (tokens[k].kind != "sym" or tokens[k].low == "+"):
                k += 1
            end = k
            words += 1
            continue
        if end is None and tok.low.endswith("ing") and k + 1 < n and tokens[k + 1].low in _DIRECTIONS:
            break  # '19 heading south', '40 fleeing towards': a participle, nothing counted
        if end is not None and tok.low in _TIME_PLURALS and _plural(tokens[k - 1].low):
            break  # '2,000 passengers days after the storm': a new phrase of time
        named = _model_name(tokens, k, n) if k + 2 < n and tokens[k + 1].low == "-" else None
        if named:
            # 'Ka-52 helicopters', 'F-16 jets', 'Fath-360 ballistic missiles'
            k = named
            end = k
            words += 1
            continue
        low = tok.low
        if low in ("and", "or") and end is not None:
            # coordinated heads: only when another plain word follows
            nxt = tokens[k + 1] if k + 1 < n else None
            if nxt is None or not _is_word(nxt) or nxt.low in stop or nxt.low in number_words or nxt.low in ("a", "an"):
                break
            if k + 2 < n and tokens[k + 2].kind == "num":
                break
            if nxt.low in ambiguous or nxt.low in _verb_forms() or not _conjunct_ends_in_plural(tokens, k + 1, n):
                break  # 'fewer than 25 beds and serves three villages': 'and' then a verb ends the phrase
            k += 1
            continue
        acronym = len(tok.text) > 1 and tok.text.isupper()
        if low in post_adjectives:
            if end is None and _looks_like_head(tokens, k, n):
                words += 1
                k += 1
                continue
            break
        if low in number_words and end is not None and tok.text[0].isupper() and tokens[k - 1].text[:1].isupper():
            pass  # 'seven Formula One titles': a number word inside a name
        elif end is None and low.endswith("ed") and low in stop and _participle_before_noun(tokens, k, n):
            pass  # '1,000 captured soldiers': a participle before its noun is an adjective
        elif (low in stop and not acronym) or low in number_words:
            break
        if end is not None and low in _verb_forms() and _plural(tokens[k - 1].low):
            break  # '300 doctors quit', '40 children given', 'drones cut power'
        if low in ambiguous and end is not None and not _looks_like_head(tokens, k, n):
            break
        if end is not None and low.endswith("ing"):
            break
        if low.endswith("ed") and end is not None and _adjective(tokens[k - 1]) and _participle_before_noun(tokens, k, n):
            pass  # '47 Russian armoured vehicles': a participle between an adjective and its noun
        elif (low.endswith("ed") or low.endswith("ly")) and (end is not None or not _looks_like_head(tokens, k, n)):
            break
        words += 1
        k += 1
        end = k
        if k + 1 < n and tokens[k].low == "of":
            fixed = _fixed_of(tokens, k, n)
            if fixed:
                k = end = fixed
    if end is None:
        return None
    return j, end


@lru_cache(maxsize=1)
def _verb_forms() -> frozenset:
    return frozenset(tables.words()["verb_forms"])


def _plural(low: str) -> bool:
    """'doctors', 'children', 'gunmen' (not 'glass', 'bus', 'analysis')."""
    return (low.endswith("s") and not low.endswith(("ss", "us", "is"))) or low in IRREGULAR_PLURALS or low.endswith("men")


_DIRECTIONS = frozenset({"south", "north", "east", "west", "home", "back", "towards", "toward", "to", "for", "into",
                         "out", "off", "away", "up", "down", "inland", "north-east", "south-east", "north-west", "south-west"})
_TIME_PLURALS = frozenset({"days", "weeks", "months", "years", "hours", "minutes", "decades"})

IRREGULAR_PLURALS = {"women", "men", "children", "people", "police", "personnel", "aircraft", "equipment",
                      "staff", "livestock", "cattle", "sheep", "fish", "deer", "infantry", "artillery"}


def _conjunct_ends_in_plural(tokens, k: int, n: int) -> bool:
    """'cruise and ballistic missiles', 'soldiers and civilians': the joined words end in a plural noun."""
    stop = _stop()
    last = None
    for t in tokens[k:k + 3]:
        if t.kind != "word" or t.low in stop:
            break
        last = t.low
    return last is not None and (last.endswith("s") or last in IRREGULAR_PLURALS)


def _model_name(tokens, k: int, n: int) -> int | None:
    """End of a model name made of letters, a hyphen and digits at k ('Su-34'), or None."""
    if k + 2 < n and tokens[k + 1].low == "-" and tokens[k + 2].kind == "num":
        if tokens[k].end == tokens[k + 1].start and tokens[k + 1].end == tokens[k + 2].start:
            end = k + 3
            while end < n and tokens[end].start == tokens[end - 1].end and tokens[end].kind in ("word", "num"):
                end += 1
            return end
    return None


@lru_cache(maxsize=1)
def _of_compounds() -> frozenset:
    return frozenset(tuple(p.split()) for p in tables.words()["of_compounds"])


def _fixed_of(tokens, k: int, n: int) -> int | None:
    """'prisoners of war', 'members of parliament': an 'of' that belongs to the noun."""
    if k + 1 < n and tokens[k].low == "of" and (tokens[k - 1].low, "of", tokens[k + 1].low) in _of_compounds():
        return k + 2
    return None


def _looks_like_head(tokens, k: int, n: int) -> bool:
    """An -ed word is an adjective (not a verb) when another content word follows it, or a
    hyphen that makes it part of a compound ('Shahed-type drones')."""
    if k + 1 >= n or tokens[k + 1].start - tokens[k].end > 1:
        return False
    nxt = tokens[k + 1]
    if nxt.low == "-" and nxt.start == tokens[k].end and k + 2 < n and tokens[k + 2].start == nxt.end:
        return _is_word(tokens[k + 2])
    return _is_word(nxt) and nxt.low not in _stop() and not nxt.low.endswith("ed")


_ADJECTIVE_ENDINGS = ("an", "ian", "ese", "ish", "al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ary", "ern")


def _adjective(tok) -> bool:
    """'Russian', 'Ukrainian', 'heavy': a word that reads as an adjective before a participle."""
    return tok.kind == "word" and tok.text[:1].isupper() and tok.low.endswith(_ADJECTIVE_ENDINGS) or tok.low.endswith(
        ("al", "ic", "ive", "ous", "ful", "less", "able", "ible", "y")) and not _plural(tok.low)


def _spaced_model_code(tokens, k: int, n: int) -> bool:
    """A plain number one space after a capitalised name and before a lower-case noun."""
    prev, tok = tokens[k - 1], tokens[k]
    if prev.kind != "word" or not prev.text[:1].isupper() or not tok.text.isdigit() or k + 1 >= n:
        return False
    nxt = tokens[k + 1]
    caps = len(nxt.text) > 1 and nxt.text.isupper() and nxt.text.isalpha()  # '190 Boeing 737 MAX narrow-bodies'
    if nxt.kind != "word" or not (nxt.text.islower() or caps) or nxt.start - tok.end != 1 or nxt.low in _stop() or nxt.low in _number_words():
        return False
    from factcheck.extract import measures

    return measures.unit_after(tokens, k + 1) is None and measures.rate_after(tokens, k + 1) is None


def _participle_before_noun(tokens, k: int, n: int) -> bool:
    """'captured soldiers', 'destroyed Russian tanks': a past participle right before words
    that end in a plural noun modifies that noun."""
    if k + 1 >= n or tokens[k + 1].start - tokens[k].end > 1 or not _is_word(tokens[k + 1]):
        return False
    if tokens[k + 1].low in _stop() or tokens[k + 1].low in _verb_forms() or not tokens[k + 1].text.islower():
        return False
    return _conjunct_ends_in_plural(tokens, k + 1, n)


def lone_adjective(tokens, j: int) -> str | None:
    """'more than 80 dead': an adjective standing for the counted people, outside the span."""
    if j < len(tokens) and tokens[j].low in _post_adjectives() and tokens[j].start - tokens[j - 1].end <= 1:
        return tokens[j].low
    return None


_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "all", "this", "that", "those", "these"}


def _possessive(tokens, k: int) -> bool:
    """"the country's 330 townships", "the states' 50 governors": a possessor before the noun."""
    tok = tokens[k]
    if tok.kind != "word":
        return False
    if tok.low.endswith(("'s", "’s")):
        return True
    return tok.low.endswith("s") and k + 1 < len(tokens) and tokens[k + 1].low in ("'", "’") and tokens[k + 1].start == tok.end


def of_complement(tokens, j: int) -> tuple[int, int] | None:
    """'of fighting', 'of the territory it had reclaimed' -> token range of the head phrase."""
    n = len(tokens)
    if j >= n or tokens[j].low != "of":
        return None
    k = j + 1
    while k < n and (tokens[k].low in _DETERMINERS or tokens[k].kind == "num" or tokens[k].low in _number_words() or _possessive(tokens, k)):
        k += 2 if tokens[k].kind == "word" and k + 1 < n and tokens[k + 1].low in ("'", "’") else 1
    if k >= n:
        return None
    # "9 of the city council's 51 seats": a possessor of several words is skipped too
    for p in range(k, min(n, k + 4)):
        if tokens[p].kind != "word" or tokens[p].low in _stop():
            break
        if _possessive(tokens, p):
            k = p + (2 if p + 1 < n and tokens[p + 1].low in ("'", "’") else 1)
            while k < n and (tokens[k].kind == "num" or tokens[k].low in _DETERMINERS):
                k += 1
            break
    if k >= n:
        return None
    if tokens[k].low in _post_adjectives() and k > j + 1 and (k + 1 >= n or not _is_word(tokens[k + 1])):
        return k, k + 1  # '14 of the dead', 'two of the injured'
    return phrase(tokens, k)

"""Units after a figure (percent, durations, areas, distances, other pint units), currencies
before or after it, and rate markers ('daily', 'a day', 'per week', 'each month')."""

from __future__ import annotations

from functools import lru_cache

from factcheck.extract import tables


@lru_cache(maxsize=1)
def _units():
    return tables.phrase_index(tables.units()["after"])


@lru_cache(maxsize=1)
def _rates():
    return tables.phrase_index(tables.units()["rates"])


@lru_cache(maxsize=1)
def _symbols():
    return tables.phrase_index(tables.currencies()["symbols"])


@lru_cache(maxsize=1)
def _currency_words():
    return tables.phrase_index(tables.currencies()["words"])


@lru_cache(maxsize=1)
def _glued() -> dict:
    return tables.units()["glued"]


def unit_after(tokens, j: int):
    """(unit, kind, factor, end token) for the unit at token j, or None."""
    if j >= len(tokens):
        return None
    tok = tokens[j]
    glued = _glued().get(tok.text)
    if glued and tok.start == tokens[j - 1].end and tokens[j - 1].kind == "num":
        unit, kind, factor = glued
        return unit, kind, float(factor), j + 1
    units = _units()
    if tok.low not in units.first:  # most words open no unit
        return None
    found = tables.match_phrase(units, tokens, j, max_len=3)
    if not found:
        return None
    (unit, kind, factor), end = found
    tok = tokens[j]
    # a bare 'c' or 'm' glued elsewhere is not ours; unit words must follow within one space
    if tok.start - tokens[j - 1].end > 1:
        return None
    # 'a 10-year-old', '2-day' adjectives still count as durations; keep them
    return unit, kind, float(factor), end


def currency_before(tokens, i: int, num=None):
    """(ISO code, first token) for a currency mark just before token i: '$', '£', 'US$', 'EUR',
    'US $' (letters one space from the '$'), and 'PS6m' when ``num`` is an amount (see
    ``amount_symbol``)."""
    if i == 0:
        return None
    symbols = _symbols()
    found = tables.match_phrase_before(symbols, tokens, i, max_len=2) if tokens[i - 1].low in symbols.last else None
    if not found:
        return amount_symbol(tokens, i, num) if num is not None else None
    code, first = found
    if first < i - 1 and not _prefix_joined(tokens, first, i):
        # 'a $6 billion package': the article is no 'A$'; the symbol alone still counts
        found = tables.match_phrase_before(symbols, tokens, i, max_len=1)
        if not found:
            return None
        code, first = found
    if tokens[first].text.isalpha() and not tokens[first].text.isupper() and tokens[first].text != "Rs":
        return None
    return code, first


def _prefix_joined(tokens, first: int, i: int) -> bool:
    """A letter prefix of a currency mark written as one: 'A$' and 'HK$' glued, or one space
    before the '$' ('US $58.24'), in capitals."""
    if tokens[first].text.isalpha() and not tokens[first].text.isupper():
        return False
    for k in range(first, i - 1):
        gap = tokens[k + 1].start - tokens[k].end
        if gap and not (gap == 1 and tokens[k + 1].text == "$" and tokens[k].text.isupper()):
            return False
    return True


@lru_cache(maxsize=1)
def _amount_symbols():
    return tables.phrase_index(tables.currencies()["symbols_with_amount"])


def amount_symbol(tokens, i: int, num):
    """(ISO code, first token) for letters that mean a currency only before an amount with a
    scale, decimals or digit groups: 'PS6m', 'PS21,700', 'Y=590 billion' (transliterated £, ¥)."""
    if i == 0 or tokens[i].kind != "num" or tokens[i - 1].end != tokens[i].start:
        return None
    found = tables.match_phrase_before(_amount_symbols(), tokens, i, max_len=2)
    if not found or not (num.scale != 1.0 or "," in tokens[i].text or "." in tokens[i].text):
        return None
    code, first = found
    if any(tokens[k].end != tokens[k + 1].start for k in range(first, i)) or not tokens[first].text[:1].isupper():
        return None
    return code, first


@lru_cache(maxsize=1)
def _scaled_currency_words():
    return tables.phrase_index(tables.currencies()["words_after_scale"])


def currency_after(tokens, j: int, scaled: bool = False):
    """(ISO code, end token) for a currency word after the figure: '40 billion dollars'.
    Words that are also English words ('won') count only after a scale ('10.4 trillion won')."""
    if j >= len(tokens) or tokens[j].start - tokens[j - 1].end > 1:
        return None
    if tokens[j].low not in _currency_openers() and tokens[j].text not in _codes():
        return None  # neither a currency word nor a code can start here
    found = tables.match_phrase(_currency_words(), tokens, j, max_len=3) or code_after(tokens, j) or _ambiguous(tokens, j)
    if not found and scaled:
        found = tables.match_phrase(_scaled_currency_words(), tokens, j, max_len=2)
    if not found:
        return None
    code, end = found
    if tokens[j].text.isupper() is False and tokens[j].low in ("usd", "eur", "gbp", "uah", "rub"):
        return None
    return code, end


@lru_cache(maxsize=1)
def _currency_openers() -> frozenset:
    """Lower-case first words of every currency word after a figure (plain, ambiguous, after a scale)."""
    return _currency_words().first | _scaled_currency_words().first | frozenset(tables.currencies()["ambiguous"])


def _ambiguous(tokens, j: int):
    """'400 billion kroner': a currency word several countries use, chosen by the article's words."""
    entry = tables.currencies()["ambiguous"].get(tokens[j].low)
    if not entry:
        return None
    default, cues = entry
    for t in tokens:
        if t.kind == "word" and t.low in cues:
            return cues[t.low], j + 1
    return default, j + 1


@lru_cache(maxsize=1)
def _codes() -> frozenset:
    return frozenset(c for c in tables.currencies()["symbols"].values())


def code_after(tokens, j: int):
    """(ISO code, end token) for a currency code in capitals after the figure: '110 JPY'."""
    if j < len(tokens) and tokens[j].text in _codes() and tokens[j].start - tokens[j - 1].end <= 1:
        return tokens[j].text, j + 1
    return None


def rate_after(tokens, j: int):
    """(rate unit, end token) for 'daily', 'a day', 'per week', 'each month' at token j."""
    if j >= len(tokens) or tokens[j].start - tokens[j - 1].end > 1:
        return None
    rates = _rates()
    if tokens[j].low not in rates.first:
        return None
    found = tables.match_phrase(rates, tokens, j, max_len=3)
    if not found:
        return None
    # '941 a year earlier' is a time reference, not a rate
    if found[1] < len(tokens) and tokens[found[1]].low in ("earlier", "ago", "later", "before", "after", "previously"):
        return None
    return found


def minor_currency(tokens, j: int):
    """(ISO code, factor, end token) for pence or cents after a figure: '150.5p', '50 cents'."""
    if j >= len(tokens) or tokens[j].kind != "word":
        return None
    entry = tables.currencies()["minor"].get(tokens[j].low)
    if not entry or len(tokens[j].text) > 1 and tokens[j].text[0].isupper():
        return None  # '50 Cent' is a name
    glued = tokens[j].start == tokens[j - 1].end
    if tokens[j].low == "p" and not glued:
        return None
    if glued and tokens[j].low != "p":
        return None
    return entry[0], float(entry[1]), j + 1

"""Read one number at a token: numerals, scale words and suffixes, number words, fractions,
ordinals and vague amounts ('tens of thousands of')."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from factcheck.extract import tables, vague_amounts

_PLAIN = re.compile(r"\d+(?:\.\d+)?")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_ORDINAL_SUFFIX = {"st", "nd", "rd", "th"}
_SPACED_SUFFIXES = {"bn", "mn", "mln", "bln", "tn", "trn"}


@dataclass
class Number:
    """A number found at tokens [first, last): its value, or bounds for a vague amount."""

    first: int
    last: int
    value: float | None
    form: str  # digits | words | fraction | ordinal | vague | couple
    raw: float | None = None  # the figure before its scale word
    scale: float = 1.0
    low: float | None = None
    high: float | None = None
    suffix: str | None = None  # a glued abbreviation such as 'm' in '1.5m'


@lru_cache(maxsize=1)
def _words() -> dict:
    t = tables.numbers()
    return {
        "units": t["units"],
        "tens": t["tens"],
        "scales": t["scales"],
        "suffixes": t["scale_suffixes"],
        "multipliers": t["multipliers"],
        "ordinals": t["ordinals"],
        "fractions": t["fractions"],
        "unicode": t["unicode_fractions"],
    }


def _adjacent(tokens, a: int, b: int) -> bool:
    return tokens[a].end == tokens[b].start


def _spaced(tokens, a: int, b: int) -> bool:
    """Token b follows token a after a few spaces at most."""
    return tokens[b].start - tokens[a].end <= 3


def numeral_value(text: str) -> float | None:
    if _PLAIN.fullmatch(text):
        return float(text)
    if _GROUPED.fullmatch(text):
        return float(text.replace(",", ""))
    return None


@lru_cache(maxsize=1)
def starters() -> frozenset:
    """Every word that can open a number, so other words are passed over at once."""
    w = _words()
    v = tables.vague()
    words = set(w["units"]) | set(w["tens"]) | set(w["scales"]) | set(w["ordinals"]) | set(w["unicode"])
    words |= set(v["plurals"]) | {d.split()[0] for d in v["determiners"]}
    words |= {"a", "an", "half", "one"}
    return frozenset(words)


@lru_cache(maxsize=1)
def _after_a() -> frozenset:
    """Words after 'a' that make it a number: 'a dozen', 'a million', 'a quarter', 'a few', 'a month'."""
    w = _words()
    words = set(w["scales"]) | set(w["multipliers"]) | set(w["fractions"]) | _SINGLE_UNITS
    words |= {"couple", "few", "handful", "half"}
    return frozenset(words)


def read(tokens, i: int) -> Number | None:
    """The number that starts at token i, or None."""
    tok = tokens[i]
    if tok.kind == "num":
        return _read_one_in(tokens, i) or _read_digits(tokens, i)
    if tok.kind != "word" or tok.low not in starters():
        return None
    w = _words()
    low = tok.low
    if low in ("a", "an") and (i + 1 >= len(tokens) or tokens[i + 1].low not in _after_a()):
        return None
    if low in w["unicode"]:
        return Number(i, i + 1, w["unicode"][low], "digits", raw=w["unicode"][low])
    ratio = _read_one_in(tokens, i)
    if ratio:
        return ratio
    if low in ("a", "an") and _one_unit_after_hedge(tokens, i):
        return Number(i, i + 1, 1.0, "digits", raw=1.0)
    vague = vague_amounts.read(tokens, i)
    if vague:
        return vague
    frac = _read_fraction(tokens, i)
    if frac:
        return frac
    if low in w["ordinals"] or low in w["units"] or low in w["tens"] or low in ("a", "an", "half") or low in w["scales"]:
        return _read_words(tokens, i)
    return None


_HEDGE_TAILS = {"than", "about", "nearly", "almost", "over", "around", "roughly", "under", "some", "just", "approximately"}
_SINGLE_UNITS = {"month", "year", "week", "day", "decade", "century", "hour", "minute", "mile", "kilometre", "kilometer",
                 "percentage", "metre", "meter", "fortnight"}


PLURAL_UNITS = {"days", "weeks", "months", "years", "decades", "hours", "minutes", "centuries", "miles", "kilometres",
                 "kilometers", "metres", "meters", "percentage"}


def _one_unit_after_hedge(tokens, i: int) -> bool:
    """'less than a month', 'nearly a year': 'a' stands for one unit after a hedge."""
    return (0 < i < len(tokens) - 1 and tokens[i - 1].low in _HEDGE_TAILS
            and tokens[i + 1].low in _SINGLE_UNITS)


def _small_value(tok) -> float | None:
    w = _words()
    if tok.kind == "num":
        return numeral_value(tok.text)
    if tok.low in w["units"]:
        return float(w["units"][tok.low])
    if tok.low in w["tens"]:
        return float(w["tens"][tok.low])
    return None


def _read_one_in(tokens, i: int) -> Number | None:
    """'one in eight', '1 in 5': a share, in percent."""
    n = len(tokens)
    if i + 2 >= n or tokens[i + 1].low not in ("in", "out"):
        return None
    k = i + 2
    if tokens[i + 1].low == "out":
        if tokens[k].low != "of" or k + 1 >= n:
            return None
        k += 1
    a = _small_value(tokens[i])
    b = _small_value(tokens[k])
    if tokens[i + 1].low == "out" and b not in (2, 3, 4, 5, 6, 7, 8, 9, 10, 100):
        return None
    if a is None or b is None or b <= a or b < 2 or (tokens[i].kind == "num") != (tokens[k].kind == "num"):
        return None
    if tokens[i].kind == "num" and (b >= 1000 or "," in tokens[k].text):
        return None
    end = k + 1
    if end < n and tokens[end].start == tokens[end - 1].end and tokens[end].kind != "sym":
        return None
    return Number(i, end, 100.0 * a / b, "fraction", raw=a / b)


def _read_digits(tokens, i: int) -> Number | None:
    w = _words()
    tok = tokens[i]
    value = numeral_value(tok.text)
    if value is None:
        return None
    n = len(tokens)
    j = i + 1
    # glued unicode fraction: 1½
    if j < n and _adjacent(tokens, i, j) and tokens[j].low in w["unicode"]:
        value += w["unicode"][tokens[j].low]
        j += 1
    # numeric ordinal: 47th, 1,000th
    if j < n and _adjacent(tokens, j - 1, j) and tokens[j].low in _ORDINAL_SUFFIX and "." not in tok.text:
        return Number(i, j + 1, value, "ordinal", raw=value)
    first = i
    if i > 0 and tokens[i - 1].low == "." and _adjacent(tokens, i - 1, i) and "." not in tok.text and "," not in tok.text and (
            i < 2 or not _adjacent(tokens, i - 2, i - 1)):
        value = float("0." + tok.text)  # '.08'
        first = i - 1
    num = Number(first, j, value, "digits", raw=value)
    return _read_scale(tokens, num)


_AND_A = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}


def _read_scale(tokens, num: Number) -> Number:
    """Extend a figure with scale words: '2.3 billion', '1.5m', '$40bn', '350k', 'two hundred thousand',
    and with 'and a half' ('two and a half million')."""
    w = _words()
    n = len(tokens)
    j = num.last
    if j + 2 < n and tokens[j].low == "and" and tokens[j + 1].low == "a" and tokens[j + 2].low in _AND_A and num.raw is not None and num.scale == 1.0:
        num.raw += _AND_A[tokens[j + 2].low]
        num.value = num.raw
        num.last = j = j + 3
    scale = 1.0
    while j < n and tokens[j].kind == "word":
        low = tokens[j].low.rstrip(".")
        glued = _adjacent(tokens, j - 1, j)
        if low in w["scales"] and _spaced(tokens, j - 1, j) and (scale == 1.0 or w["scales"][low] > 100):
            scale *= w["scales"][low]
            j += 1
            continue
        if low == "b" and not _after_currency(tokens, num.first):
            break
        if scale == 1.0 and low.rstrip("s") in w["multipliers"] and _spaced(tokens, j - 1, j) and "." not in tokens[num.first].text:
            scale = float(w["multipliers"][low.rstrip("s")])  # '3 dozen', '3 dozens'
            j += 1
            break
        if scale == 1.0 and low in w["suffixes"] and (glued or (low in _SPACED_SUFFIXES and _spaced(tokens, j - 1, j))):
            # '1.5m' only when the suffix ends the word ('15mm' is a different token anyway)
            scale = float(w["suffixes"][low])
            num.suffix = low
            j += 1
            break
        break
    if scale != 1.0:
        num.scale = scale
        num.value = num.raw * scale
        num.last = j
    return num


def _after_currency(tokens, i: int) -> bool:
    return i > 0 and tokens[i - 1].kind == "sym" and tokens[i - 1].low in ("$", "£", "€", "¥", "₴", "₽", "₹")


def _read_words(tokens, i: int) -> Number | None:
    """Number words: 'seventy', 'three hundred and fifty thousand', 'two point two million',
    'a dozen', 'two dozen', 'half a million', 'a couple of'."""
    w = _words()
    n = len(tokens)
    low = tokens[i].low
    # a couple of
    if low == "a" and i + 2 < n and tokens[i + 1].low == "couple" and tokens[i + 2].low == "of":
        if i + 3 < n and tokens[i + 3].low in w["scales"]:
            big = w["scales"][tokens[i + 3].low]
            return Number(i, i + 4, 2.0 * big, "couple", raw=2.0, scale=big)
        return Number(i, i + 3, 2.0, "couple", raw=2.0)
    # half a million / half a dozen
    if low == "half" and i + 2 < n and tokens[i + 1].low == "a" and (
        tokens[i + 2].low in w["scales"] or tokens[i + 2].low in w["multipliers"]
    ):
        big = w["scales"].get(tokens[i + 2].low) or w["multipliers"][tokens[i + 2].low]
        return Number(i, i + 3, 0.5 * big, "words", raw=0.5, scale=big)
    if low in w["ordinals"] and low not in w["units"]:
        return _read_word_ordinal(tokens, i)
    total = 0.0
    current = 0.0
    seen = False
    last_kind = None
    j = i
    decimals = None
    scale_seen = 1.0
    while j < n:
        t = tokens[j]
        lw = t.low
        if j > i and not _spaced(tokens, j - 1, j):
            break
        if t.kind == "sym" and lw == "-" and last_kind == "tens" and j + 1 < n and _adjacent(tokens, j - 1, j) and _adjacent(tokens, j, j + 1) and (
                tokens[j + 1].low in w["units"] or w["ordinals"].get(tokens[j + 1].low, 99) < 10):
            j += 1
            continue
        if t.kind != "word":
            break
        if decimals is not None:
            if lw in w["units"] and w["units"][lw] < 10:
                decimals += str(w["units"][lw])
                j += 1
                last_kind = "decimal"
                continue
            current += float("0." + decimals) if decimals else 0.0
            decimals = None
        if lw in ("a", "an") and not seen:
            if j + 1 < n and (tokens[j + 1].low in w["scales"] or tokens[j + 1].low in w["multipliers"]):
                current = 1.0
                seen = True
                last_kind = "a"
                j += 1
                continue
            break
        if lw in w["units"] and last_kind not in ("units", "decimal", "teen"):
            if last_kind == "tens" and w["units"][lw] >= 10:
                break
            current += w["units"][lw]
            last_kind = "units" if w["units"][lw] < 10 else "teen"
        elif lw in w["tens"] and last_kind not in ("units", "tens", "teen", "decimal"):
            current += w["tens"][lw]
            last_kind = "tens"
        elif lw == "hundred" and seen and last_kind in ("units", "teen", "tens", "a"):
            current = (current or 1.0) * 100
            last_kind = "hundred"
        elif lw in w["scales"] and lw != "hundred" and seen and last_kind != "scale_pending":
            total += (current or 1.0) * w["scales"][lw]
            scale_seen = w["scales"][lw]
            current = 0.0
            last_kind = "scale"
        elif lw.rstrip("s") in w["multipliers"] and seen and last_kind in ("units", "teen", "tens", "a"):
            current = (current or 1.0) * w["multipliers"][lw.rstrip("s")]
            last_kind = "multiplier"
        elif seen and lw in w["ordinals"] and decimals is None and last_kind in ("tens", "hundred", "scale", "a", "units", "teen"):
            # 'twenty-first', 'one hundred twenty fifth', 'two hundredth'
            rank = w["ordinals"][lw]
            if rank >= 100:
                value = total + (current or 1.0) * rank
            elif last_kind in ("units", "teen") or (last_kind == "tens" and rank >= 10):
                break
            else:
                value = total + current + rank
            return Number(i, j + 1, float(value), "ordinal", raw=float(value))
        elif lw == "and" and last_kind in ("hundred", "scale") and j + 1 < n and (
            tokens[j + 1].low in w["units"] or tokens[j + 1].low in w["tens"]
        ):
            j += 1
            continue
        elif lw == "point" and last_kind in ("units", "teen", "tens", "hundred", "scale") and j + 1 < n and tokens[j + 1].low in w["units"]:
            decimals = ""
            last_kind = "point"
        else:
            break
        seen = True
        j += 1
    if decimals:
        current += float("0." + decimals)
    if not seen or last_kind in ("a", "point"):
        return None
    if j == i + 1 and tokens[i].low in ("a", "an"):
        return None
    value = total + current
    # 'two point two million' has its scale after the decimals
    num = Number(i, j, value, "words", raw=value)
    if scale_seen == 1.0 and (last_kind == "decimal" or (j + 2 < n and tokens[j].low == "and" and tokens[j + 1].low == "a")):
        num = _read_scale(tokens, num)
    elif scale_seen != 1.0:
        num.scale = scale_seen
        num.raw = value / scale_seen
    return num


def _read_word_ordinal(tokens, i: int) -> Number | None:
    w = _words()
    return Number(i, i + 1, float(w["ordinals"][tokens[i].low]), "ordinal", raw=float(w["ordinals"][tokens[i].low]))


def _read_fraction(tokens, i: int) -> Number | None:
    """'two-thirds', 'a quarter', 'one third', 'three quarters', 'half' (of): the share in percent."""
    w = _words()
    n = len(tokens)
    low = tokens[i].low
    if low == "half":
        if i + 1 < n and tokens[i + 1].low in ("of", "the", "its", "their", "his", "her", "our", "all"):
            return Number(i, i + 1, 50.0, "fraction", raw=0.5)
        if i > 0 and tokens[i - 1].low in _HEDGE_TAILS and not (
                i + 2 < n and tokens[i + 1].low in ("a", "an") and (tokens[i + 2].low in w["scales"] or tokens[i + 2].low in w["multipliers"])):
            return Number(i, i + 1, 50.0, "fraction", raw=0.5)
        if i + 2 < n and tokens[i + 1].low in ("a", "an") and tokens[i + 2].low not in w["scales"] and tokens[i + 2].low not in w["multipliers"]:
            return Number(i, i + 1, 50.0, "fraction", raw=0.5)
        return None
    numer = None
    if low in ("a", "an", "one"):
        numer = 1
    elif low in w["units"] and 1 < w["units"][low] < 10:
        numer = w["units"][low]
    if numer is None:
        return None
    j = i + 1
    if j < n and tokens[j].low == "-" and _adjacent(tokens, i, j):
        j += 1
    if j >= n or not _spaced(tokens, j - 1, j):
        return None
    den_word = tokens[j].low
    if den_word not in w["fractions"] or den_word in ("half", "halves") and numer != 1:
        return None
    if numer == 1 and den_word.endswith("s"):
        return None
    if numer > 1 and not den_word.endswith("s"):
        return None
    # 'a third' needs 'of' or a determiner after it, otherwise it is an ordinal ('a third time')
    hyphenated = tokens[i + 1].low == "-"
    after_by = i > 0 and tokens[i - 1].low == "by"
    if not hyphenated and not after_by and j + 1 < n and tokens[j + 1].low not in ("of", "the", "its", "their", "his", "her", "our", "all", ",", ".", ";", ")"):
        return None
    part = numer / w["fractions"][den_word]
    # 'a quarter of a million': a fraction of a scale is a number, not a share
    if j + 3 < n and tokens[j + 1].low == "of" and tokens[j + 2].low in ("a", "an") and tokens[j + 3].low in w["scales"]:
        big = w["scales"][tokens[j + 3].low]
        return Number(i, j + 4, part * big, "words", raw=part, scale=big)
    share = numer / w["fractions"][den_word] * 100
    return Number(i, j + 1, share, "fraction", raw=numer / w["fractions"][den_word])

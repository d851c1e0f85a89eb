"""Read one number at a token: numerals, scale words and suffixes, number words, fractions,
ordinals and vague amounts ('tens of thousands of')."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from factcheck.extract import number_words, tables, vague_amounts

_PLAIN = re.compile(r"\d+(?:\.\d+)?")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_ORDINAL_SUFFIX = {"st", "nd", "rd", "th"}
_SLASHES = ("/", "⁄")
_SPACED_SUFFIXES = {"bn", "mn", "mln", "bln", "tn", "trn"}


@dataclass(slots=True)
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
    if text.isdecimal():  # most numerals: no pattern needed
        return float(text)
    if _PLAIN.fullmatch(text):
        return float(text)
    if _GROUPED.fullmatch(text):
        return float(text.replace(",", ""))
    if "e" in text or "E" in text or "^" in text:
        return _power(text)
    return None


def _power(text: str) -> float | None:
    """Scientific notation and powers: '12.32e+14', '1.1^23'."""
    base, sep, exp = text.replace("E", "e").partition("e" if "^" not in text else "^")
    b = numeral_value(base)
    if b is None or not sep:
        return None
    try:
        return b * 10.0 ** int(exp) if sep == "e" else b ** int(exp)
    except (ValueError, OverflowError):
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
    words = set(w["scales"]) | set(w["multipliers"]) | set(w["fractions"]) | _SINGLE_UNITS | set(w["tens"])
    words |= {"couple", "few", "handful", "half"} | {o for o, v in w["ordinals"].items() if v >= 100}
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
    frac = number_words.read_fraction(tokens, i)
    if frac:
        return frac
    if low in w["ordinals"] or low in w["units"] or low in w["tens"] or low in ("a", "an", "half") or low in w["scales"]:
        return number_words.read_words(tokens, i)
    return None


_HEDGE_TAILS = {"than", "about", "nearly", "almost", "over", "around", "roughly", "under", "some", "just", "approximately"}
_SINGLE_UNITS = {"month", "year", "week", "day", "decade", "century", "hour", "minute", "mile", "kilometre", "kilometer",
                 "percentage", "metre", "meter", "fortnight"}


PLURAL_UNITS = {"days", "weeks", "months", "years", "decades", "hours", "minutes", "centuries", "miles", "kilometres",
                 "kilometers", "metres", "meters", "percentage"}


def _one_unit_after_hedge(tokens, i: int) -> bool:
    """'less than a month', 'nearly a year', 'could take a month': 'a' stands for one unit
    after a hedge or a verb of lasting."""
    return (0 < i < len(tokens) - 1 and (tokens[i - 1].low in _HEDGE_TAILS or tokens[i - 1].low == "within" or after_lasting(tokens, i))
            and tokens[i + 1].low in _SINGLE_UNITS)


@lru_cache(maxsize=1)
def _lasting() -> frozenset:
    return frozenset(tables.words()["lasting_verbs"])


def after_lasting(tokens, i: int) -> bool:
    """'could take a month', 'lasted a year': the figure at i follows a verb of lasting."""
    return i > 0 and tokens[i - 1].low in _lasting()


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
    tok = tokens[i]
    value = numeral_value(tok.text)
    if value is None:
        return None
    n = len(tokens)
    j = i + 1
    nxt = tokens[j] if j < n else None
    if nxt is not None and nxt.start == tok.end:
        # glued unicode fraction: 1½
        unicode = _words()["unicode"]
        if nxt.low in unicode:
            value += unicode[nxt.low]
            j += 1
            nxt = tokens[j] if j < n else None
    if nxt is not None and (nxt.kind == "num" or nxt.low in _SLASHES):  # only these can open a fraction
        frac = _digit_fraction(tokens, j, value, tok)
        if frac is not None:
            value, j, as_share = frac
            if as_share:
                return Number(i, j, 100.0 * value, "fraction", raw=value)
            return Number(i, j, value, "digits", raw=value)
    # numeric ordinal: 47th, 1,000th
    if nxt is not None and nxt.low in _ORDINAL_SUFFIX and tokens[j - 1].end == nxt.start and "." not in tok.text:
        return Number(i, j + 1, value, "ordinal", raw=value)
    first = i
    if i > 0 and tokens[i - 1].low == "." and _adjacent(tokens, i - 1, i) and "." not in tok.text and "," not in tok.text and (
            i < 2 or not _adjacent(tokens, i - 2, i - 1)):
        value = float("0." + tok.text)  # '.08'
        first = i - 1
    num = Number(first, j, value, "digits", raw=value)
    return _read_scale(tokens, num)


def _proper_fraction(tokens, j: int):
    """(value, end) for 'a/b' written with digits from token j, a < b, or None."""
    n = len(tokens)
    if j + 2 >= n:
        return None
    a, slash, b = tokens[j], tokens[j + 1], tokens[j + 2]
    if slash.low not in ("/", "⁄") or a.kind != "num" or b.kind != "num":
        return None
    if not (a.end == slash.start and slash.end == b.start and a.text.isdigit() and b.text.isdigit()):
        return None
    if j + 3 < n and tokens[j + 3].low in ("/", "⁄") and tokens[j + 3].start == b.end:
        return None  # a date: 3/4/2023
    x, y = int(a.text), int(b.text)
    if not 0 < x < y:
        return None
    return x / y, j + 3


def _digit_fraction(tokens, j: int, value: float, tok):
    """'3/4', '1/16', '2 1/4': (value, end, whether a share of a whole), or None.
    A share unless a unit follows ('1/2 pound'); a whole number before it adds ('2 1/4')."""
    n = len(tokens)
    i = j - 1
    found = None
    if j < n and tokens[j].low in ("/", "⁄") and tok.text.isdigit():
        found = _proper_fraction(tokens, i)
        whole = 0.0
    elif j < n and tokens[j].kind == "num" and 0 < tokens[j].start - tok.end <= 3 and tok.text.isdigit():
        found = _proper_fraction(tokens, j)
        whole = value
    if not found:
        return None
    part, end = found
    if whole:
        return whole + part, end, False
    from factcheck.extract import measures

    return part, end, measures.unit_after(tokens, end) is None if end < n else True


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
    scales = w["scales"]
    while j < n and tokens[j].kind == "word":
        low = tokens[j].low.rstrip(".")
        gap = tokens[j].start - tokens[j - 1].end
        glued = gap == 0
        if low in scales and gap <= 3 and (scale == 1.0 or scales[low] > 100):
            scale *= scales[low]
            j += 1
            continue
        if low == "b" and not _after_currency(tokens, num.first) and not (glued and "." in tokens[num.first].text):
            break  # '1.2b' and '$4b' are billions; '2b' alone is a label
        if scale == 1.0 and low.rstrip("s") in w["multipliers"] and gap <= 3 and "." not in tokens[num.first].text:
            scale = float(w["multipliers"][low.rstrip("s")])  # '3 dozen', '3 dozens'
            j += 1
            break
        if scale == 1.0 and low in w["suffixes"] and (glued or (low in _SPACED_SUFFIXES and gap <= 3)):
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

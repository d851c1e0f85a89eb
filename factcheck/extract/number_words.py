"""Numbers written in words: 'seventy', 'three hundred and fifty thousand', 'two point two
million', 'a dozen', word ordinals and fractions ('two-thirds', 'a quarter of', 'twenty-three fifths')."""

from __future__ import annotations

from factcheck.extract import numbers as N


def read_words(tokens, i: int) -> "N.Number | None":
    """Number words: 'seventy', 'three hundred and fifty thousand', 'two point two million',
    'a dozen', 'two dozen', 'half a million', 'a couple of'."""
    w = N._words()
    n = len(tokens)
    low = tokens[i].low
    # a couple of
    if low == "a" and i + 2 < n and tokens[i + 1].low == "couple" and tokens[i + 2].low == "of":
        if i + 3 < n and tokens[i + 3].low in w["scales"]:
            big = w["scales"][tokens[i + 3].low]
            return N.Number(i, i + 4, 2.0 * big, "couple", raw=2.0, scale=big)
        return N.Number(i, i + 3, 2.0, "couple", raw=2.0)
    # half a million / half a dozen
    if low == "half" and i + 2 < n and tokens[i + 1].low == "a" and (
        tokens[i + 2].low in w["scales"] or tokens[i + 2].low in w["multipliers"]
    ):
        big = w["scales"].get(tokens[i + 2].low) or w["multipliers"][tokens[i + 2].low]
        return N.Number(i, i + 3, 0.5 * big, "words", raw=0.5, scale=big)
    if low in w["ordinals"] and low not in w["units"]:
        return read_word_ordinal(tokens, i)
    total = 0.0
    current = 0.0
    seen = False
    last_kind = None
    j = i
    decimals = None
    scale_seen = 1.0
    tail = 0.0
    after_and = False
    while j < n:
        t = tokens[j]
        lw = t.low
        if j > i and not N._spaced(tokens, j - 1, j):
            break
        if t.kind == "sym" and lw == "-" and last_kind == "tens" and j + 1 < n and _hyphen(tokens, j) and (
                tokens[j + 1].low in w["units"] or w["ordinals"].get(tokens[j + 1].low, 99) < 10 or _plural_ordinal(tokens[j + 1].low)):
            j += 1
            continue
        if t.kind != "word":
            break
        if decimals == "" and lw in w["tens"]:
            tens = _tens_and_units(tokens, j)  # 'point seventy-one'
            decimals, j, last_kind = str(tens[0]), tens[1], "decimal"
            continue
        if seen and last_kind in ("units", "teen", "tens", "hundred", "scale", "a", "multiplier"):
            den = _denominator(tokens, j, compound=not after_and)
            numer = total + current
            if den and (den[2] or numer == 1 and _ends_here(tokens, den[1])):
                return _quotient(i, den[1], numer, den[0])
        if lw == "and" and seen and decimals is None:
            mixed = _mixed_part(tokens, j + 1)
            if mixed:
                return N.Number(i, mixed[1], total + current + mixed[0], "words", raw=total + current + mixed[0])
        if decimals is not None:
            if lw in w["units"] and w["units"][lw] < 10:
                decimals += str(w["units"][lw])
                j += 1
                last_kind = "decimal"
                continue
            current += float("0." + decimals) if decimals else 0.0
            decimals = None
        if lw in ("a", "an") and not seen:
            den = _denominator(tokens, j + 1, compound=True)
            if den and not den[2] and _ends_here(tokens, den[1]):
                return _quotient(i, den[1], 1.0, den[0])  # 'a hundredth', 'a twenty-first'
            if j + 1 < n and (tokens[j + 1].low in w["scales"] or tokens[j + 1].low in w["multipliers"]):
                current = 1.0
                seen = True
                last_kind = "a"
                j += 1
                continue
            break
        after_and = False
        if lw in w["units"] and last_kind not in ("units", "decimal", "teen"):
            if last_kind == "tens" and w["units"][lw] >= 10:
                break
            current += w["units"][lw]
            tail += w["units"][lw]
            last_kind = "units" if w["units"][lw] < 10 else "teen"
        elif lw in w["tens"] and last_kind not in ("units", "tens", "teen", "decimal"):
            current += w["tens"][lw]
            tail += w["tens"][lw]
            last_kind = "tens"
        elif lw == "hundred" and seen and last_kind in ("units", "teen", "tens", "a"):
            current = (current or 1.0) * 100
            tail = 0.0
            last_kind = "hundred"
        elif lw in w["scales"] and lw != "hundred" and seen and last_kind != "scale_pending":
            total += (current or 1.0) * w["scales"][lw]
            scale_seen = w["scales"][lw]
            current = tail = 0.0
            last_kind = "scale"
        elif lw.rstrip("s") in w["multipliers"] and seen and last_kind in ("units", "teen", "tens", "a"):
            # 'three dozen', 'three hundred and two dozens' (300 + 24)
            tail = tail or 1.0
            current = current - tail + tail * w["multipliers"][lw.rstrip("s")] if current else w["multipliers"][lw.rstrip("s")]
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
            return N.Number(i, j + 1, float(value), "ordinal", raw=float(value))
        elif lw == "and" and last_kind in ("hundred", "scale") and j + 1 < n and (
            tokens[j + 1].low in w["units"] or tokens[j + 1].low in w["tens"]
        ):
            j += 1
            after_and = True
            continue
        elif lw == "point" and last_kind in ("units", "teen", "tens", "hundred", "scale") and j + 1 < n and (
                tokens[j + 1].low in w["units"] or tokens[j + 1].low in w["tens"]):
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
    num = N.Number(i, j, value, "words", raw=value)
    if scale_seen == 1.0 and (last_kind == "decimal" or (j + 2 < n and tokens[j].low == "and" and tokens[j + 1].low == "a")):
        num = N._read_scale(tokens, num)
    elif scale_seen != 1.0:
        num.scale = scale_seen
        num.raw = value / scale_seen
    return num


def _hyphen(tokens, j: int) -> bool:
    """A hyphen inside a number word: glued on both sides ('fifty-two') or spaced on both ('fifty - two')."""
    before, after = tokens[j].start - tokens[j - 1].end, tokens[j + 1].start - tokens[j].end
    return before == after and before <= 1


def _plural_ordinal(low: str) -> float | None:
    """The denominator a plural ordinal names ('fifths' 5, 'thirds' 3, 'hundredths' 100), or None.
    'seconds' and 'firsts' are left out: alone they are durations and plain nouns."""
    w = N._words()
    if low in w["fractions"] and low.endswith("s") and low != "halves":
        return float(w["fractions"][low])
    if low.endswith("s") and w["ordinals"].get(low[:-1], 0) >= 4:
        return float(w["ordinals"][low[:-1]])
    return None


def _denominator(tokens, j: int, compound: bool):
    """(denominator, end, plural) of a fraction's denominator at token j: 'fifths', 'hundredth',
    and with ``compound`` a tens word joined to an ordinal: 'twenty-fifths', 'twenty firsts'."""
    w = N._words()
    n = len(tokens)
    if j >= n or not N._spaced(tokens, j - 1, j):
        return None
    low = tokens[j].low
    plural = _plural_ordinal(low)
    if plural:
        return plural, j + 1, True
    if w["ordinals"].get(low, 0) >= 100:
        return float(w["ordinals"][low]), j + 1, False
    if not compound or low not in w["tens"] or j + 1 >= n:
        return None
    k = j + 1
    hyphen = tokens[k].low == "-" and k + 1 < n and _hyphen(tokens, k)
    if hyphen:
        k += 1
    elif not N._spaced(tokens, k - 1, k):
        return None
    word = tokens[k].low
    single = word[:-1] if word.endswith("s") else word
    rank = w["ordinals"].get(single, 0)
    if not 0 < rank < 10 or single == "second" and not hyphen:
        return None
    return float(w["tens"][low] + rank), k + 1, word != single


def _ends_here(tokens, k: int) -> bool:
    """Nothing but punctuation or 'of' follows: 'a hundredth of a second', 'one twenty-fifth.'"""
    return k >= len(tokens) or tokens[k].kind == "sym" and tokens[k].low not in ("-", "–") or tokens[k].low == "of"


def _quotient(i: int, end: int, numer: float, den: float) -> "N.Number":
    """A fraction in words: below one a share of a whole (in percent), else a plain number."""
    value = numer / den
    if value < 1:
        return N.Number(i, end, 100.0 * value, "fraction", raw=value)
    return N.Number(i, end, value, "words", raw=value)


def _mixed_part(tokens, j: int):
    """(fraction, end) for the fraction of a mixed number after 'and': 'a fifth', 'three
    quarters', or None ('and a half million' is left to the scale reader)."""
    w = N._words()
    n = len(tokens)
    if j + 1 >= n:
        return None
    low = tokens[j].low
    word = tokens[j + 1].low
    if j + 2 < n and tokens[j + 2].low in w["scales"]:
        return None
    if low in ("a", "an", "one") and word in w["fractions"] and not word.endswith("s"):
        return 1.0 / w["fractions"][word], j + 2
    if low in w["units"] and 1 < w["units"][low] < 10 and _plural_ordinal(word):
        return w["units"][low] / _plural_ordinal(word), j + 2
    return None


def _tens_and_units(tokens, j: int) -> tuple[int, int]:
    """(digits, end) for 'seventy-one' or 'seventy one' after 'point'."""
    w = N._words()
    n = len(tokens)
    value = w["tens"][tokens[j].low]
    k = j + 1
    if k + 1 < n and tokens[k].low == "-" and _hyphen(tokens, k) and tokens[k + 1].low in w["units"] and w["units"][tokens[k + 1].low] < 10:
        return value + w["units"][tokens[k + 1].low], k + 2
    if k < n and N._spaced(tokens, k - 1, k) and tokens[k].low in w["units"] and 0 < w["units"][tokens[k].low] < 10:
        return value + w["units"][tokens[k].low], k + 1
    return value // 10, k


def read_word_ordinal(tokens, i: int) -> "N.Number | None":
    w = N._words()
    return N.Number(i, i + 1, float(w["ordinals"][tokens[i].low]), "ordinal", raw=float(w["ordinals"][tokens[i].low]))


_PERIOD_BEFORE = {"in", "per", "each", "every", "within", "over", "for", "during", "a", "last", "this", "next", "that"}


def read_fraction(tokens, i: int) -> "N.Number | None":
    """'two-thirds', 'a quarter', 'one third', 'three quarters', 'half' (of): the share in percent."""
    w = N._words()
    n = len(tokens)
    low = tokens[i].low
    if low == "half":
        from factcheck.extract import idioms

        if idioms.part_of_period(tokens, i):
            return None  # 'the first half of the year'
        if i > 0 and tokens[i - 1].low == "by" and (i + 1 >= n or tokens[i + 1].low not in ("a", "an")):
            return N.Number(i, i + 1, 50.0, "fraction", raw=0.5)  # 'cut by half'
        if i + 1 < n and tokens[i + 1].low in ("of", "the", "its", "their", "his", "her", "our", "all"):
            return N.Number(i, i + 1, 50.0, "fraction", raw=0.5)
        if i > 0 and tokens[i - 1].low in N._HEDGE_TAILS and not (
                i + 2 < n and tokens[i + 1].low in ("a", "an") and (tokens[i + 2].low in w["scales"] or tokens[i + 2].low in w["multipliers"])):
            return N.Number(i, i + 1, 50.0, "fraction", raw=0.5)
        if i + 2 < n and tokens[i + 1].low in ("a", "an") and tokens[i + 2].low not in w["scales"] and tokens[i + 2].low not in w["multipliers"]:
            return N.Number(i, i + 1, 50.0, "fraction", raw=0.5)
        if relative_change(tokens, i + 1):
            return N.Number(i, i + 1, 50.0, "fraction", raw=0.5)  # 'half as many patients'
        return None
    numer = None
    if low in ("a", "an", "one"):
        numer = 1
    elif low in w["units"] and 1 < w["units"][low] < 10:
        numer = w["units"][low]
    if numer is None:
        return None
    j = i + 1
    if j < n and tokens[j].low == "-" and N._adjacent(tokens, i, j):
        j += 1
    if j >= n or not N._spaced(tokens, j - 1, j):
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
    after_by = _after_by(tokens, i)
    if den_word == "quarter" and numer == 1 and i > 0 and tokens[i - 1].low in _PERIOD_BEFORE and (j + 1 >= n or tokens[j + 1].low != "of"):
        return None  # 'in a quarter', 'per quarter': a period of three months
    if not hyphenated and not after_by and j + 1 < n and tokens[j + 1].low not in ("of", "the", "its", "their", "his", "her", "our", "all", ",", ".", ";", ")") and not (
            relative_change(tokens, j + 1)):
        return None
    part = numer / w["fractions"][den_word]
    # 'a quarter of a million': a fraction of a scale is a number, not a share
    if j + 3 < n and tokens[j + 1].low == "of" and tokens[j + 2].low in ("a", "an") and tokens[j + 3].low in w["scales"]:
        big = w["scales"][tokens[j + 3].low]
        return N.Number(i, j + 4, part * big, "words", raw=part, scale=big)
    share = numer / w["fractions"][den_word] * 100
    return N.Number(i, j + 1, share, "fraction", raw=numer / w["fractions"][den_word])


_BY_HEDGES = frozenset({"more", "less", "than", "nearly", "almost", "about", "around", "roughly", "over", "under", "just",
                        "up", "to", "at", "least", "well", "some", "approximately", "close"})


def _after_by(tokens, i: int) -> bool:
    """'cut by a third', 'weaken by more than a third': 'by' before the fraction, a hedge between."""
    k = i - 1
    while k > 0 and i - k <= 3 and tokens[k].low in _BY_HEDGES:
        k -= 1
    return k >= 0 and tokens[k].low == "by"


_COMPARATIVES = frozenset({"more", "less", "fewer", "higher", "lower", "bigger", "smaller", "larger", "greater", "cheaper",
                           "dearer", "faster", "slower", "longer", "shorter", "heavier", "lighter", "above", "below",
                           "up", "down", "over", "under"})
_AS_WORDS = frozenset({"many", "much", "large", "big", "high", "likely", "long", "often", "fast", "heavy"})


def relative_change(tokens, j: int) -> bool:
    """'a tenth more than', 'a third less', 'half as many': a fraction that compares two amounts
    (read as a percent) rather than an ordinal ('a third time')."""
    n = len(tokens)
    if j >= n:
        return False
    low = tokens[j].low
    if low == "as":
        return j + 1 < n and tokens[j + 1].low in _AS_WORDS
    if low not in _COMPARATIVES:
        return False
    nxt = tokens[j + 1].low if j + 1 < n else "."
    return low not in ("up", "down", "over", "under") or nxt in ("than", "on", "from")


def compared_noun(tokens, j: int):
    """'(50%) fewer patients', '(half) as many patients': the token range of the noun compared,
    or None."""
    from factcheck.extract import nouns

    n = len(tokens)
    if j + 1 >= n:
        return None
    if tokens[j].low in ("more", "fewer", "less") and tokens[j + 1].low != "than":
        return nouns.phrase(tokens, j + 1)
    if tokens[j].low == "as" and tokens[j + 1].low in ("many", "much") and j + 2 < n:
        return nouns.phrase(tokens, j + 2)
    return None

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
    while j < n:
        t = tokens[j]
        lw = t.low
        if j > i and not N._spaced(tokens, j - 1, j):
            break
        if t.kind == "sym" and lw == "-" and last_kind == "tens" and j + 1 < n and N._adjacent(tokens, j - 1, j) and N._adjacent(tokens, j, j + 1) and (
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
            return N.Number(i, j + 1, float(value), "ordinal", raw=float(value))
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
    num = N.Number(i, j, value, "words", raw=value)
    if scale_seen == 1.0 and (last_kind == "decimal" or (j + 2 < n and tokens[j].low == "and" and tokens[j + 1].low == "a")):
        num = N._read_scale(tokens, num)
    elif scale_seen != 1.0:
        num.scale = scale_seen
        num.raw = value / scale_seen
    return num


def read_word_ordinal(tokens, i: int) -> "N.Number | None":
    w = N._words()
    return N.Number(i, i + 1, float(w["ordinals"][tokens[i].low]), "ordinal", raw=float(w["ordinals"][tokens[i].low]))


def read_fraction(tokens, i: int) -> "N.Number | None":
    """'two-thirds', 'a quarter', 'one third', 'three quarters', 'half' (of): the share in percent."""
    w = N._words()
    n = len(tokens)
    low = tokens[i].low
    if low == "half":
        if i + 1 < n and tokens[i + 1].low in ("of", "the", "its", "their", "his", "her", "our", "all"):
            return N.Number(i, i + 1, 50.0, "fraction", raw=0.5)
        if i > 0 and tokens[i - 1].low in N._HEDGE_TAILS and not (
                i + 2 < n and tokens[i + 1].low in ("a", "an") and (tokens[i + 2].low in w["scales"] or tokens[i + 2].low in w["multipliers"])):
            return N.Number(i, i + 1, 50.0, "fraction", raw=0.5)
        if i + 2 < n and tokens[i + 1].low in ("a", "an") and tokens[i + 2].low not in w["scales"] and tokens[i + 2].low not in w["multipliers"]:
            return N.Number(i, i + 1, 50.0, "fraction", raw=0.5)
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
    after_by = i > 0 and tokens[i - 1].low == "by"
    if not hyphenated and not after_by and j + 1 < n and tokens[j + 1].low not in ("of", "the", "its", "their", "his", "her", "our", "all", ",", ".", ";", ")"):
        return None
    part = numer / w["fractions"][den_word]
    # 'a quarter of a million': a fraction of a scale is a number, not a share
    if j + 3 < n and tokens[j + 1].low == "of" and tokens[j + 2].low in ("a", "an") and tokens[j + 3].low in w["scales"]:
        big = w["scales"][tokens[j + 3].low]
        return N.Number(i, j + 4, part * big, "words", raw=part, scale=big)
    share = numer / w["fractions"][den_word] * 100
    return N.Number(i, j + 1, share, "fraction", raw=numer / w["fractions"][den_word])

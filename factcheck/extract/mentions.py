"""Build one claim around a number: hedge, currency, range, scale, unit, counted noun, rate."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from factcheck.extract import hedges, measures, negatives, nouns, numbers, tables

_RANGE_WORDS = {"to", "-", "–", "—", "and", "or"}


@dataclass
class Mention:
    """A claim before context is attached: token range, figures and labels."""

    first: int
    last: int
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str = "dimensionless"
    qualifier: str = "exact"
    kind: str = "count"
    hedge: str | None = None
    measured: str | None = None
    fallback: str | None = None  # what is counted when no earlier count lends its noun
    extra: dict = field(default_factory=dict)


@lru_cache(maxsize=1)
def _ordinal_units() -> dict:
    return tables.words()["ordinal_units"]


@lru_cache(maxsize=1)
def _metre_context() -> frozenset:
    return frozenset(tables.words()["metre_context"])


def _text(text: str, tokens, a: int, b: int) -> str:
    return text[tokens[a].start:tokens[b - 1].end]


def build(text: str, tokens, num: numbers.Number, spans) -> Mention | None:
    """The mention around ``num``, or None when the number is not a claim."""
    n = len(tokens)
    if negatives.is_blocked(spans, tokens[num.first].start):
        return None
    if num.form == "ordinal":
        return _ordinal(text, tokens, num)
    if negatives.in_name(tokens, num) or _second_of_a_pair(tokens, num) or _score(tokens, num) or _age(tokens, num):
        return None
    if _compound_adjective(tokens, num):
        return _size(text, tokens, num)
    first = num.first
    currency = None
    cur = measures.currency_before(tokens, first)
    if cur:
        currency, first = cur
    # a range opened by 'between' or 'from'
    opener = tokens[first - 1].low if first > 0 else ""
    range_opened = opener in ("between", "from") and tokens[first].start - tokens[first - 1].end <= 1
    m = Mention(num.first, num.last, value=num.value, low=num.low, high=num.high)
    sign = _minus(tokens, first)
    if sign is not None:
        first = sign
        m.value = -m.value
    if num.form == "vague":
        m.qualifier = "vague"
    elif num.form == "couple":
        m.qualifier = "approximately"
    elif num.form == "fraction":
        m.unit, m.kind = "percent", "percent"
    j = num.last
    # metres written '100m' when the context says length
    if num.suffix == "m" and not currency and (j >= n or tokens[j].low in _metre_context() or tokens[j].low == "-"):
        m.value = num.raw * 0.001
        m.unit, m.kind = "km", "distance"
        num.scale = 1.0
    unit = None
    if num.form == "fraction":
        part = _fraction_of_unit(tokens, j)
        if part:
            unit, j = part
            m.value = num.raw
            m.unit, m.kind = "dimensionless", "count"
    if m.kind == "count" and num.form != "fraction":
        unit = measures.unit_after(tokens, j) if j < n else None
        if unit and unit[0] == "km" and num.suffix:
            unit = None
        if unit is None:
            unit = _points(tokens, j)
        if unit:
            j = unit[3]
    # range: X to Y, X-Y, between X and Y
    rng = None if sign is not None else _range(tokens, num, j, range_opened, currency)
    if rng and _a_change(tokens, first, num, rng[0]):
        rng = None
    if rng:
        num2, j2, unit2, cur2 = rng
        lo = num.value
        hi = num2.value
        if num.scale == 1.0 and num2.scale != 1.0 and num.raw is not None and num.raw < num2.raw:
            lo = num.raw * num2.scale
        compatible = (unit is None or unit2 is None or unit[0] == unit2[0]) and (cur2 is None or currency in (None, cur2)) and not (
            unit is not None and cur2 is not None)
        if compatible and lo is not None and hi is not None and lo < hi:
            m.value, m.low, m.high = None, lo, hi
            m.qualifier = "range"
            unit = unit or unit2
            currency = currency or cur2
            if unit and unit2 is None and unit[0] != "percent":
                unit = unit
            j = j2
            if range_opened:
                first -= 1
            num = num2
    if currency is None and m.kind == "count":
        after = measures.currency_after(tokens, j, scaled=num.scale > 1 or m.qualifier == "range")
        if after:
            currency, j = after
        else:
            minor = measures.minor_currency(tokens, j)
            if minor:
                currency, factor, j = minor
                _scale(m, factor)
    if unit and currency is None:
        m.unit, m.kind = unit[0], unit[1]
        if unit[2] != 1.0:
            _scale(m, unit[2])
    if currency:
        m.unit, m.kind = currency, "money"
    m.first, m.last = first, j
    _hedge(tokens, m)
    post = hedges.after(tokens, m.last)
    if post and m.qualifier == "exact":
        qual, end = post
        m.last = end
        _set_qualifier(m, qual, text[tokens[j].start:tokens[end - 1].end].lower().lstrip("-") if j < n else None)
    _counted(text, tokens, m, num)
    if m.kind == "duration" and (_time_frame(tokens, first, m.last) or _time_reference(tokens, m.last)):
        return None
    if tokens[num.first].low in ("a", "an") and m.hedge is None and num.form == "digits":
        return None  # 'over a decade' as a time span, not 'more than a decade'
    if m.qualifier == "range" and _years(tokens, m):
        return None
    if m.kind == "count" and m.qualifier == "exact" and not m.measured and tokens[num.first].text in _service_numbers():
        return None
    if num.form == "words" and tokens[num.first].low == "one" and num.last == num.first + 1 and not _lone_one_counts(tokens, m, num):
        return None
    prefix = _measure_prefix(tokens, m.first)
    if prefix and m.kind == "count" and m.qualifier == "exact":
        m.first -= 1
        m.last = num.last
        m.kind, m.measured = "other", prefix
    if m.kind == "count" and _address(tokens, m, num):
        return None
    if m.kind == "count" and negatives.looks_like_year(tokens, num.first, num) and not _counted_strongly(tokens, m, num):
        return None
    return m


@lru_cache(maxsize=1)
def _time_refs() -> frozenset:
    return frozenset(tables.words()["time_reference_after"])


@lru_cache(maxsize=1)
def _service_numbers() -> frozenset:
    return frozenset(tables.words()["service_numbers"])


def _time_reference(tokens, j: int) -> bool:
    """'five years earlier', 'two years ago': a point in time."""
    return j < len(tokens) and tokens[j].low in _time_refs() and tokens[j].low not in ("on", "since") or (
        j < len(tokens) and tokens[j].low in ("on", "since") and j + 1 < len(tokens) and tokens[j + 1].low in (",", ".")
    )


_FRAME_WORDS = {"final", "last", "first", "past", "next", "previous", "coming", "following", "preceding", "latest", "opening", "initial"}


def _time_frame(tokens, first: int, last: int) -> bool:
    """'in the final three months of 2023', 'over the past 24 hours', 'the three months to
    September': a time frame, not a claim."""
    if first >= 2 and tokens[first - 1].low in _FRAME_WORDS and tokens[first - 2].low in ("the", "its", "their", "his", "her", "our"):
        return True
    return (first >= 1 and tokens[first - 1].low in ("the", "those", "these") and last < len(tokens)
            and tokens[last].low in ("to", "through", "until", "till", "ending", "ended", "leading"))


def _years(tokens, m) -> bool:
    """'from 2009 to 2017', 'between 2019 and 2023': a span of years, not a range of amounts."""
    if m.unit != "dimensionless" or m.low is None or m.high is None:
        return False
    return 1800 <= m.low <= 2100 and 1800 <= m.high <= 2100 and m.low == int(m.low) and m.high == int(m.high) and not any(
        "," in t.text for t in tokens[m.first:m.last])


def _second_of_a_pair(tokens, num) -> bool:
    """'1' in '3-1': the second half of a hyphened pair never stands alone."""
    i = num.first
    return (i >= 2 and tokens[i - 1].low in ("-", "–") and tokens[i - 1].end == tokens[i].start
            and tokens[i - 2].kind == "num" and tokens[i - 2].end == tokens[i - 1].start)


def _score(tokens, num) -> bool:
    """'won 3-1', 'a 2-1 win': a score, not a range (the first figure is not the lower)."""
    j = num.last
    if num.form != "digits" or j + 1 >= len(tokens) or tokens[j].low not in ("-", "–"):
        return False
    if tokens[j].start != tokens[j - 1].end or tokens[j + 1].start != tokens[j].end or tokens[j + 1].kind != "num":
        return False
    other = numbers.numeral_value(tokens[j + 1].text)
    return other is not None and num.value is not None and num.value >= other and num.value <= 30


def _age(tokens, num) -> bool:
    """'aged 72', 'at the age of 45': an age names a person, it is not a statistic."""
    i = num.first
    if i >= 1 and tokens[i - 1].low in ("aged", "ages", "age"):
        return True
    return i >= 3 and tokens[i - 1].low == "of" and tokens[i - 2].low == "age"


def _compound_adjective(tokens, num) -> bool:
    """'a 30-year mortgage', 'a 10-for-1 split', 'its worst one-day rout': a modifier, not a claim."""
    j = num.last
    if j + 1 >= len(tokens) or tokens[j].low not in ("-", "–"):
        return False
    if tokens[j].start != tokens[j - 1].end or tokens[j + 1].start != tokens[j].end:
        return False
    return tokens[j + 1].kind == "word" and tokens[j + 1].low not in ("plus", "odd")


@lru_cache(maxsize=1)
def _size_nouns() -> frozenset:
    return frozenset(tables.words()["size_nouns"])


def _size(text: str, tokens, num) -> Mention | None:
    """'the 543-member lower house' -> a count of members; other 'N-word' modifiers are not claims."""
    noun = tokens[num.last + 1]
    if noun.low not in _size_nouns() or num.form != "digits" or num.scale != 1.0:
        return None
    m = Mention(num.first, num.last + 2, value=num.value)
    m.measured = noun.low if noun.low.endswith("s") or noun.low == "strong" else noun.low + "s"
    if noun.low == "strong":
        m.measured = None
    return m


def _points(tokens, j: int):
    """'3 points' read as percentage points where the sentence speaks of polls or rates."""
    if j < len(tokens) and tokens[j].low in ("points", "point", "pts") and _points_are_percent(tokens, j):
        return ("percentage_point", "percent", 1.0, j + 1)
    return None


@lru_cache(maxsize=1)
def _change_verbs() -> frozenset:
    return frozenset(tables.words()["change_verbs"])


def _a_change(tokens, first: int, num, num2) -> bool:
    """'fell by 26,000 to 857,000', 'raises contributions from 13.8% to 15%': a change, not a range."""
    if first == 0:
        return False
    prev = tokens[first - 1].low
    if prev == "by":
        return num.value is not None and num2.value is not None and num2.value > 2.5 * num.value
    if prev == "from":
        verbs = _change_verbs()
        return any(t.low in verbs for t in tokens[max(0, first - 7):first - 1])
    return False


def _points_are_percent(tokens, j: int) -> bool:
    """'leading by 3 points' counts percentage points; 'losing 4,451 points' on an index does not."""
    w = tables.words()
    near = {t.low for t in tokens[max(0, j - 15):j + 8]}
    return bool(near & set(w["points_as_percent"])) and not near & set(w["points_as_points"])


def _address(tokens, m: Mention, num) -> bool:
    """'60 Holland Park': a bare number before a capitalised singular name is an address or a name."""
    if m.qualifier != "exact" or not m.measured or num.form != "digits" or num.scale != 1.0:
        return False
    words = m.measured.split()
    return all(w[:1].isupper() for w in words) and not words[-1].lower().endswith("s")


def _measure_prefix(tokens, first: int) -> str | None:
    """'magnitude 7.8': the measure named before the figure."""
    if first == 0 or tokens[first].start - tokens[first - 1].end > 1:
        return None
    return tables.words()["measure_prefixes"].get(tokens[first - 1].low)


def _minus(tokens, first: int) -> int | None:
    """'minus 0.1%', '-0.1%': the token index of the sign, or None."""
    if first == 0:
        return None
    prev = tokens[first - 1]
    if prev.low in ("minus", "negative") and tokens[first].start - prev.end <= 1:
        if first >= 3 and tokens[first - 2].low == "or" and tokens[first - 3].low == "plus":
            return None
        return first - 1
    if prev.low in ("-", "−", "–") and prev.end == tokens[first].start and (first < 2 or tokens[first - 2].end < prev.start):
        return first - 1
    return None


def _fraction_of_unit(tokens, j: int):
    """'a quarter of a percentage point', 'half a per cent': (unit, end token) or None."""
    n = len(tokens)
    k = j
    if k < n and tokens[k].low == "of":
        k += 1
    if k < n and tokens[k].low in ("a", "an"):
        k += 1
    else:
        return None
    unit = measures.unit_after(tokens, k) if k < n else None
    if not unit:
        return None
    return unit, unit[3]


def _range(tokens, num, j: int, opened: bool, currency):
    """The second figure of a range starting at token j: (Number, end, unit, currency) or None."""
    n = len(tokens)
    if j >= n or num.form not in ("digits", "words"):
        return None
    word = tokens[j].low
    if word not in _RANGE_WORDS:
        return None
    if word == "and" and not opened:
        return None
    if word == "or" and num.form != "words":
        return None
    if word in ("-", "–", "—"):
        if tokens[j].start - tokens[j - 1].end > 1:
            return None
    k = j + 1
    if k >= n:
        return None
    cur2 = None
    c = measures.currency_before(tokens, k + 1) if k + 1 < n else None
    if c and c[1] == k:
        cur2 = c[0]
        k += 1 + (len(tokens[k].text) > 1 and 0)
        while k < n and tokens[k].kind != "num" and tokens[k - 1].end == tokens[k].start:
            k += 1
    if k >= n:
        return None
    num2 = numbers.read(tokens, k)
    if num2 is None or num2.form not in ("digits", "words") or num2.value is None:
        return None
    if word in ("-", "–", "—") and num.form == "digits" and tokens[j + 1].start - tokens[j].end > 1:
        return None
    end = num2.last
    unit2 = (measures.unit_after(tokens, end) or _points(tokens, end)) if end < n else None
    if unit2:
        end = unit2[3]
    return num2, end, unit2, cur2


def _scale(m: Mention, factor: float) -> None:
    for attr in ("value", "low", "high"):
        v = getattr(m, attr)
        if v is not None:
            setattr(m, attr, v * factor)


def _set_qualifier(m: Mention, qualifier: str, hedge: str | None) -> None:
    m.qualifier = qualifier
    m.hedge = hedge
    if qualifier in ("more_than", "at_least"):
        m.low, m.value = m.value, None
    elif qualifier in ("less_than", "at_most"):
        m.high, m.value = m.value, None


def _hedge(tokens, m: Mention) -> None:
    found = hedges.before(tokens, m.first)
    if not found:
        return
    qualifier, start = found
    hedge = " ".join(t.text for t in tokens[start:m.first]).lower()
    if hedge in ("over", "under") and m.kind in ("duration", "distance", "area", "other") and not _over_is_hedge(tokens, start):
        return
    if m.qualifier in ("range", "vague"):
        m.hedge = hedge
        m.first = start
        return
    m.first = start
    if m.qualifier == "approximately" and qualifier == "approximately":
        m.hedge = hedge
        return
    _set_qualifier(m, qualifier, hedge)


# 'over' before a duration is a hedge after these ('after over 1,000 days'); elsewhere it is
# the preposition of a time span ('freed over six weeks', 'killed ... over 13 years').
_OVER_HEDGE_AFTER = {"after", "for", "in", "of", "with", "lasted", "lasting", "lasts", "last", "took", "taken",
                     "takes", "spent", "spend", "than", "is", "was", "are", "were", "been", "be", "after", "to",
                     "by", "now", "already", "just", "well", "since", ",", "(", "—", "–", "-", ":", "and", "or"}


def _over_is_hedge(tokens, start: int) -> bool:
    if start == 0:
        return True
    prev = tokens[start - 1]
    if prev.kind == "sym" and prev.low in (".", "!", "?", "\"", "“"):
        return True
    return prev.low in _OVER_HEDGE_AFTER


def _counted(text: str, tokens, m: Mention, num) -> None:
    """Attach the counted noun (counts, rates) or the 'of ...' complement (units) as ``measured``."""
    n = len(tokens)
    j = m.last
    if m.kind in ("count",):
        rate = measures.rate_after(tokens, j)
        if rate:
            m.unit, m.kind = rate[0], "rate"
            m.last = rate[1]
            return
        ph = nouns.phrase(tokens, j) if j < n else None
        if ph:
            m.measured = _text(text, tokens, *ph)
            m.last = ph[1]
            rate = measures.rate_after(tokens, m.last)
            if rate:
                m.unit, m.kind = rate[0], "rate"
                m.last = rate[1]
        elif nouns.lone_adjective(tokens, j):
            m.fallback = nouns.lone_adjective(tokens, j)
        elif j < n and tokens[j].low == "of":
            comp = nouns.of_complement(tokens, j)
            if comp and m.qualifier in ("vague",):
                m.measured = _text(text, tokens, *comp)
                m.last = comp[1]
            elif comp:
                # '23 of the 32 allies': the thing counted, outside the span
                m.measured = _text(text, tokens, *comp)
        return
    comp = nouns.of_complement(tokens, j) if j < n else None
    if comp:
        m.measured = _text(text, tokens, *comp)
    elif m.kind == "money" and j < n and tokens[j].low in ("in", "for", "worth", "on"):
        ph = nouns.phrase(tokens, j + 1)
        if ph:
            m.measured = _text(text, tokens, *ph)


_NOT_COUNTING_ONE = {"day", "no", "the", "each", "any", "every", "this", "that", "which", "some", "someone", "anyone", "any", "chapter", "number", "phase", "stage", "year", "week", "round", "part"}


_ONE_SPAN_OPENERS = {"for", "in", "within", "after", "just", "only", "than", "about", "nearly", "over", "under", "almost", "around", "roughly", "least", "most"}


def _lone_one_counts(tokens, m: Mention, num) -> bool:
    """'one' counts only with something counted after it and no determiner before it;
    'one day' is a duration only after 'for', 'in', 'within' or a hedge ('One day, ...' is not)."""
    prev = tokens[num.first - 1].low if num.first > 0 else ""
    if prev in _NOT_COUNTING_ONE:
        return False
    if m.kind == "duration" and prev not in _ONE_SPAN_OPENERS and not m.hedge:
        return False
    return m.kind != "count" or bool(m.measured)


def _counted_strongly(tokens, m: Mention, num) -> bool:
    """A four-digit figure is a count, not a year, when a hedge or counted noun goes with it."""
    if m.hedge or m.qualifier != "exact":
        return True
    prev = tokens[num.first - 1].low if num.first > 0 else ""
    if prev in negatives._words()["year_words"] or prev in negatives._words()["months"]:
        return False
    if not m.measured or not m.measured[:1].islower():
        return False
    head = m.measured.split()[-1].lower()
    return head.endswith("s") or head in nouns.IRREGULAR_PLURALS  # '2000 troops', not 'the 2024 budget'



_DATE_PREPOSITIONS = {"on", "by", "until", "till", "since", "from", "before", "after", "of", "the", "this", "next", "last"}


def _rank(tokens, num) -> Mention | None:
    """An ordinal that ends its clause is a rank ('Labour came second.', 'the 21st'),
    unless it is a day of the month ('on the 21st')."""
    i = num.first
    if i >= 2 and tokens[i - 1].low == "the" and tokens[i - 2].low in _DATE_PREPOSITIONS:
        return None
    m = Mention(num.first, num.last, value=num.value, kind="other")
    m.extra["ordinal"] = True
    return m


def _ordinal(text: str, tokens, num) -> Mention | None:
    """'its third anniversary', 'the 1,000th day' carry a quantity; other ordinals name things."""
    j = num.last
    n = len(tokens)
    if j >= n or tokens[j].kind == "sym" and tokens[j].low not in ("-", "–"):
        return _rank(tokens, num)
    if tokens[j].start - tokens[j - 1].end > 1:
        return None
    unit = _ordinal_units().get(tokens[j].low)
    if not unit:
        return None
    # 'the first day of ...' for small ordinals names a day rather than counting them
    if num.value is not None and num.value < 2:
        return None
    m = Mention(num.first, j + 1, value=num.value, unit=unit, kind="duration")
    m.extra["ordinal"] = True
    m.qualifier = "exact"
    _hedge(tokens, m)
    comp = nouns.of_complement(tokens, j + 1)
    if comp:
        m.measured = _text(text, tokens, *comp)
    return m

"""Build one claim around a number: hedge, currency, range, scale, unit, counted noun, rate."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from factcheck.extract import filters, hedges, idioms, labels, measures, negatives, nouns, number_words, numbers, ordinals, ranges, subjects, tables


@dataclass(slots=True)
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
    minor: bool = False  # an amount in cents whose currency the article's other amounts may name
    factor: float = 1.0  # the unit's conversion applied to the figure ('3 miles' -> 1.609344)
    scale: float = 1.0  # the scale word of the last figure ('3 million' -> 1e6)
    extra: dict = field(default_factory=dict)


@lru_cache(maxsize=1)
def _counted_units() -> frozenset:
    return frozenset(tables.words()["counted_units"])


@lru_cache(maxsize=1)
def _collective_nouns() -> frozenset:
    return frozenset(tables.words()["collective_nouns"])


@lru_cache(maxsize=1)
def _span_nouns() -> frozenset:
    return frozenset(tables.words()["span_nouns"])


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
        return ordinals.mention(text, tokens, num)
    if num.form == "words" and tokens[num.first].low in labels.idiom_words() and labels.fixed_phrase(tokens, num):
        return None  # 'on cloud nine'
    cur = measures.currency_before(tokens, num.first, num)
    if not cur and negatives.in_name(tokens, num) or filters.names_no_amount(tokens, num):
        return None
    if filters.compound_adjective(tokens, num):
        return _size(text, tokens, num)
    first = num.first
    currency = None
    if cur:
        currency, first = cur
    # a range opened by 'between' or 'from'
    opener = tokens[first - 1].low if first > 0 else ""
    range_opened = opener in ("between", "from") and tokens[first].start - tokens[first - 1].end <= 1
    m = Mention(num.first, num.last, value=num.value, low=num.low, high=num.high)
    sign = _minus(tokens, first)
    if sign is None and cur is None and num.first >= 2 and tokens[num.first - 1].low == "-" and tokens[num.first - 1].end == tokens[num.first].start:
        cur = measures.currency_before(tokens, num.first - 1)  # '$-50.8bn'
        if cur:
            currency, first = cur
            sign = num.first - 1
    if sign is not None:
        first = min(first, sign)
        m.value = -m.value
    if num.form == "vague":
        m.qualifier = "vague"
    elif num.form == "couple":
        m.qualifier = "approximately"
    elif num.form == "fraction":
        m.unit, m.kind = "percent", "percent"
    j = num.last
    # metres written '100m' when the context says length
    if num.suffix == "m" and not currency and idioms.race_name(tokens, num, j):
        return None  # 'won the 100m', 'the 200m final'
    if num.suffix == "m" and not currency and (j >= n or tokens[j].low in _metre_context() or tokens[j].low == "-"
                                              or idioms.metres_in_sport(tokens, num, j)):
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
            unit = filters.points(tokens, j)
        if unit:
            j = unit[3]
    # range: X to Y, X-Y, between X and Y
    rng = None if sign is not None else ranges.second(tokens, num, j, range_opened, currency)
    if rng and ranges.two_figures(tokens, first, num, rng, unit):
        if unit is None and rng[2] is not None and rng[2][1] != "duration":
            unit = rng[2][:3] + (j,)  # 'from 13.5 to 14.0 mm': the first figure shares the unit
        rng = None
    if rng:
        num2, j2, unit2, cur2 = rng
        lo = num.value
        hi = num2.value
        if num.scale == 1.0 and num2.scale != 1.0 and num.raw is not None and num.raw < num2.raw:
            lo = num.raw * num2.scale
        compatible = (unit is None or unit2 is None or unit[0] == unit2[0]) and (cur2 is None or currency in (None, cur2)) and not (
            unit is not None and cur2 is not None)
        if compatible and unit and unit2 and unit[2] != unit2[2] and lo is not None and hi is not None:
            # 'between 20 km and 15 miles': each end in its own unit, both converted to one
            lo, hi = lo * unit[2], hi * unit2[2]
            unit = (unit[0], unit[1], 1.0, unit[3])
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
                m.factor = factor
                m.minor = tokens[j - 1].low in ("cents", "cent")
    if unit and currency is None:
        m.unit, m.kind = unit[0], unit[1]
        if unit[2] != 1.0:
            _scale(m, unit[2])
            m.factor = unit[2]
    if currency:
        m.unit, m.kind = currency, "money"
    m.first, m.last = first, j
    m.scale = num.scale
    _hedge(tokens, m)
    post = hedges.after(tokens, m.last)
    if post and m.qualifier == "exact":
        qual, end = post
        m.last = end
        _set_qualifier(m, qual, text[tokens[j].start:tokens[end - 1].end].lower().lstrip("-") if j < n else None)
    _counted(text, tokens, m, num)
    crossed = hedges.crossing(tokens, m, num)
    if crossed:
        if tokens[m.first - 1].low == crossed:
            m.first -= 1  # the verb is in the span, as with 'exceeded'
        _set_qualifier(m, "more_than", crossed)
    if m.kind == "duration" and (filters.time_frame(tokens, first, m.last) or filters.time_reference(tokens, m.last)
                                 or idioms.placed_in_time(tokens, m, num)):
        return None
    if idioms.threshold(tokens, m, num) or idioms.at_one_point(tokens, num):
        return None
    if tokens[num.first].low in ("a", "an") and m.hedge is None and num.form == "digits" and not numbers.after_lasting(tokens, num.first):
        return None  # 'over a decade' as a time span, not 'more than a decade'
    if m.qualifier == "range" and filters.years(tokens, m):
        return None
    if filters.service_number(tokens, m, num):
        return None
    if num.form == "words" and tokens[num.first].low == "one" and num.last == num.first + 1 and sign is None and not filters.lone_one_counts(tokens, m, num):
        return None
    prefix = filters.measure_prefix(tokens, m.first)
    if prefix and m.kind == "count" and m.qualifier == "exact":
        m.first -= 1
        m.last = num.last
        m.kind, m.measured = "other", prefix
    if m.kind == "count" and filters.address(tokens, m, num):
        return None
    kind = m.kind
    if (not m.measured or num.suffix == "k" or m.measured.startswith("degree") if kind == "count" else kind != "percent" and (
            m.last < n and tokens[m.last].kind == "word" or m.last + 1 < n and tokens[m.last + 1].low in ("a", "per", "each", "every"))) and (
            labels.labels_something(text, tokens, m, num)):
        return None
    if m.kind == "count" and negatives.looks_like_year(tokens, num.first, num) and not filters.counted_strongly(tokens, m, num):
        return None
    return m


@lru_cache(maxsize=1)
def _size_nouns() -> frozenset:
    return frozenset(tables.words()["size_nouns"])


def _size(text: str, tokens, num) -> Mention | None:
    """'the 543-member lower house' -> a count of members; other 'N-word' modifiers are not claims."""
    noun = tokens[num.last + 1]
    unit = measures.unit_after(tokens, num.last + 1)
    if unit and unit[1] not in ("duration", "percent") and num.form in ("digits", "words"):
        # 'a 6.1-inch display', 'a 2.4-liter engine', 'a 185-hp four-cylinder'
        m = Mention(num.first, unit[3], value=num.value * unit[2], unit=unit[0], kind=unit[1])
        return m
    if noun.low not in _size_nouns() or num.form not in ("digits", "words") or num.scale != 1.0 or labels.policy_name(tokens, num.last + 2):
        return None
    m = Mention(num.first, num.last + 2, value=num.value)
    k = num.last + 2
    if k + 1 < len(tokens) and tokens[k].low == "-" and tokens[k + 1].low in ("high", "tall", "long", "deep", "wide") and (
            tokens[k].start == tokens[k - 1].end):
        m.last = k + 2  # 'a 12-storey-high block'
    m.measured = noun.low if noun.low.endswith("s") or noun.low == "strong" else noun.low + "s"
    if noun.low == "strong":
        m.measured = None
    return m


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
    if prev.low == "-" and prev.end == tokens[first].start and first >= 2 and tokens[first - 2].low in ("minus", "negative") and (
            tokens[first - 2].end == prev.start):
        return first - 2  # 'minus-130 degrees'
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
    if not unit and k < n and tokens[k].low == "point" and not filters.points_are_points(tokens, k):
        unit = ("percentage_point", "percent", 1.0, k + 1)  # 'a quarter of a point' on a rate
    if not unit:
        return None
    return unit, unit[3]


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
    if hedge in ("over", "under") and m.kind in ("duration", "distance", "area", "other") and not _over_is_hedge(tokens, start) and not (
            m.kind != "duration" and hedges.verb_before(tokens, start)):
        return  # 'freed over six weeks', 'areas under 3 metres of water'; not 'carry over 70 million tonnes'
    if hedge == "over" and m.kind == "count" and m.last < len(tokens) and tokens[m.last].low in _span_nouns() and not _over_is_hedge(tokens, start):
        return  # 'the race covers 3,400 km over 21 stages': across, not more than
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
            m.unit, m.kind, m.last = rate[0], "rate", rate[1]
            found = subjects.counted_before(text, tokens, m.first)  # 'Russian casualties averaged 1,523 a day'
            m.fallback = found[0] if found else None
            return
        ph = nouns.phrase(tokens, j) if j < n else None
        if ph is None and j + 1 < n and tokens[j].low in ("more", "fewer") and tokens[j + 1].low != "than":
            ph = nouns.phrase(tokens, j + 1)  # 'seven more Patriot batteries'
            if ph:
                m.last = j + 1
        if ph and subjects.forecasters(tokens, *ph):
            return  # the noun after the figure names who forecast it
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
        if m.measured is None and m.fallback is None and m.first >= 2 and tokens[m.first - 1].low == "of" and (
                tokens[m.first - 2].low in _collective_nouns()):
            m.measured = tokens[m.first - 2].text  # 'a population of 12,000', 'a crowd of 45,000'
        if m.measured is None and m.fallback is None:
            found = subjects.counted_before(text, tokens, m.first)  # 'independent mayors rose by 14'
            if found and found[0].split()[-1].lower().endswith("s"):
                m.fallback = found[0]
            elif found:
                m.measured = found[0]  # 'the death toll rose to 40': the subject, before any lent noun
        return
    if m.kind in ("other", "distance", "area") and "/" not in m.unit:
        counted = m.unit in _counted_units()
        k = j
        comp = nouns.of_complement(tokens, j) if counted else None  # 'barrels of oil a day'
        if comp:
            k = comp[1]
        rate = measures.rate_after(tokens, k)
        if rate and counted:  # '180,000 barrels a day': a rate of a counted thing, 1/day
            m.measured = text[tokens[num.last].start:tokens[k - 1].end]
            m.unit, m.kind, m.last = rate[0], "rate", rate[1]
            return
        if rate:  # '2,000 tonnes a day' -> metric_ton/day
            m.unit, m.kind, m.last = f"{m.unit}/{rate[0].split('/')[1]}", "rate", rate[1]
            return
    comp = nouns.of_complement(tokens, j) if j < n else None
    if comp:
        m.measured = _text(text, tokens, *comp)
    elif m.kind == "percent" and j < n and tokens[j].low in ("more", "fewer", "less", "as") and number_words.compared_noun(tokens, j):
        m.measured = _text(text, tokens, *number_words.compared_noun(tokens, j))  # '50% fewer patients'
    elif m.kind == "money" and j < n and tokens[j].low in ("in", "for", "worth", "on"):
        ph = nouns.phrase(tokens, j + 1)
        if ph and tokens[ph[0]].low not in subjects.time_words():
            m.measured = _text(text, tokens, *ph)
    elif m.kind in ("money", "percent") and j < n and tokens[j].start - tokens[j - 1].end == 1 and m.first and tokens[m.first - 1].low in (
            "a", "an", "the", "its", "their", "his", "her", "our", "this", "that"):
        ph = nouns.phrase(tokens, j)  # 'a €10.6bn aid package', 'a 10% wage cut'
        if ph and tokens[ph[0]].low not in subjects.time_words():
            m.measured = _text(text, tokens, *ph)
    if m.measured is None and m.kind in ("percent", "money", "distance", "area", "other"):
        m.measured = subjects.before(text, tokens, m.first)

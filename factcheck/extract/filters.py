"""Which mentions are not claims, and small readings of context around a figure: time
references, scores, ages, size modifiers, addresses, changes that look like ranges, percentage
points, and the 'one' that counts nothing."""

from __future__ import annotations

from functools import lru_cache

from factcheck.extract import idioms, labels, negatives, nouns, numbers, tables


@lru_cache(maxsize=1)
def time_refs() -> frozenset:
    return frozenset(tables.words()["time_reference_after"])


@lru_cache(maxsize=1)
def service_numbers() -> frozenset:
    return frozenset(tables.words()["service_numbers"])


@lru_cache(maxsize=1)
def _service_words() -> tuple[frozenset, frozenset]:
    w = tables.words()
    return frozenset(w["service_nouns"]), frozenset(w["service_verbs"])


def service_number(tokens, m, num) -> bool:
    """'call 911', '999 calls', 'the 111 line', 'a 988 hotline': an emergency or service number
    is a name when nothing is counted, or when what follows it is a call, a line or a service."""
    if m.kind != "count" or m.qualifier != "exact" and m.hedge != "some":
        return False
    if tokens[num.first].text not in service_numbers():
        return not m.measured and _dialled(tokens, num.first)
    nouns_, verbs = _service_words()
    if not m.measured and not m.fallback or num.first and tokens[num.first - 1].low in verbs:
        return True
    return bool(m.measured) and not nouns_.isdisjoint(m.measured.lower().replace("-", " ").split())


_DIAL = frozenset({"call", "dial", "ring", "text", "phone", "calling", "dialling", "dialing", "ringing", "texting"})


def _dialled(tokens, i: int) -> bool:
    """'call 211', 'dial 988 or 911', 'call 101 or 102', 'text 85258': a short number of digits
    after an imperative of calling, or listed after one, is the number called."""
    tok = tokens[i]
    if not tok.text.isdigit() or len(tok.text) > 6:
        return False
    k = i - 1
    while k >= 1 and tokens[k].low in (",", "or", "and") and tokens[k - 1].kind == "num" and tokens[k - 1].text.isdigit():
        k -= 2
    return k >= 0 and tokens[k].low in _DIAL


def time_reference(tokens, j: int) -> bool:
    """'five years earlier', 'two years ago': a point in time."""
    return j < len(tokens) and tokens[j].low in time_refs() and tokens[j].low not in ("on", "since") or (
        j < len(tokens) and tokens[j].low in ("on", "since") and j + 1 < len(tokens) and tokens[j + 1].low in (",", ".")
    )


_FRAME_WORDS = {"final", "last", "first", "past", "next", "previous", "coming", "following", "preceding", "latest", "opening", "initial"}


def time_frame(tokens, first: int, last: int) -> bool:
    """'in the final three months of 2023', 'over the past 24 hours', 'the three months to
    September': a time frame, not a claim."""
    if first >= 2 and tokens[first - 1].low in _FRAME_WORDS and tokens[first - 2].low in ("the", "its", "their", "his", "her", "our"):
        return True
    return (first >= 1 and tokens[first - 1].low in ("the", "those", "these") and last < len(tokens)
            and tokens[last].low in ("to", "through", "until", "till", "ending", "ended", "leading"))


def years(tokens, m) -> bool:
    """'from 2009 to 2017', 'between 2019 and 2023': a span of years, not a range of amounts."""
    if m.unit != "dimensionless" or m.low is None or m.high is None:
        return False
    return 1800 <= m.low <= 2100 and 1800 <= m.high <= 2100 and m.low == int(m.low) and m.high == int(m.high) and not any(
        "," in t.text for t in tokens[m.first:m.last])


# The tokens next to a figure that the readings below need: one of these words before it, or
# a hyphen after it. Most figures have neither and skip every reading at once.
_MARKED_BEFORE = frozenset({"-", "–", ",", "aged", "ages", "age", "to", "and", "of", "under", "over", "above", "below"})
_AGE_BEFORE = frozenset({"of", "at", "turned", "turns", "turning", "turn", "was", "is", "now", "then", "-"})
_CLOCK_BEFORE = frozenset({"past", "at", "by", "until", "till", "from", "after", "before", "around"})
_ANY_BEFORE = _MARKED_BEFORE | _AGE_BEFORE | _CLOCK_BEFORE | {"for", ":", "last"}
_ANY_AFTER = frozenset({"-", "–", "to", "for", ":", ","})


def names_no_amount(tokens, num) -> bool:
    """The second of a hyphened pair, a score or tally, an age or an age group, a verse, a clock
    time, a knockout round, coordinates: a figure that states no amount. Each reading is tried
    only when the word before or after the figure is one it needs."""
    i, j = num.first, num.last
    prev = tokens[i - 1].low if i >= 1 else ""
    nxt = tokens[j].low if j < len(tokens) else ""
    if prev not in _ANY_BEFORE and nxt not in _ANY_AFTER:
        return False
    if prev in _MARKED_BEFORE or nxt in ("-", "–"):
        if second_of_a_pair(tokens, num) or score(tokens, num) or age(tokens, num) or idioms.age_group(tokens, num):
            return True
    if prev in _AGE_BEFORE and (prev not in ("of", "at") or tokens[i - 2].low in labels.PERSONS) and labels.age(tokens, num):
        return True
    if (prev in ("to", "for") or nxt in ("to", "for")) and labels.tally(tokens, num):
        return True
    if (prev == ":" or nxt == ":") and (labels.verse(tokens, num) or labels.ratio_name(tokens, num)):
        return True
    if prev in _CLOCK_BEFORE and (prev == "past" or nxt in labels.CLOCK_AFTER) and labels.clock(tokens, num):
        return True
    if prev == "last" and labels.knockout_round(tokens, num):
        return True
    return (prev == "," or nxt == ",") and labels.coordinates(tokens, num)


def second_of_a_pair(tokens, num) -> bool:
    """'1' in '3-1': the second half of a hyphened pair never stands alone."""
    i = num.first
    return (i >= 2 and tokens[i - 1].low in ("-", "–") and tokens[i - 1].end == tokens[i].start
            and tokens[i - 2].kind == "num" and tokens[i - 2].end == tokens[i - 1].start)


def score(tokens, num) -> bool:
    """'won 3-1', 'a 2-1 win', 'voted 51-49', 'a 50-50 chance', 'the 787-9': a score, a tally or a
    model number, not a range (the first figure is not the lower)."""
    j = num.last
    if num.form != "digits" or j + 1 >= len(tokens) or tokens[j].low not in ("-", "–"):
        return False
    if tokens[j].start != tokens[j - 1].end or tokens[j + 1].start != tokens[j].end or tokens[j + 1].kind != "num":
        return False
    other = numbers.numeral_value(tokens[j + 1].text)
    return other is not None and num.value is not None and num.value >= other  # '51-49', '787-9', '50-50'


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset:
    return frozenset(tables.words()["person_nouns"])


_KIN_OWNERS = frozenset({"her", "his", "their", "my", "our", "your", "a", "the"})
_PLACE_PREPOSITIONS = {"in", "at", "from", "to", "of", "near", "across", "for", "with", "on", "into", "around"}


def age(tokens, num) -> bool:
    """'aged 72', 'at the age of 45': an age names a person, it is not a statistic."""
    i = num.first
    if i >= 1 and tokens[i - 1].low in ("aged", "ages", "age"):
        return True
    j = num.last
    if (3 <= i and j < len(tokens) and tokens[i - 1].low == "," and tokens[j].low == "," and num.form == "digits"
            and tokens[i].text.isdigit() and 1 <= num.value < 16 and tokens[i - 2].low in _person_nouns()
            and (tokens[i - 3].low in _KIN_OWNERS or tokens[i - 3].low.endswith(("'s", "’s")))):
        return True  # 'her son, 9,', "the victim's daughter, 14,": a child's age after its kin
    if (2 <= i and j < len(tokens) and tokens[i - 1].low == "," and tokens[j].low == "," and num.form == "digits"
            and tokens[i].text.isdigit() and 16 <= num.value <= 110 and tokens[i - 2].kind == "word"):
        if tokens[i - 2].low in _person_nouns():
            return True  # 'the team principal, 52, said', 'a woman, 34, and her son'
        if (tokens[i - 2].text[:1].isupper() and (i < 3 or tokens[i - 3].low not in _PLACE_PREPOSITIONS)
                and (j + 1 >= len(tokens) or tokens[j + 1].low not in ("and", "or"))):
            return True  # 'Senard, 65, now faces': an age in apposition to a name
    if i >= 3 and tokens[i - 1].low in ("to", "and", "-", "–") and tokens[i - 2].kind == "num" and tokens[i - 3].low in ("aged", "ages"):
        return True  # the upper bound of 'aged 18 to 34'
    return i >= 3 and tokens[i - 1].low == "of" and tokens[i - 2].low == "age"


def compound_adjective(tokens, num) -> bool:
    """'a 30-year mortgage', 'a 10-for-1 split', 'its worst one-day rout': a modifier, not a claim."""
    j = num.last
    if j + 1 >= len(tokens) or tokens[j].low not in ("-", "–"):
        return False
    if tokens[j].start != tokens[j - 1].end or tokens[j + 1].start != tokens[j].end:
        return False
    return tokens[j + 1].kind == "word" and tokens[j + 1].low not in ("plus", "odd")




def points(tokens, j: int):
    """'3 points' read as percentage points where the sentence speaks of polls or rates."""
    if j < len(tokens) and tokens[j].low in ("points", "point", "pts") and points_are_percent(tokens, j):
        return ("percentage_point", "percent", 1.0, j + 1)
    return None


@lru_cache(maxsize=1)
def change_verbs() -> frozenset:
    return frozenset(tables.words()["change_verbs"])


def a_change(tokens, first: int, num, num2) -> bool:
    """'fell by 26,000 to 857,000', 'raises contributions from 13.8% to 15%': a change, not a range."""
    if first == 0:
        return False
    prev = tokens[first - 1].low
    if prev == "by":
        return num.value is not None and num2.value is not None and num2.value > 2.5 * num.value
    if prev == "from":
        verbs = change_verbs()
        for k in range(first - 2, max(-1, first - 8), -1):
            low = tokens[k].low
            if low in _RANGING:
                return False  # 'estimates range from 0.3 to 0.8 points': the bounds of one amount
            if low in verbs and not (k and tokens[k - 1].low in _NOUN_DETERMINERS):
                return True  # a verb of change, not a noun ('the boost to inflation ranges from')
    return False


_RANGING = frozenset({"range", "ranges", "ranged", "ranging", "vary", "varies", "varied", "varying", "spanning", "spans"})
_NOUN_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "that", "any", "his", "her", "our"})


def points_are_percent(tokens, j: int) -> bool:
    """'leading by 3 points' counts percentage points; 'losing 4,451 points' on an index does not."""
    w = tables.words()
    near = {t.low for t in tokens[max(0, j - 15):j + 8]}
    return bool(near & set(w["points_as_percent"])) and not near & set(w["points_as_points"])


def points_are_points(tokens, j: int) -> bool:
    """Index or game points: 'the Dow lost half a point'."""
    near = {t.low for t in tokens[max(0, j - 15):j + 8]}
    return bool(near & set(tables.words()["points_as_points"]))


def address(tokens, m, num) -> bool:
    """'60 Holland Park': a bare number before a capitalised singular name is an address or a name."""
    if m.qualifier != "exact" or not m.measured or num.form != "digits" or num.scale != 1.0:
        return False
    if not tokens[num.first].text.isdigit():
        return False  # '63,150 Model 3s', '0.5 WAR': no address has digit groups or decimals
    words = m.measured.split()
    return all(w[:1].isupper() for w in words) and not words[-1].lower().endswith("s")


def measure_prefix(tokens, first: int) -> str | None:
    """'magnitude 7.8': the measure named before the figure."""
    if first == 0 or tokens[first].start - tokens[first - 1].end > 1:
        return None
    return tables.words()["measure_prefixes"].get(tokens[first - 1].low)


_NOT_COUNTING_ONE = {"day", "no", "the", "each", "any", "every", "this", "that", "which", "some", "someone", "anyone", "any", "chapter", "number", "phase", "stage", "year", "week", "round", "part"}


_ONE_SPAN_OPENERS = {"for", "in", "within", "after", "just", "only", "than", "about", "nearly", "over", "under", "almost", "around", "roughly", "least", "most"}


def lone_one_counts(tokens, m, num) -> bool:
    """'one' counts only with something counted after it and no determiner before it;
    'one day' is a duration only after 'for', 'in', 'within' or a hedge ('One day, ...' is not)."""
    prev = tokens[num.first - 1].low if num.first > 0 else ""
    if prev in _NOT_COUNTING_ONE or prev == "at" and m.unit == "percentage_point":
        return False  # 'at one point last year'
    if one_of_many(tokens, num.last):
        return False
    if m.kind == "count" and num.last < len(tokens) and tokens[num.last].low in _pronoun_one_after():
        return False  # 'if one cannot pay', 'one must ask': the pronoun
    if m.kind == "duration" and prev not in _ONE_SPAN_OPENERS and not m.hedge:
        return False
    return m.kind != "count" or bool(m.measured)


@lru_cache(maxsize=1)
def _pronoun_one_after() -> frozenset:
    return frozenset(tables.words()["pronoun_one_after"])


_OF_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "my", "your", "these", "those", "them", "us",
                             "you", "this", "that", "whom", "which", "many", "several", "few"})


def one_of_many(tokens, j: int) -> bool:
    """'one of the largest exporters', 'one of its lenders': a member of a group, not a count;
    'one of the 32 allies' still counts against the figure after it."""
    n = len(tokens)
    if j + 1 >= n or tokens[j].low != "of":
        return False
    k = j + 1
    if tokens[k].low not in _OF_DETERMINERS and not tokens[k].low.endswith(("'s", "’s")):
        return False
    if k + 1 < n and tokens[k + 1].kind == "num":
        return False
    nxt = numbers.read(tokens, k + 1) if k + 1 < n else None
    return nxt is None or nxt.form not in ("digits", "words")  # counts: "one of the nine members"


@lru_cache(maxsize=1)
def _year_nouns() -> frozenset:
    return frozenset(tables.words()["year_nouns"])


def counted_strongly(tokens, m, num) -> bool:
    """A four-digit figure is a count, not a year, when a hedge or counted noun goes with it."""
    if m.hedge or m.qualifier != "exact":
        return True
    prev = tokens[num.first - 1].low if num.first > 0 else ""
    if prev in negatives._words()["year_words"] or prev in negatives._words()["months"]:
        return False
    if not m.measured or not m.measured[:1].islower():
        return False
    head = m.measured.split()[-1].lower()
    if head in _year_nouns() and (prev in _NOUN_DETERMINERS or prev.endswith(("'s", "’s"))):
        return False  # 'its 2023 figures', 'the 2024 elections': a year
    return head.endswith("s") or head in nouns.IRREGULAR_PLURALS  # '2000 troops', not 'the 2024 budget'

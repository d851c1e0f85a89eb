"""Figures whose context shows that they label, place or rate something rather than state an
amount: ages said in other ways ('a teenager of 15', 'turned 30', 'he was 17 when'), scores and
tallies ('31 to 24', '255 for 6', '51-49'), Bible verses ('Genesis 1:1'), clock times ('half past
7'), knockout rounds ('the last 16'), fixed phrases ('cloud nine'), codes of five digits or more,
coordinates ('48.2, 37.9'), names with a glued capital K ('shot in 4K') and bare numbers after a
name that count nothing ("Ocean's 11 reunited")."""

from __future__ import annotations

from functools import lru_cache

from factcheck.extract import tables


@lru_cache(maxsize=1)
def _w() -> dict:
    w = tables.words()
    phrases: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for phrase in w["idiom_phrases"]:
        words = tuple(phrase.replace("-", " - ").split())
        for k, word in enumerate(words):
            phrases.setdefault(word, []).append((words, k))
    return {
        "person": PERSONS,
        "score": frozenset(w["score_words"]),
        "cricket": frozenset(w["cricket_cues"]),
        "knockout": frozenset(w["knockout_sizes"]),
        "phrases": phrases,
        "k_names": frozenset(w["k_names"]),
        "coordinates": frozenset(w["coordinate_cues"]),
    }


_WORDS = tables.words()
# Nouns of people before 'of' or 'at' in an age ('a teenager of 15'), and the words after a clock time.
PERSONS = frozenset(_WORDS["person_nouns"]) | {"teenager", "teenagers", "girl", "boy", "child", "baby"}
CLOCK_AFTER = frozenset(_WORDS["clock_after"])


def _int(tok) -> int | None:
    return int(tok.text) if tok.kind == "num" and tok.text.isdigit() else None


def _counts_nothing(tokens, j: int) -> bool:
    """Nothing is counted or measured after token j."""
    from factcheck.extract import measures, nouns

    if j >= len(tokens):
        return True
    return measures.unit_after(tokens, j) is None and nouns.phrase(tokens, j) is None and tokens[j].low not in ("%", "per")


_TURNED = frozenset({"turned", "turns", "turning", "turn"})
_AGE_AFTER = frozenset({"when", "while", ",", ".", "and", "at", "then", "now", ";", "as"})


def age(tokens, num) -> bool:
    """'a teenager of 15', 'a mother at 22', 'the twins turned 30', 'he was 17 when': an age."""
    i, j = num.first, num.last
    if i < 2 or num.form not in ("digits", "words") or num.scale != 1.0 or not num.value or not 1 <= num.value <= 110:
        return False
    prev, before = tokens[i - 1].low, tokens[i - 2].low
    if prev in ("of", "at") and before in _w()["person"]:
        return _counts_nothing(tokens, j)
    if prev in _TURNED:
        return _counts_nothing(tokens, j)
    after = j >= len(tokens) or tokens[j].low in _AGE_AFTER
    if prev in ("was", "is") and before in ("he", "she", "who") and after:
        return True  # 'he was 17 when', 'the suspect, who is 23,'
    if prev in ("now", "then") and before == "," and i >= 3 and tokens[i - 3].kind == "word" and (
            tokens[i - 3].text[:1].isupper() or tokens[i - 3].low in _w()["person"]):
        return j < len(tokens) and tokens[j].low == ","  # 'Ivanov, now 72, lives in exile'
    if prev == "-" and before == "of" and i >= 4 and tokens[i - 3].low == "-" and tokens[i - 4].low in _w()["person"]:
        return tokens[i - 1].end == tokens[i].start  # 'a mother-of-three', 'a father-of-two'
    return False


def tally(tokens, num) -> bool:
    """'beat the Jets 31 to 24', 'approved it 9 to 2' (a score word before, the first larger),
    'reached 255 for 6' in a sentence about cricket: a score, not two amounts."""
    i, j = num.first, num.last
    n = len(tokens)
    if j + 1 < n and tokens[j].low in ("to", "for") and tokens[j + 1].kind == "num":
        a, b, start, end = _int(tokens[i]), _int(tokens[j + 1]), i, j + 2
    elif i >= 2 and tokens[i - 1].low in ("to", "for") and tokens[i - 2].kind == "num":
        a, b, start, end = _int(tokens[i - 2]), _int(tokens[i]), i - 2, j
    else:
        return False
    if a is None or b is None or b > a or not _counts_nothing(tokens, end):
        return False
    near = {t.low for t in tokens[max(0, start - 8):min(n, end + 8)]}
    if tokens[start + 1].low == "for":
        return b <= 10 and bool(near & _w()["cricket"])
    return bool({t.low for t in tokens[max(0, start - 8):start]} & _w()["score"])


def verse(tokens, num) -> bool:
    """'Genesis 1:1', 'John 3:16': chapter and verse after a capitalised book name."""
    i, j = num.first, num.last
    n = len(tokens)
    if j + 1 < n and tokens[j].low == ":" and tokens[j].start == tokens[j - 1].end and tokens[j + 1].start == tokens[j].end:
        k = i - 1
    elif i >= 3 and tokens[i - 1].low == ":" and tokens[i - 1].end == tokens[i].start and tokens[i - 2].kind == "num":
        k = i - 3
    else:
        return False
    return k >= 0 and tokens[k].kind == "word" and tokens[k].text[:1].isupper()


_RATIO_NOUNS = frozenset({"ratio", "majority", "split", "margin", "odds", "lead", "win", "defeat", "victory", "vote",
                          "draw", "loss", "scoreline", "advantage", "chance", "chances"})


def ratio_name(tokens, num) -> bool:
    """'the 5:2 diet', 'a 16:9 screen': two figures joined by a colon before a noun name a
    thing; a ratio, a majority or a score ('a 3:1 ratio') is left to the other readings."""
    i, j = num.first, num.last
    n = len(tokens)
    if j + 1 < n and tokens[j].low == ":" and tokens[j + 1].kind == "num":
        end = j + 2
    elif i >= 2 and tokens[i - 1].low == ":" and tokens[i - 2].kind == "num":
        end = j
    else:
        return False
    if end >= n or tokens[end].kind != "word" or not tokens[end].text.islower() or tokens[end].low in _RATIO_NOUNS:
        return False
    from factcheck.extract import nouns

    return nouns.phrase(tokens, end) is not None


_CLOCK = frozenset({"half", "quarter", "five", "ten", "twenty", "twenty-five"})


_CLOCK_BEFORE = frozenset({"at", "by", "until", "till", "from", "after", "before", "around"})


def clock(tokens, num) -> bool:
    """'half past 7', 'at 7 this morning', 'by 6 tonight', 'at 8 in the evening': a time of day."""
    i, j = num.first, num.last
    n = len(tokens)
    if i >= 2 and tokens[i - 1].low == "past" and tokens[i - 2].low in _CLOCK:
        return True
    if i < 1 or j >= n or tokens[i - 1].low not in _CLOCK_BEFORE or num.scale != 1.0 or not num.value or not 1 <= num.value <= 12:
        return False
    w = tables.words()
    nxt = tokens[j].low
    if nxt not in w["clock_after"]:
        return False
    if nxt in ("tonight", "sharp", "precisely"):
        return True
    parts = w["day_parts"]
    if nxt in ("in", "on"):  # 'at 8 in the evening', 'at 9 on Sunday morning'
        return any(t.low in parts for t in tokens[j + 1:j + 4])
    return j + 1 < n and (tokens[j + 1].low in parts or nxt in ("today", "tomorrow", "yesterday") and tokens[j + 1].kind == "sym")


def knockout_round(tokens, num) -> bool:
    """'reached the last 16', 'out in the last eight': a round of a tournament."""
    i = num.first
    return (i >= 2 and tokens[i - 1].low == "last" and tokens[i - 2].low == "the" and num.value in _w()["knockout"]
            and _counts_nothing(tokens, num.last))


@lru_cache(maxsize=1)
def idiom_words() -> frozenset:
    """The words of the fixed phrases: only a number word among them can open one."""
    return frozenset(_w()["phrases"])


def fixed_phrase(tokens, num) -> bool:
    """'on cloud nine', 'one of a kind', 'at sixes and sevens': a number word in an idiom."""
    i = num.first
    for words, k in _w()["phrases"].get(tokens[i].low, ()):
        start = i - k
        if start < 0 or start + len(words) > len(tokens):
            continue
        if all(tokens[start + x].low == w for x, w in enumerate(words)):
            return True
    return False


_CODE_CUES = frozenset({"text", "texting", "sms", "code", "dial", "call", "postcode", "zip", "shortcode", "keyword"})


def code(tokens, m, num) -> bool:
    """'Text HELP to 741741', 'Berlin, 10117,': five digits or more without digit groups, with
    nothing counted and no hedge, after a place and a comma or a word of texting or dialling, name
    a postcode or a number to text. ('95800 who have been unemployed' still counts.)"""
    i = num.first
    tok = tokens[i]
    if not (m.kind == "count" and m.qualifier == "exact" and not m.measured and not m.fallback and num.scale == 1.0
            and num.last == i + 1 and len(tok.text) >= 5 and tok.text.isdigit()):
        return False
    if i >= 2 and tokens[i - 1].low == "," and tokens[i - 2].kind == "word" and tokens[i - 2].text[:1].isupper():
        return True
    return any(t.low in _CODE_CUES for t in tokens[max(0, i - 4):i])


def coordinates(tokens, num) -> bool:
    """'tracked at 48.2, 37.9': a pair of decimals after a word of position."""
    i, j = num.first, num.last
    n = len(tokens)
    if j + 1 < n and tokens[j].low == "," and tokens[j + 1].kind == "num" and "." in tokens[j + 1].text:
        start = i
    elif i >= 2 and tokens[i - 1].low == "," and tokens[i - 2].kind == "num" and "." in tokens[i - 2].text:
        start = i - 2
    else:
        return False
    if "." not in tokens[i].text:
        return False
    return bool({t.low for t in tokens[max(0, start - 4):start]} & _w()["coordinates"])


def glued_k(tokens, m, num) -> bool:
    """'shot in 4K', 'the 10K charity run': a capital K glued to a figure names a resolution or
    a race when nothing or a word of those follows."""
    if num.suffix != "k" or m.kind != "count" or tokens[num.last - 1].text != "K":
        return False
    if not m.measured:
        return True
    return not _w()["k_names"].isdisjoint(m.measured.lower().split())


_NOT_A_NAME = frozenset({"another", "only", "just", "also", "all", "both", "fully", "exactly", "perhaps", "maybe", "barely",
                         "precisely", "total", "overall", "still", "even", "last", "next", "top", "no", "none", "however",
                         "meanwhile", "now", "today", "yesterday", "then", "there", "here", "and", "but", "or", "so",
                         "some", "about", "around", "nearly", "almost", "over", "under", "roughly", "approximately",
                         "up", "down", "of", "in", "on", "at", "by", "for", "from", "with", "since", "after", "before",
                         "between", "among", "within", "every", "each", "the", "a", "an", "these", "those", "its",
                         "their", "his", "her", "our", "my", "your", "this", "that", "than", "more", "less", "fewer",
                         "least", "most", "another", "further", "extra", "additional", "seven", "eight"})


def name_before(tokens, m, num, sentence_start: bool) -> bool:
    """"Ocean's 11 reunited", 'Patient 31 spread the virus': a bare number right after a
    capitalised word that opens the sentence or is a possessive, with nothing counted after it."""
    i = num.first
    if i == 0 or m.kind != "count" or m.qualifier != "exact" or m.measured or m.fallback or m.first != i:
        return False
    prev = tokens[i - 1]
    if prev.kind != "word" or not prev.text[:1].isupper() or tokens[i].start - prev.end > 1 or not tokens[i].text.replace(".", "").isdigit():
        return False
    low = prev.low
    # a possessive name only when a verb follows ("Ocean's 11 reunited"; not "to Harris's 226,")
    possessive = low.endswith(("'s", "’s")) and num.last < len(tokens) and tokens[num.last].kind == "word" and (
        tokens[num.last].low not in ("and", "or", "to", "than", "in", "of", "on", "at", "for", "with"))
    if not (possessive or sentence_start) or low in _NOT_A_NAME or low in tables.words()["months"]:
        return False
    return num.scale == 1.0 and num.form == "digits"


@lru_cache(maxsize=1)
def _periods() -> dict:
    w = tables.words()
    return {"full": {(a, b): n for a, b, n in w["full_periods"]}, "denominations": frozenset(w["denomination_nouns"]),
            "policy": frozenset(w["policy_nouns"])}


def full_period(tokens, m, num) -> bool:
    """'open 24 hours a day, seven days a week', '365 days a year': around the clock, not a rate."""
    j = num.last
    if m.kind not in ("duration", "rate") or j + 2 >= len(tokens) or tokens[j + 1].low not in ("a", "per", "each", "every"):
        return False
    return _periods()["full"].get((tokens[j].low, tokens[j + 2].low)) == num.value


def denomination(tokens, m, num) -> bool:
    """'a new £50 note', 'the $100 bill', 'the 50p coin': a denomination names a note or a coin."""
    return (m.kind == "money" and num.scale == 1.0 and m.qualifier == "exact" and m.last < len(tokens)
            and tokens[m.last].low in _periods()["denominations"])


def policy_name(tokens, k: int) -> bool:
    """The noun at k after 'N-X' names an idea: 'the two-state solution', 'the one-child policy'."""
    return k < len(tokens) and tokens[k].low in _periods()["policy"]


_COMPASS = frozenset({"latitude", "longitude", "north", "south", "east", "west"})
_SENTENCE_ENDS = frozenset({".", "!", "?", ":", ";", "\"", "“", "(", "—", "•", "*"})


def _opens_sentence(text: str, tokens, k: int) -> bool:
    """Token k opens a sentence, a line or a quotation."""
    return k == 0 or tokens[k - 1].low in _SENTENCE_ENDS or "\n" in text[tokens[k - 1].end:tokens[k].start]


def labels_something(text: str, tokens, m, num) -> bool:
    """The readings that need the whole mention (its unit, counted noun and qualifier): codes,
    names with a glued K, a bare number after a name, round-the-clock durations, denominations
    and coordinates in degrees ('40 degrees longitude')."""
    n = len(tokens)
    kind = m.kind
    if kind == "count":
        if num.suffix == "k" and glued_k(tokens, m, num):
            return True
        if not m.measured and (code(tokens, m, num) or num.first and name_before(
                tokens, m, num, _opens_sentence(text, tokens, num.first - 1))):
            return True
    elif kind in ("duration", "rate"):
        if full_period(tokens, m, num):
            return True
    elif kind == "money" and denomination(tokens, m, num):
        return True
    return num.last < n and tokens[num.last].low in ("degrees", "degree", "°") and any(
        t.low in _COMPASS for t in tokens[num.last + 1:min(n, m.last + 1)])

"""Context kept with each claim: its sentence, the source the text attributes it to, and
whether it is a statistical claim worth checking."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from factcheck.extract import tables

# A sentence ends at . ! ? (and closing quotes) before whitespace and a capital, digit or quote,
# unless the dot closes a known abbreviation or an initial.
_END = re.compile(r"[.!?…]+['\"’”)\]]*(?=\s+['\"‘“(\[]?[A-Z0-9£$€])|\n\s*\n")
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Lt|Col|Maj|Sgt|Capt|Rep|Sen|Gov|Pres|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
    r"Sep|Sept|Oct|Nov|Dec|No|Nos|Vol|Fig|approx|c|ca|est|vs|v|e\.g|i\.e|etc|Inc|Ltd|Co|Corp|Jr|Sr|St)"
    r"|\b[A-Z]|\b(?:[A-Z]\.){1,3}[A-Z])\.$"
)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace trimmed."""
    spans = []
    start = 0
    for m in _END.finditer(text):
        if m.group().strip() and _ABBREV.search(text, max(0, m.start() - 12), m.start() + 1):
            continue
        end = m.end()
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


class SentenceIndex:
    """Sentences of a text; what each says about its source and pledges is read once, on the
    first claim found in it (sentences without claims are never read)."""

    def __init__(self, text: str):
        self.text = text
        self.spans = sentences(text) or [(0, len(text))]
        self.starts = [s for s, _ in self.spans]
        self._found: dict = {}  # sentence -> (attributions, the one source when all its claims share it)
        self._pledge: dict = {}

    def index(self, pos: int) -> int:
        return max(0, bisect_right(self.starts, pos) - 1)

    def at(self, pos: int) -> tuple[int, int]:
        return self.spans[self.index(pos)]

    def checkworthy(self, pos: int, kind: str, k: int | None = None) -> bool:
        if kind != "duration":
            return True
        k = self.index(pos) if k is None else k
        if k not in self._pledge:
            s0, s1 = self.spans[k]
            self._pledge[k] = is_pledge(self.text[s0:s1])
        return not self._pledge[k]

    def source(self, pos: int, k: int | None = None) -> str | None:
        """The attribution nearest before ``pos`` in its sentence, else the first after it."""
        k = self.index(pos) if k is None else k
        entry = self._found.get(k)
        if entry is None:
            s0, s1 = self.spans[k]
            found = attributions(self.text[s0:s1])
            mids = any(key == "mid" for _, key, _ in found)
            # one source for the whole sentence unless a speaker comes in mid-sentence
            best = None if mids or not found else min(found, key=lambda f: _PRIORITY.index(f[1]))[2]
            entry = self._found[k] = (found, best)
        found, best = entry
        if best is not None or not found:
            return best
        rel = pos - self.spans[k][0]
        # a speaker brought in mid-sentence ('..., but the opposition said ...') governs what follows
        mid = [src for at, key, src in found if key == "mid" and at <= rel]
        if mid:
            return mid[-1]
        return min(found, key=lambda f: _PRIORITY.index(f[1]))[2]


_NUMBER_WORD = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|thousand|million|"
    r"billion|half|third|quarter|dozens?|hundreds|thousands|millions|several|most|many|some|nearly|almost|about)\b",
    re.IGNORECASE)
_PRONOUN = {"it", "he", "she", "they", "we", "i", "you", "this", "that", "there", "which", "who", "one"}


def _alternation(words) -> str:
    """The words as one alternation, longest first, grouped by first letter: the same matches
    as 'w1|w2|...', but the engine tries one group at a position instead of every word."""
    groups: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        groups.setdefault(w[0], []).append(w[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


@lru_cache(maxsize=1)
def _patterns():
    verbs = _alternation(tables.words()["say_verbs"])
    actor = _alternation(tables.words()["actor_verbs"])
    agents = _alternation(tables.words()["agent_nouns"])
    announce = _alternation(tables.words()["announce_verbs"])
    word = r"[^\W\d][\w'’.&/-]*+"  # possessive: what follows a word is never a word character
    who = rf"({word}(?:\s+(?:{word}|\d+(?:[.,]\d+)*(?:st|nd|rd|th)?)){{0,9}}?)"
    aux = r"(?:has\s+|have\s+|had\s+|also\s+|later\s+|previously\s+|had\s+earlier\s+)?"
    tail = r"(?=\s*(?:[,.;:!?\"”)]|$|\s+(?:on|in|last|this|late|early|yesterday|today|earlier|later|at|after|while|when|as|citing)\b))"
    name = r"[A-Z][\w'’.&-]*+(?:\s+[A-Z][\w'’.&-]*+){0,3}"
    return {
        "cue": re.compile(rf"\b(?:according|cited|citing|figures|data|saying|estimating|claiming|{verbs})\b"),
        "according": re.compile(
            r"\b(?:[Aa]ccording\s+to|cited\s+by|[Cc]iting|figures\s+from|data\s+from)\s+((?:the\s+)?(?:[^,.;:()\"“”]|(?<=\d)[.,](?=\d))+?)"
            r"(?=\s*(?:(?![.,]\d)[,.;:()\"“”]|$|\s+(?:which|who|that|in\s+\d|on\s+\d|as\s+of|at\s+least|more\s+than|up\s+to)\b))"
        ),
        "clause_final": re.compile(rf"(?:[,;:—–]\s*|[\"”’]\s+){who}\s+{aux}(?:{verbs}){tail}"),
        "agent": re.compile(rf"^\W*((?:The|the|[A-Z][\w.&-]*['’]s)\s+(?:[a-z]+\s+){{0,2}}(?:{agents}))\s+{aux}(?:{announce})\b"),
        "actor": re.compile(rf"^\W*((?:The|the)\s+[a-z]+|{name}(?:\s*,\s*{name})*\s+and\s+{name}|{name})\s+{aux}(?:{actor})\b"),
        "aside": re.compile(rf"[,;]\s*{who}\s*,\s*(?:{_APPOSITIVE})\b[^,]*,\s*{aux}(?:{verbs}){tail}"),
        "possessive": re.compile(r"\b((?:[A-Z][\w&.-]*+\s+){0,3}[A-Z][\w&.-]*+|[Tt]he\s+[a-z]+)['’]s?\s+(?:forecasts?|estimates?|figures|data|projections?|calculations?|tally|count|survey|poll|analysis)\b"),
        "mid": re.compile(rf"(?:[,;]\s*(?:and|but|while|as|whereas|though|although)|\s(?:while|whereas|but|though|although))\s+{who}\s+{aux}(?:{verbs})\b"),
        "comma_subject": re.compile(rf"[,;]\s+{who}\s+{aux}(?:{verbs})\b"),
        "which_said": re.compile(rf"^\W*{who}\s*,\s*(?:which|who|{_APPOSITIVE})\b(?:[^,]|,(?=\d))*,\s*{aux}(?:{verbs})\b"),
        "initial": re.compile(rf"^\W*{who}\s+{aux}(?:{verbs})\b"),
        "inverted": re.compile(rf"[,\"”]\s*(?:said|says|according\s+to)\s+((?:the\s+)?[^,.;:\"“”]+)"),
        "saying": re.compile(r"\b((?:[^\W\d][\w'’-]*\s+){0,2}?[^\W\d][\w'’-]*)\s+(?:saying|estimating|claiming)\b"),
        # "Wagner's founder, Yevgeny Prigozhin, said": a role and the name set off by commas
        "apposed": re.compile(rf"^\W*((?:[Tt]he\s+)?{word}(?:\s+{word}){{0,4}}?\s*,\s*{name})\s*,\s*{aux}(?:{verbs})\b"),
        # 'The IMF lowered its forecast to 2.1%, saying demand had weakened': the subject of the clause
        "participial": re.compile(rf"^\W*((?:[Tt]he\s+)?{word}(?:\s+{word}){{0,5}}?)\s+{aux}(?:{_alternation(_clause_verbs())}|[a-z]+ed)\b"
                                  r"[^;]*?,\s*(?:saying|claiming|estimating|adding|noting|warning)\b"),
    }


def attributed_source(sentence: str) -> str | None:
    """Who the sentence says its figures come from, if it names anyone.

    'Russia lost 1,500 troops, according to the UK Ministry of Defence.' -> 'the UK Ministry of Defence'
    """
    found = attributions(sentence)
    return min(found, key=lambda f: _PRIORITY.index(f[1]))[2] if found else None


# Openers of an aside between a speaker and its verb ('The ministry, citing field reports, said').
_APPOSITIVE = r"citing|quoting|referring|speaking|responding|echoing|noting|in\s+a\s+statement|in\s+its|in\s+his|in\s+her|in\s+their|for\s+its\s+part|for\s+their\s+part|after\s+a|on\s+its"
_PRIORITY = ("according", "aside", "clause_final", "apposed", "which_said", "initial", "mid", "comma_subject", "inverted", "saying",
             "participial", "possessive", "actor", "agent")
_PUNCT_TO_SPACE = str.maketrans({c: " " for c in ",.;:!?\"'“”‘’()—–"})
_ACCORDING_WORDS = {"according", "citing", "cited", "figures", "data"}


@lru_cache(maxsize=1)
def _cue_words() -> frozenset:
    w = tables.words()
    return frozenset(w["say_verbs"]) | {"according", "cited", "citing", "figures", "data", "saying", "estimating", "claiming",
                                        "adding", "noting", "warning",
                                        "forecasts", "forecast", "estimates", "projections", "projection", "tally",
                                        "survey", "poll", "analysis", "calculations"}


_ANCHORED = {"which_said", "initial", "actor", "apposed", "participial", "agent"}
_MID_WORDS = frozenset({"and", "but", "while", "as", "whereas", "though", "although"})
_POSSESSED = frozenset({"forecast", "forecasts", "estimate", "estimates", "figures", "data", "projection", "projections",
                        "calculation", "calculations", "tally", "count", "survey", "poll", "analysis"})
_INVERTED = frozenset({"said", "says", "according"})
# What each pattern needs before its regex is worth running: (a comma or semicolon, a verb of
# saying, one of these words, one of these strings in the sentence).
_NEEDS = {
    "according": (False, False, frozenset(_ACCORDING_WORDS), None),
    "clause_final": (True, True, None, None),
    "aside": (True, True, frozenset({"citing", "quoting", "referring", "speaking", "responding", "echoing", "noting",
                                     "statement", "part"}), None),
    "which_said": (False, True, frozenset({"which", "who", "citing", "quoting", "referring", "speaking", "responding",
                                           "in", "for", "after", "on", "echoing", "noting"}), None),
    "initial": (False, True, None, None),
    "mid": (False, True, _MID_WORDS, None),
    "comma_subject": (True, True, None, None),
    "inverted": (False, False, _INVERTED, None),
    "saying": (False, False, None, ("saying", "estimating", "claiming")),
    "possessive": (False, False, _POSSESSED, None),
    "apposed": (True, True, None, None),
    "participial": (True, False, None, (", saying", ", claiming", ", estimating", ", adding", ", noting", ", warning")),
    "actor": (False, False, None, None),
    "agent": (False, False, None, None),
}


@lru_cache(maxsize=1)
def _clause_verbs() -> frozenset:
    """Verbs that end the subject of a clause followed by ', saying ...'."""
    w = tables.words()
    return frozenset(w["say_verbs"]) | frozenset(w["actor_verbs"]) | frozenset(w["change_verbs"]) | frozenset(w["verb_forms"])


@lru_cache(maxsize=1)
def _say_verbs() -> frozenset:
    return frozenset(tables.words()["say_verbs"])
_MODALS = {"would", "will", "could", "can", "may", "might", "should", "must", "not", "cannot", "independently"}
_NOT_A_SOURCE_END = {"is", "was", "were", "are", "been", "be", "being", "has", "have", "had", "it", "they"}


def attributions(sentence: str) -> list[tuple[int, str, str]]:
    """Every attribution in the sentence as (offset, pattern, source), in text order."""
    p = _patterns()
    words = sentence.lower().translate(_PUNCT_TO_SPACE).split()
    if _cue_words().isdisjoint(words) and not p["actor"].match(sentence) and not p["agent"].match(sentence):
        return []
    has_comma = "," in sentence or ";" in sentence
    wordset = set(words)
    has_verb = not _say_verbs().isdisjoint(wordset)
    found: dict[int, tuple[str, str]] = {}
    asides: list[tuple[int, int]] = []
    for key in _PRIORITY:
        comma, verb, any_word, any_text = _NEEDS[key]
        if comma and not has_comma or verb and not has_verb:
            continue
        if any_word is not None and any_word.isdisjoint(wordset) or any_text is not None and not any(s in sentence for s in any_text):
            continue
        matches = (p[key].match(sentence),) if key in _ANCHORED else p[key].finditer(sentence)
        for m in matches:
            if m is None:
                continue
            at = m.start(1)
            if at in found:
                continue  # a pattern earlier in priority already reads a source here
            cand = _trim(m.group(1))
            if not cand or cand[0].isdigit() or key == "according" and cand.count(" ") > 9:
                continue  # ', said 300 people were evacuated' names no one
            if key != "according" and _NUMBER_WORD.search(cand):
                continue  # 'About two in five adults say': the figure's own subject, not a source
            low = cand.lower()
            if low.startswith(("with ", "and ", "but ", "as ", "while ")):
                cand = _trim(cand.split(None, 1)[1])
                low = cand.lower() if cand else ""
            if not cand or cand.split()[0] in _PRONOUN or (low_words := low.split())[-1] in _NOT_A_SOURCE_END or not _MODALS.isdisjoint(low_words):
                continue
            if key != "according" and " " in cand:
                cand = _before_a_verb(cand)
                if not cand:
                    continue
            if key in ("clause_final", "comma_subject") and " and " in cand:
                listed = _LISTED.match(sentence[:at])
                if listed and not _NOT_LISTED.match(sentence[listed.start(1):at]):
                    at, cand = listed.start(1), sentence[listed.start(1):at] + cand  # 'The UN, the WHO and UNICEF said'
            if key in ("which_said", "aside"):
                asides.append((m.start(1), m.end()))
            found[at] = (key, cand)
    for a, b in asides:  # 'The ministry, citing field reports, said': the aside is not the source
        for at in [at for at, (key, _) in found.items() if key not in ("which_said", "aside") and a < at < b]:
            del found[at]
    return [(at, key, cand) for at, (key, cand) in sorted(found.items())]


_NAME = r"(?:[Tt]he\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of\s+|the\s+|for\s+|and\s+(?=[A-Z]))?[A-Z][\w'’.&-]*)*"
_LISTED = re.compile(rf"^\W*((?:{_NAME}\s*,\s*)+)$")
_NOT_LISTED = re.compile(r"(?:In|On|At|By|For|From|After|Before|During|Since|Under|Over|Meanwhile|However|Separately|Earlier|Later|"
                         r"Overall|Still|Yet|Also|Last|This|Next|Then|Now|Today|Yesterday|But|And|So|As|While|When|If|"
                         r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
                         r"July|August|September|October|November|December)\b")


@lru_cache(maxsize=1)
def _verbs_inside() -> frozenset:
    w = tables.words()
    acts = {v for v in w["actor_verbs"] if v.endswith(("ed", "es")) or v in ("pledges", "vows", "plans", "aims", "wants")}
    return frozenset(w["say_verbs"]) | acts


def _before_a_verb(cand: str) -> str | None:
    """'The minister promised 500 new homes and' -> 'The minister': a speaker ends before a verb
    of its own (lower-case, so 'The United States' keeps its name)."""
    words = cand.split()
    verbs = _verbs_inside()
    for k, w in enumerate(words[1:-1], 1):
        if w in verbs and words[k - 1].lower() not in ("the", "a", "an", "its", "their", "his", "her", "our", "of", "whose"):
            return _trim(" ".join(words[:k]))
    return cand


def _trim(s: str) -> str | None:
    s = s.strip(" ,.;:\"'“”‘’")
    return s or None


@lru_cache(maxsize=1)
def _pledges():
    words = "|".join(sorted(tables.words()["pledge_words"], key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


def is_pledge(sentence: str) -> bool:
    """A pledge, promise or hypothetical: its time limits ('within 24 hours') are not
    statistical claims."""
    return _pledges().search(sentence) is not None

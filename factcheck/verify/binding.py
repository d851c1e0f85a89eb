"""Which figure of a sentence a phrase belongs to: the nearest one, counted within its clause.

'shot down 80 drones, while 105 were lost to jamming': 'shot down' belongs to 80 and
'lost to jamming' to 105. 'roughly 1,330 a day in March, and 1,580 in December': each month
binds to its own figure. Distances are in characters; crossing a clause boundary (a
semicolon, ', and', 'while', 'but') costs a lot, a bare 'and' a little (config/verification.toml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from factcheck.verify.settings import settings

# A number written in digits, not glued to letters or a hyphen ('S-300', 'F-16', 'Covid-19').
_NUMBER = re.compile(r"(?<![\w\-/.])\d(?:[\d,.]*\d)?(?![\w\-/])")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_MONTH_NEAR = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*$|^\s*(?:st|nd|rd|th)?\s*"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    b = settings()["binding"]
    strong = re.compile(b["strong_boundary"], re.I)
    weak = re.compile(b["weak_boundary"], re.I)
    segment = re.compile(b["segment_boundary"])
    return strong, weak, segment


@dataclass
class Figures:
    """The figures of one sentence (character spans), and which of them is the claim's."""
    sentence: str
    own: tuple[int, int]
    spans: list[tuple[int, int]] = field(default_factory=list)

    def distance(self, fig: tuple[int, int], start: int, end: int) -> float:
        """Characters between a figure and a phrase, plus the cost of the boundaries between."""
        if start < fig[1] and fig[0] < end:
            return 0.0
        lo, hi = (fig[1], start) if start >= fig[1] else (end, fig[0])
        strong, weak, _ = _patterns()
        between = self.sentence[lo:hi]
        b = settings()["binding"]
        cost = len(strong.findall(between)) * float(b["strong_cost"])
        cost += len(weak.findall(between)) * float(b["weak_cost"])
        return float(hi - lo) + cost

    def owner(self, start: int, end: int) -> tuple[int, int]:
        """The figure a phrase belongs to; on a tie, the one after it (a verb governs its object)."""
        return min(self.spans, key=lambda f: (self.distance(f, start, end), 0 if f[0] >= end else 1))

    def owns(self, start: int, end: int) -> bool:
        return self.owner(start, end) == self.own

    def crosses_strong(self, start: int, end: int) -> bool:
        """Whether a clause boundary stands between the claim and a phrase."""
        lo, hi = (self.own[1], start) if start >= self.own[1] else (end, self.own[0])
        return hi > lo and bool(_patterns()[0].search(self.sentence[lo:hi]))

    def segment(self) -> tuple[int, int]:
        """The stretch around the claim between commas, brackets, colons or dashes."""
        seg = _patterns()[2]
        lo = 0
        for m in seg.finditer(self.sentence, 0, self.own[0]):
            lo = m.end()
        m = seg.search(self.sentence, self.own[1])
        return lo, (m.start() if m else len(self.sentence))

    def words_apart(self, start: int, end: int) -> int:
        """How many words stand between the claim and a phrase."""
        lo, hi = (self.own[1], start) if start >= self.own[1] else (end, self.own[0])
        return len(self.sentence[lo:hi].split()) if hi > lo else 0

    def before_owned(self, start: int) -> bool:
        """A phrase before the claim with no other figure between it and the claim."""
        return start < self.own[0] and not any(start <= f[0] and f[1] <= self.own[0] for f in self.spans
                                               if f != self.own)


def figures(sentence: str, own: tuple[int, int], siblings=()) -> Figures:
    """The claim's span, the spans of the other claims in the sentence, and any other number
    in digits that is not part of a date ('25 December', '2023')."""
    spans = {own}
    for s in siblings:
        if 0 <= s[0] < s[1] <= len(sentence) and not (s[0] < own[1] and own[0] < s[1]):
            spans.add(s)
    for m in _NUMBER.finditer(sentence):
        if any(m.start() < e and s < m.end() for s, e in spans):
            continue
        raw = m.group(0)
        day = raw.isdigit() and 1 <= int(raw) <= 31
        if _YEAR.match(raw) or day and (_MONTH_NEAR.search(sentence[max(0, m.start() - 10):m.start()])
                                        or _MONTH_NEAR.match(sentence[m.end():m.end() + 12])):
            continue
        spans.add((m.start(), m.end()))
    return Figures(sentence, own, sorted(spans))


def hits(text: str, phrases) -> list[tuple[str, int, int]]:
    """Every whole-word occurrence of each phrase: (phrase, start, end), longer phrases
    hiding the shorter ones they contain ('lost to jamming' hides 'lost')."""
    from factcheck.verify.text import _phrase

    low = (text or "").lower()
    found = []
    for p in sorted(set(phrases), key=len, reverse=True):
        for m in _phrase(p).finditer(low):
            if any(s <= m.start() and m.end() <= e for _, s, e in found):
                continue
            found.append((p, m.start(), m.end()))
    return found

"""Small text helpers: the sentence around a claim, and whole-word phrase search."""

from __future__ import annotations

import re
from functools import lru_cache

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[A-Z\"'(\[])|\n\s*\n")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding text[start:end] (stops at ., !, ? before a capital, or a blank line)."""
    lo = 0
    for m in _SENTENCE_END.finditer(text, 0, min(len(text), start + 1)):  # (a sentence may open with the claim)
        if m.end() <= start:
            lo = m.end()
    m = _SENTENCE_END.search(text, end)
    hi = m.start() if m else len(text)
    return lo, hi


@lru_cache(maxsize=4096)
def _phrase(p: str) -> re.Pattern:
    return re.compile(r"(?<![\w])" + re.escape(p.lower()) + r"(?![\w])")


def find(haystack: str | None, phrase: str) -> int:
    """Position of `phrase` as whole words in `haystack` (case-insensitive), or -1."""
    if not haystack:
        return -1
    m = _phrase(phrase).search(haystack.lower())
    return m.start() if m else -1


def has(haystack: str | None, phrase: str) -> bool:
    return find(haystack, phrase) >= 0


def first_of(haystack: str | None, phrases) -> str | None:
    """The longest phrase from `phrases` found in `haystack` (longest wins: 'killed or wounded')."""
    for p in sorted(phrases, key=len, reverse=True):
        if has(haystack, p):
            return p
    return None


def nearest(text: str, phrases, anchor: int) -> tuple[str, int] | None:
    """The phrase occurrence closest to character `anchor` in `text`: (phrase, distance)."""
    best = None
    low = text.lower()
    for p in phrases:
        for m in _phrase(p).finditer(low):
            dist = anchor - m.end() if m.end() <= anchor else m.start() - anchor
            dist = max(dist, 0)
            if best is None or dist < best[1]:
                best = (p, dist)
    return best

"""The word tables of the extractor, read once per process from the TOML files in data/."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("data")


def _load(name: str) -> dict:
    with open(DATA / f"{name}.toml", "rb") as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=1)
def numbers() -> dict:
    return _load("numbers")


@lru_cache(maxsize=1)
def vague() -> dict:
    return _load("vague")


@lru_cache(maxsize=1)
def hedges() -> dict:
    return _load("hedges")


@lru_cache(maxsize=1)
def units() -> dict:
    return _load("units")


@lru_cache(maxsize=1)
def currencies() -> dict:
    return _load("currencies")


@lru_cache(maxsize=1)
def words() -> dict:
    return _load("words")


class PhraseIndex(dict):
    """Phrases keyed by their lower-case token tuple, with the sets of first and last words
    so that most lookups are rejected by one set test, and the proper prefixes and suffixes of
    every phrase so that a lookup stops as soon as no longer phrase can match."""

    def __init__(self, items):
        super().__init__(items)
        self.first = frozenset(k[0] for k in self)
        self.last = frozenset(k[-1] for k in self)
        self.longest = max((len(k) for k in self), default=0)
        self.prefixes = frozenset(k[:n] for k in self for n in range(1, len(k)))
        self.suffixes = frozenset(k[n:] for k in self for n in range(1, len(k)))


def phrase_index(table: dict) -> PhraseIndex:
    """Key a table of (possibly multi-word) phrases by their lower-case token tuple."""
    from factcheck.extract.tokens import tokenize

    return PhraseIndex((tuple(t.low for t in tokenize(phrase)), value) for phrase, value in table.items())


def match_phrase(index: PhraseIndex, tokens: list, i: int, max_len: int = 5):
    """Longest phrase of ``index`` starting at token i (spaces only between words): (value, end) or None."""
    if tokens[i].low not in index.first:
        return None
    best = None
    key: tuple[str, ...] = ()
    for j in range(i, min(len(tokens), i + min(max_len, index.longest))):
        if j > i and tokens[j].start - tokens[j - 1].end > 1:
            break
        key = key + (tokens[j].low,)
        if key in index:
            best = (index[key], j + 1)
        if key not in index.prefixes:
            break
    return best


def match_phrase_before(index: PhraseIndex, tokens: list, end: int, max_len: int = 5):
    """Longest phrase of ``index`` ending just before token ``end``: (value, start) or None."""
    if end == 0 or tokens[end - 1].low not in index.last:
        return None
    best = None
    key: tuple[str, ...] = ()
    for j in range(end - 1, max(-1, end - 1 - min(max_len, index.longest)), -1):
        if j < end - 1 and tokens[j + 1].start - tokens[j].end > 1:
            break
        key = (tokens[j].low,) + key
        if key in index:
            best = (index[key], j)
        if key not in index.suffixes:
            break
    return best

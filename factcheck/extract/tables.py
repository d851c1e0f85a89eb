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


def phrase_index(table: dict) -> dict[tuple[str, ...], object]:
    """Key a table of (possibly multi-word) phrases by their lower-case token tuple."""
    from factcheck.extract.tokens import tokenize

    index = {}
    for phrase, value in table.items():
        key = tuple(t.low for t in tokenize(phrase))
        index[key] = value
    return index


def match_phrase(index: dict, tokens: list, i: int, max_len: int = 5):
    """Longest phrase of ``index`` starting at token i (spaces only between words): (value, end) or None."""
    best = None
    key: tuple[str, ...] = ()
    for j in range(i, min(len(tokens), i + max_len)):
        if j > i and tokens[j].start - tokens[j - 1].end > 1:
            break
        key = key + (tokens[j].low,)
        if key in index:
            best = (index[key], j + 1)
    return best


def match_phrase_before(index: dict, tokens: list, end: int, max_len: int = 5):
    """Longest phrase of ``index`` ending just before token ``end``: (value, start) or None."""
    best = None
    key: tuple[str, ...] = ()
    for j in range(end - 1, max(-1, end - 1 - max_len), -1):
        if j < end - 1 and tokens[j + 1].start - tokens[j].end > 1:
            break
        key = (tokens[j].low,) + key
        if key in index:
            best = (index[key], j)
    return best

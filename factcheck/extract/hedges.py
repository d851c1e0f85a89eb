"""Hedge words before and after a figure, and the qualifier each gives ('nearly' -> approximately)."""

from __future__ import annotations

from functools import lru_cache

from factcheck.extract import tables


@lru_cache(maxsize=1)
def _before():
    return tables.phrase_index(tables.hedges()["before"])


@lru_cache(maxsize=1)
def _after():
    return tables.phrase_index(tables.hedges()["after"])


def before(tokens, i: int):
    """The hedge ending just before token i: (qualifier, first token) or None."""
    index = _before()
    if i == 0 or tokens[i - 1].low not in index.last:  # most words end no hedge
        return None
    found = tables.match_phrase_before(index, tokens, i, max_len=4)
    if not found:
        return None
    qualifier, first = found
    # 'some' and 'about' and 'over' right after a number word belong to another phrase
    return qualifier, first


def after(tokens, j: int):
    """A hedge right after the figure ('or more', '-plus', '+'): (qualifier, end token) or None."""
    if j >= len(tokens):
        return None
    if tokens[j].low == "-" and j + 1 < len(tokens) and tokens[j + 1].low == "plus" and tokens[j].start == tokens[j - 1].end:
        return "more_than", j + 2
    if tokens[j].low == "+" and tokens[j].start == tokens[j - 1].end:
        return "more_than", j + 1
    index = _after()
    if tokens[j].low not in index.first:
        return None
    found = tables.match_phrase(index, tokens, j, max_len=3)
    if not found or found[1] == j + 1 and tokens[j].low == "plus" and tokens[j].start - tokens[j - 1].end > 1:
        return None
    if tokens[j].low == "+":
        return None
    return found


@lru_cache(maxsize=1)
def _crossing() -> frozenset:
    return frozenset(tables.hedges()["crossing"])


_MARKS = {"mark", "milestone", "threshold", "barrier", "level", "line"}


def crossing(tokens, m, num) -> str | None:
    """'passed 47,000', 'crossed the 1,000 mark': the verb, when it makes the figure a lower bound."""
    i = m.first
    if m.qualifier != "exact" or m.hedge or i == 0:
        return None
    prev = tokens[i - 1].low
    if prev == "the" and i >= 2:
        prev = tokens[i - 2].low
    if prev not in _crossing() or prev == "top" and (i < 2 or tokens[i - 2].low not in ("to", "could", "will", "would", "may", "might")):
        return None
    if m.last < len(tokens) and tokens[m.last].low in ("before", "after", "ago", "later", "earlier"):
        return None  # 'the law passed 143 days before the deadline'
    head = (m.measured or "").split()[-1:]
    marks = bool(head) and head[0].lower() in _MARKS
    if m.kind == "count" and m.last > num.last and not marks:
        return None  # 'the Senate passed 12 bills'
    return prev


@lru_cache(maxsize=1)
def _verbs() -> frozenset:
    w = tables.words()
    return frozenset(w["verb_forms"]) | frozenset(w["change_verbs"])


@lru_cache(maxsize=1)
def _post_adjectives() -> frozenset:
    return frozenset(tables.words()["post_adjectives"])


_SPATIAL = frozenset({"spread", "spreads", "stretched", "stretches", "stretch", "extended", "extends", "extend", "spans",
                      "spanned", "scattered", "flew", "fly", "flies", "hovered", "passed", "rained", "fell", "falls"})


def verb_before(tokens, start: int) -> bool:
    """'carry over 70 million tonnes', 'moved over 40 billion cubic metres': a verb (not one of
    place, 'stretched over 40 km') before 'over' or 'under' makes it a hedge."""
    if start == 0:
        return False
    low = tokens[start - 1].low
    if low in _SPATIAL or tokens[start - 1].kind != "word":
        return False
    return low in _verbs() or low.endswith("ed") and low not in _post_adjectives()

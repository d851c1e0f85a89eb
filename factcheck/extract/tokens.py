"""Split text into word, numeral and symbol tokens that keep their character offsets."""

from __future__ import annotations

import re
from typing import NamedTuple


class Token(NamedTuple):
    kind: str  # "num" | "word" | "sym"
    text: str
    low: str
    start: int
    end: int


_TOKEN = re.compile(
    r"(?P<num>\d+(?:[.,]\d+)*)"
    r"|(?P<abbr>(?:[^\W\d_]\.){2,})"
    r"|(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)?\.?)"
    r"|(?P<sym>\S)"
)
# Abbreviations whose trailing dot belongs to the word; elsewhere a dot is a symbol.
_DOTTED = {"c.", "ca.", "approx.", "sq.", "no.", "nos.", "p.", "pp.", "vol.", "mr.", "mrs.", "ms.", "dr.",
           "st.", "gen.", "lt.", "col.", "maj.", "sgt.", "capt.", "prof.", "rep.", "sen.", "gov.", "jan.",
           "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "u.s.",
           "u.k.", "u.n.", "e.g.", "i.e.", "vs.", "v.", "fig.", "est.", "inc.", "ltd.", "co.", "corp.",
           "a.m.", "p.m.", "min.", "max.", "av.", "ave."}


def tokenize(text: str) -> list[Token]:
    out: list[Token] = []
    append = out.append
    new = tuple.__new__  # skips the namedtuple's Python-level __new__: tokenising is hot
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters lower-case to two; keep offsets exact
        lowered = "".join(ch.lower()[0] for ch in text)
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        start, end = m.span()
        tok = text[start:end]
        if kind == "word" and tok[-1] == ".":
            low = lowered[start:end]
            if low not in _DOTTED or (start and text[start - 1].isdigit()):  # '21st.' ends a sentence
                append(new(Token, ("word", tok[:-1], low[:-1], start, end - 1)))
                append(new(Token, ("sym", ".", ".", end - 1, end)))
                continue
        elif kind == "abbr":
            kind = "word"
        append(new(Token, (kind, tok, lowered[start:end] if kind == "word" else tok, start, end)))
    return out

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
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        tok = m.group()
        start, end = m.start(), m.end()
        if kind == "abbr":
            append(Token("word", tok, tok.lower(), start, end))
            continue
        if kind == "word" and tok.endswith("."):
            low = tok.lower()
            if low not in _DOTTED:
                append(Token("word", tok[:-1], low[:-1], start, end - 1))
                append(Token("sym", ".", ".", end - 1, end))
                continue
            append(Token(kind, tok, low, start, end))
            continue
        append(Token(kind, tok, tok.lower(), start, end))
    return out

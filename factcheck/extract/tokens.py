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
    r"\d+(?:[.,]\d+)*(?:[eE][-+]?\d+\b|\^[-+]?\d+)?"  # numeral, maybe with an exponent
    r"|(?:[^\W\d_]\.){2,}"  # dotted abbreviation: U.S., e.g.
    r"|[^\W\d_]+(?:['’][^\W\d_]+)?\.?"  # word, maybe with its abbreviation dot
    r"|\S"  # any other single character
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
    find = text.find
    findall = _TOKEN.findall
    pos = 0
    # No token spans whitespace, so the text is cut at whitespace first (fast, in C): a chunk
    # of letters only is one word, a chunk of decimal digits one numeral, letters and one mark
    # a word and a symbol; the rest ('2022.', 'Russia's', '1,000th') goes through the pattern.
    for chunk in text.split():
        start = find(chunk, pos)
        end = pos = start + len(chunk)
        if chunk.isalpha():
            append(new(Token, ("word", chunk, lowered[start:end], start, end)))
            continue
        if chunk.isdecimal():
            append(new(Token, ("num", chunk, chunk, start, end)))
            continue
        last = chunk[-1]
        if chunk[:-1].isalpha() and not last.isalnum():
            # a word and one mark after it: 'Tuesday,' 'said.' 'states’' (the dot rule as below)
            if last != "." or lowered[start:end] not in _DOTTED or (start and text[start - 1].isdigit()):
                append(new(Token, ("word", chunk[:-1], lowered[start:end - 1], start, end - 1)))
                append(new(Token, ("sym", last, last, end - 1, end)))
            else:
                append(new(Token, ("word", chunk, lowered[start:end], start, end)))
            continue
        at = start
        for tok in findall(chunk):
            start = find(tok, at)
            end = at = start + len(tok)
            first = tok[0]
            if first.isdigit():
                append(new(Token, ("num", tok, tok, start, end)))
            elif first.isalpha() or first in "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞":
                low = lowered[start:end]
                # a word's trailing dot is its own token unless it closes a known abbreviation
                if tok[-1] == "." and len(tok) > 1 and "." not in tok[:-1] and (low not in _DOTTED or (start and text[start - 1].isdigit())):
                    append(new(Token, ("word", tok[:-1], low[:-1], start, end - 1)))
                    append(new(Token, ("sym", ".", ".", end - 1, end)))
                else:
                    append(new(Token, ("word", tok, low, start, end)))
            else:
                append(new(Token, ("sym", tok, tok, start, end)))
    return out

"""Telephone numbers written as digit groups: '555-0142', '1800 889 0088', '116 123' after a cue."""

from __future__ import annotations

from functools import lru_cache

from factcheck.extract import tables


def group_after(text: str, tokens, k: int) -> bool:
    """Numeral k follows another numeral after one space or a glued hyphen ('555 0142', '555-0142')."""
    prev, start = tokens[k - 1], tokens[k].start
    if not text[start].isdecimal():  # '²' is a numeral token but not a digit
        return False
    if prev.kind == "num":
        return start - prev.end == 1 and text[prev.end] == " " and text[prev.end - 1].isdecimal()
    return (prev.low == "-" and k >= 2 and tokens[k - 2].kind == "num" and tokens[k - 2].end == prev.start and prev.end == start
            and text[prev.start - 1].isdecimal())


@lru_cache(maxsize=1)
def _phone_cues() -> frozenset:
    return frozenset(tables.words()["phone_cues"])


def _next_group(text: str, tokens, j: int) -> int | None:
    """The token of the digit group after group j, joined by one space or a glued hyphen."""
    n = len(tokens)
    if j + 1 < n and tokens[j + 1].kind == "num" and tokens[j + 1].start - tokens[j].end == 1 and text[tokens[j].end] == " ":
        k = j + 1
    elif j + 2 < n and tokens[j + 1].low == "-" and tokens[j + 1].start == tokens[j].end and tokens[j + 2].start == tokens[j + 1].end:
        k = j + 2
    else:
        return None
    return k if tokens[k].kind == "num" and tokens[k].text.isdigit() else None


def spans(text: str, tokens) -> list[tuple[int, int]]:
    """Digit groups joined by single spaces or hyphens that read as a telephone number:
    '555-0142', '1800 889 0088', or any grouping of seven digits or more after 'call',
    'hotline', 'on' and the like. A range ('300-400') has two groups without a leading zero."""
    out = []
    n = len(tokens)
    k = 0
    while k < n:
        tok = tokens[k]
        if tok.kind != "num" or not tok.text.isdigit():
            k += 1
            continue
        groups = [tok.text]
        j = k
        while True:
            nxt = _next_group(text, tokens, j)
            if nxt is None:
                break
            j = nxt
            groups.append(tokens[j].text)
        if len(groups) >= 2:
            digits = sum(map(len, groups))
            zero = any(g[0] == "0" and len(g) >= 3 for g in groups[1:]) or groups[0][0] == "0" and len(groups[0]) >= 3
            cued = any(t.low in _phone_cues() for t in tokens[max(0, k - 4):k])
            if zero or len(groups) >= 3 and digits >= 9 or cued and digits >= 6:
                out.append((tok.start, tokens[j].end))
        k = j + 1
    return out

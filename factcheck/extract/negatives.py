"""Numbers that are not claims: dates, years used as dates, times, phone numbers, versions,
numbers inside names (G7, Covid-19, F-16, Route 66), list markers and page numbers."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from factcheck.extract import phones, tables

_MONTH = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
          r"|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_DAY_SPAN = r"(?:\s?[-–]\s?|\s+(?:to|and|until|till|through|or)\s+)"
# Each pattern is tagged with the characters it can start with: "d" a digit, "p" one of
# ' + ( and "a" anything else (letters). At a position only the patterns that can start
# there are tried, in this order, so the first that matches is the one the whole list gives.
_PATTERNS = [
    # 24 February 2022, 24th of February, February 24, 2022, Feb. 24
    ("d", rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTH}\b(?:,?\s+\d{{4}}\b)?"),
    # day spans before or after a month: 13-14 January, from 3 to 7 March, between 3 and 7
    # March, January 13-14, March 3 to 7 (before the single dates, which would stop at the first day)
    ("d", rf"\b\d{{1,2}}(?:st|nd|rd|th)?{_DAY_SPAN}\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b"),
    ("a", rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?{_DAY_SPAN}\d{{1,2}}(?:st|nd|rd|th)?\b(?![.,]\d)(?!\s*(?:%|per\b|percent|million|billion))"),
    ("a", rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}}\b)?(?!\s*(?:%|per\b|percent|million|billion))"),
    ("a", rf"\b{_MONTH}\s+\d{{4}}\b"),
    # ISO and numeric dates
    ("d", r"\b\d{4}-\d{2}-\d{2}\b"),
    ("d", r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"),
    # year ranges and spans: 2012-13, 2022–2024, 2022/23
    ("d", r"\b(?:1[89]|20)\d{2}\s?[-–—/]\s?(?:(?:1[89]|20)\d{2}|\d{2})\b(?![\d,])"),
    # decades: 1990s, the '90s, 90s
    ("dp", r"\b(?:1[89]|20)?\d0s\b|['’]\d0s\b"),
    # times: 10:30, 3pm, 3 p.m., 9 o'clock, 15:00 GMT
    ("d", r"\b\d{1,2}:\d{2}(?::\d{2})?\b"),
    ("d", r"\b\d{1,2}\.\d{2}\s*(?:[ap]\.?m\b\.?|GMT\b|UTC\b|BST\b|CET\b|EET\b)"),
    ("d", r"\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b\.?"),
    ("d", r"\b\d{1,2}\s+o['’]clock\b"),
    ("d", r"\b\d{1,2}\s+(?:noon|midnight|midday)\b"),
    # military times after a preposition: at 1400 hours; codes with a leading zero: 0800, 0600
    ("d", r"(?:(?<=\bat )|(?<=\bby )|(?<=\buntil )|(?<=\btill )|(?<=\bfrom )|(?<=\bafter )|(?<=\bbefore )|(?<=\bsince ))"
          r"(?:[01]\d|2[0-3])[0-5]\d\s?(?:hours|hrs|local\s+time|GMT|UTC)\b"),
    ("d", r"\b0\d{2,}\b(?![.,]\d)"),
    # coordinates: 50.45°N, 36°52′N 12°30′E, 25.8N, 80.2W
    ("d", r"\b\d{1,3}(?:\.\d+)?\s?°\s?(?:\d{1,2}(?:\.\d+)?\s?['′’]\s?)?(?:\d{1,2}(?:\.\d+)?\s?(?:\"|″|'')\s?)?[NSEW]\b"),
    ("d", r"\b\d{1,3}\.\d+[NSEW]\b"),
    # a year and a serial, a case and a year: Directive 2019/790, case 23/1147, file 12/2023
    ("d", r"\b\d{1,4}/\d{3,5}\b"),
    # grid references: SU 123 456
    ("a", r"\b[A-Z]{2}\s?\d{3,5}\s\d{3,5}\b"),
    # bracketed references: [3], [4, 7], [12-14]; a bare figure in brackets before a lower-case
    # word is a list marker or an age: '(1) raise taxes', 'Lopez (34) was named'
    ("p", r"\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]"),
    ("p", r"\(\d{1,3}\)(?=\s+[a-z])"),
    # a two-digit year after an apostrophe: the class of '22, in summer '25 (not the '90s)
    ("p", r"(?:(?<=\bof )|(?<=\bin )|(?<=\bsince )|(?<=\buntil )|(?<=\bby )|(?<=\bsummer )|(?<=\bwinter )"
          r"|(?<=\bspring )|(?<=\bautumn )|(?<=\bfall )|(?<=\bclass )|(?<=\bseason ))['’]\d{2}\b(?!['’]?s\b)"),
    # a dotted number before a release word: the 1.04 patch, the 5.0 release
    ("d", r"\b\d+\.\d+\s(?:patch|release|update|version|build|firmware|beta|upgrade|hotfix)\b"),
    # house numbers before a street word written in lower case: 12 rue de Rivoli, 5 via Roma
    ("d", r"\b\d{1,4}[a-z]?\s(?:{streets})(?=\s|$)"),
    # phone numbers
    ("p", r"(?<![\w.,])\+\d{1,3}[\s-]?\(?\d{1,4}\)?(?:[\s-]?\d{2,4}){2,4}\b"),
    ("dp", r"(?<![\w.,])\(?0\d{2,4}\)?[\s-]\d{3,4}[\s-]?\d{3,4}\b"),
    ("p", r"(?<![\w.,])\(\d{3}\)\s?\d{3}-\d{4}\b"),
    ("d", r"(?<![\w.,])\d{3}-\d{3}-\d{4}\b"),
    # versions: v2.1, version 3.2.1, 1.2.3
    ("a", r"\b[vV]\d+(?:\.\d+)*\b"),
    ("a", r"\b(?i:version|release|build|update)\s+\d+(?:\.\d+)*\b(?!,\d)(?!\s+[a-z]+s\b)"),
    # a dotted number after a software word: firmware 2024.32, iOS 18.2, kernel 6.8, patch 1.4.2
    ("a", r"\b(?i:{software})\s+\d+(?:\.\d+)+\b(?![\d.]|\s*(?:%|percent|per\b|million|billion|trillion))"),
    ("d", r"\b\d+\.\d+\.\d+(?:\.\d+)*\b"),
    # a quarter or half with its year: Q4 2023, H1 2025
    ("a", r"\b(?:Q[1-4]|H[12])\s(?:19|20)\d{2}\b"),
    # letters glued to digits: G7, MH17, COP29, H5N1, 5G, 3D, A4
    # (not a currency code glued to its amount, 'USD10m', '$US113', nor a unit, '256GB')
    ("a", r"\b(?<!\$)(?!(?:{currencies})\d)[A-Za-z]+\d+[A-Za-z\d]*\b"),
    ("d", r"\b\d++(?=[a-z]*[A-Z])(?!(?:{units})\b)[a-z]*[A-Z][A-Za-z]*\b"),
    # letters, hyphen, digits: F-16, Su-34, S-300, Covid-19, Kh-101, T-72B3, MiG-29 (not 'minus-5', 'sub-300')
    ("a", r"\b(?!(?i:minus|sub|negative)-)(?:[A-Za-z]{1,8}|[A-Z][a-z]{8,}|[A-Z][a-z]*['’][a-z]+)-\d+[A-Za-z\d]*\b"),
    # codes and identifiers: stock tickers (7203.T, 0700.HK), plan sections (401(k), 501(c)(3)),
    # DOIs (10.1038/...), arXiv ids (arXiv:2401.01234, 2401.01234v2)
    ("d", r"\b\d{3,6}\.[A-Z]{1,3}\b(?![.'’]?[a-z])"),
    ("d", r"\b\d{3}\([a-z]\)(?:\(\d{1,2}\))?"),
    ("d", r"\b10\.\d{4,9}/\S+"),
    ("d", r"\b\d{2}(?:0[1-9]|1[0-2])\.\d{4,5}v\d+\b|\b\d{2}(?:0[1-9]|1[0-2])\.\d{5}\b(?![.,]\d)"),
    ("a", r"\b(?i:arxiv):\s?\d{4}\.\d{4,5}(?:v\d+)?\b"),
    # a club or a plan named with a number: Schalke 04, Mainz 05 (a two-digit number with a
    # leading zero after a capitalised name); 'Fit for 55 package' (a number after a capitalised
    # word and 'for' before a word of a programme)
    ("a", r"\b[A-Z][a-z]+\s0\d\b(?![.,:]\d|\s*%)"),
    ("a", r"\b[A-Z][a-z]+\sfor\s\d{1,4}\b(?=\s(?:{programmes})\b)"),
    # digits, letters, digits: Leopard 2A4, 4x100m relay (not a unit such as km2)
    ("d", r"\b\d+(?:[A-Z]+|x)\d+[A-Za-z\d]*\b"),
    # digits, a word in capitals, digits: 737 MAX 9
    ("d", r"\b\d+\s[A-Z]{2,}\s\d+\b(?![.,]\d|\s*(?:%|percent|per\b|(?:days?|weeks?|months?|years?|hours?|km|miles?)\b))"),
    # digits, hyphen, capital letters: 9-M723, 2S19
    ("d", r"\b\d+-[A-Z]+\b"),
    # list markers at the start of a line or after a colon: '1.', '2)', '(3)'
    ("dp", r"(?:(?<=\n)|(?<=\A)|(?<=\n[ \t])|(?<=\n[ \t]{2})|(?<=^[ \t])|(?<=[:;] )|(?<=[:;]))\(?\d{1,2}[.)][ \t]"),
    # page, paragraph and footnote references
    ("a", r"\b(?i:pages?|pp?\.|paragraphs?|para\.|refs?\.?|footnote|fig\.|figure|table|chapter|section|article|no\.|nos\.|number|vol\.|volume|issue|episode|room|platform|gate|route|highway|exit|flight)\s+\d+(?:\s*[-–]\s*\d+)?\b"),
    # 24/7, 9/11, 50/50, scores 3-1 (not a fraction with a common denominator: 3/4, 1/16)
    ("d", r"\b(?!\d{1,2}/(?:2|3|4|5|8|10|16|32|64)\b(?!/))\d{1,3}/\d{1,2}\b"),
    # model names with a dot: ID.3
    ("a", r"\b[A-Z]{2,}\.\d+\b"),
    # street addresses: 10 Downing Street
    ("d", r"\b\d{1,4}[a-z]?\s+(?:[A-Z][a-z]+\s+){1,2}(?:Street|St\.|Road|Rd|Avenue|Ave\.|Lane|Boulevard|Square|Place|Drive|"
    r"Terrace|Crescent|Close|Way|Court|Gardens|Hill|Row|Park|Walk|Mews|Grove|Parade|Quay|Wharf|Embankment|Plaza|Highway)\b"),
    # codes mixing digits, letters and hyphens: 10b-5, 23-cv-1147
    ("d", r"\b\d+[A-Za-z]+-\d+[\w-]*\b"),
    ("d", r"\b\d+-[a-z]{1,3}-\d+\b"),
]


@lru_cache(maxsize=1)
def _regex() -> dict:
    """One alternation per starting character class ("d", "p", "a"), patterns in list order."""
    fill = {"{currencies}": _currency_letters(), "{units}": _unit_letters(),
            "{software}": "|".join(sorted(map(re.escape, tables.words()["software_words"]), key=len, reverse=True)),
            "{programmes}": "|".join(sorted(map(re.escape, tables.words()["programme_nouns"]), key=len, reverse=True)),
            "{streets}": "|".join(sorted(map(re.escape, tables.words()["street_words"]), key=len, reverse=True))}
    parts: dict[str, list[str]] = {"d": [], "p": [], "a": []}
    for starts, p in _PATTERNS:
        for key, alternatives in fill.items():
            p = p.replace(key, alternatives)
        for c in starts:
            parts[c].append(f"(?:{p})")
    return {c: re.compile("|".join(ps)) for c, ps in parts.items()}


def _currency_letters() -> str:
    """Letters of currency marks that may be glued to digits ('USD10m', 'RM79', 'PS6m' only
    before an amount with a scale, decimals or digit groups)."""
    cur = tables.currencies()
    letters = {code.rstrip(".") for code in cur["symbols"] if code.rstrip(".").isalpha()}
    alternatives = sorted(letters, key=len, reverse=True)
    amount = r"(?=\d{1,3},\d{3}|\d+\.\d|\d+(?:\.\d+)?(?:m|bn|k|mn|mil|\s(?:million|billion|trillion|bn|mn))\b)"
    shaped = [f"{code.strip('=')}{amount}" for code in cur["symbols_with_amount"] if code.isalpha()]
    return "|".join(shaped + alternatives)


def _unit_letters() -> str:
    """Unit and scale spellings written glued after digits in capitals ('256GB', '15kHz', '4500mAh')."""
    u = tables.units()
    words = {k for k in list(u["after"]) + list(u["glued"]) if k.isalpha()}
    words |= {k for k in tables.numbers()["scale_suffixes"]}
    spellings = set(u["capitalised"]) | {"T", "Bn"}
    for w in words:
        spellings |= {w, w.upper(), w.capitalize()}
    return "|".join(sorted((re.escape(w) for w in spellings if w != "G"), key=len, reverse=True))


_SPAN_WORDS = frozenset({"to", "and", "until", "till", "through", "or"})
_FOLLOWERS = {"of", "noon", "midnight", "midday", "o'clock", "o’clock", "a.m.", "p.m.", "am", "pm", "gmt", "utc", "bst", "cet",
              "hours", "hrs", "local", "patch", "release", "update", "version", "build", "firmware", "beta", "upgrade",
              "hotfix", "°", "/", ")"}


@lru_cache(maxsize=1)
def _followers() -> frozenset:
    """Words after a numeral that some pattern reads (a time word, a release word, a street word)."""
    return frozenset(_FOLLOWERS | set(tables.words()["street_words"]))


def _may_start_here(text: str, tokens, k: int, followers: frozenset) -> bool:
    """Whether a pattern can start at numeral k: something glued to it, a capital, a
    numeral or a time word after it, or a line start or colon before it."""
    tok = tokens[k]
    if k + 1 < len(tokens):
        nxt = tokens[k + 1]
        if nxt.start == tok.end or nxt.kind == "num" or nxt.text[:1].isupper() or nxt.low in followers:
            return True
        if tok.text[0] == "0" and len(tok.text) > 2:
            return True  # '0800 line': a leading zero
        if nxt.low in _SPAN_WORDS and k + 3 < len(tokens) and tokens[k + 2].kind == "num" and tokens[k + 3].text[:1].isupper():
            return True  # '3 to 7 March'

    if k == 0:
        return True
    prev = tokens[k - 1]
    return prev.low in (":", ";", "(", "+", "[", "'", "’") or "\n" in text[prev.end:tok.start]


@lru_cache(maxsize=1)
def _starters() -> frozenset:
    """Words a negative pattern can start with before its digits (months, 'version', 'page')."""
    words = {m.rstrip(".") for m in tables.words()["months"]}
    words |= {"version", "release", "build", "update", "page", "pages", "p", "pp", "paragraph", "paragraphs",
              "para", "footnote", "fig", "figure", "table", "chapter", "section", "article", "no", "nos",
              "number", "vol", "volume", "issue", "episode", "room", "platform", "gate", "route", "highway",
              "exit", "flight", "v", "ref", "refs", "q", "h"} | set(tables.words()["software_words"])
    return frozenset(words | {w.capitalize() for w in words})


def blocked_spans(text: str, tokens) -> tuple[list[int], list[int]]:
    """Sorted (starts, ends) of character spans that hold no claim.

    Every pattern holds a digit and starts at most three tokens before it, so the patterns
    are tried only at those token starts instead of scanning the whole text."""
    regex = _regex()
    digit_first, punct_first, other_first = regex["d"], regex["p"], regex["a"]
    spans: dict[int, int] = {}
    tried: set[int] = set()  # token indices
    starters = _starters()
    followers = _followers()
    grouped = False  # two digit groups one space or a hyphen apart, as in a telephone number
    for k, tok in enumerate(tokens):
        if tok.kind != "num":
            continue
        if not grouped and k and phones.group_after(text, tokens, k):
            grouped = True
        # the three tokens before: only where a pattern can open (glued, a starter word, + ( ')
        for s in range(k - 3 if k > 3 else 0, k + 1):
            if s in tried:
                continue
            t = tokens[s]
            if s < k:
                if not (t.end == tokens[s + 1].start or t.low.rstrip(".") in starters or t.low in "+('[’"
                        or s == k - 1 and len(t.text) == 2 and t.text.isupper()  # 'SU 123 456'
                        or t.text[:1].isupper() and (s == k - 1 and len(tok.text) == 2 and tok.text[0] == "0"
                                                     or s == k - 2 and tokens[k - 1].low == "for")):  # 'Schalke 04', 'Fit for 55'
                    continue
            elif not _may_start_here(text, tokens, k, followers):
                continue
            tried.add(s)
            pos = t.start
            c = text[pos]
            m = (digit_first if c.isdecimal() else punct_first if c in "'+([’" else other_first).match(text, pos)
            if m:
                end = m.end()
                if end > pos and end > spans.get(pos, 0):
                    spans[pos] = end
    if grouped:
        for a, b in phones.spans(text, tokens):
            spans[a] = max(spans.get(a, 0), b)
    if "://" in text or "www." in text or "@" in text:
        for m in _URL.finditer(text):
            spans[m.start()] = max(spans.get(m.start(), 0), m.end())
    starts = sorted(spans)
    return starts, [spans[s] for s in starts]


_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w.+-]+@[\w-]+\.[\w.-]+")


def is_blocked(spans, pos: int) -> bool:
    starts, ends = spans
    k = bisect_right(starts, pos) - 1
    for j in range(k, max(-1, k - 6), -1):
        if starts[j] <= pos < ends[j]:
            return True
    return False


@lru_cache(maxsize=1)
def _words():
    w = tables.words()
    return {
        "year_words": frozenset(w["year_words"]),
        "months": frozenset(w["months"]),
        "name_heads": frozenset(w["name_heads"]),
        "name_heads_lower": frozenset(w["name_heads_lower"]),
    }


def looks_like_year(tokens, i: int, num) -> bool:
    """A bare four-digit 1000..2100 numeral reads as a year unless a count or unit follows it."""
    tok = tokens[num.first]
    if num.form != "digits" or num.last != num.first + 1 or not tok.text.isdigit() or len(tok.text) != 4:
        return False
    value = int(tok.text)
    prev = tokens[num.first - 1].low if num.first > 0 else ""
    if not 1000 <= value <= (2200 if prev in ("by", "until", "before") else 2100):
        return False
    return prev in _words()["year_words"] or prev in _words()["months"] or value >= 1900


def in_name(tokens, num) -> bool:
    """'Route 66', 'Article 5', 'Apollo 11', 'the 47th Mechanised Brigade' (a capitalised head before)."""
    i = num.first
    if i == 0:
        return False
    prev = tokens[i - 1]
    if num.form == "words" and tokens[i].text[:1].isupper() and _capital_word_in_name(tokens, i, num.last):
        return True
    if tokens[i].start - prev.end > 1:
        return False
    if prev.kind == "word":
        words = _words()
        if not prev.text.islower() and prev.low.rstrip(".") in words["name_heads"]:  # 'Route 66', 'macOS 15'
            return True
        if prev.low in words["name_heads_lower"] and (num.form == "digits" or prev.low == "number") and not _unit_follows(tokens, num):
            return True  # 'reactor 4', not 'the sector 0.68 percent lower'

    if prev.low in ("#", "№"):
        return True
    return _after_a_proper_name(tokens, num)


def _unit_follows(tokens, num) -> bool:
    from factcheck.extract import measures

    j = num.last
    if j < len(tokens) and tokens[j].start == tokens[j - 1].end and len(tokens[j].text) == 1 and tokens[j].text.isupper():
        return False  # 'seat 14C', 'flat 3B': a letter of the label, not a unit
    return j < len(tokens) and measures.unit_after(tokens, j) is not None


_SENTENCE_MARKS = frozenset({".", "!", "?", ":", ";", "\"", "“", "‘", "'", "(", "[", "—", "–", "-", "•", "*"})


def _capitalised(tok) -> bool:
    return tok.kind == "word" and tok.text[:1].isupper() and tok.low not in _NOT_NAMES


def _capital_word_in_name(tokens, i: int, j: int) -> bool:
    """'Formula One', 'Vision One', 'Air Force One', 'One Piece', 'Channel Four': a capitalised
    number word inside a sentence, next to another capitalised word, is part of a name."""
    prev = tokens[i - 1]
    if prev.kind == "sym" and prev.low in _SENTENCE_MARKS and prev.low not in ("-", "–"):
        return False
    # the word before is capitalised for itself, not because it opens the sentence
    before = _capitalised(prev) and tokens[i].start - prev.end <= 1 and i >= 2 and (
        tokens[i - 2].kind != "sym" or tokens[i - 2].low not in _SENTENCE_MARKS)
    after = j < len(tokens) and _capitalised(tokens[j]) and tokens[j].start - tokens[j - 1].end <= 1
    # 'the Group of Seven', 'the Gang of Four': 'of' between a capitalised word and the number word
    named_of = prev.low == "of" and i >= 3 and _capitalised(tokens[i - 2]) and tokens[i - 3].kind == "word"
    # 'Nineteen Eighty-Four': the capitalised end of a hyphened name whose start was read as a name
    hyphened = (prev.low in ("-", "–") and prev.end == tokens[i].start and i >= 3 and tokens[i - 2].end == prev.start
                and _capitalised(tokens[i - 2]) and _capitalised(tokens[i - 3]))
    return before or after or named_of or hyphened


_NOT_NAMES = frozenset({"in", "on", "at", "by", "of", "for", "from", "to", "since", "about", "around", "some", "over",
                        "under", "nearly", "almost", "roughly", "only", "just", "all", "and", "but", "or", "the", "a",
                        "an", "with", "after", "before", "between", "among", "until", "than", "up", "down", "then",
                        "there", "these", "those", "its", "their", "our", "his", "her", "another", "another", "every",
                        "each", "what", "when", "while", "where", "as", "are", "were", "was", "is", "had", "has", "have",
                        "so", "if", "that", "this", "more", "fewer", "less", "at", "least", "most", "into", "through",
                        "during", "against", "despite", "within", "without", "per", "like", "via", "whereas", "yet"})


def _after_a_proper_name(tokens, num) -> bool:
    """'Pixel 9', 'iPhone 16', 'Windows 11': a capitalised word (not sentence-initial) just before a bare number."""
    i = num.first
    prev = tokens[i - 1]
    # islower() first: a word with no capital is no name, without a look at each character
    if prev.kind != "word" or prev.low in _NOT_NAMES or prev.text.islower() or not any(ch.isupper() for ch in prev.text):
        return False
    if prev.low.endswith(("'s", "’s")) or prev.low in _words()["months"]:
        return False
    if i < 2 or tokens[i - 2].low in (".", "!", "?", ":", ";", "\"", "“", "(", "—", "–"):
        return False
    if num.scale != 1.0 or num.form != "digits":
        return False
    j = num.last
    if j < len(tokens) and tokens[j].low in ("%", "percent", "per", "pc", "-", "–"):
        return False
    if j + 1 < len(tokens) and tokens[j].low == "to" and tokens[j + 1].kind == "num":
        return False
    from factcheck.extract import measures

    return measures.unit_after(tokens, j) is None  # 'Energy's 550 megawatt plant', 'Pro 16 inch'


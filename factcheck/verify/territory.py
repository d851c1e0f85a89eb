"""Whether a population or GDP figure is about one country. A group of countries ('the Arab
world', 'the EU', 'Sub-Saharan Africa') or a city ('Cairo's population', 'greater Jakarta')
is not: the World Bank tables hold countries (and the world as a whole) only, so such a
figure is not compared with a country's, nor with the world's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.verify.settings import settings


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    cfg = settings()["countries"]
    groups = "|".join(re.escape(g) for g in sorted(cfg["groups"], key=len, reverse=True))
    cities = "|".join(re.escape(c) for c in sorted(cfg["city_words"], key=len, reverse=True))
    things = "|".join(re.escape(t) for t in cfg["subject_words"])
    group = re.compile(rf"(?<![\w-])(?:the\s+)?(?:{groups})(?![\w-])", re.I)
    city = re.compile(rf"(?<![\w-])(?:{cities})(?![\w-])", re.I)
    name = r"((?:[A-Z][\w.-]+\s){0,2}[A-Z][\w.-]+)"
    subject = re.compile(rf"{name}(?:'s|’s)\s+(?:\w+\s+){{0,2}}?(?:{things})\b"
                         rf"|\b(?:{things})\s+of\s+(?:the\s+)?(?:city\s+of\s+)?{name}")
    return group, city, subject


def cfg_named_subject() -> str:
    """A clause that opens with a proper name and then gives its size: 'Cairo, home to some
    22 million residents', 'Lagos, Nigeria's biggest city, has ...', 'Jakarta has ...'."""
    return settings()["countries"]["named_subject"]


def blank_groups(text: str) -> str:
    """The text with group names blanked ('the Arab world' must not read as 'World')."""
    return _patterns()[0].sub(lambda m: " " * len(m.group(0)), text or "")


def not_a_country(v, table) -> str | None:
    """Why the figure is about no single country, or None."""
    group, city, subject = _patterns()
    said = v.claim.text.strip()
    lo = _clause_start(v)
    clause = v.sentence[lo:v.pos[0]]
    for m in group.finditer(clause):
        if _modifier(clause[:m.start()]) or table.find(clause[m.end():]):
            continue
        name = re.sub(r"^The\b", "the", m.group(0).strip())
        return (f"'{said}' is about {name}, a group of countries, while the reference covers "
                f"single countries only (the regional aggregates are not in it), so it cannot check it.")
    found = city.search(clause + " " + v.after_clause)
    if found:
        return (f"'{said}' is about a city or metropolitan area ('{found.group(0)}'), while the reference covers "
                f"countries only, so it cannot check it.")
    opening = re.match(cfg_named_subject(), v.sentence[lo:v.pos[0]])
    if opening and not table.find(opening.group(1)) and not group.fullmatch(opening.group(1)):
        return (f"'{said}' is about {opening.group(1)}, a city or place that is not a country in the reference; "
                f"the reference covers countries only, so it cannot check it.")
    for m in subject.finditer(v.sentence[lo:]):
        name = m.group(1) or m.group(2)
        if name and not table.find(name) and not group.fullmatch(name) and name.split()[0] not in ("The", "Its", "Their"):
            return (f"'{said}' is about {name}, which is not a country in the reference; the reference covers "
                    f"countries only, so it cannot check it.")
    return None


WORLD = "WLD"


def appositive(sentence: str, f: dict) -> bool:
    """A country set off by commas (or dashes) right after a noun phrase with a possessive or
    a superlative: "Europe's largest economy, Germany, ...", "the region's biggest economy,
    Saudi Arabia, ..."."""
    before, after = sentence[:f["start"]], sentence[f["end"]:]
    if not re.search(r"(?:,|\s[-–—])\s*$", before) or not re.match(r"\s*(?:,|\s[-–—]|\))", after):
        return False
    head = re.split(r"[,;:()]|\s[-–—]\s", before.rstrip(" ,-–—"))[-1]
    return bool(re.search(settings()["countries"]["apposition_head"], head, re.I))


def possessive_of_apposition(sentence: str, f: dict, apposed: list[dict]) -> bool:
    """The possessive ('world's', 'Africa's') of the noun phrase an appositive country explains."""
    return any(f["end"] <= a["start"] and re.match(r"(?:'s|’s)\s", sentence[f["end"]:])
               and not re.search(r"[;.]", sentence[f["end"]:a["start"]]) for a in apposed)


def whole_world(sentence: str, f: dict) -> bool:
    """'World' only for the world as a whole: 'the world's population', 'world GDP', not
    'the world's most populous country' or 'the World Bank'."""
    return bool(re.match(settings()["countries"]["world_whole"], sentence[f["end"]:], re.I))


def pronoun_subject(v) -> bool:
    """The claim's clause speaks of a country named before ('Its population', 'the country's GDP')."""
    clause = v.sentence[_clause_start(v):v.pos[0]]
    return bool(re.search(settings()["countries"]["pronoun_subject"], clause, re.I))


def _clause_start(v) -> int:
    """Where the claim's clause begins (after the last strong boundary before the figure)."""
    strong = re.compile(settings()["binding"]["strong_boundary"], re.I)
    lo = 0
    for m in strong.finditer(v.sentence, 0, v.pos[0]):
        lo = m.end()
    return lo


def _modifier(before: str) -> bool:
    """'the largest country in the Arab world': a group after such a preposition is not the subject."""
    return bool(re.search(r"\b(?:in|across|among|within|outside|from|of|than)\s*$", before, re.I)) and not \
        re.search(rf"\b(?:{'|'.join(settings()['countries']['subject_words'])})\s+of\s*$", before, re.I)

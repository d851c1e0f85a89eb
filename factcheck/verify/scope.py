"""What part of the war a claim covers: a place ('in Bakhmut', 'in the Kursk region alone'),
or a stretch of time ('this month', 'in a single day', 'since January').

A figure for a part is not compared with a total for the whole war (a running total since
24 Feb 2022, or one national attack report): it says nothing about it.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from factcheck.reference.manifest import Metric, dataset
from factcheck.verify.binding import hits
from factcheck.verify.settings import settings


@lru_cache(maxsize=1)
def _place_pattern() -> re.Pattern:
    cfg = settings()["scope"]
    places = "|".join(re.escape(p) for p in sorted(cfg["places"], key=len, reverse=True))
    preps = "|".join(cfg["place_prepositions"])
    kinds = "|".join(cfg["place_kinds"])
    return re.compile(
        rf"\b(?i:{preps})\s+(?:the\s+)?(?:(?:city|town|village|region|oblast) of\s+)?"
        rf"(?:(?i:{places})(?:\s+(?:{kinds}))?|[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?\s+(?:{kinds}))\b(?:\s+alone)?")


@lru_cache(maxsize=1)
def _since_pattern() -> re.Pattern:
    return re.compile(settings()["scope"]["since_part"], re.I)


def part(v) -> str | None:
    """The phrase bound to the claim that puts it on a part of the war, or None."""
    cfg = settings()["scope"]
    figs = v.figs
    window = None  # 'overnight', 'in a single night': the attack's own window, kept only if no place is named
    for _, s, e in hits(v.sentence, cfg["period_cues"]):
        if figs.owns(s, e) and not re.search(settings()["dates"]["end_of"], v.sentence[:s], re.I) \
                and not dates_a_statement(v, s, e):
            if v.sentence[s:e].lower() not in cfg["attack_window_cues"]:
                return v.sentence[s:e]  # ('by the end of that month' is a date, not a stretch)
            window = window or v.sentence[s:e]
    day = single_day(v)
    if day:
        return day
    m = _since_pattern().search(v.sentence)
    if m and figs.owns(m.start(), m.end()):
        return m.group(0)
    lo, hi = figs.segment()
    opening = _opening(v.sentence)
    from factcheck.verify import text as tx

    whole_attack = tx.first_of(v.sentence, cfg.get("whole_attack_cues", [])) is not None
    for m in _place_pattern().finditer(v.sentence):
        if whole_attack or _whole(m.group(0)) or not figs.owns(m.start(), m.end()):
            continue
        inside = lo <= m.start() and m.end() <= hi or m.end() <= opening
        if inside and not _speaker(v.sentence[m.end():]) and not _speakers_place(v, m.start(), m.end()):
            return m.group(0)
    return window


def dates_a_statement(v, start: int, end: int) -> bool:
    """'Last month Zelensky said 31,000 soldiers had been killed': the stretch dates the
    statement (a speech verb between it and the figure), it is not the stretch counted."""
    if end > v.pos[0]:
        return False
    return bool(re.search(settings()["scope"]["statement_verbs"], v.sentence[end:v.pos[0]], re.I))


def _speakers_place(v, start: int, end: int) -> bool:
    """'The General Staff in Kyiv', 'officials in Kharkiv counted', 'according to the military
    in Odesa': the place says where the speaker sits, not what the figure counts."""
    source = (v.claim.source or "").strip()
    if source and v.sentence[start:end].split(None, 1)[-1] in source:
        return True
    nouns = "|".join(re.escape(n) for n in sorted(settings()["scope"]["speaker_nouns"], key=len, reverse=True))
    before = v.sentence[max(0, start - 60):start]
    return bool(re.search(rf"\b(?:{nouns})(?:'s|’s)?\s*$", before, re.I)) or \
        bool(re.search(r"\baccording to\b[^,.;]*$", v.sentence[:start], re.I))


def single_day(v) -> str | None:
    """'On 28 November alone': one day's count, bound to the claim."""
    from factcheck.verify.dates import matches

    for s, e, d in matches(v.sentence, date.max, [v.pos]):
        alone = re.match(r"\s*,?\s*alone\b", v.sentence[e:])
        if alone and d.window is None and v.figs.owns(s, e):
            return v.sentence[s:e + alone.end()].strip(" ,")
    return None


def whole_war(m: Metric, phrase: str) -> bool:
    """Whether the metric counts a whole the phrase is a part of. A stretch of time is part
    of a running total since 24 Feb 2022; a place is part of any national war figure (a
    total, a daily rate, one attack report: '20 drones over Kyiv'; but 'missiles fired at
    Kyiv' may name the target of the whole attack)."""
    shape = dataset(m.dataset).shape
    cumulative = shape == "cumulative_series" or bool(m.options.get("cumulative"))
    if not _place_pattern().fullmatch(phrase):
        return cumulative
    if m.dataset not in settings()["scope"]["war_datasets"] or m.options.get("requires_topic"):
        return False  # the Kursk figures are about that place; key dates have none
    if shape == "events" or m.options.get("event"):
        return phrase.split()[0].lower() in settings()["scope"]["event_place_prepositions"]
    return m.kind in ("count", "rate")


def _whole(phrase: str) -> bool:
    """'in Ukraine', 'in Russia': the whole country is no part."""
    low = phrase.lower()
    return any(re.search(rf"\b{re.escape(w)}\b", low) for w in settings()["scope"]["whole_places"])


def _opening(sentence: str) -> int:
    """End of an opening phrase set off by a comma ('In Bakhmut, Russia lost ...'), or 0."""
    m = re.match(r"\s*(?:In|Around|Near|Outside|At|Over|Across|For)\b[^,]{0,60},", sentence)
    return m.end() if m else 0


def _speaker(rest: str) -> bool:
    """'officials in Kyiv said': the place is where the speaker is, not what is counted."""
    return bool(re.match(r"\s*(?:\w+\s+){0,2}?(?:said|says|told|reported|reports|announced|claimed|estimated)\b", rest))


@lru_cache(maxsize=1)
def _blanks() -> tuple[re.Pattern, re.Pattern]:
    cfg = settings()["scope"]
    return re.compile(cfg["superlative"], re.I), re.compile(cfg["other_party_modifier"], re.I)


def _blank(pattern: re.Pattern, text: str) -> str:
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def elsewhere(sentence: str) -> bool:
    """The sentence is about another war ('Houthi attacks', 'in Gaza'); an Iranian-made drone
    or a North Korean missile fired by Russia is not."""
    from factcheck.verify import text as tx

    return tx.first_of(_blank(_blanks()[1], sentence), settings()["scope"]["other_parties"]) is not None


def running_count(sentence: str) -> bool:
    """The sentence counts since some start ('since January', 'so far this year'), not one
    attack; a superlative's 'since' ranks the attack instead."""
    from factcheck.verify import text as tx

    cfg = settings()["scope"]
    plain = _blank(_blanks()[0], sentence)
    if tx.first_of(plain, cfg["cumulative_cues"]):
        return True
    return bool(tx.first_of(plain, cfg["cumulative_cues_weak"])) and not tx.first_of(sentence, cfg["single_attack_cues"])

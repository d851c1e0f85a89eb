"""Candidate reference metrics for a claim: by kind and unit, the counted thing, its side
and the definition its words name ('Russian troops lost' vs 'Ukrainian soldiers dead')."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from factcheck.reference.manifest import Metric, dataset, metrics
from factcheck.reference.manifest import words as vocabulary
from factcheck.verify import scope as parts
from factcheck.verify import named
from factcheck.verify import text as tx
from factcheck.verify import weapons, wording
from factcheck.verify.settings import settings
from factcheck.verify.view import ClaimView


@dataclass
class Candidate:
    metric: Metric
    score: int
    definition: str            # 'match' | 'mismatch' | 'unstated'
    claim_definition: str | None
    side: str | None           # the claim's side where it matters ('russia', 'ukraine')
    side_known: bool


def claim_kind(v: ClaimView) -> str:
    kind = v.claim.kind or "count"
    unit = (v.claim.unit or "").replace(" ", "")
    if kind == "count" and tx.first_of(v.after, settings()["candidates"]["per_day"]):
        return "rate"
    if unit.startswith("1/") and kind != "rate":
        return "rate"
    if kind == "count" and _daily_average(v):
        return "rate"  # "Russia's daily losses averaged 1,400 in August"
    if kind == "count" and v.rate_before and v.figure and _bare(v):
        ratio = v.figure / v.rate_before
        reach = float(settings()["candidates"]["elided_rate_ratio"])
        if 1 / reach <= ratio <= reach:
            return "rate"  # '... 1,330 a day in March to about 1,130 in December'

    if unit in {"percent", "%"}:
        return "percent"
    return kind


def _daily_average(v: ClaimView) -> bool:
    """A 'daily' word before the figure in its clause, with an average word or a month bound
    to it: the figure is a mean rate, not one day's count."""
    from factcheck.verify.binding import hits

    cfg = settings()["candidates"]
    before = [(s, e) for _, s, e in hits(v.sentence, cfg["per_day_before"])
              if e <= v.pos[0] and not v.figs.crosses_strong(s, e) and v.figs.before_owned(s)]
    if not before:
        return False
    if tx.first_of(v.sentence, cfg["average_words"]):
        return True
    from factcheck.verify.dates import matches

    return any(d.window and (d.window[1] - d.window[0]).days >= 27 and v.figs.owns(s, e)
               for s, e, d in matches(v.sentence, date(9000, 12, 31), [v.pos]))  # any year: only the window's length matters


def _bare(v: ClaimView) -> bool:
    """The claim's span is only its figure (and hedge): no unit or noun of its own."""
    rest = (v.claim.text or "").lower().replace((v.claim.hedge or "").lower(), "")
    return not re.sub(r"[\d.,\s]", "", rest)


def claim_side(v: ClaimView) -> tuple[str | None, bool]:
    """('russia'|'ukraine'|'both'|None, whether the words sit right at the figure)."""
    sides = vocabulary("side")
    if tx.first_of(v.sentence, settings()["candidates"]["both_sides"]):
        return "both", True
    for near in (v.measured, v.claim.text, v.after_clause):
        near = _blank(_places(), near or "")
        hits = [s for s, ws in sides.items() if tx.first_of(near, ws)]
        if len(hits) == 1:
            return hits[0], True
    anchor = v.pos[0]
    best = None
    # The speaker is not the side: 'Kyiv said', 'according to Ukraine's General Staff';
    # nor is the place: 'troops lost in Ukraine'.
    sentence = _blank(_SPEAKER, _blank(_places(), v.sentence))
    for side, ws in sides.items():
        found = tx.nearest(sentence, ws, anchor)
        if found and (best is None or found[1] < best[1]):
            best = (side, found[1])
    return (best[0], False) if best else (None, False)


def source_side(v: ClaimView) -> str | None:
    """'the General Staff's tally stood at 710,660': a source bound to the claim that only
    counts one side's losses names that side."""
    from factcheck.verify.binding import hits

    for phrase, side in settings()["candidates"]["side_by_source"].items():
        if tx.has(v.claim.source or "", phrase):
            return side
        if any(not v.figs.crosses_strong(s, e) for _, s, e in hits(v.sentence, [phrase])):
            return side
    return None


def topic_side(v: ClaimView) -> str | None:
    """'It lost 1,330 a day': the side named last in the sentences before (used only when
    the sentence names none and the metric has no side of its own to assume)."""
    topic = _blank(_SPEAKER, _blank(_places(), v.topic or ""))
    best = None
    for side, ws in vocabulary("side").items():
        found = tx.nearest(topic, ws, len(topic))
        if found and (best is None or found[1] < best[1]):
            best = (side, found[1])
    return best[0] if best else None


def _blank(pattern: re.Pattern, text: str) -> str:
    if pattern is _SPEAKER:
        text = _NAMED_SPEAKER.sub(lambda m: " " * len(m.group(0)), text)
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


# 'Ukraine's General Staff says', 'Russia's Defence Ministry claimed': a named institution speaking.
_NAMED_SPEAKER = re.compile(
    r"\b(?:Ukraine|Russia|Kyiv|Moscow)(?:'s|’s)?\s+(?:[A-Z][\w-]*\s+){1,3}"
    r"(?:said|says|claimed|claims|reported|reports|announced|added|estimated|estimates)\b")


def _places() -> re.Pattern:
    preps = "|".join(settings()["candidates"]["place_prepositions"])
    return re.compile(rf"\b(?:{preps}) (?:the )?(?:ukraine|russia|kyiv|moscow)\b", re.I)


_SPEAKER = re.compile(
    r"\b[\w']+(?:'s)?\s+(?:officials?\s+|military\s+|government\s+|president\s+)?"
    r"(?:said|says|claimed|claims|reported|reports|announced|added|estimated|estimates)\b"
    r"|\baccording to [^,.;]*"
    r"|\b(?:counted|reported|estimated|cited|compiled|tallied|given|recorded|confirmed|verified|published)\s+by\s+[^,.;]*"
    r"|\b(?:per|citing)\s+(?:the\s+)?[\w']+\s+(?:general staff|military|officials|government|intelligence)\b"
    r"|\b(?:by|from)\s+(?:the\s+)?(?:ukraine's|ukrainian|kyiv's|russia's|russian|moscow's)\s+"
    r"(?:general staff|military|officials|government|intelligence|defen[cs]e ministry|ministry of defen[cs]e|air force)\b",
    re.I)


def _family(definitions: set[str]) -> tuple[str | None, list[str]]:
    for name, members in settings()["candidates"]["families"].items():
        if definitions & set(members):
            return name, members
    return None, sorted(definitions)


def candidates(v: ClaimView) -> list[Candidate]:
    kind = claim_kind(v)
    allowed_kinds = settings()["candidates"]["kinds"].get(kind, [])
    side_matters = set(settings()["candidates"]["side_matters"])
    side, side_known = claim_side(v)
    fallback = (source_side(v) or topic_side(v)) if side is None else None
    scope = settings()["scope"]
    elsewhere = parts.elsewhere(v.sentence)
    reverse = tx.first_of(v.sentence, scope["reverse_attack"]) is not None
    running = parts.running_count(v.sentence)
    part = parts.part(v)
    model = weapons.in_claim(v)
    v.scope = None
    scored: list[tuple[int, Metric]] = []
    for m in metrics():
        if m.kind not in allowed_kinds:
            continue
        if m.options.get("period") == "since" and not (part and part.lower().startswith("since")):
            continue  # a total since a later start needs the claim to name that start
        if part and parts.whole_war(m, part):
            if _what_score(v, m) > 0:
                v.scope = part  # 'in Bakhmut', 'this month': a part, not the whole war's total
            continue  # ('overnight' is no part of the war for a count of missiles: no total counts them)
        if model and m.what in ("missiles", "drones") and dataset(m.dataset).shape != "events":
            continue  # 'eight Kinzhal missiles': only the Air Force's rows name the model
        if elsewhere and m.dataset in scope["war_datasets"]:
            continue
        if m.what in ("missiles", "drones") and (reverse or running):
            continue
        if m.what in side_matters and side is None and not (_assumed(m) or fallback):
            continue  # whose losses? without a side the figure cannot be placed
        if m.what in side_matters and side == "both":
            continue  # both sides together: no source sums them
        needs = m.options.get("requires_any")
        one_day = m.options.get("period") == "day" and part and parts.single_day(v)
        if needs and not (wording.bound_words(v, needs) or one_day):
            continue  # 'in October', 'in a single day', 'on 28 November alone' must belong to this figure
        topical = m.options.get("requires_topic")
        if topical and not tx.first_of(v.sentence + "\n" + v.topic, topical):
            continue  # 'Kursk' or 'the war' may have been named before the sentence
        if wording.excluded(v, m.options.get("excludes_any"), m.options.get("excludes_near")):
            continue
        if m.kind == "money" and (v.claim.unit or "").upper() != m.unit.upper():
            continue
        score = _what_score(v, m)
        if score <= 0:
            continue
        if m.what in side_matters and m.side not in ("row", "both") and (side or fallback) not in (None, "both", m.side):
            continue
        scored.append((score, m))
    if not scored:
        return []
    best_score = max(s for s, _ in scored)
    out: list[Candidate] = []
    for what in sorted({m.what for s, m in scored if s == best_score}):
        group = [(s, m) for s, m in scored if m.what == what]
        out += _definition_group(v, group, side, side_known, fallback)
    return out


def _definition_group(v: ClaimView, group, side, side_known, fallback=None) -> list[Candidate]:
    """The candidates of one counted thing, split by the definition the claim's words name."""
    available = {m.definition for _, m in group}
    family, members = _family(available)
    if "named_confirmed_dead" not in available:
        members = [d for d in members if d != "named_confirmed_dead"]  # civilians: no count by name
    claim_def = wording.definition(v, members) if family else None
    if claim_def in available:
        chosen, status = [pair for pair in group if pair[1].definition == claim_def], "match"
    elif claim_def is not None:
        chosen, status = group, "mismatch"
    elif family is None:
        chosen, status = group, "match"
    else:
        default = settings()["candidates"]["default_definition"].get(family)
        chosen = [pair for pair in group if pair[1].definition == default]
        if not chosen:
            return []  # 'another 160,000 troops': no loss word, so no loss figure
        status = "unstated"
    primary = [Candidate(m, s, status, claim_def, _side_of(m, side, fallback), side_known)
               for s, m in chosen]
    # Sources of a neighbouring definition, tried when the named one has no figure.
    others = [Candidate(m, s, "mismatch", claim_def, _side_of(m, side, fallback), side_known)
              for s, m in group if (s, m) not in chosen and claim_def is not None]
    return primary + others


def _assumed(m: Metric) -> str | None:
    return m.options.get("default_side") or m.options.get("assumed_side")


def _side_of(m: Metric, side, fallback) -> str | None:
    """The claim's side; else the metric's default; else the side of the sentences before;
    else the side the metric's data is about when nothing else says (daily loss rates)."""
    return side or m.options.get("default_side") or fallback or m.options.get("assumed_side")


def _what_score(v: ClaimView, m: Metric) -> int:
    local = " ".join(p for p in (v.claim.text, v.after_short, v.measured) if p)
    if m.side == "country":
        # 'a country of 110 million people' yes; '100 people were killed in Ukraine' no.
        families = settings()["candidates"]["families"]
        deaths = [w for d in families["casualties"] for w in vocabulary("definition").get(d, [])]
        if tx.first_of(local + " " + v.before, deaths):
            return 0
        if v.before.strip().lower().endswith(("by", "of about", "of some", "of nearly")) and \
                tx.first_of(v.before, ["rose", "risen", "fell", "fallen", "dropped", "shrank", "shrunk", "grew", "grown", "increased", "decreased",
                                       "declined", "a fall", "a drop", "a rise", "an increase", "a decline"]):
            return 0  # 'fell by 10 million': a change, not a level
        if tx.first_of(local + " " + v.before, m.aliases):
            return 3
        if tx.first_of(v.measured, m.options.get("level_things", [])) and \
                _in_clause(v, m.options.get("level_verbs", []), before_only=True):
            return 3  # 'Poland had 36.7 million people and Romania about 19 million'
        # 'Ukraine's population ..., down from more than 44 million': the word is further back;
        # 'GDP rose from $690bn to about $811bn': the second figure shares the first's word.
        figure = v.figure or 0
        if (v.measured and not _junk_measured(v)) or figure < float(m.options.get("bare_min", 1e5)):
            return 0
        if _in_clause(v, m.aliases):
            return 1
        return 1 if _elided(v, m) else 0
    own = " ".join(p for p in (v.claim.text, v.measured) if p)
    if tx.first_of(own, m.aliases):
        return 3
    if v.measured and _names_another(own, m):
        return 0  # '539 strike drones and seven ballistic missiles': the drones are not missiles
    if tx.first_of(local, m.aliases):
        return 3
    if v.ordinal and tx.first_of(v.claim.text, m.options.get("ordinal_aliases", [])):
        return 3  # 'its 1,000th day' in an article about the war
    if m.kind == "area" and (tx.first_of(v.sentence, m.aliases) or tx.first_of(_last_sentence(v.topic), m.aliases)):
        return 1  # '... held only around 800 square kilometres there' after a sentence on Kursk
    if m.kind in ("duration",):
        # 'the war passes 1,000 days': the war named in the figure's clause, before it
        clause = m.options.get("clause_aliases")
        return 2 if clause and (v.claim.unit or "").startswith("day") and _in_clause(v, clause, True) else 0
    if m.definition == "named_confirmed_dead" and named.topical(v):
        return 2  # 'In January 2024 the count stood at 40,599', after a sentence on Mediazona's list
    bare = m.options.get("bare_aliases")
    if v.measured and not (bare and tx.first_of(v.measured, bare)):
        return 0  # the extractor named the counted thing, and it is not this metric's ('toll' is a bare word)
    if bare and (v.figure or 0) >= float(m.options.get("bare_min", 0)) and wording.bound_words(v, bare):
        return 2  # 'the General Staff put the figure at 782,510', 'Russia lost 1,330 a day'
    if tx.first_of(v.sentence, m.aliases):
        return 1
    if bare and (v.figure or 0) >= float(m.options.get("bare_min", 0)) and _points_back(v) and \
            tx.first_of(_last_sentence(v.topic), bare):
        return 1  # 'Russian losses surged. They passed 648,000 by the end of that month.'
    if _defined(v) and tx.first_of(_last_sentence(v.topic), m.aliases):
        return 1  # '... civilians have been killed. Another 26,919 have been injured.'
    if (m.kind == "rate" or m.options.get("period") == "month") and bare and \
            (v.figure or 0) >= float(m.options.get("bare_min", 0)) and \
            tx.first_of(_last_sentence(v.topic), list(m.aliases) + list(bare)):
        return 1  # 'Russian losses rose over the summer. The average reached about 1,400 a day in August.'
    return 0


def _names_another(own: str, m: Metric) -> bool:
    """The claim's own words name another counted thing of the same kind of figure."""
    mine = {a.lower() for a in m.aliases}
    others = {a for o in metrics() if o.kind == m.kind and o.what != m.what for a in o.aliases
              if a.lower() not in mine}
    return tx.first_of(own, others) is not None


def _elided(v: ClaimView, m: Metric) -> bool:
    """'... its population grew to 114 million, while Nigeria's rose to about 228 million': a
    country's possessive with its noun left out, the noun named earlier in the sentence."""
    from factcheck.verify.territory import _clause_start

    lo = _clause_start(v)
    elided = re.search(settings()["countries"]["elided_possessive"], v.sentence[lo:v.pos[0]], re.I)
    return bool(elided) and tx.first_of(v.sentence[:lo], m.aliases) is not None


def _points_back(v: ClaimView) -> bool:
    """The sentence opens with a word that points at the one before ('They', 'It', 'That')."""
    opening = v.sentence.lstrip().lower()
    return any(opening.startswith(w + " ") for w in settings()["dates"]["continuing"])


def _junk_measured(v: ClaimView) -> bool:
    """An extractor's 'measured' that names no counted thing: a verb ('recovering') for an
    amount of money, or words that run into the next country ('dwarfs Ukraine's')."""
    from factcheck.reference import store

    if v.claim.kind == "money":
        return True
    return any(bool(store.countries(d).find(v.measured)) for d in ("worldbank_population",))


def _defined(v: ClaimView) -> bool:
    """A definition word ('injured', 'shot down') bound to the figure."""
    return wording.bound_words(v, [w for ws in vocabulary("definition").values() for w in ws]) is not None


def _last_sentence(text: str) -> str:
    from factcheck.verify.text import sentence_bounds

    text = (text or "").rstrip()
    if not text:
        return ""
    lo, hi = sentence_bounds(text, len(text) - 1, len(text))
    return text[lo:hi]


def _in_clause(v: ClaimView, phrases, before_only: bool = False) -> bool:
    """A phrase bound to the figure, or before it in its clause."""
    from factcheck.verify.binding import hits

    return any((v.figs.owns(s, e) and not before_only) or (e <= v.pos[0] and not v.figs.crosses_strong(s, e))
               for _, s, e in hits(v.sentence, phrases))

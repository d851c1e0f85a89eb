"""The words attached to a claim: the definition they name, the words that rule a metric
out, and the names of the counted thing, each weighted by its distance to the figure.

'Air defences shot down 80 drones, while 105 were lost to jamming': 80 is destroyed
('shot down' right before it), 105 is lost to electronic warfare; the words of one figure
are not read into the other.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.reference.manifest import words as vocabulary
from factcheck.verify import named
from factcheck.verify import text as tx
from factcheck.verify.binding import hits
from factcheck.verify.settings import settings


def _cfg(name: str):
    return settings()["wording"][name]


def definition(v, allowed: list[str]) -> str | None:
    """The definition (of `allowed`) the claim's words name, or None.

    In order: a word in the claim's own span; a verb right before the figure; the nearest
    word bound to the figure; a verb earlier in its clause shared with the figure before
    ('launched 120 missiles and 90 drones'); a source that counts one way; a hint word
    ('attack', 'barrage', 'overnight') in the sentence; any such word of the sentence; a
    word, then a hint, in the sentences before."""
    if "launched" in allowed and v.of_total:
        return "launched"  # 'shot down 59 of 78 missiles': the 78 is what was launched
    if "named_confirmed_dead" in allowed and (named.bound(v) or named.topical(v)):
        return "named_confirmed_dead"  # Mediazona's and BBC Russian's counts are of the dead named one by one
    if "launched" in allowed and _attack_with(v):
        return "launched"  # 'struck the grid with 120 missiles', 'was targeted by 93 missiles'
    # The named dead are named only by the words above, bound to the claim.
    vocab = {d: ws for d, ws in vocabulary("definition").items() if d in allowed and d != "named_confirmed_dead"}
    found = _hits(v.sentence, vocab)
    figs = v.figs
    own = [h for h in found if figs.owns(h[1], h[2])]
    inside = [h for h in own if v.pos[0] <= h[1] and h[2] <= v.pos[1]]
    if inside:
        return max(inside, key=lambda h: h[2] - h[1])[0]
    after = _after_noun(v, own) if "killed" in allowed else None
    if after:
        return after  # 'lost at least 200,000 soldiers killed': the participle after the noun decides
    verbs = [h for h in own if h[2] <= v.pos[0] and figs.words_apart(h[1], h[2]) <= int(_cfg("verb_words"))]
    if verbs:
        return _specific(v, own, max(verbs, key=lambda h: h[2]), allowed)
    if own:
        return _specific(v, own, min(own, key=lambda h: (figs.distance(v.pos, h[1], h[2]), -(h[2] - h[1]))), allowed)
    shared = [h for h in found if h[2] <= v.pos[0] and not figs.crosses_strong(h[1], h[2])]
    if shared:
        return max(shared, key=lambda h: h[2])[0]
    said = " ".join((v.sentence, v.claim.source or ""))
    for word, d in settings()["candidates"].get("definition_by_source", {}).items():
        if d in allowed and tx.has(said, word):
            return d
    hints = {d: ws for d, ws in vocabulary("definition_hint").items() if d in allowed}
    for place in (v.sentence,):
        near = _hits(place, hints)
        if near:
            return min(near, key=lambda h: figs.distance(v.pos, h[1], h[2]))[0]
    if found:
        return min(found, key=lambda h: figs.distance(v.pos, h[1], h[2]))[0]
    if "launched" in allowed and re.match(r"\s*of\s+(?:the|them|these|those)\b", v.sentence[v.pos[1]:], re.I) \
            and re.match(r"\s*of\s+(?:the\s+)?(?:missiles|drones|rockets|them|these|those)\b", v.sentence[v.pos[1]:], re.I):
        return "launched"  # 'Four of the missiles were Iskander-M': a part of what was launched
    weak = _hits(v.sentence, {d: ws for d, ws in vocabulary("definition_weak_hint").items() if d in allowed})
    if weak:
        return weak[0][0]
    for place_vocab in (vocab, hints):
        later = _hits(v.topic, place_vocab)
        if later:
            return max(later, key=lambda h: h[2])[0]  # the word nearest the sentence
    return None


def _specific(v, own, chosen, allowed) -> str:
    """'415 drones were lost to Ukrainian jamming': a generic 'lost' gives way to a word of
    electronic warfare bound to the same figure in its clause (drones lost to jamming were
    not shot down)."""
    generic = {w.lower() for w in _cfg("generic_loss_words")}
    if "lost_to_electronic_warfare" not in allowed or v.sentence[chosen[1]:chosen[2]].lower() not in generic:
        return chosen[0]
    ew = [h for h in own if h[0] == "lost_to_electronic_warfare" and not v.figs.crosses_strong(h[1], h[2])]
    return ew[0][0] if ew else chosen[0]


def _after_noun(v, own) -> str | None:
    """A casualty word right after the figure and its noun, in the same stretch between
    commas ('200,000 soldiers killed', '198,000 soldiers had been killed', '115,000 troops
    dead'): it says what was counted, whatever loss verb ('lost', 'losses') came before."""
    generic = {w.lower() for w in _cfg("generic_loss_words")}
    lo, hi = v.figs.segment()
    after = [h for h in own if v.pos[1] <= h[1] and h[2] <= hi and v.sentence[h[1]:h[2]].lower() not in generic
             and v.figs.words_apart(h[1], h[2]) <= int(_cfg("participle_words"))]
    return min(after, key=lambda h: h[1])[0] if after else None


@lru_cache(maxsize=1)
def _attack_with_pattern() -> re.Pattern:
    return re.compile(_cfg("attack_with"), re.I)


def _attack_with(v) -> bool:
    """An attack verb with 'with' or 'by' right before the figure, in its own clause."""
    before = v.sentence[:v.pos[0]]
    # 'hit Ukraine with 120 missiles and 90 drones': the verb governs the whole list
    before = re.sub(r"(?:\d[\d,.]*\s+(?:[\w-]+\s+){0,3}?(?:missiles|drones|rockets|shaheds|uavs)\s*(?:,|and)\s+)+$",
                    "", before, flags=re.I)
    lo = v.figs.segment()[0]
    return bool(_attack_with_pattern().search(before[max(0, lo - 120):])) if before else False


def _hits(text: str, vocab: dict[str, list[str]]) -> list[tuple[str, int, int]]:
    """(definition, start, end) for each word of `vocab` in `text`; a longer phrase hides
    the shorter ones inside it ('lost to jamming' hides 'lost')."""
    by_phrase: dict[str, str] = {}
    for d, ws in vocab.items():
        for w in ws:
            by_phrase.setdefault(w.lower(), d)
    return [(by_phrase[p], s, e) for p, s, e in hits(text, by_phrase)]


def excluded(v, any_words, near_words) -> bool:
    """A metric's ruling-out words: `any_words` ('single day', 'a month') when they belong to
    this figure; `near_words` ('aid', 'sanctions', 'per capita') only a few words from it,
    in the same stretch between commas."""
    figs = v.figs
    from factcheck.verify.scope import dates_a_statement

    if any(figs.owns(s, e) and not _in_end_of(v, s) and not dates_a_statement(v, s, e)
           for _, s, e in hits(v.sentence, any_words or [])):
        return True
    if not near_words:
        return False
    lo, hi = figs.segment()
    reach = int(_cfg("exclude_words"))
    for _, s, e in hits(v.sentence, near_words):
        if lo <= s and e <= hi and figs.words_apart(s, e) <= reach:
            return True
    return tx.first_of(" ".join((v.claim.text, v.measured)), near_words) is not None


def bound_words(v, phrases) -> str | None:
    """The phrase of `phrases` bound to this figure (nearest first), or None."""
    own = [(v.figs.distance(v.pos, s, e), p) for p, s, e in hits(v.sentence, phrases)
           if v.figs.owns(s, e) and not _in_end_of(v, s)]
    return min(own)[1] if own else None


def _in_end_of(v, start: int) -> bool:
    """Inside 'by the end of that month': the words date a running total."""
    return any(m.start() <= start < m.end()
               for m in re.finditer(settings()["dates"]["end_of_phrase"], v.sentence, re.I))

"""Counts of the dead identified by name (Mediazona and BBC Russian, UALosses).

Such a count is named only by words that belong to the claim: a named-count source or
'confirmed by name' in the figure's own clause, near it. A bare 'BBC' ('a UK official told
the BBC') or a 'named' elsewhere in the sentence names nothing. A bare figure in a paragraph
about the named count ('In January 2024 the count stood at 40,599') continues that count.
"""

from __future__ import annotations

import re

from factcheck.reference.manifest import words as vocabulary
from factcheck.verify import text as tx
from factcheck.verify.binding import hits
from factcheck.verify.settings import settings


def _cfg() -> dict:
    return settings()["named_dead"]


def bound(v) -> bool:
    """A named-count marker bound to the claim: in its clause and near its figure."""
    cfg = _cfg()
    if tx.first_of(v.claim.source or "", cfg["sources"]):
        return True
    figs = v.figs
    for _, s, e in hits(v.sentence, cfg["sources"]):
        if not figs.crosses_strong(s, e) and figs.words_apart(s, e) <= int(cfg["source_words"]):
            return True
    for _, s, e in hits(v.sentence, cfg["phrases"]):
        if figs.owns(s, e) and not figs.crosses_strong(s, e) and figs.words_apart(s, e) <= int(cfg["phrase_words"]):
            return True
    # 'named' and 'identified' alone only right at the figure ('identified 84,761 soldiers'),
    # not 'killed or wounded, a figure named in a briefing'.
    lo, hi = figs.segment()
    for _, s, e in hits(v.sentence, cfg["weak_phrases"]):
        if figs.owns(s, e) and lo <= s and e <= hi and figs.words_apart(s, e) <= int(cfg["weak_words"]):
            return True
    return False


def topical(v) -> bool:
    """A bare figure ('the count stood at 40,599', 'by November it was nearly 80,000') in a
    paragraph whose sentences before name the named count, with no word of its own that
    names another definition or source."""
    cfg = _cfg()
    if v.measured and not tx.first_of(v.measured, cfg["continuing_nouns"]):
        return False
    # 'the count of the dead' still counts the named dead; 'losses' or 'wounded' count more.
    others = [w for d in cfg["other_definitions"] for w in vocabulary("definition").get(d, [])]
    if tx.first_of(v.sentence, others) or _other_source(v.sentence):
        return False
    for previous in _paragraph_before(v, int(cfg["topic_sentences"])):
        if tx.first_of(previous, cfg["sources"]) or tx.first_of(previous, cfg["topic_phrases"]):
            return True
        if _other_source(previous):
            return False  # the paragraph has moved on to another count
    return False


def _other_source(text: str) -> bool:
    named = set(_cfg()["sources"]) | {"bbc"}
    return any(tx.has(text, key) for key in settings().get("sources", {}) if key not in named)


def _paragraph_before(v, n: int) -> list[str]:
    """Up to n sentences before the claim's, nearest first, within its paragraph."""
    from factcheck.verify.text import sentence_bounds

    start = v.sentence_start
    para = max(v.text.rfind("\n", 0, start), -1) + 1
    out = []
    end = start
    while len(out) < n:
        chunk = v.text[para:end].rstrip()
        if not chunk:
            break
        lo, _ = sentence_bounds(chunk, len(chunk) - 1, len(chunk))
        out.append(chunk[lo:])
        end = para + lo
    return [re.sub(r"\s+", " ", s) for s in out]

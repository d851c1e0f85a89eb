"""The claim as the verifier reads it: figures, its sentence, and the words right after it.

Built from the Claim contract only (value/low/high, qualifier, kind, unit, hedge,
measured, offsets), so verification does not depend on one extractor's habits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.article import Article
from factcheck.claims import Claim
from factcheck.verify.binding import Figures, figures
from factcheck.verify.settings import words
from factcheck.verify.text import sentence_bounds

_NEXT_NUMBER = re.compile(r"\d|\b(?:and|but|while|whereas)\b\s+\S*\s*\d")
_PREV_NUMBER = re.compile(r"\d[^\d]*$")


@dataclass
class ClaimView:
    claim: Claim
    text: str            # article text
    sentence: str
    pos: tuple[int, int]  # the claim's span inside `sentence`
    after: str           # words after the span up to the next figure (or clause end)
    before: str          # words before the span, back to the previous figure (at most 100 chars)
    sentence_start: int  # offset of the sentence in the article
    of_total: bool       # the figure follows 'N of' ('59 of 78 missiles'): it is the whole
    measured: str
    measured_raw: str    # the extractor's 'measured', even when it is only a verb ('wounded')
    qualifier: str
    ordinal: bool
    figs: Figures = None   # every figure of the sentence, to bind words and dates to the nearest
    rate_before: float | None = None  # the figure of a daily rate earlier in the sentence
    topic: str = ""        # the title and the sentences before (factcheck/verify/topic.py)
    note: str | None = None  # why no reference can cover the claim, when that is known (a city, a group of countries)

    @property
    def after_short(self) -> str:
        """The first few words after the figure: where the counted thing usually is."""
        return " ".join(self.after.split()[:5])

    @property
    def after_clause(self) -> str:
        """The words after the figure up to the first comma or semicolon."""
        return re.split(r"[,;:()]|\s[-–—]\s", self.after, maxsplit=1)[0]

    @property
    def local(self) -> str:
        """Measured thing plus the words right around the figure."""
        return " ".join(p for p in (self.claim.text, self.measured, self.after) if p)

    @property
    def figure(self) -> float | None:
        c = self.claim
        if c.value is not None:
            return float(c.value)
        if c.low is not None and c.high is not None:
            return (float(c.low) + float(c.high)) / 2
        return float(c.low if c.low is not None else c.high) if (c.low is not None or c.high is not None) else None


def view(claim: Claim, article: Article, siblings=()) -> ClaimView:
    """`siblings`: the article's other claims, so words bind to the right figure."""
    from factcheck.verify.topic import topic

    text = article.text or ""
    start, end = _span(claim, text)
    lo, hi = sentence_bounds(text, start, end)
    sentence = text[lo:hi]
    if claim.sentence and claim.sentence not in sentence and len(claim.sentence) > len(sentence):
        sentence, lo = claim.sentence, max(0, text.find(claim.sentence))
    rest = text[end:hi]
    stop = _NEXT_NUMBER.search(rest)
    after = rest[: stop.start()] if stop else rest
    before = text[max(lo, start - 100):start]
    prev = _PREV_NUMBER.search(before)
    if prev:
        before = before[prev.start() + 1:]
    of_total = bool(prev) and before.strip().lower() in {"of", "of the", "out of", "out of the", "of all"}
    qualifier = claim.qualifier or "exact"
    if qualifier == "exact" and (claim.hedge or "").lower() in words("tolerance", "approximate_hedges"):
        qualifier = "approximately"
    if qualifier == "approximately" and _hedge_elsewhere(claim):
        qualifier = "exact"
    extra = claim.extra or {}
    if re.search(r"\bday\s*$", before, re.I) and claim.kind == "count" and claim.value is not None:
        # 'on day 1,000 of the war': a day number, like 'the 1,000th day'
        claim = Claim(**{**{f: getattr(claim, f) for f in claim.__dataclass_fields__},
                         "kind": "duration", "unit": "day", "extra": {**extra, "ordinal": True}})
        extra = claim.extra
    ordinal = bool(extra.get("ordinal")) or bool(re.search(r"\d(?:st|nd|rd|th)\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b", claim.text or "", re.I))
    pos = (start - lo, end - lo)
    return ClaimView(
        claim=claim, text=text, sentence=sentence, pos=pos,
        after=after[:80], before=before, sentence_start=lo, of_total=of_total, measured=_thing(claim.measured),
        measured_raw=(claim.measured or "").strip(),
        qualifier=qualifier, ordinal=ordinal,
        figs=figures(sentence, pos, [(c.start - lo, c.end - lo) for c in siblings]),
        rate_before=_rate_before(siblings, lo, start),
        topic=topic(text, lo, article.title),
    )


def _hedge_elsewhere(claim: Claim) -> bool:
    """'some 10,200 tanks, 24,908 artillery systems': the hedge of the first figure of a list
    is not the second's; a precise figure without a hedge of its own is exact (its own
    rounding only: '24,908' against 23,908 is refuted)."""
    from factcheck.verify.compare import rounding_unit
    from factcheck.verify.settings import tolerance

    hedge = (claim.hedge or "").strip().lower()
    value = claim.value
    if not hedge or value is None or hedge in (claim.text or "").lower():
        return False
    return rounding_unit(float(value)) / abs(float(value)) < tolerance("precise_figure") if value else False


def _rate_before(siblings, lo: int, start: int) -> float | None:
    """'from roughly 1,330 a day in March to about 1,130 in December': the rate before it."""
    rates = [c for c in siblings if lo <= c.start < start and (c.kind == "rate" or (c.unit or "").startswith("1/"))]
    if not rates:
        return None
    last = max(rates, key=lambda c: c.start)
    value = last.value if last.value is not None else (last.low if last.low is not None else last.high)
    return float(value) if value is not None else None


def _thing(measured: str | None) -> str:
    """The counted thing, or '' when the extractor's 'measured' is only a verb or a state
    ('dead', 'killed'): those name a definition, not a thing."""
    from factcheck.reference.manifest import words as vocabulary

    m = (measured or "").strip()
    state = {w for ws in vocabulary("definition").values() for w in ws}
    state |= set(words("candidates", "not_a_thing"))
    return "" if m.lower() in state else m


def _span(claim: Claim, text: str) -> tuple[int, int]:
    start, end = claim.start, claim.end
    if 0 <= start <= end <= len(text) and text[start:end] == claim.text:
        return start, end
    found = text.find(claim.text or "\0")
    if found >= 0:
        return found, found + len(claim.text)
    return max(0, min(start, len(text))), max(0, min(end, len(text)))

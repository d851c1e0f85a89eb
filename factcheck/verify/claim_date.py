"""The date one claim speaks of: a date phrase bound to it in its sentence, else one carried
over from a sentence it clearly continues, else the article's date.

'Russia lost 1,330 a day in March, and 1,580 in December': each figure its own month.
'On 17 November Russia launched 120 missiles. Air defences shot down 95 missiles.': the
second sentence has no date, is in the past and speaks of the same missiles, so it keeps
17 November. 'Russia now loses 1,500 a day': present tense, the article's date.
"""

from __future__ import annotations

from datetime import date

from factcheck.verify import dates
from factcheck.verify import text as tx
from factcheck.verify.binding import hits
from factcheck.verify.settings import settings


def claim_date(v, published: date) -> dates.ClaimDate:
    when = _claim_date(v, published)
    when = _anniversary_ahead(v, when, published)
    when.published = published
    return when


def _anniversary_ahead(v, when: dates.ClaimDate, published: date) -> dates.ClaimDate:
    """'The war nears its fourth anniversary on 24 February' (article of 5 Feb 2026): a day
    and month without a year name the coming 24 February, not the last one, when the claim
    is an anniversary that lies ahead within anniversary_near_days (anniversary_mark_days
    when the text only 'marks' it)."""
    import re

    from factcheck.verify.settings import timing

    if not (when.explicit and when.window is None and when.phrase and when.date < published):
        return when
    if re.search(r"(?:19|20)\d\d", when.phrase) or not tx.has(v.claim.text + " " + v.after_short, "anniversary"):
        return when
    try:
        ahead = when.date.replace(year=when.date.year + 1)
    except ValueError:  # 29 February
        return when
    # 'marks ... on 24 February' ahead is a coming event; 'marked ... on 24 February' is past.
    past = tx.first_of(v.sentence, settings()["anniversary"]["past"]) is not None
    near = tx.first_of(v.sentence, settings()["anniversary"]["near"]) is not None or not past
    limit = timing("anniversary_near_days") if near else timing("anniversary_mark_days")
    if not 0 <= (ahead - published).days <= limit:
        return when
    return dates.ClaimDate(date=ahead, explicit=True, phrase=when.phrase)


def _claim_date(v, published: date) -> dates.ClaimDate:
    referred = _month_referred(v, published)
    if referred:
        return referred
    relative = _relative_clause_dates(v, published)
    found = dates.matches(v.sentence, published, [v.pos, *relative])
    if found:
        if not any(v.figs.owns(s, e) for s, e, _ in found) and _present(v):
            return dates.ClaimDate(date=published)
        return dates.resolve(v.sentence, v.pos, published, v.figs, relative)
    if _present(v):
        return dates.ClaimDate(date=published)
    current, end = v.sentence, v.sentence_start
    thing = [w for w in (v.measured or "").split()[-1:] if w.isalpha() and w.islower()]  # a counted noun
    for _ in range(int(settings()["dates"]["carry_back_sentences"])):
        previous, end = _previous_sentence(v.text, end)
        if not previous or not _continues(current, previous, thing):
            break
        carried = dates.matches(previous, published)
        if carried:
            return carried[-1][2]
        current, thing = previous, []  # 'It was the largest barrage ...' continues further back
    return dates.ClaimDate(date=published)


def _relative_clause_dates(v, published: date) -> list[tuple[int, int]]:
    """Dates inside a relative clause after the figure date that clause's verb, not the
    claim: 'more than 40% of the land it seized in August' speaks of now."""
    import re

    pattern = re.compile(settings()["dates"]["relative_clause"], re.I)
    out = []
    for s, e, _ in dates.matches(v.sentence, published, [v.pos]):
        m = pattern.search(v.sentence[:s])
        if m and m.start() >= v.pos[1]:
            out.append((s, e))
    return out


def _present(v) -> bool:
    """A present-tense word bound to the claim ('now', 'currently', 'has lost')."""
    words = settings()["dates"]["present"]
    return any(v.figs.owns(s, e) and not v.figs.crosses_strong(s, e) for _, s, e in hits(v.sentence, words))


def _previous_sentence(text: str, start: int) -> tuple[str, int]:
    """The sentence ending before offset `start` (across a paragraph break: news paragraphs
    are short), and where it starts."""
    from factcheck.verify.text import sentence_bounds

    prev = text[:start].rstrip()
    if not prev:
        return "", 0
    lo, hi = sentence_bounds(prev, len(prev) - 1, len(prev))
    return prev[lo:hi], lo


def _continues(sentence: str, previous: str, thing: list[str]) -> bool:
    """The sentence opens with a word that points back ('That', 'It', 'The same day'), or it
    counts the same thing as the sentence before ('... 810 drones. Air defences downed 747 drones')."""
    opening = sentence.lstrip().lower()
    if any(opening.startswith(w + " ") or opening.startswith(w + ",") for w in settings()["dates"]["continuing"]):
        return True
    if tx.first_of(sentence, settings()["dates"]["continuing_anywhere"]):
        return True
    shared = thing or [w for w in settings()["dates"]["event_nouns"] if tx.has(sentence, w)]
    return any(tx.has(previous, w) for w in shared)


def _month_referred(v, published: date) -> dates.ClaimDate | None:
    """'They passed 648,000 by the end of that month': the month named in the sentences before
    ('the following month': the one after it); 'by the end of' makes it the month's last day."""
    import re

    cfg = settings()["dates"]
    own = [(p, s, e) for p, s, e in hits(v.sentence, cfg["month_anaphora"]) if v.figs.owns(s, e)]
    if not own:
        return None
    phrase, s, _ = own[0]
    end = v.sentence_start
    for _ in range(int(cfg["carry_back_sentences"])):
        previous, end = _previous_sentence(v.text, end)
        if not previous:
            return None
        windows = [d.window or d.ended for _, _, d in dates.matches(previous, published)]
        months = [w for w in windows if w and w[0].month == w[1].month and (w[1] - w[0]).days < 31]
        if months:
            first = months[-1][0]
            shift = int(cfg["month_anaphora"][phrase])
            y, m = divmod(first.year * 12 + first.month - 1 + shift, 12)
            start, last = dates.month_window(y, m + 1)
            if re.search(cfg["end_of"], v.sentence[:s], re.I):
                return dates.ClaimDate(date=min(last, published), explicit=True, phrase=phrase)
            return dates.ClaimDate(date=min(last, published), window=(start, last), explicit=True, phrase=phrase,
                                   open_end=last >= published)
    return None

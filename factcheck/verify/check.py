"""Checking one claim: view -> date -> candidates -> evidence -> verdict -> sentence, chart."""

from __future__ import annotations

import logging

from factcheck.article import Article
from factcheck.claims import Claim
from factcheck.reference.manifest import metrics
from factcheck.verify.candidates import candidates, claim_kind
from factcheck.verify.claim_date import claim_date
from factcheck.verify.chart import chart
from factcheck.verify.compare import bounds
from factcheck.verify.explain import explain
from factcheck.verify.references import gather
from factcheck.verify.verdict import Judgement, judge
from factcheck.verify.view import view

log = logging.getLogger(__name__)

PUBLIC_ROW = ("dataset", "metric", "definition", "value", "low", "high", "unit", "date", "source", "link", "note")


def check(claim: Claim, article: Article, siblings=()) -> dict:
    """`siblings`: the article's claims, this one included (words bind to the nearest figure)."""
    out = claim.to_dict()
    try:
        out.update(_check(claim, article, siblings))
    except Exception as exc:  # one bad claim must not sink the report
        log.exception("verify failed claim=%r", claim.text)
        out.update(verdict="not_enough_info", explanation=f"The claim could not be checked ({type(exc).__name__}).",
                   deviation=None, confidence=0.0, metric=None, as_of=None, evidence=[], chart=None)
    return out


def _check(claim: Claim, article: Article, siblings=()) -> dict:
    v = view(claim, article, [c for c in siblings if (c.start, c.end) != (claim.start, claim.end)])
    when = claim_date(v, article.published)
    empty = dict(verdict="not_enough_info", deviation=None, confidence=0.0, metric=None,
                 as_of=when.date.isoformat(), evidence=[], chart=None)
    if not claim.checkworthy and claim.value is None and claim.low is None and claim.high is None:
        return {**empty, "explanation": "Nothing to compare: the mention has no figure."}
    cands = candidates(v)
    if not cands:
        return {**empty, "explanation": _nothing(v)}
    b = bounds(claim.value, claim.low, claim.high, v.qualifier, v.ordinal)
    best: tuple[Judgement, list[dict], object] | None = None
    bounded: list[str] = []  # other definitions whose figures only bound the claim, and do not break it
    for what_groups in _groups(cands):
        for c in what_groups:
            rows = [r for cand in c for r in gather(cand, v, when)]
            if not rows:
                continue
            _latest_per_source(rows)
            _agreed_by_series(rows, when.date)
            _prefer_named_source(v, rows)
            bounds_only = c[0].definition == "mismatch" and _as_bounds(c[0].claim_definition, rows)
            sides = {r.get("_side") for r in rows if r.get("_side")}
            flags = {"definition": c[0].definition, "side_unknown": c[0].side is None and len(sides) > 1,
                     "explicit_date": when.explicit, "bounds_only": bounds_only}
            j = judge(b, rows, flags)
            if bounds_only and j.verdict == "not_enough_info" and any(r["_role"].startswith("bound") for r in rows):
                bounded.append(c[0].metric.definition)
            if j.verdict == "not_enough_info":
                if c[0].definition != "mismatch" and any(r["_role"] in ("direct", "any_of") for r in rows):
                    break  # the claim's own definition has figures that neither confirm nor refute it
                continue
            if best is None or _rank(j) > _rank(best[0]):
                best = (j, rows, c)
            if c[0].definition != "mismatch":
                break  # the claim's own definition answered; neighbours are not needed
    if best is None:
        if v.scope:
            return {**empty, "explanation": _nothing(v)}
        if bounded:
            from factcheck.verify.explain import DEFINITION_WORDS as W

            mine = W.get(cands[0].claim_definition or "", "something else")
            theirs = " or ".join(dict.fromkeys(W.get(d, d) for d in bounded))
            return {**empty, "explanation": (
                f"Only figures of another definition cover '{claim.text.strip()}' near {when.date.isoformat()}: "
                f"the claim counts {mine}, while they count {theirs}, so they only bound it, and it stays "
                f"within those bounds; no figure counted the claim's way checks it.")}
        if v.note:
            return {**empty, "explanation": v.note}
        return {**empty, "explanation": f"No reference figure for '{claim.text.strip()}' near {when.date.isoformat()}."}
    j, rows, group = best
    cand = next((c for c in group if j.key_row and c.metric.id == j.key_row["metric"]), group[0])
    v.claim_definition = cand.claim_definition
    what = _what_words(cand)
    rows = sorted(rows, key=lambda r: r is not j.key_row)  # the row the explanation quotes leads
    evidence = [{k: r[k] for k in PUBLIC_ROW} for r in rows]
    if j.verdict == "not_enough_info":
        evidence = []
    return {
        "verdict": j.verdict,
        "explanation": explain(v, j, what),
        "deviation": None if j.deviation is None else round(j.deviation, 4),
        "confidence": j.confidence,
        "metric": j.key_row["metric"] if j.key_row else cand.metric.id,
        "as_of": when.date.isoformat(),
        "as_of_window": [d.isoformat() for d in when.window] if when.window else None,
        "evidence": evidence,
        "chart": chart(claim.to_dict(), rows, when, claim_kind(v)),
    }


def _as_bounds(claim_definition: str | None, rows: list[dict]) -> bool:
    """A figure of another definition only bounds the claim: killed and wounded together are
    at least the killed ('at least 200,000 killed' is refuted by 150,000 killed or wounded, and
    never confirmed by 700,000); the named dead are at most the killed. Rows that bound
    nothing become context."""
    from factcheck.verify.settings import settings

    contains = settings()["candidates"]["contains"]
    for r in rows:
        ref = r["definition"]
        if claim_definition in contains.get(ref, []):
            above = True   # the reference counts more than the claim's definition
        elif ref in contains.get(claim_definition or "", []):
            above = False  # it counts less
        else:
            r["_role"] = "context"
            continue
        if r["_role"] in ("direct", "any_of"):
            r["_role"] = "bound_above" if above else "bound_below"
        elif r["_role"] == ("bound_below" if above else "bound_above"):
            r["_role"] = "context"  # an older total of a wider count says nothing of a narrower one
    return True


def _nothing(v) -> str:
    if getattr(v, "note", None):
        return v.note
    said = v.claim.text.strip()
    if v.scope:
        return (f"'{said}' counts a part of the war ('{v.scope.strip()}'), while the references count the "
                f"whole war; the scope differs, so they cannot check it.")
    return f"No reference dataset covers '{said}'."


def _latest_per_source(rows: list[dict]) -> None:
    """Of one speaker's running totals near the claim's date, only the one nearest it is
    compared; its older (newer) ones bound the claim from below (above). The General
    Staff's 772,280 of 21 December does not contradict its own 782,510 of the 27th."""
    groups: dict[tuple, list[dict]] = {}
    for r in rows:
        if r.get("_cumulative") and r["_role"] == "direct":
            side = r.get("_side") or next((m.side for m in metrics() if m.id == r["metric"]), None)
            groups.setdefault((r["definition"], side, speaker(r["source"])), []).append(r)
    for group in groups.values():
        if len(group) < 2:
            continue
        keep = min(group, key=lambda r: (abs(r.get("_gap_days") or 0), (r.get("_gap_days") or 0) > 0))
        for r in group:
            if r is not keep:
                r["_role"] = "bound_above" if (r.get("_gap_days") or 0) > (keep.get("_gap_days") or 0) else "bound_below"


def _agreed_by_series(rows: list[dict], on) -> None:
    """Another source's open-ended bound dated after the claim's date says nothing against
    a daily series when the series' own value on the bound's date keeps it: Zelensky's
    'more than 750,000' of 8 Dec 2024 agrees with the General Staff's 753,370 of that day,
    so it does not contradict the General Staff's 743,920 of 2 Dec. Such rows become context."""
    from datetime import date as _date

    from factcheck.reference import store

    series = [r for r in rows if r.get("_series") and r["_role"] == "direct"]
    if not series:
        return
    for r in rows:
        if r.get("_series") or not r.get("_cumulative") or r["value"] is not None:
            continue
        if r["_role"] not in ("direct", "bound_above") or (r.get("low") is None) == (r.get("high") is None):
            continue
        when = _date.fromisoformat(r["date"]) if isinstance(r["date"], str) else r["date"]
        if when <= on:
            continue
        for s in series:
            if s["definition"] != r["definition"]:
                continue
            own = store.series(*s["_series"]).at(when)
            if own is None:
                continue
            if (r.get("low") is not None and own["value"] >= r["low"]) or \
                    (r.get("high") is not None and own["value"] <= r["high"]):
                r["_role"] = "context"
                r["note"] = ((r.get("note") or "") + ("; " if r.get("note") else "") +
                             f"agrees with {s['source']}'s own {own['value']:,.0f} of {own['date'].isoformat()}")
                break


def speaker(source: str | None) -> str:
    """Who made a statement, without the outlet that carried it."""
    text = source or ""
    for cut in (", via", ", as cited", " (", ", reported by"):
        text = text.split(cut)[0]
    return text.strip().lower()


def _prefer_named_source(v, rows: list[dict]) -> None:
    """If the claim names its source and that source has a compared row, its rows lead the
    comparison and the other sources' figures of that same day become context. Figures of
    other days still bound the claim as running totals, whoever reported them."""
    from factcheck.verify import text as tx
    from factcheck.verify.settings import settings

    said = " ".join(p for p in (v.claim.source or "", v.sentence) if p)
    compared = [r for r in rows if r["_role"] in ("direct", "any_of")]
    # The most specific name wins: 'British Defence Secretary John Healey' is Healey, not
    # every UK figure.
    named = []
    for key, marks in settings().get("sources", {}).items():
        if tx.has(said, key):
            mine = [r for r in compared if any(m in (r["source"] or "") for m in marks)]
            if mine and (not named or len(mine) < len(named)):
                named = mine
    if not named:
        named = _named_statement(v, rows)
        if not named:
            return
    if len(named) == len(compared):
        return
    for r in named:
        r["_named"] = True
    if all(r["value"] is None for r in named):
        return  # the named source gave only a bound ('more than 750,000'): the others still speak
    for r in compared:
        if r not in named and not r.get("_gap_days"):
            r["_role"] = "context"


def _named_statement(v, rows: list[dict]) -> list[dict]:
    """'US officials say more than 600,000': the named source's own latest statement, at its
    own date, is what the claim reports, even weeks before the article (named_source_days)."""
    from factcheck.verify import text as tx
    from factcheck.verify.settings import settings, timing

    said = " ".join(p for p in (v.claim.source or "", v.sentence) if p)
    reach = timing("named_source_days")
    for key, marks in settings().get("sources", {}).items():
        if not tx.has(said, key):
            continue
        older = [r for r in rows if r["_role"] == "bound_below" and any(m in (r["source"] or "") for m in marks)
                 and -reach <= r.get("_gap", -10**6) <= 0]
        if older:
            latest = max(older, key=lambda r: r["date"])
            latest["_role"] = "direct"
            latest["_which"] = f"the latest figure {speaker(latest['source']).split(',')[0]} gave before the claim's date"
            return [latest]
    return []


def _groups(cands):
    """Per counted thing ('personnel', 'personnel_month'): the candidates of the claim's
    definition, then those of a neighbouring definition (a mismatch), used only if the
    first have no figure. A sentence open to two readings takes the one the data bears out."""
    whats = []
    for c in cands:
        if c.metric.what not in whats:
            whats.append(c.metric.what)
    out = []
    for what in whats:
        first = [c for c in cands if c.metric.what == what and c.definition != "mismatch"]
        second = [c for c in cands if c.metric.what == what and c.definition == "mismatch"]
        # each neighbouring definition on its own: killed and wounded are not one figure
        by_def = {}
        for c in second:
            by_def.setdefault(c.metric.definition, []).append(c)
        out.append([g for g in [first, *by_def.values()] if g])
    return out


def _rank(j: Judgement) -> tuple:
    order = {"not_enough_info": 0, "refuted": 1, "conflicting": 2, "supported": 3}
    return (order[j.verdict], j.confidence)


def _side_matters() -> set:
    from factcheck.verify.settings import settings

    return set(settings()["candidates"]["side_matters"])


def _what_words(c) -> str:
    m = c.metric
    side = m.side if m.side in ("russia", "ukraine") else (c.side if c.side in ("russia", "ukraine") else "")
    adjective = {"russia": "Russian", "ukraine": "Ukrainian"}.get(side, "")
    noun = {"personnel": "troops", "civilians": "civilians", "missiles": "missiles", "drones": "drones",
            "territory": "", "population": "people", "gdp": "GDP",
            "personnel_day": "troops", "personnel_month": "troops", "personnel_since": "troops"}.get(m.what, m.what.replace("_", " "))
    definition = {"killed": "killed", "wounded": "wounded", "killed_and_wounded": "killed or wounded",
                  "named_confirmed_dead": "identified by name as dead", "launched": "launched",
                  "destroyed": "destroyed", "lost_to_electronic_warfare": "lost to electronic warfare",
                  "damaged": "destroyed or damaged"}.get(m.definition, "")
    if m.definition in ("days_since", "anniversary", "population", "gdp", "area_share"):
        return ""
    if m.definition in ("area_held", "area_held_peak"):
        return "km² held by Ukraine in Kursk" + (" at the peak" if m.definition == "area_held_peak" else "")
    if m.kind == "rate":
        definition += " a day"
    return " ".join(p for p in (adjective, noun, definition) if p)

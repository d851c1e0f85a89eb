"""One plain sentence per verdict, e.g. 'The Ukrainian Air Force reported 78 missiles on
25 Dec 2024; around 70 is 10% under.'"""

from __future__ import annotations

from datetime import date

from factcheck.verify.verdict import Judgement
from factcheck.verify.view import ClaimView

DEFINITION_WORDS = {
    "killed": "killed", "wounded": "wounded", "killed_and_wounded": "killed and wounded",
    "named_confirmed_dead": "dead identified by name", "launched": "launched", "destroyed": "destroyed",
    "damaged": "destroyed or damaged", "lost_to_electronic_warfare": "lost to electronic warfare",
}


def fmt_number(x: float | None, unit: str = "") -> str:
    if x is None:
        return "?"
    if unit == "USD":
        for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
            if abs(x) >= scale:
                return f"${x / scale:,.2f} {word}".replace(".00 ", " ")
        return f"${x:,.0f}"
    if abs(x) >= 1e7:
        return f"{x / 1e6:,.1f} million".replace(".0 ", " ")
    text = f"{x:,.2f}" if abs(x) < 10 and x != int(x) else f"{x:,.1f}" if x != int(x) else f"{int(x):,}"
    return text + ("%" if unit == "percent" else "")


def fmt_date(iso: str | None) -> str:
    if not iso:
        return "an unknown date"
    d = date.fromisoformat(iso)
    return f"{d.day} {d.strftime('%b %Y')}"


def ref_text(r: dict) -> str:
    if r["value"] is not None:
        return fmt_number(r["value"], r["unit"])
    if r["low"] is not None and r["high"] is not None:
        return f"{fmt_number(r['low'], r['unit'])} to {fmt_number(r['high'], r['unit'])}"
    if r["low"] is not None:
        return f"more than {fmt_number(r['low'], r['unit'])}"
    return f"at most {fmt_number(r['high'], r['unit'])}"


def _direction(dev: float | None, interval: bool = False, exact_miss: bool = False) -> str:
    if dev is None:
        return ""
    pct = abs(dev) * 100
    if dev == 0 or pct < 0.5 and not exact_miss:
        return "covers it" if interval else "matches it"
    if pct < 0.5:
        return f"is slightly {'under' if dev < 0 else 'over'}"
    amount = f"{pct:.0f}%" if pct < 1000 else f"{abs(dev) + 1:.0f} times"
    return f"is {amount} {'under' if dev < 0 else 'over'}"


def _who(r: dict) -> str:
    return r["source"].split(", via")[0].split(" (")[0] if r.get("source") else "The reference"


def explain(v: ClaimView, j: Judgement, what: str) -> str:
    said = v.claim.text.strip() or fmt_number(v.figure)
    if j.verdict == "not_enough_info":
        return f"No reference figure covers '{said}'" + (f" ({what})." if what else ".")
    r = j.key_row
    what = r.get("_what") or what
    when = fmt_date(r["date"])
    if r.get("_span"):
        when = f"{fmt_date(r['_span'][0].isoformat())} - {fmt_date(r['_span'][1].isoformat())}"
        lead = f"{_who(r)} reported {ref_text(r)} {what} in all over {when}".replace("  ", " ")
    else:
        lead = f"{_who(r)} reported {ref_text(r)} {what} on {when}".replace("  ", " ")
    if r.get("_anniversary"):
        a = r["_anniversary"]
        lead = (f"Anniversary {a['n']} of {fmt_date(a['event']['date'].isoformat())} falls on "
                f"{fmt_date(a['date'].isoformat())}, {abs(a['days_to'])} days "
                f"{'after' if a['days_to'] >= 0 else 'before'} the date the claim speaks of")
    elif r["definition"] == "anniversary":
        lead = f"{fmt_date(r['date'])} falls in year {fmt_number(r['value'])} of the full-scale war (from 24 Feb 2022)"
    elif r["definition"] == "days_since" and r["unit"] != "day":
        lead = f"{fmt_date(r['date'])} is {fmt_number(r['value'])} {r['unit']}s into the full-scale war (24 Feb 2022 = day 1)"
    elif r["definition"] == "days_since":
        lead = f"{fmt_date(r['date'])} is day {fmt_number(r['value'])} of the full-scale war (24 Feb 2022 = day 1)"
    elif (r.get("note") or "").startswith("derived: mean daily increase over "):
        month = r["note"].rsplit(" over ", 1)[1]
        lead = f"By the General Staff's running total, Russian losses averaged {fmt_number(r['value'])} a day in {month}"
        whole = next((row for row, _ in j.outcomes if row.get("_window")), None)
        if whole:
            lead += (f" ({fmt_number(whole['value'])} a day over {fmt_date(whole['_window'][0].isoformat())}"
                     f" - {fmt_date(whole['_window'][1].isoformat())})")
    elif r.get("_country"):
        lead = f"The World Bank gives {ref_text(r)} for {r['note']}"
    if r.get("_which"):
        lead += f" ({r['_which']})"
    interval = v.qualifier in ("range", "vague")
    miss = j.verdict == "refuted"
    tail = f"'{said}' {_direction(j.deviation, interval, miss)}" if j.deviation is not None else f"'{said}'"
    if j.verdict == "supported" and v.qualifier in OPEN_ENDED and j.deviation is not None:
        side = OPEN_ENDED[v.qualifier][0]
        x = v.claim.low if side == "above" else v.claim.high
        x = v.figure if x is None else x
        word = {"more_than": "above", "at_least": "at or above", "less_than": "below", "at_most": "at or below"}
        sentence = f"{lead}, {word[v.qualifier]} {fmt_number(x, r['unit'])}: '{said}' holds"
        if "understated" in j.notes:
            sentence += ", though it understates the figure"
        if "borderline" in j.notes:
            sentence += ", though only within the rounding of the source's figure"
    elif j.verdict == "supported":
        sentence = f"{lead}; {tail}" + (", which fits" if _fits_word(tail) else "")
        if (v.claim.hedge or "").lower() in _below_hedges() and (j.deviation or 0) < 0:
            sentence += f" ('{v.claim.hedge.lower()}' understates it slightly)"
        if "understated" in j.notes:
            sentence += ", though it understates the figure"
        if "borderline" in j.notes:
            sentence += ", though only within the rounding of the source's figure"

    elif j.verdict == "refuted" and v.qualifier in OPEN_ENDED:
        side, limit = OPEN_ENDED[v.qualifier]
        x = v.claim.low if side == "above" else v.claim.high
        x = v.figure if x is None else x
        sentence = (f"{lead}, which is {'not above' if side == 'above' else 'not below'} "
                    f"{fmt_number(x, r['unit'])}: '{said}' does not hold ({limit})")
    elif j.verdict == "refuted":
        sentence = f"{lead}; {tail}, beyond the tolerance for {v.qualifier.replace('_', ' ')} figures"
    else:
        sentence = _conflict(v, j, said)
    if "definition" in j.notes:
        sentence += (f" (note: the claim counts {DEFINITION_WORDS.get(v_definition(v), 'something else')}, "
                     f"while this source counts {DEFINITION_WORDS.get(r['definition'], r['definition'])}"
                     + (", which can only bound it" if "bounds" in j.notes else "") + ")")
    return sentence + "."


OPEN_ENDED = {"more_than": ("above", "the reference is not above it, beyond its own rounding"),
              "at_least": ("above", "the reference is below it, beyond its own rounding"),
              "less_than": ("below", "the reference is not below it, beyond its own rounding"),
              "at_most": ("below", "the reference is above it, beyond its own rounding")}


def _below_hedges() -> list[str]:
    from factcheck.verify.settings import words

    return [w.lower() for w in words("tolerance", "below_hedges")]


def _conflict(v: ClaimView, j: Judgement, said: str) -> str:
    """'Sources disagree: A reported x (fits), but B reported y (and a running total cannot fall).'"""
    pro = [r for r, o in j.outcomes if o.result == "supports" and r["_role"] in ("direct", "any_of")]
    pro += [r for r, o in j.outcomes if r["_role"].startswith("bound") and o.result != "refutes"]
    pro.sort(key=lambda r: (r["_role"] not in ("direct", "any_of"), r["value"] is None, abs(r.get("_gap_days") or 0)))  # an exact figure of the day first
    con = [r for r, o in j.outcomes if o.result == "refutes" and r["_role"] != "context"]
    if not pro or not con:
        return f"Sources disagree about '{said}'"
    a, b = pro[0], con[0]
    text = (f"Sources disagree: {_who(a)} reported {ref_text(a)} on {fmt_date(a['date'])}, "
            f"consistent with '{said}', but {_who(b)} reported {ref_text(b)} on {fmt_date(b['date'])}")
    if b["_role"] == "bound_below":
        text += ", and a running total cannot fall"
    elif (b.get("_gap_days") or 0) < 0 and b["value"] is None and b["high"] is not None:
        text += ", a bound only days before that a running total could not have passed so soon"
    elif b["_role"] == "bound_above":
        text += ", and a running total cannot have been higher before"
    return text


def _fits_word(tail: str) -> bool:
    return "matches" not in tail and "covers" not in tail


def v_definition(v: ClaimView) -> str | None:
    return getattr(v, "claim_definition", None)

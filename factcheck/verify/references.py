"""Evidence for one candidate metric at the claim's date, as report rows with a role.

Roles: 'direct' (compared with the claim), 'any_of' (a 'by the fall' window: one month
within tolerance is enough), 'bound_below' / 'bound_above' (an earlier / later figure of
a running total, which the claim must not undercut / exceed), 'context' (shown only).
"""

from __future__ import annotations

import re
from datetime import date

from factcheck.reference import store
from factcheck.reference.manifest import Metric, dataset
from factcheck.verify import derived, periods, territory
from factcheck.verify.attacks import attack_rows
from factcheck.verify.candidates import Candidate
from factcheck.verify.rows import est_row, row, sides
from factcheck.verify.dates import ClaimDate
from factcheck.verify import text as tx
from factcheck.verify.settings import timing, words
from factcheck.verify.view import ClaimView


def gather(c: Candidate, v: ClaimView, when: ClaimDate) -> list[dict]:
    m = c.metric
    shape = dataset(m.dataset).shape
    if m.definition == "days_since":
        return _days(m, v, when) if shape == "key_dates" else []
    if m.definition == "anniversary":
        return _anniversary(m, v, when)
    if shape == "cumulative_series":
        return _series(m, when)
    if shape == "events":
        return attack_rows(m, v, when)
    if shape == "dated_estimates":
        if m.kind == "rate":
            return periods.rate(m, c, when)
        return _estimates(m, c, when, v)
    if shape == "country_year":
        return _country(m, v, when)
    return []


DAYS_PER = {"day": 1.0, "week": 7.0, "month": 365.25 / 12, "year": 365.25}


def _days(m: Metric, v: ClaimView, when: ClaimDate) -> list[dict]:
    info = derived.days_since(m.options["key_date"], when.date)
    unit = (v.claim.unit or "day").rstrip("s")
    if not info or unit not in DAYS_PER:
        return []
    ev = info["event"]
    note = f"day {info['value']} counting {ev['date'].isoformat()} ({ev['label']}) as day 1"
    value = float(info["value"])
    if unit != "day":
        value = round((info["value"] - 1) / DAYS_PER[unit], 2)
        note += f"; {value} {unit}s have passed"
    return [row(m, value=value, when=when.date, source=ev["source"], link=ev["link"],
                note=note, derived_=True, unit=unit)]


def _anniversary(m: Metric, v: ClaimView, when: ClaimDate) -> list[dict]:
    """The anniversary number the date fits: the next one when the text says the war
    'nears' it (within anniversary_near_days), the closest one when it 'marks' it."""
    n = v.claim.value
    if n is None or not v.ordinal:
        return []
    info = derived.anniversary_info(m.options["key_date"], int(n), when.date)
    if not info:
        return []
    ev = info["event"]
    if not tx.has(v.claim.text + " " + v.after_short, "anniversary"):
        # 'the war, now in its third year': the year the date falls in.
        current = info["completed"] + 1
        note = (f"{when.date.isoformat()} falls in year {current} of the war that began on "
                f"{ev['date'].isoformat()}")
        r = row(m, value=float(current), when=when.date, source=ev["source"], link=ev["link"], note=note,
                derived_=True)
        return [r]
    near_words = [w for w in words("anniversary", "near")]
    nearing = tx.first_of(v.sentence[: v.pos[0]] + " " + v.after, near_words) is not None
    nxt = derived.anniversary_info(m.options["key_date"], info["next"], when.date)
    last = derived.anniversary_info(m.options["key_date"], max(info["completed"], 1), when.date)
    elapsed = round((when.date - ev["date"]).days / 365.25, 2)
    if nearing:
        fits = nxt if 0 < nxt["days_to"] <= timing("anniversary_near_days") else None
    else:
        close = min((a for a in (nxt, last) if a), key=lambda a: abs(a["days_to"]))
        fits = close if abs(close["days_to"]) <= timing("anniversary_mark_days") else None
    value = float(fits["n"]) if fits else elapsed
    note = (f"anniversary {info['n']} of {ev['date'].isoformat()} falls on {info['date'].isoformat()}, "
            f"{info['days_to']} days after {when.date.isoformat()}; "
            + (f"the date {'is near' if nearing else 'marks'} anniversary {fits['n']}" if fits
               else f"{elapsed} years have passed"))
    r = row(m, value=value, when=info["date"], source=ev["source"], link=ev["link"], note=note,
            derived_=True)
    r["_anniversary"] = info
    return [r]


def _series(m: Metric, when: ClaimDate) -> list[dict]:
    d = dataset(m.dataset)
    rec = store.series(m.dataset, m.column).at(when.date)
    if rec is None:
        return []
    age = (when.date - rec["date"]).days
    note = m.note
    if age > 1:
        note = f"latest report {age} days before the claim's date" + (f"; {m.note}" if m.note else "")
    r = row(m, value=rec["value"], when=rec["date"], source=d.source, link=d.link, note=note)
    r["_series"] = (m.dataset, m.column)
    r["_cumulative"] = True
    if age:
        r["_gap_days"] = -age
    return [r]


def _estimates(m: Metric, c: Candidate, when: ClaimDate, v: ClaimView) -> list[dict]:
    near, cumulative = timing("near_days"), bool(m.options.get("cumulative"))
    rows = []
    for side in sides(c):
        for e in store.estimates().rows(m.id, side):
            gap = (e["date"] - when.date).days
            if m.options.get("event"):
                # One attack, one day: only figures for that very day (or the days just before),
                # or of a day within the window the claim names ('a single day in November').
                lookback = 0 if when.explicit else timing("attack_lookback_days")
                inside = when.window and when.window[0] <= e["date"] <= when.window[1]
                if not (-lookback <= gap <= 0 or inside):
                    continue
                role = "direct"
            elif m.options.get("period") == "month":
                # A month's total: only the month the claim names.
                if not (when.window and when.window[0] <= e["date"] <= when.window[1]):
                    continue
                role = "direct"
            elif m.options.get("timeless") and gap >= 0:
                role = "direct"
            elif when.window and when.window[0] <= e["date"] <= when.window[1] or -near <= gap <= (
                    timing("near_days_after") if cumulative else near):
                role = "direct"
            elif cumulative and -timing("bound_max_days") <= gap < 0:
                role = "bound_below"
            elif cumulative and 0 < gap <= timing("bound_above_days"):
                role = "bound_above"
            elif cumulative and gap > 0:
                role = "context"  # a count revised down much later is another source's method
            elif not cumulative and -timing("stale_days") <= gap < 0:
                role = "direct"
            else:
                continue
            # An upper bound limits a running total only days after it; a claim that is itself
            # a bound or a round figure of the same window ('up to 120,000 ... in August 2023')
            # is compared with the window's own bound.
            inside = when.window and when.window[0] <= e["date"] <= when.window[1] and \
                v.qualifier in ("at_most", "less_than", "approximately")
            if cumulative and role == "direct" and e["low"] is None and gap < -timing("upper_bound_days") \
                    and not inside:
                role = "context"  # 'just under 700,000' weeks before: the total has grown since
            r = est_row(m, e, role)
            r["_side"] = side
            r["_cumulative"] = cumulative
            r["_gap"] = gap
            if cumulative and role == "direct" and gap:
                r["_gap_days"] = gap
            rows.append(r)
    share = m.options.get("derived_share")
    if m.options.get("derived_from") and m.options.get("period") in ("day", "month"):
        rows += periods.period_total(m, c, when, v.figure)
    if m.options.get("derived_from") and m.options.get("period") == "since":
        rows += periods.since_total(m, c, when, v.scope)
    if share:
        rows += _share(m, share, when, rows)
    if not any(r["_role"] in ("direct", "any_of") for r in rows) and not cumulative:
        return []
    return rows


def _share(m: Metric, spec: dict, when: ClaimDate, found: list[dict]) -> list[dict]:
    est = store.estimates()
    wholes = {e["date"]: e for s in ("ukraine", "russia") for e in est.rows(spec["whole"], s)}
    out = []
    for s in ("ukraine", "russia"):
        for part in est.rows(spec["part"], s):
            whole = wholes.get(part["date"])
            gap = (when.date - part["date"]).days
            if whole is None or not 0 <= gap <= timing("stale_days"):
                continue
            pct = derived.share(part["low"], whole["low"], spec.get("complement", False))
            note = (f"derived: 100 x (1 - {part['low']:,.0f} / {whole['low']:,.0f}) km2"
                    if spec.get("complement") else f"derived: 100 x {part['low']:,.0f} / {whole['low']:,.0f}")
            r = row(m, value=round(pct, 2), when=part["date"], source=part["source"], link=part["link"],
                    note=note, dataset_id="war_estimates", derived_=True)
            r["_side"] = s
            out.append(r)
    return out


def _country(m: Metric, v: ClaimView, when: ClaimDate) -> list[dict]:
    table = store.countries(m.dataset)
    v.note = territory.not_a_country(v, table)
    if v.note:
        return []
    found = table.find(territory.blank_groups(v.sentence))
    anchor = v.pos[0]
    if found and territory.pronoun_subject(v) and all(v.figs.crosses_strong(f["start"], f["end"]) for f in found):
        found = []  # 'Its population grew ..., while Nigeria's ...': 'its' is the country named before
    if not found:
        # 'Its economy, worth ...': the country was named in the sentences before.
        start = max(0, v.sentence_start - 400)
        earlier = table.find(v.text[start:v.sentence_start])
        if not earlier:
            return []
        found, anchor = [earlier[-1]], 10**9
    if anchor < 10**9:
        found = _which_country(v, m, found)
        if not found:
            return []
    country = found[0]
    year = when.window[0].year if when.window and when.window[0].year == when.window[1].year else when.date.year
    rec = table.value(country["code"], year)
    note = f"{country['name']}, {year}"
    if rec is None:
        rec = table.latest(country["code"], year)
        if rec is None or year - rec["year"] > timing("country_year_fallback"):
            return []
        note = f"{country['name']}, {rec['year']} (latest year in the data; the claim speaks of {year})"
    d = dataset(m.dataset)
    r = row(m, value=rec["value"], when=date(rec["year"], 12, 31), source=d.source, link=d.link, note=note)
    r["_stale"] = rec["year"] != year
    r["_country"] = country["name"]
    return [r]


def _which_country(v: ClaimView, m: Metric, found: list[dict]) -> list[dict]:
    """The countries of the sentence, the one the figure is about first: the subject of
    'Russia's population of about 144 million' when no other figure stands between, then
    one in the figure's stretch between commas, then the nearest ('Poland has 36.7 million
    people and Romania about 19 million'). 'World Bank' names no country."""
    stops = "|".join(re.escape(w) for w in words("candidates", "country_name_stops"))
    found = [f for f in found if not re.match(rf"\s+(?:{stops})\b", v.sentence[f["end"]:])]
    number = re.search(r"[$€£]?\d[\d.,]*(?:\s*(?:million|billion|trillion|bn|tn|m)\b)?", v.claim.text or "")
    core = (v.pos[0] + number.start(), v.pos[0] + number.end()) if number else v.pos
    lo, hi = v.figs.segment()
    alias = "|".join(re.escape(a) for a in m.aliases)

    def subject(f) -> bool:
        if f["end"] > core[0] or any(f["end"] <= s and e <= core[0] for s, e in v.figs.spans if s != v.pos[0]):
            return False
        return bool(re.match(rf"(?:'s|’s)?\s+(?:\w+\s+){{0,2}}?(?:{alias})\b", v.sentence[f["end"]:], re.I))

    apposed = [f for f in found if territory.appositive(v.sentence, f)]
    if apposed:
        # "The world's most populous country, India, ...": the appositive names the country,
        # not the region or World of the possessive before it.
        found = [f for f in found if f in apposed or not territory.possessive_of_apposition(v.sentence, f, apposed)]
    found = [f for f in found if f["code"] != territory.WORLD or territory.whole_world(v.sentence, f)]
    return sorted(found, key=lambda f: (f not in apposed, not subject(f), not (lo <= f["start"] and f["end"] <= hi),
                                        v.figs.distance(core, f["start"], f["end"]), f["end"] > core[0]))

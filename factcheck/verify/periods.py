"""Evidence for figures over a period, derived from the General Staff's running total and
read beside the sources' own: a day's or a month's losses, and a daily rate.

A record dated D is reported on the morning of D and covers the losses of D-1, so the losses
of days first..last are record(last + 1) - record(first).
"""

from __future__ import annotations

from datetime import date, timedelta

from factcheck.reference import store
from factcheck.reference.manifest import Metric, dataset
from factcheck.verify import derived
from factcheck.verify.candidates import Candidate
from factcheck.verify.dates import ClaimDate
from factcheck.verify.rows import est_row, row, sides


def period_total(m: Metric, c: Candidate, when: ClaimDate, figure: float | None = None) -> list[dict]:
    """A day's or a month's losses from the running total (record D covers day D-1)."""
    src = m.options["derived_from"]
    if src["side"] not in sides(c):
        return []
    if m.options["period"] == "day" and when.window and when.window[0] != when.window[1]:
        return _day_in_window(m, src, when, figure)
    if m.options["period"] == "day":
        # 'over the past day' in an article of day D: the report of D, i.e. the losses of D-1;
        # 'on 20 December': the losses of that day, or those reported that morning.
        first = last = when.date if when.explicit else when.date - timedelta(days=1)
        if when.explicit:
            rows = [_day_total(m, src, d) for d in (when.date, when.date - timedelta(days=1))]
            rows = [r for r in rows if r]
            for r in rows:
                r["_role"] = "any_of" if len(rows) > 1 else "direct"
            return rows
    elif when.window and (when.window[1] - when.window[0]).days < 31:
        first, last = when.window
        if when.open_end:
            last = min(last, when.date - timedelta(days=1))  # 'this month': the losses reported by the article's date
    else:
        return []
    r = _total_row(m, src, first, last)
    return [r] if r else []


def _day_in_window(m: Metric, src: dict, when: ClaimDate, figure: float | None) -> list[dict]:
    """'On a single day in late November': the day of the window whose losses come nearest
    the claim (and the worst day, if that is another), each one reading of it."""
    first, last = when.window
    if when.open_end:
        last = min(last, when.date - timedelta(days=1))
    days = [first + timedelta(days=i) for i in range(min((last - first).days + 1, 92))]
    found = [r for r in (_day_total(m, src, d) for d in days) if r]
    if not found:
        return []
    worst = max(found, key=lambda r: r["value"])
    nearest = min(found, key=lambda r: abs(r["value"] - figure)) if figure is not None else worst
    picked = [nearest] + ([worst] if worst is not nearest else [])
    for r in picked:
        r["_role"] = "any_of"
        r["note"] += f"; the {'worst' if r is worst else 'nearest'} day of {first.isoformat()} .. {last.isoformat()}"
    return picked


def _day_total(m: Metric, src: dict, day: date) -> dict | None:
    return _total_row(m, src, day, day, reported_on=True)


def _total_row(m: Metric, src: dict, first: date, last: date, reported_on: bool = False) -> dict | None:
    """The losses of first..last from the running total, as an evidence row (None without data)."""
    total = derived.daily_rate(src["dataset"], src["column"], first, last)
    if not total:
        return None
    d = dataset(src["dataset"])
    to_record, from_record = total["to_record"], total["from_record"]
    span = first.isoformat() + (f" .. {last.isoformat()}" if last != first else "")
    if reported_on:
        span += f", reported on {to_record['date'].isoformat()}"
    note = (f"derived: {to_record['value']:,.0f} on {to_record['date'].isoformat()} - "
            f"{from_record['value']:,.0f} on {from_record['date'].isoformat()} (losses of {span})")
    r = row(m, value=total["total"], when=last, source=d.source, link=d.link, note=note, dataset_id=d.id,
            derived_=True)
    r["_side"] = src["side"]
    if last != first:
        r["_span"] = (first, last)
    return r


def rate(m: Metric, c: Candidate, when: ClaimDate) -> list[dict]:
    window = when.window or (when.date - timedelta(days=30), when.date - timedelta(days=1))
    if when.open_end and window[1] >= when.date > window[0]:
        # 'in December' in an article of 27 December: the losses reported by then
        window = (window[0], when.date - timedelta(days=1))
    role = "any_of" if when.by else "direct"
    rows = []
    for side in sides(c):
        for e in store.estimates().rows(m.id, side):
            if window[0] <= e["date"] <= window[1]:
                r = est_row(m, e, role)
                r["_side"] = side
                rows.append(r)
    src = m.options.get("derived_from")
    if src and src["side"] in sides(c):
        d = dataset(src["dataset"])
        mean = derived.daily_rate(src["dataset"], src["column"], window[0], window[1])
        if mean:
            note = (f"derived: ({mean['to_record']['value']:,.0f} on {mean['to_record']['date'].isoformat()} - "
                    f"{mean['from_record']['value']:,.0f} on {mean['from_record']['date'].isoformat()}) / "
                    f"{mean['days']} days (losses of {window[0].isoformat()} .. {window[1].isoformat()})")
            r = row(m, value=round(mean["value"], 1), when=window[1], source=d.source, link=d.link, note=note,
                    role="context" if when.by else "direct", dataset_id=d.id, derived_=True)
            r["_series"] = (src["dataset"], src["column"])
            r["_window"] = window
            rows.append(r)
        if when.by:
            for month in derived.monthly_rates(src["dataset"], src["column"], window[0], window[1]):
                note = f"derived: mean daily increase over {month['first'].strftime('%B %Y')}"
                rows.append(row(m, value=round(month["value"], 1), when=month["last"], source=d.source,
                                link=d.link, note=note, role="any_of", dataset_id=d.id, derived_=True))
    return rows


def since_total(m: Metric, c: Candidate, when: ClaimDate, phrase: str | None) -> list[dict]:
    """'Russia has lost 350,000 troops since January': the losses from the start the phrase
    names to the day before the claim's date (the report of that date)."""
    src = m.options["derived_from"]
    if not phrase or not phrase.lower().startswith("since") or src["side"] not in sides(c):
        return []
    start = _start_of(phrase, when.date)
    if start is None or start >= when.date:
        return []
    last = when.date - timedelta(days=1)
    r = _total_row(m, src, start, last)
    if not r:
        return []
    r["_span"] = (start, last)
    return [r]


def _start_of(phrase: str, when: date) -> date | None:
    """The first day a 'since ...' phrase names: 'since January' (of the claim's year, or the
    one before if still ahead), 'since 2023', 'since the start of the year'."""
    from factcheck.verify.dates import matches

    rest = phrase[len("since"):].strip()
    if "year" in rest.lower():
        return date(when.year, 1, 1)
    found = matches(rest, when)
    if not found:
        return None
    d = found[0][2]
    return d.window[0] if d.window else d.date

"""Evidence for one attack's missiles or drones: the Air Force's national report of the
claim's morning (rows whose window ends that day), summed per weapon class, or per named
model ('eight Kinzhal missiles' counts the Kinzhal rows only).

When the text gives no date of its own, the claim speaks of the article's date only
roughly: an overnight attack is reported on the morning it ends, and a story filed that
evening or the next day still calls it 'overnight'. The report of that date and the one
of the day before are then each one reading of the claim, and the explanation says which
one fitted.
"""

from __future__ import annotations

from datetime import timedelta

from factcheck.reference import store
from factcheck.reference.manifest import Metric, dataset
from factcheck.verify import weapons
from factcheck.verify.dates import ClaimDate
from factcheck.verify.rows import row
from factcheck.verify.settings import timing


def attack_rows(m: Metric, v, when: ClaimDate) -> list[dict]:
    cls, field = m.options["weapon_class"], m.column
    named = weapons.in_claim(v, m.dataset)
    if named and not named.in_data:
        return []  # a model the Air Force does not count on its own ('Gerbera decoys')
    attacks = store.attacks(m.dataset)
    if when.window and when.window[0] != when.window[1]:
        first, last = when.window[0], min(when.window[1], when.date)
        reports = [r for r in attacks.around(first + (last - first) / 2, (last - first).days // 2 + 1)
                   if first <= r["date"] <= last]
        return _summed(m, reports, cls, field, named, span=(first, last))
    if when.explicit:
        found = attacks.on(when.date)
        readings = [found] if found else []
    else:
        readings = _vague_readings(attacks, when)
    out = []
    for rec in readings:
        rows = _summed(m, [rec], cls, field, named)
        for r in rows:
            shift = (rec["date"] - when.date).days
            if shift:
                r["_which"] = (f"the report of {rec['date'].isoformat()}, {_days(shift)} the date the article "
                               f"speaks of, {when.date.isoformat()}, which names no date of its own")
            if len(readings) > 1 and r["_role"] == "direct":
                r["_role"] = "any_of"
        out += rows
    if len(readings) > 1 and any(r["_role"] == "any_of" for r in out):
        out = [r for r in out if r["_role"] == "any_of"]  # another morning's lumped rows bound nothing
    return out


def _vague_readings(attacks, when: ClaimDate) -> list[dict]:
    """The reports of the claim's date and of the days either side (none after the article),
    nearest first; else the latest report a few days back."""
    reach = timing("attack_vague_days")
    newest = when.published or when.date
    days = [when.date + timedelta(days=k) for k in sorted(range(-reach, reach + 1), key=lambda k: (abs(k), k))]
    found = [attacks.on(d) for d in days if d <= newest]
    found = [r for r in found if r]
    if found:
        return found
    rec = attacks.latest(when.date, timing("attack_lookback_days"))
    return [rec] if rec else []


def _days(shift: int) -> str:
    n = abs(shift)
    return f"{'a day' if n == 1 else f'{n} days'} {'after' if shift > 0 else 'before'}"


def _summed(m: Metric, reports: list[dict], cls: str, field: str, named, span=None) -> list[dict]:
    """One row for the class (or the named model) over the reports; a model lumped with
    others in some rows also gives the bounds those rows allow."""
    d = dataset(m.dataset)
    rows = [r for rec in reports for r in rec["rows"] if r["class"] == cls]
    mixed = []
    if named:
        rows, mixed = weapons.split(rows, named, store.weapon_categories(m.dataset))
    if not reports or not (rows or mixed) or (not named and not any(r[field] for r in rows)):
        return []
    value = float(sum(r[field] for r in rows))
    parts = ", ".join(f"{r['model']} {r[field]}" for r in rows if r[field]) or "none"
    posts = sorted({r["source"] for r in rows + mixed})
    link = _post_link(posts[0]) if len(posts) == 1 else d.link
    if span:
        where = f"national reports dated {span[0].isoformat()} .. {span[1].isoformat()} ({len(reports)} report days)"
        when = span[1]
    else:
        rec = reports[0]
        where = f"national rows ending {rec['date'].isoformat()} (window {rec['window'][0]} .. {rec['window'][1]})"
        when = rec["date"]
    what = f"{named.label()} only" if named else cls
    note = f"sum of the Air Force's {where}, {what}: {parts}"
    label = _what(named, rows, m.definition)
    if not mixed:
        r = row(m, value=value, when=when, source=d.source, link=link, note=note, derived_=True)
        out = [r]
    else:
        lumped = float(sum(r[field] for r in mixed))
        note += "; lumped with other models in " + ", ".join(f"{r['model']} {r[field]}" for r in mixed)
        low = row(m, low=value, when=when, source=d.source, link=link, note=note, role="bound_below", derived_=True)
        high = row(m, high=value + lumped, when=when, source=d.source, link=link, note=note, role="bound_above",
                   derived_=True)
        out = [high, low] if value else [high]
    for r in out:
        r["_what"] = label
        if span:
            r["_span"] = span
    return out


def _what(named, rows: list[dict], definition: str) -> str | None:
    from factcheck.verify.explain import DEFINITION_WORDS

    if not named:
        return None
    definition = DEFINITION_WORDS.get(definition, definition)
    if named.models:
        models = sorted({r["model"] for r in rows}) or sorted(named.models)
        return f"{' and '.join(models)} {definition}"
    return f"{' and '.join(sorted(named.categories))}s {definition}"


def _post_link(post: str) -> str:
    if post.startswith("http"):
        return post
    return "https://www.facebook.com/" + post

"""The date a claim speaks of: the article's date unless its sentence names another.

'on Christmas Day' is 25 December of the article's year, or of the year before when that
is still ahead; 'by the fall' is September-November; 'in October' and 'last August' are
the latest such month not after the article; 'on 22 November' a day; 'in 2023' a year.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from factcheck.verify.settings import settings

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH = r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_YEAR = r"((?:19|20)\d\d)"


@dataclass
class ClaimDate:
    date: date                      # the point the claim speaks of (a window's last day)
    window: tuple[date, date] | None = None
    explicit: bool = False
    phrase: str | None = None
    by: bool = False                # 'by the fall': the state reached within the window
    year_only: bool = False         # 'in 2023': a calendar year
    open_end: bool = False          # the window reaches the article's date ('this month', 'in December' of a December article)
    published: date | None = None   # the article's date (no attack is reported after it)
    year: bool = True               # False: a month named without its year ('in March')
    ended: tuple[date, date] | None = None  # 'by the end of October': the window it closes

    def to_dict(self) -> dict:
        return {
            "date": self.date.isoformat(),
            "window": [d.isoformat() for d in self.window] if self.window else None,
            "explicit": self.explicit,
            "phrase": self.phrase,
        }


_DATELINE = re.compile(r"\s*[A-Z][A-Z .'/-]+,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\s*(?:\([^)]*\))?\s*[-–—]+\s")
SINCE = ClaimDate(date=date.min)  # marks a 'since ...' phrase: its words are used up, not a date


def _patterns():
    seasons = "|".join(settings()["dates"]["seasons"])
    holidays = "|".join(re.escape(h) for h in sorted(settings()["dates"]["holidays"], key=len, reverse=True))
    return [
        ("day_month", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? {_MONTH}(?:,? {_YEAR})?\b", re.I)),
        ("month_day", re.compile(rf"\b{_MONTH} (\d{{1,2}})(?:st|nd|rd|th)?(?:,? {_YEAR})?\b", re.I)),
        ("holiday", re.compile(rf"\b(?:on |at |over )?({holidays})(?:,? {_YEAR})?", re.I)),
        ("season", re.compile(rf"\b(by|in|during|over|through|since|until)?\s*(?:the )?(this|last|next)?\s*({seasons})(?: of {_YEAR})?\b", re.I)),
        ("month", re.compile(rf"\b(by|in|during|last|this|since|through|until|of)?\s*{_MONTH}(?:,? {_YEAR})?\b", re.I)),
        ("weekday", re.compile(r"\b(on|last|this|late on|early on)?\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)),
        ("relative", re.compile(r"\b(yesterday|today|this week|last week|past week|past seven days|past 7 days|last month|this month|this year|last year)\b", re.I)),
        ("year", re.compile(rf"\b(?:in|by|during|for|of|since|as of)?\s*{_YEAR}\b(?!,\d|\.\d)", re.I)),
    ]


def matches(sentence: str, published: date, masked=()) -> list[tuple[int, int, ClaimDate]]:
    """Every date phrase of the sentence with its span; 'since ...' phrases are used up but
    are not dates. `masked` spans (the claim's own figure) are not read as dates."""
    for s, e in masked:
        sentence = sentence[:s] + " " * (e - s) + sentence[e:]
    dateline = _DATELINE.match(sentence)
    if dateline:  # 'KYIV, Sep 8 (Reuters) -': when the piece was filed, not what it speaks of
        sentence = " " * dateline.end() + sentence[dateline.end():]
    found = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _patterns():
        for m in pattern.finditer(sentence):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            result = _interpret(kind, m, published)
            if result is None:
                continue
            taken.append((m.start(), m.end()))
            if result is not SINCE:
                result.open_end = bool(result.window) and result.window[1] >= published
                start, end = _night(sentence, m.start(), m.end(), result)
                found.append((start, end, result))
    found.sort(key=lambda t: t[0])
    _carry_year(sentence, found, published)
    return found


def _carry_year(sentence: str, found: list, published: date) -> None:
    """'In 2024 losses rose from 910 a day in March to 1,570 in December': a year given once
    applies to the months named after it; 'by the end of October' is the month's last day."""
    year = None
    for i, (s, e, d) in enumerate(found):
        if d.year_only or (d.window and d.year):
            year = d.window[1].year if d.window else d.date.year
        elif d.window and not d.year and year is not None and d.window[0].month == d.window[1].month:
            first, last = month_window(year, d.window[0].month)
            d.window, d.date, d.year = (first, last), min(last, published), True
            d.open_end = last >= published
        if d.window and re.search(settings()["dates"]["end_of"], sentence[:s], re.I):
            d.date, d.window, d.ended = d.window[1], None, d.window


def _night(sentence: str, start: int, end: int, d: ClaimDate) -> tuple[int, int]:
    """'on Sunday night', 'the night of 25 December': an attack of that night is reported the
    next morning, so the claim speaks of the day after ('overnight into Sunday' is Sunday)."""
    if d.window is not None:
        return start, end
    cfg = settings()["dates"]
    after = re.match(cfg["night_after"], sentence[end:], re.I)
    before = re.search(cfg["night_before"], sentence[:start], re.I)
    if not (after or before):
        return start, end
    d.date += timedelta(days=1)
    d.phrase = (sentence[before.start():start] if before else "") + (d.phrase or "") + (after.group(0) if after else "")
    return (before.start() if before else start), (end + after.end() if after else end)


def resolve(sentence: str, claim_pos: tuple[int, int], published: date, figs=None, masked=()) -> ClaimDate:
    """The date (and window) the claim speaks of. claim_pos is the claim's span in `sentence`.

    Each date phrase binds to the figure nearest it in its clause ('1,330 a day in March,
    and 1,580 in December'); a claim that binds none takes the nearest date of the sentence."""
    from factcheck.verify.binding import figures

    found = matches(sentence, published, [claim_pos, *masked])
    if not found:
        return ClaimDate(date=published)
    figs = figs or figures(sentence, claim_pos)
    own = [(figs.distance(claim_pos, s, e), s, e, d) for s, e, d in found if figs.owns(s, e)]
    if own:
        return _change_year(figs, own, found) or _day_in_season(min(own, key=lambda t: t[0])[3], found)
    nearest = min(found, key=lambda t: figs.distance(claim_pos, t[0], t[1]))
    return _change_year(figs, [], found) or _day_in_season(nearest[2], found)


def _day_in_season(chosen: ClaimDate, found) -> ClaimDate:
    """'On Christmas Day, in the deepest frost of the winter, Russia launched 78 missiles':
    a season around a day named in the same sentence is context; the day is the claim's date."""
    seasons = settings()["dates"]["seasons"]
    if not (chosen.window and chosen.phrase and any(re.search(rf"\b{re.escape(n)}\b", chosen.phrase, re.I)
                                                    for n in seasons)):
        return chosen
    days = [d for _, _, d in found if d.window is None and d.explicit
            and chosen.window[0] <= d.date <= chosen.window[1]]
    return days[0] if days else chosen


def _change_year(figs, own, found) -> ClaimDate | None:
    """'rose from $690bn to $811bn between 2022 and 2023': the 'from' figure takes the
    earlier year, the 'to' figure the later one."""
    years = [d for _, _, d in found if d.year_only]
    if len(years) < 2:
        return None
    lead = figs.sentence[max(0, figs.own[0] - 12):figs.own[0]].lower().split()
    if lead[-1:] == ["from"] and not own:
        return min(years, key=lambda d: d.date)
    if "to" in lead[-3:] and len(own) != 1:
        return max(years, key=lambda d: d.date)
    return None


def _latest(month: int, day: int, published: date) -> date:
    """The latest month/day not after `published`."""
    d = _safe(published.year, month, day)
    return d if d <= published else _safe(published.year - 1, month, day)


def _safe(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def month_window(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _interpret(kind: str, m: re.Match, published: date) -> ClaimDate | None:
    phrase = m.group(0).strip()
    if phrase.lower().startswith("since "):
        return SINCE  # 'since February 2022' starts the count; the claim speaks of now
    if kind in ("day_month", "month_day"):
        day, month, year = (m.group(1), m.group(2), m.group(3)) if kind == "day_month" else (m.group(2), m.group(1), m.group(3))
        month_n, day_n = MONTHS[month.lower().rstrip(".")], int(day)
        if not 1 <= day_n <= 31:
            return None
        when = _safe(int(year), month_n, day_n) if year else _latest(month_n, day_n, published)
        return ClaimDate(date=when, explicit=True, phrase=phrase)
    if kind == "holiday":
        month_n, day_n = settings()["dates"]["holidays"][m.group(1).lower()]
        when = _safe(int(m.group(2)), month_n, day_n) if m.group(2) else _latest(month_n, day_n, published)
        return ClaimDate(date=when, explicit=True, phrase=phrase)
    if kind == "season":
        return _season(m, published, phrase)
    if kind == "month":
        return _month(m, published, phrase)
    if kind == "relative":
        return _relative(m.group(1).lower(), published, phrase)
    if kind == "weekday":
        # 'on Sunday' is the latest Sunday up to the article's date ('last Sunday': before it).
        target = WEEKDAYS.index(m.group(2).lower())
        back = (published.weekday() - target) % 7
        if back == 0 and (m.group(1) or "").lower() == "last":
            back = 7
        return ClaimDate(date=published - timedelta(days=back), explicit=True, phrase=phrase)
    if kind == "year":
        year = int(m.group(1))
        if year > published.year + 1 or year < 1950:
            return None
        end = min(date(year, 12, 31), published) if year == published.year else date(year, 12, 31)
        return ClaimDate(date=end, window=(date(year, 1, 1), end), explicit=True, phrase=phrase, year_only=True)
    return None


def _season(m: re.Match, published: date, phrase: str) -> ClaimDate:
    prep, which, name, year = (m.group(1) or "").lower(), (m.group(2) or "").lower(), m.group(3).lower(), m.group(4)
    first, last = settings()["dates"]["seasons"][name]
    if year:
        start_year = int(year)
    else:
        start_year = published.year if date(published.year, first, 1) <= published else published.year - 1
        if which == "last":
            start_year -= 1 if _season_end(start_year, first, last) >= published else 0
    start = date(start_year, first, 1)
    end = _season_end(start_year, first, last)
    return ClaimDate(date=min(end, published) if end > published else end, window=(start, end),
                     explicit=True, phrase=phrase, by=prep in {"by", "until"})


def _season_end(year: int, first: int, last: int) -> date:
    end_year = year + 1 if last < first else year
    if end_year > date.max.year:
        return date.max  # a winter read against the open-ended date.max ends there, not in year 10000
    return month_window(end_year, last)[1]


def _month(m: re.Match, published: date, phrase: str) -> ClaimDate | None:
    prep, month, year = (m.group(1) or "").lower(), m.group(2).lower().rstrip("."), m.group(3)
    if month == "may" and not prep and not year:
        return None  # 'may' is usually the verb
    if month in {"mar", "jun", "jan", "dec", "sep"} and not (prep or year):
        return None
    month_n = MONTHS[month]
    if year:
        y = int(year)
    elif prep == "last":
        y = published.year if month_n < published.month else published.year - 1
    else:
        y = published.year if month_n <= published.month else published.year - 1
    start, end = month_window(y, month_n)
    return ClaimDate(date=min(end, published), window=(start, end), explicit=True, phrase=phrase, year=year is not None,
                     by=prep in {"by", "until"})


def _relative(word: str, published: date, phrase: str) -> ClaimDate:
    if word == "yesterday":
        return ClaimDate(date=published - timedelta(days=1), explicit=True, phrase=phrase)
    if word == "today":
        return ClaimDate(date=published, explicit=False, phrase=phrase)
    if word == "this week":
        start = published - timedelta(days=published.weekday())
        return ClaimDate(date=published, window=(start, published), explicit=True, phrase=phrase)
    if word == "this month":
        return ClaimDate(date=published, window=(published.replace(day=1), published), explicit=True, phrase=phrase)
    if word in {"past week", "past seven days", "past 7 days"}:
        return ClaimDate(date=published, window=(published - timedelta(days=6), published), explicit=True,
                         phrase=phrase)
    if word == "last week":
        return ClaimDate(date=published - timedelta(days=1), window=(published - timedelta(days=7), published - timedelta(days=1)), explicit=True, phrase=phrase)
    if word == "last month":
        first = published.replace(day=1) - timedelta(days=1)
        start, end = month_window(first.year, first.month)
        return ClaimDate(date=end, window=(start, end), explicit=True, phrase=phrase)
    if word == "this year":
        return ClaimDate(date=published, window=(date(published.year, 1, 1), published), explicit=True, phrase=phrase)
    y = published.year - 1
    return ClaimDate(date=date(y, 12, 31), window=(date(y, 1, 1), date(y, 12, 31)), explicit=True, phrase=phrase)

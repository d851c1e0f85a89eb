"""Country-year tables (World Bank population, GDP) and the names that point at a country.

Names come from the data ('Russian Federation') and from a hand-kept alias table
(fixtures/worldbank/country_aliases.csv: 'Russia', 'Egypt', 'South Korea', 'Turkey').
"""

from __future__ import annotations

import re

import numpy as np


class CountryTable:
    def __init__(self, frame, aliases):
        self.names: dict[str, str] = {}
        by_code: dict[str, list[tuple[int, float]]] = {}
        for r in frame.itertuples(index=False):
            code = str(r[1])
            self.names.setdefault(code, str(r[0]))
            by_code.setdefault(code, []).append((int(r[2]), float(r[3])))
        self._years = {}
        self._values = {}
        for code, rows in by_code.items():
            rows.sort()
            self._years[code] = np.array([y for y, _ in rows], dtype="int64")
            self._values[code] = np.array([v for _, v in rows], dtype="float64")
        spellings = {name: code for code, name in self.names.items()}
        for r in aliases.itertuples(index=False):
            if r.code in self.names:
                spellings[str(r.alias)] = str(r.code)
        self._spellings = spellings
        self._lowered = {k.lower(): v for k, v in spellings.items() if not _is_acronym(k)}
        self._pattern = _pattern(spellings)

    def find(self, text: str) -> list[dict]:
        """Countries named in `text`, in order: [{'code', 'name', 'start', 'end'}]."""
        out = []
        for m in self._pattern.finditer(text or ""):
            code = self._lookup(m.group(0))
            if code:
                out.append({"code": code, "name": self.names[code], "start": m.start(), "end": m.end()})
        return out

    def _lookup(self, spelled: str) -> str | None:
        if spelled in self._spellings:
            return self._spellings[spelled]
        return self._lowered.get(spelled.lower())

    def value(self, code: str, year: int) -> dict | None:
        years = self._years.get(code)
        if years is None:
            return None
        i = int(np.searchsorted(years, year))
        if i < len(years) and years[i] == year:
            return {"code": code, "name": self.names[code], "year": year, "value": float(self._values[code][i])}
        return None

    def latest(self, code: str, year: int | None = None) -> dict | None:
        """The record for `year`, or the latest year before it."""
        years = self._years.get(code)
        if years is None or not len(years):
            return None
        i = len(years) - 1 if year is None else int(np.searchsorted(years, year, side="right")) - 1
        if i < 0:
            return None
        return {"code": code, "name": self.names[code], "year": int(years[i]), "value": float(self._values[code][i])}

    def years(self, code: str) -> list[int]:
        return [int(y) for y in self._years.get(code, [])]

    @property
    def last_year(self) -> int | None:
        return max((int(y[-1]) for y in self._years.values() if len(y)), default=None)


def _is_acronym(s: str) -> bool:
    return len(s.replace(".", "")) <= 3 and s.replace(".", "").isupper()


def _pattern(spellings: dict[str, str]) -> re.Pattern:
    # Acronyms ('US', 'UK') must match in capitals; other names in any case.
    names = sorted(spellings, key=len, reverse=True)
    parts = [re.escape(n) if _is_acronym(n) else "(?i:" + re.escape(n) + ")" for n in names]
    return re.compile(r"(?<![\w.])(?:" + "|".join(parts) + r")(?![\w])")

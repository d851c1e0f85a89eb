"""Numeric-claim extraction. PLACEHOLDER until the extractor lands: plain numerals only."""

from __future__ import annotations

import re
from datetime import date

from factcheck.claims import Claim

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def extract(text: str, published: date | None = None) -> list[Claim]:
    claims = []
    for m in _NUMBER.finditer(text):
        claims.append(Claim(m.start(), m.end(), m.group(), value=float(m.group().replace(",", ""))))
    return claims

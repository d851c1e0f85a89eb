"""The claims of a report as CSV: one row per claim, evidence summarised."""

from __future__ import annotations

import csv
import io

COLUMNS = (
    "number", "start", "end", "text", "value", "low", "high", "unit", "qualifier",
    "kind", "measured", "verdict", "deviation", "confidence", "metric", "as_of",
    "explanation", "evidence_sources",
)

# Cells a spreadsheet would run as a formula get a leading apostrophe.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value) -> str:
    if value is None:
        return ""
    text = str(value)
    if text.startswith(_FORMULA_STARTS) and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _sources(claim: dict) -> str:
    names = []
    for row in claim.get("evidence") or []:
        name = row.get("source") or row.get("dataset")
        if name and name not in names:
            names.append(name)
    return "; ".join(names)


def claims_csv(report: dict) -> str:
    """The whole CSV text, header first, CRLF line ends as RFC 4180 asks."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for index, claim in enumerate(report.get("claims") or []):
        row = dict(claim, number=index + 1, evidence_sources=_sources(claim))
        writer.writerow([_cell(row.get(col)) for col in COLUMNS])
    return buffer.getvalue()

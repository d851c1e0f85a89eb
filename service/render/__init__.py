"""Pure rendering helpers for the report pages: no Flask, no database.

Each module turns part of a JSON report (docs/report-format.md) into text a page
or a download can use: highlighted article HTML, inline SVG charts, ClaimReview
JSON-LD and CSV.
"""

"""The report page's view model: a JSON report turned into what the template shows.

Pure: takes the report dict (docs/report-format.md) and returns plain values and
Markup, so the page can be tested without Flask or a database.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from factcheck.article import headline
from service.render import numbers
from service.render.charts import chart_svg
from service.render.claimreview import json_ld
from service.render.highlight import highlight
from service.render.verdicts import ORDER, css_class, is_checked, verdict_info

STAGES = {
    "queued": "Waiting for a worker",
    "fetch": "Fetching the article",
    "extract": "Finding the figures",
    "verify": "Checking against reference data",
    "store": "Saving the report",
}


def stage_words(status: str | None, stage: str | None) -> str:
    if status == "queued":
        return STAGES["queued"]
    return STAGES.get(stage or "", "Working")


def _card(index: int, claim: dict) -> dict:
    info = verdict_info(claim.get("verdict"))
    measured = claim.get("measured")
    return {
        "number": index + 1,
        "text": claim.get("text") or "",
        "verdict": info,
        "css": css_class(claim.get("verdict")),
        "reading": numbers.claimed(claim),
        "unit": numbers.unit_label(claim.get("unit")) or "count",
        "qualifier": numbers.qualifier_word(claim.get("qualifier")),
        "kind": claim.get("kind") or "",
        "measured": measured,
        "as_of": claim.get("as_of"),
        "explanation": claim.get("explanation") or "",
        "deviation": numbers.deviation(claim.get("deviation")),
        "has_deviation": claim.get("deviation") is not None,
        "confidence": claim.get("confidence"),
        "evidence": [_evidence(row, claim.get("unit")) for row in claim.get("evidence") or []],
        "chart": chart_svg(_with_qualifier(claim.get("chart"), claim), f"chart-{index + 1}"),
    }


def _with_qualifier(chart: dict | None, claim: dict) -> dict | None:
    """The chart's claim read with the claim's qualifier ('more than', 'about')."""
    if not isinstance(chart, dict) or not isinstance(chart.get("claim"), dict):
        return chart
    return {**chart, "claim": {**chart["claim"], "qualifier": claim.get("qualifier")}}


def _evidence(row: dict, claim_unit: str | None) -> dict:
    link = row.get("link")
    safe_link = link if isinstance(link, str) and link.startswith(("http://", "https://")) else None
    return {
        "figure": numbers.figure(row, row.get("unit") or claim_unit),
        "date": row.get("date") or "",
        "definition": _words(row.get("definition") or row.get("metric") or ""),
        "source": row.get("source") or row.get("dataset") or "",
        "link": safe_link,
        "note": row.get("note") or "",
    }


# The at-a-glance list leads with what needs an editor's attention.
_GLANCE_ORDER = {"refuted": 0, "conflicting": 1, "supported": 2, "not_enough_info": 3}


def glance(cards: list[dict]) -> list[dict]:
    """The cards ordered refuted, conflicting, supported, not enough info; text order within."""
    return sorted(cards, key=lambda c: (_GLANCE_ORDER.get(c["verdict"].key, 3), c["number"]))


def _words(name: str) -> str:
    """An identifier-like definition ('killed_and_wounded') read as words."""
    return name.replace("_", " ") if " " not in name else name


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    return urlsplit(url).hostname or url


def report_view(report: dict, report_url: str = "") -> dict:
    """Everything the report template needs, computed once."""
    article = report.get("article") or {}
    claims = report.get("claims") or []
    summary = report.get("summary") or {}
    counts = [
        {"verdict": verdict_info(key), "css": css_class(key), "count": int(summary.get(key, 0) or 0)}
        for key in ORDER
    ]
    url = article.get("url")
    return {
        "id": report.get("id"),
        "title": article.get("title") or headline(article.get("text") or "") or "Untitled article",
        "published": article.get("published"),
        "url": url if isinstance(url, str) and url.startswith(("http://", "https://")) else None,
        "host": host_of(url),
        "generated_at": (report.get("generated_at") or "").replace("T", " ")[:16],
        "engine_version": report.get("engine_version"),
        "counts": counts,
        "total": int(summary.get("total", len(claims)) or 0),
        "checked": sum(1 for c in claims if is_checked(c)),
        "datasets": report.get("datasets") or [],
        "article_html": highlight(article.get("text") or "", claims),
        "cards": (cards := [_card(i, c) for i, c in enumerate(claims)]),
        "glance": glance(cards),
        "json_ld": json_ld(report, report_url),
    }

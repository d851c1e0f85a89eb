"""Finished reports: read one, list the recent ones a page at a time."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from store.clock import iso, looks_like_id
from store.db import Store
from store.models import Report


@dataclass
class Page:
    items: list[dict]
    page: int
    per_page: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))

    def to_dict(self) -> dict:
        return {"items": self.items, "page": self.page, "per_page": self.per_page,
                "total": self.total, "pages": self.pages}


def get_report(store: Store, report_id: str) -> dict | None:
    """The report document with its id, as ``GET /api/reports/<id>`` answers it."""
    if not looks_like_id(report_id):
        return None
    with store.session() as s:
        row = s.get(Report, report_id)
        if row is None:
            return None
        return {"id": row.id, **row.body}


def list_recent(store: Store, page: int = 1, per_page: int = 20) -> Page:
    """Newest first. ``page`` counts from 1; ``per_page`` is clamped to 1..100."""
    page = max(1, int(page))
    per_page = max(1, min(100, int(per_page)))
    with store.session() as s:
        total = s.scalar(select(func.count()).select_from(Report)) or 0
        rows = s.execute(
            select(Report.id, Report.title, Report.published, Report.url, Report.claims_total,
                   Report.summary, Report.created_at)
            .order_by(Report.created_at.desc(), Report.id)
            .offset((page - 1) * per_page)
            .limit(per_page)
        ).all()
    items = [{
        "id": r.id,
        "title": r.title,
        "published": r.published.isoformat() if r.published else None,
        "url": r.url,
        "claims_total": r.claims_total,
        "summary": r.summary,
        "created_at": iso(r.created_at),
        "report_url": f"/reports/{r.id}",
    } for r in rows]
    return Page(items=items, page=page, per_page=per_page, total=total)

"""Naive UTC timestamps: SQLite keeps no time zone, so the store keeps none anywhere."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="seconds") + "Z"


def new_id() -> str:
    """An unguessable id for a job and its report."""
    return str(uuid.uuid4())


def looks_like_id(value: str) -> bool:
    try:
        return str(uuid.UUID(value)) == value.lower()
    except (ValueError, AttributeError, TypeError):
        return False

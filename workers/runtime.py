"""What a worker process holds: the settings and an open store (set by the worker entry)."""

from __future__ import annotations

from dataclasses import dataclass

from config.settings import Settings
from store import Store


@dataclass
class Runtime:
    settings: Settings
    store: Store


_current: Runtime | None = None


def init(settings: Settings) -> Runtime:
    global _current
    _current = Runtime(settings=settings, store=Store(settings.database_url))
    return _current


def get() -> Runtime:
    if _current is None:
        raise RuntimeError("worker runtime not initialised: start the worker with `celery -A workers.worker worker`")
    return _current

"""A fresh PostgreSQL database per test session, when DATABASE_URL names a PostgreSQL server."""

from __future__ import annotations

import os
import uuid

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from config.settings import _normalise_database_url


def configured_url() -> str | None:
    raw = (os.environ.get("DATABASE_URL") or "").strip()
    if not raw:
        return None
    url = _normalise_database_url(raw)
    return url if url.startswith("postgresql") else None


class FreshDatabase:
    """CREATE DATABASE factcheck_test_<random> on the configured server; DROP it afterwards."""

    def __init__(self, server_url: str):
        self.server = make_url(server_url)
        self.name = f"factcheck_test_{uuid.uuid4().hex[:12]}"
        self.url = self.server.set(database=self.name).render_as_string(hide_password=False)

    def _admin(self):
        return create_engine(self.server.render_as_string(hide_password=False),
                             isolation_level="AUTOCOMMIT")

    def create(self) -> str:
        engine = self._admin()
        try:
            with engine.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{self.name}"'))
        finally:
            engine.dispose()
        return self.url

    def drop(self) -> None:
        engine = self._admin()
        try:
            with engine.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))
        finally:
            engine.dispose()


def fresh_database():
    """For a fixture: ``yield from fresh_database()`` gives a new database's URL, or None
    without a configured server, and drops the database when the fixture ends."""
    server = configured_url()
    if server is None:
        yield None
        return
    db = FreshDatabase(server)
    try:
        yield db.create()
    finally:
        db.drop()

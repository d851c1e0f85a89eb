"""The store on SQLite always, and on PostgreSQL when DATABASE_URL names one."""

from __future__ import annotations

import pytest

from store import Store
from store.migrate import upgrade


@pytest.fixture(scope="session")
def store_postgres_url():
    """A PostgreSQL database of the store tests' own (they migrate it up and down)."""
    from tests.support.postgres import fresh_database

    yield from fresh_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.sqlite'}"
    url = request.getfixturevalue("store_postgres_url")
    if url is None:
        pytest.skip("PostgreSQL store tests need DATABASE_URL naming a PostgreSQL server "
                    "(scripts/test sets it when one answers on 127.0.0.1:5432)")
    return url


@pytest.fixture
def store(database_url):
    from store.migrate import downgrade

    upgrade(database_url)
    s = Store(database_url)
    yield s
    s.dispose()
    downgrade(database_url)  # leaves the shared PostgreSQL test database empty for the next test

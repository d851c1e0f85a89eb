"""The schema comes from Alembic: upgrade to head, down to base and up again."""

from __future__ import annotations

from sqlalchemy import create_engine, inspect

from store.migrate import downgrade, upgrade


def _tables(url):
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_migrations_go_up_and_down(database_url):
    upgrade(database_url)
    assert {"jobs", "reports", "alembic_version"} <= _tables(database_url)
    downgrade(database_url)
    assert not {"jobs", "reports"} & _tables(database_url)
    upgrade(database_url)
    assert {"jobs", "reports"} <= _tables(database_url)
    downgrade(database_url)


def test_the_models_match_the_migrations(database_url):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from store.models import Base

    upgrade(database_url)
    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        engine.dispose()
        downgrade(database_url)
    assert diff == []

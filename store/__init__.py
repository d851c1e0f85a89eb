"""The SQL store: jobs and reports. SQLite for the embedded default, PostgreSQL in production.

The schema belongs to the Alembic migrations in ``store/migrations``; nothing here
calls ``create_all``.
"""

from store.db import Store, open_store

__all__ = ["Store", "open_store"]

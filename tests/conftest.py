"""Shared fixtures: an app on a fresh migrated store, and live stacks of real processes.

- ``app`` / ``client``: ``create_app`` on a fresh SQLite store and the embedded broker
  (no worker: jobs stay queued), for request-level tests.
- ``redis_url``: the configured Redis (REDIS_URL, default redis://127.0.0.1:6379) with a
  database number locked for this session, or a private redis-server.
- ``live_stack``: gunicorn + a Celery worker on that Redis and a fresh store (a fresh
  PostgreSQL database when DATABASE_URL names one, else SQLite); ``.base_url``,
  ``.kill_worker()``, ``.start_worker()``.
- ``embedded_stack``: the same on the embedded default (SQLite broker, SQLite store).
"""

from __future__ import annotations

import os

import pytest

from tests.support.stack import LiveStack


@pytest.fixture
def app(tmp_path):
    from service.app import create_app
    from store.migrate import upgrade

    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    upgrade(url)
    app = create_app({"DATABASE_URL": url, "REDIS_URL": "", "FACTCHECK_VAR_DIR": str(tmp_path / "var"),
                      "TESTING": True})
    yield app
    app.extensions["factcheck"].store.dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory):
    from tests.support.redis_server import PrivateRedis, SharedRedisDb, answers

    configured = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"
    if answers(configured):
        shared = SharedRedisDb(configured)
        url = shared.acquire()
        if url:
            yield url
            shared.release()
            return
    if not PrivateRedis.available():
        pytest.skip(f"no Redis answers at {configured} and redis-server is not installed "
                    "(scripts/test installs it with apt when it can)")
    server = PrivateRedis(tmp_path_factory.mktemp("redis"))
    yield server.start()
    server.stop()


@pytest.fixture(scope="session")
def postgres_url():
    """A fresh PostgreSQL database for this session, or None without DATABASE_URL."""
    from tests.support.postgres import fresh_database

    yield from fresh_database()


def _stack(workdir, **kwargs):
    stack = LiveStack(workdir, **kwargs)
    try:
        stack.start()
    except BaseException:
        stack.stop()
        raise
    return stack


@pytest.fixture(scope="session")
def live_stack(tmp_path_factory, redis_url, postgres_url):
    stack = _stack(tmp_path_factory.mktemp("live"), redis_url=redis_url, database_url=postgres_url)
    yield stack
    stack.stop()


@pytest.fixture(scope="session")
def embedded_stack(tmp_path_factory):
    stack = _stack(tmp_path_factory.mktemp("embedded"))
    yield stack
    stack.stop()

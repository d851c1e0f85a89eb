"""kombu's SQLAlchemy transport, tuned for the embedded SQLite broker.

The stock transport polls once a second and hands every transport option to
``create_engine`` (so ``polling_interval`` cannot be set through it); this one polls
every ``polling_interval`` seconds and opens SQLite in WAL mode with a long busy wait.
"""

from __future__ import annotations

from kombu.transport import sqlalchemy as sqla
from sqlalchemy import create_engine, event

_NOT_ENGINE_OPTIONS = ("polling_interval", "queue_tablename", "message_tablename", "callback", "errback",
                       "max_retries", "interval_start", "interval_step", "interval_max", "retry_errors")


class Channel(sqla.Channel):
    def _engine_from_config(self):
        conninfo = self.connection.client
        options = {k: v for k, v in conninfo.transport_options.items() if k not in _NOT_ENGINE_OPTIONS}
        options.setdefault("connect_args", {"timeout": 30, "check_same_thread": False})
        engine = create_engine(conninfo.hostname, **options)

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):  # noqa: ANN001
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        return engine


class Transport(sqla.Transport):
    Channel = Channel
    polling_interval = 0.1

"""Worker entry: ``celery -A workers.worker worker``. Builds the Celery app from the environment."""

from __future__ import annotations

from celery.signals import setup_logging, worker_process_init, worker_ready, worker_shutdown

from config.settings import from_env
from workers import logs, runtime
from workers.celery_app import make_celery
from workers.recovery import Sweeper

settings = from_env()
celery_app = make_celery(settings)
celery_app.set_default()
_rt = runtime.init(settings)
_sweeper: Sweeper | None = None


@setup_logging.connect
def _logging(**_kwargs) -> None:
    logs.configure(settings.log_level)


@worker_process_init.connect
def _fresh_connections(**_kwargs) -> None:
    # A forked pool process must not share the parent's database sockets.
    _rt.store.engine.dispose(close=False)


@worker_ready.connect
def _start_sweeper(sender=None, **_kwargs) -> None:
    global _sweeper
    _sweeper = Sweeper(celery_app, _rt.store, settings)
    _sweeper.start()


@worker_shutdown.connect
def _stop_sweeper(**_kwargs) -> None:
    if _sweeper is not None:
        _sweeper.stopped.set()

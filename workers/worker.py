"""Worker entry: ``celery -A workers.worker worker``. Builds the Celery app from the environment."""

from __future__ import annotations

import signal

from celery.signals import (setup_logging, task_prerun, worker_init, worker_process_init, worker_ready,
                            worker_shutdown)

from config.settings import from_env
from workers import logs, runtime
from workers.celery_app import RUN_JOB, make_celery
from workers.recovery import Sweeper

settings = from_env()
celery_app = make_celery(settings)
celery_app.set_default()
_rt = runtime.init(settings)
_sweeper: Sweeper | None = None


@setup_logging.connect
def _logging(**_kwargs) -> None:
    logs.configure(settings.log_level)


@worker_init.connect
def _warm_up(**_kwargs) -> None:
    # Load the pipeline's modules and reference data once, before the pool forks, so the
    # first job of every pool process does not pay for it (about 0.5 s here).
    from workers.runner import warm_up

    logs.configure(settings.log_level)  # worker_init comes before Celery's setup_logging
    warm_up()


@worker_process_init.connect
def _init_pool_process(**_kwargs) -> None:
    # A forked pool process must not share the parent's database sockets.
    _rt.store.engine.dispose(close=False)
    # Supervisors (honcho, systemd's control group) send SIGTERM to every process at once;
    # a pool process that dies on it can leave the pool's queue lock held and stall the
    # main process's warm shutdown. The main process stops its pool itself.
    signal.signal(signal.SIGTERM, signal.SIG_IGN)


@task_prerun.connect
def _stamp_job_id(task=None, args=None, **_kwargs) -> None:
    # Celery's own lines about this task (such as "succeeded in") carry the job id too.
    logs.current_job.set(str(args[0]) if task is not None and task.name == RUN_JOB and args else "-")


@worker_ready.connect
def _start_sweeper(sender=None, **_kwargs) -> None:
    global _sweeper
    _sweeper = Sweeper(celery_app, _rt.store, settings)
    _sweeper.start()


@worker_shutdown.connect
def _stop_sweeper(**_kwargs) -> None:
    if _sweeper is not None:
        _sweeper.stopped.set()

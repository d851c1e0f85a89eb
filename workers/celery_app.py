"""Build the Celery app from the shared settings (the Flask docs' Celery pattern).

Tasks are declared with ``@shared_task`` in ``workers.tasks``; the web side only sends
them by name, so neither side imports the other at load time.
"""

from __future__ import annotations

from pathlib import Path

from celery import Celery

from config.settings import Settings

RUN_JOB = "factcheck.run_job"
PING = "factcheck.ping"


def celery_config(settings: Settings) -> dict:
    broker_url = settings.broker_url
    conf: dict = {
        "result_backend": settings.result_backend,
        "result_expires": 3600,
        "task_ignore_result": True,
        "task_default_queue": settings.queue,
        "task_acks_late": True,
        "task_reject_on_worker_lost": True,
        "worker_prefetch_multiplier": 1,
        "task_serializer": "json",
        "accept_content": ["json"],
        "broker_connection_retry_on_startup": True,
        "broker_connection_timeout": 3,
        # A publish that cannot reach the broker gives up quickly; the job row is already
        # committed and the recovery sweep sends it once the broker is back.
        "task_publish_retry_policy": {"max_retries": 2, "interval_start": 0.1,
                                      "interval_step": 0.2, "interval_max": 0.5},
        "worker_hijack_root_logger": False,
        "worker_send_task_events": False,
        "imports": ("workers.tasks",),
    }
    if settings.embedded_broker:
        Path(settings.var_dir).mkdir(parents=True, exist_ok=True)
        conf["broker_url"] = broker_url[len("sqla+"):]
        conf["broker_transport"] = "workers.sqlite_broker:Transport"
        conf["broker_transport_options"] = {"polling_interval": settings.broker_poll_interval}
    else:
        conf["broker_url"] = broker_url
        # An unacknowledged message comes back after this long if its worker vanished;
        # the sweep usually recovers such jobs sooner.
        conf["broker_transport_options"] = {"visibility_timeout": 900,
                                            "socket_connect_timeout": 3, "socket_timeout": 10,
                                            # bound kombu's connect retries when publishing,
                                            # which are otherwise endless
                                            "max_retries": 2, "interval_start": 0,
                                            "interval_step": 0.2, "interval_max": 0.5}
        conf["result_backend_transport_options"] = {"socket_connect_timeout": 3}
        conf["redis_socket_connect_timeout"] = 3
    return conf


def make_celery(settings: Settings, name: str = "factcheck") -> Celery:
    app = Celery(name)
    app.config_from_object(celery_config(settings))
    app.conf.factcheck_settings = settings
    return app

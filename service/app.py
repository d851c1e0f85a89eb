"""The app factory: ``create_app(config=None)``.

``config`` may hold environment-style settings (``DATABASE_URL``, ``REDIS_URL``,
``FACTCHECK_*``...), which override the process environment, and Flask settings
(``TESTING``...). gunicorn serves ``service.app:create_app()``.
"""

from __future__ import annotations

import os
from typing import Mapping

from flask import Flask

ENV_KEYS = ("DATABASE_URL", "REDIS_URL", "PORT", "LOG_LEVEL")


def _is_env_key(key: str) -> bool:
    return key in ENV_KEYS or key.startswith("FACTCHECK_")


def create_app(config: Mapping | None = None) -> Flask:
    from config.settings import from_env
    from service import api, errors, health
    from service.context import Services
    from store import Store
    from workers.celery_app import make_celery

    config = dict(config or {})
    env = dict(os.environ)
    env.update({k: str(v) for k, v in config.items() if _is_env_key(k)})
    settings = from_env(env)

    app = Flask(__name__)
    app.config.update(MAX_CONTENT_LENGTH=settings.max_request_bytes, JSON_SORT_KEYS=False)
    app.config.update({k: v for k, v in config.items() if not _is_env_key(k)})
    if app.config.get("CONFIGURE_LOGGING"):
        from workers import logs

        logs.configure(settings.log_level)

    services = Services(settings=settings, store=Store(settings.database_url),
                        celery=make_celery(settings, name="factcheck-web"))
    app.extensions["factcheck"] = services
    app.extensions["factcheck.store"] = services.store  # what service.pages looks for
    errors.init_app(app)
    app.register_blueprint(api.bp)
    app.register_blueprint(health.bp)
    try:
        from service import pages
    except ModuleNotFoundError as exc:
        if exc.name != "service.pages":
            raise
    else:
        app.register_blueprint(pages.bp)
    return app

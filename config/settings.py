"""Settings read from environment variables, parsed strictly, shared by web and worker.

A value that cannot be parsed stops start-up with a message naming the variable:
``FACTCHECK_ALLOW_PRIVATE_FETCH=yes please`` is an error, not a silent ``False``.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Mapping

ROOT = Path(__file__).resolve().parent.parent

_QUEUE_NAME = re.compile(r"[A-Za-z0-9_.-]{1,100}")
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


class SettingsError(ValueError):
    """An environment variable holds a value we refuse to guess about."""


def envbool(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = env.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise SettingsError(f"{name} must be true or false, got {raw!r}")


def envint(env: Mapping[str, str], name: str, default: int, minimum: int = 0) -> int:
    return _envnumber(env, name, default, minimum, int, "a whole number")


def envfloat(env: Mapping[str, str], name: str, default: float, minimum: float = 0.0) -> float:
    return _envnumber(env, name, default, minimum, float, "a number")


def _envnumber(env, name, default, minimum, cast, what):
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = cast(raw.strip())
    except ValueError:
        raise SettingsError(f"{name} must be {what}, got {raw!r}") from None
    if value < minimum:
        raise SettingsError(f"{name} must be at least {minimum}, got {value}")
    return value


@dataclass(frozen=True)
class Settings:
    database_url: str
    broker_url: str
    result_backend: str
    port: int
    var_dir: Path
    allow_private_fetch: bool = False
    max_text_bytes: int = 1_000_000
    max_request_bytes: int = 8_000_000
    fetch_max_bytes: int = 5_000_000
    fetch_connect_timeout: float = 5.0
    fetch_read_timeout: float = 10.0
    fetch_max_redirects: int = 3
    fetch_total_timeout: float = 30.0
    # Recovery: a queued job whose message may be lost is re-sent after requeue_after
    # seconds; a running job whose heartbeat is older than stale_after is taken back.
    requeue_after: float = 60.0
    stale_after: float = 60.0
    heartbeat_every: float = 5.0
    sweep_every: float = 15.0
    max_attempts: int = 3
    # Test-only knob: sleep this long at each stage so fault tests can kill a worker mid-job.
    stage_delay: float = 0.0
    broker_poll_interval: float = 0.05
    # The Celery queue: deployments (or test stacks) sharing one Redis use different names.
    queue: str = "factcheck"
    log_level: str = "INFO"

    @property
    def embedded_broker(self) -> bool:
        return self.broker_url.startswith("sqla+")

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    def with_overrides(self, **changes) -> "Settings":
        return replace(self, **changes)


def from_env(env: Mapping[str, str] | None = None) -> Settings:
    """Build the settings from ``env`` (default: the process environment)."""
    env = os.environ if env is None else env
    var_dir = Path(env.get("FACTCHECK_VAR_DIR") or ROOT / "var").resolve()
    redis_url = (env.get("REDIS_URL") or "").strip()
    database_url = (env.get("DATABASE_URL") or "").strip() or f"sqlite:///{var_dir / 'factcheck.sqlite'}"
    database_url = _normalise_database_url(database_url)
    if redis_url:
        if not redis_url.startswith(("redis://", "rediss://", "unix://")):
            raise SettingsError(f"REDIS_URL must start with redis:// or rediss://, got {redis_url!r}")
        broker_url = redis_url
        result_backend = redis_url
    else:
        broker_url = f"sqla+sqlite:///{var_dir / 'broker.sqlite'}"
        result_backend = f"db+sqlite:///{var_dir / 'results.sqlite'}"
    queue = (env.get("FACTCHECK_QUEUE") or "factcheck").strip()
    if not _QUEUE_NAME.fullmatch(queue):
        raise SettingsError(f"FACTCHECK_QUEUE may hold letters, digits, '.', '_' and '-' only, got {queue!r}")
    log_level = (env.get("LOG_LEVEL") or "INFO").strip().upper()
    if log_level not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
        raise SettingsError(f"LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR, got {log_level!r}")
    return Settings(
        database_url=database_url,
        broker_url=broker_url,
        result_backend=result_backend,
        port=envint(env, "PORT", 8000, minimum=1),
        var_dir=var_dir,
        allow_private_fetch=envbool(env, "FACTCHECK_ALLOW_PRIVATE_FETCH", False),
        max_text_bytes=envint(env, "FACTCHECK_MAX_TEXT_BYTES", 1_000_000, minimum=1),
        max_request_bytes=envint(env, "FACTCHECK_MAX_REQUEST_BYTES", 8_000_000, minimum=1024),
        fetch_max_bytes=envint(env, "FACTCHECK_FETCH_MAX_BYTES", 5_000_000, minimum=1024),
        fetch_connect_timeout=envfloat(env, "FACTCHECK_FETCH_CONNECT_TIMEOUT", 5.0, minimum=0.1),
        fetch_read_timeout=envfloat(env, "FACTCHECK_FETCH_READ_TIMEOUT", 10.0, minimum=0.1),
        fetch_max_redirects=envint(env, "FACTCHECK_FETCH_MAX_REDIRECTS", 3),
        fetch_total_timeout=envfloat(env, "FACTCHECK_FETCH_TOTAL_TIMEOUT", 30.0, minimum=0.1),
        requeue_after=envfloat(env, "FACTCHECK_REQUEUE_AFTER", 60.0, minimum=0.5),
        stale_after=envfloat(env, "FACTCHECK_STALE_AFTER", 60.0, minimum=0.5),
        heartbeat_every=envfloat(env, "FACTCHECK_HEARTBEAT_EVERY", 5.0, minimum=0.1),
        sweep_every=envfloat(env, "FACTCHECK_SWEEP_EVERY", 15.0, minimum=0.2),
        max_attempts=envint(env, "FACTCHECK_MAX_ATTEMPTS", 3, minimum=1),
        stage_delay=envfloat(env, "FACTCHECK_STAGE_DELAY", 0.0),
        broker_poll_interval=envfloat(env, "FACTCHECK_BROKER_POLL_INTERVAL", 0.05, minimum=0.01),
        queue=queue,
        log_level=log_level,
    )


def _normalise_database_url(url: str) -> str:
    """Heroku-style ``postgres://`` URLs name the psycopg 3 driver we ship."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


SETTING_NAMES = tuple(f.name for f in fields(Settings))

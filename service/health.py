"""``GET /healthz``: is the database up, is the broker up? 200, or 503 naming what is down."""

from __future__ import annotations

import sqlite3

from flask import Blueprint, jsonify

from service.context import services

bp = Blueprint("health", __name__)


def _check_database() -> str | None:
    try:
        services().store.ping()
    except Exception as exc:
        return f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}".strip(": ")
    return None


def _check_broker() -> str | None:
    settings = services().settings
    try:
        if settings.embedded_broker:
            path = settings.broker_url.split("sqlite:///", 1)[1]
            conn = sqlite3.connect(path, timeout=2)
            try:
                conn.execute("SELECT 1")
            finally:
                conn.close()
        else:
            import redis

            client = redis.Redis.from_url(settings.broker_url, socket_connect_timeout=2, socket_timeout=2)
            try:
                client.ping()
            finally:
                client.close()
    except Exception as exc:
        return f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}".strip(": ")
    return None


@bp.get("/healthz")
def healthz():
    problems = {"database": _check_database(), "broker": _check_broker()}
    checks = {name: ("down" if problem else "ok") for name, problem in problems.items()}
    down = [f"{name} is down ({problem})" for name, problem in problems.items() if problem]
    if down:
        response = jsonify({"error": "unavailable", "message": "; ".join(down), "checks": checks})
        response.status_code = 503
        return response
    return jsonify({"status": "ok", "checks": checks})

"""Health names what is down; settings are parsed strictly."""

from __future__ import annotations

import pytest

from config.settings import SettingsError, from_env
from tests.support.ports import free_port


def test_health_is_ok_when_database_and_broker_answer(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok", "checks": {"database": "ok", "broker": "ok"}}


def test_health_is_503_naming_a_broker_that_is_down(tmp_path):
    from service.app import create_app
    from store.migrate import upgrade

    url = f"sqlite:///{tmp_path / 's.sqlite'}"
    upgrade(url)
    app = create_app({"DATABASE_URL": url, "REDIS_URL": f"redis://127.0.0.1:{free_port()}/0"})
    response = app.test_client().get("/healthz")
    assert response.status_code == 503
    body = response.get_json()
    assert body["error"] == "unavailable" and body["message"].startswith("broker is down")
    assert body["checks"] == {"database": "ok", "broker": "down"}
    app.extensions["factcheck"].store.dispose()


def test_health_is_503_naming_a_database_that_is_down(tmp_path):
    from service.app import create_app

    app = create_app({"DATABASE_URL": f"postgresql+psycopg://nobody@127.0.0.1:{free_port()}/none",
                      "REDIS_URL": "", "FACTCHECK_VAR_DIR": str(tmp_path)})
    response = app.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.get_json()["checks"] == {"database": "down", "broker": "ok"}
    assert "database is down" in response.get_json()["message"]


@pytest.mark.parametrize("name, value", [
    ("FACTCHECK_ALLOW_PRIVATE_FETCH", "sometimes"),
    ("PORT", "eighty"),
    ("PORT", "0"),
    ("FACTCHECK_FETCH_READ_TIMEOUT", "soon"),
    ("REDIS_URL", "localhost:6379"),
    ("LOG_LEVEL", "LOUD"),
    ("FACTCHECK_QUEUE", "two words"),
])
def test_a_setting_that_cannot_be_parsed_is_an_error(name, value):
    with pytest.raises(SettingsError, match=name):
        from_env({name: value})


def test_the_default_is_embedded(tmp_path):
    settings = from_env({"FACTCHECK_VAR_DIR": str(tmp_path)})
    assert settings.broker_url == f"sqla+sqlite:///{tmp_path}/broker.sqlite"
    assert settings.database_url == f"sqlite:///{tmp_path}/factcheck.sqlite"
    assert settings.allow_private_fetch is False and settings.max_text_bytes == 1_000_000


def test_redis_and_postgres_come_from_the_environment():
    settings = from_env({"REDIS_URL": "redis://r:6379/2", "DATABASE_URL": "postgres://u@db/x"})
    assert settings.broker_url == "redis://r:6379/2"
    assert settings.database_url == "postgresql+psycopg://u@db/x"
    assert from_env({"FACTCHECK_ALLOW_PRIVATE_FETCH": "true"}).allow_private_fetch is True

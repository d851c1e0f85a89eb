"""Bring the store's schema to the newest migration: ``python -m store.migrate``."""

from __future__ import annotations

import sys
from pathlib import Path

from alembic import command
from alembic.config import Config

INI = Path(__file__).resolve().parent / "alembic.ini"


def alembic_config(database_url: str, configure_logging: bool = False) -> Config:
    cfg = Config(str(INI))
    cfg.attributes["database_url"] = database_url
    cfg.attributes["configure_logging"] = configure_logging
    return cfg


def upgrade(database_url: str, revision: str = "head") -> None:
    command.upgrade(alembic_config(database_url), revision)


def downgrade(database_url: str, revision: str = "base") -> None:
    command.downgrade(alembic_config(database_url), revision)


def main() -> int:
    from config.settings import SettingsError, from_env

    try:
        settings = from_env()
    except SettingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    command.upgrade(alembic_config(settings.database_url, configure_logging=True), "head")
    return 0


if __name__ == "__main__":
    sys.exit(main())

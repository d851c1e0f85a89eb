"""Verification settings from config/verification.toml (tolerances, date words, weights)."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

PATH = Path(__file__).resolve().parents[2] / "config" / "verification.toml"


@lru_cache(maxsize=1)
def settings() -> dict:
    return tomllib.loads(PATH.read_text(encoding="utf-8"))


def tolerance(name: str) -> float:
    return float(settings()["tolerance"][name])


def timing(name: str) -> int:
    return int(settings()["timing"][name])


def penalty(name: str) -> float:
    return float(settings()["confidence"][name])


def words(section: str, name: str) -> list[str]:
    return list(settings()[section][name])

"""The process's one pint registry, built on first use (pint's import costs ~0.4 s)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DEFINITIONS = Path(__file__).with_name("unit_definitions.txt")


@lru_cache(maxsize=1)
def registry():
    import pint

    ureg = pint.UnitRegistry(cache_folder=None)
    if DEFINITIONS.exists():
        ureg.load_definitions(str(DEFINITIONS))
    return ureg


def quantity(value, unit: str):
    """Build a Quantity as Q_(value, unit): much faster than parsing 'value unit'."""
    return registry().Quantity(value, unit)

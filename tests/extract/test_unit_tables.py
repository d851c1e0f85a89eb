"""The extractor's static unit table agrees with pint, and extraction never imports pint."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from factcheck.claims import KINDS
from factcheck.units import registry

DATA = Path(__file__).resolve().parents[2] / "factcheck" / "extract" / "data"
UNITS = tomllib.loads((DATA / "units.toml").read_text(encoding="utf-8"))
CURRENCIES = tomllib.loads((DATA / "currencies.toml").read_text(encoding="utf-8"))

# spelling in the table -> the same unit in pint's own words
PINT_SPELLING = {
    "square miles": "mile**2",
    "square metres": "meter**2",
    "hectares": "hectare",
    "acres": "acre",
    "miles": "mile",
    "metres": "meter",
    "feet": "foot",
    "yards": "yard",
    "nautical miles": "nautical_mile",
    "mm": "millimeter",
    "cm": "centimeter",
    "kilometres": "kilometer",
    "square kilometres": "kilometer**2",
}


@pytest.mark.parametrize("spelling, entry", sorted(UNITS["after"].items()))
def test_every_unit_in_the_table_is_a_pint_unit_with_a_known_kind(spelling, entry):
    unit, kind, factor = entry
    assert kind in KINDS
    assert factor > 0
    registry().Quantity(1, unit)  # raises if pint does not know the unit


@pytest.mark.parametrize("spelling, source", sorted(PINT_SPELLING.items()))
def test_conversion_factors_agree_with_pint(spelling, source):
    unit, _, factor = UNITS["after"][spelling]
    expected = registry().Quantity(1, source).to(unit).magnitude
    assert factor == pytest.approx(expected, rel=1e-9)


@pytest.mark.parametrize("spelling, unit", sorted(UNITS["rates"].items()))
def test_every_rate_is_a_pint_unit(spelling, unit):
    assert str(registry().Quantity(1, unit).dimensionality) == "1 / [time]"


def test_currency_codes_are_iso_shaped():
    for table in ("symbols", "words", "words_after_scale"):
        for code in CURRENCIES[table].values():
            assert len(code) == 3 and code.isupper()


def test_extraction_does_not_import_pint():
    code = (
        "import sys; from factcheck.extract import extract;"
        "extract('Russia lost over 1,000 tanks, 40% of its fleet, in 200 square miles over three years.');"
        "print('pint' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "False"

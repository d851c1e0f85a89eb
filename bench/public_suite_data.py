"""Loading the cached public test suites for bench/public_suites.py (data in bench/.cache/).

Recognizers-Text English specs (number, percent, ordinal; relative ordinals skipped) and
CQE's NewsQuant test set, each turned into cases {text, expected: [{values, unit}]}.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

CACHE = Path(__file__).resolve().parent / ".cache"

RECOGNIZERS = {
    "rt-number": ("recognizers/NumberModel.json", {"number"}),
    "rt-percent": ("recognizers/PercentModel.json", {"percentage"}),
    "rt-ordinal": ("recognizers/OrdinalModel.json", {"ordinal"}),
}
NEWSQUANT = "NewsQuant.json"


def load_recognizers(name: str) -> list[dict]:
    rel, types = RECOGNIZERS[name]
    path = CACHE / rel
    cases = []
    for item in json.loads(path.read_text(encoding="utf-8")):
        results = item.get("Results") or []
        if any(r.get("TypeName", "").endswith(".relative") for r in results):
            continue
        expected = []
        for r in results:
            if r.get("TypeName") not in types:
                continue
            value = str(r.get("Resolution", {}).get("value", "")).rstrip("%")
            try:
                expected.append({"values": (float(value),), "unit": None})
            except ValueError:
                continue
        cases.append({"text": item["Input"], "expected": expected})
    return cases


_RANGE = re.compile(r"^\s*(-?[\d.]+(?:[eE][-+]?\d+)?)\s*(?:-\s*(-?[\d.]+(?:[eE][-+]?\d+)?))?\s*$")


def load_newsquant() -> list[dict]:
    cases = []
    for item in json.loads((CACHE / NEWSQUANT).read_text(encoding="utf-8")):
        expected = []
        for q in item["quantities"]:
            m = _RANGE.match(str(q["value"]))
            if not m:
                continue
            values = tuple(float(v) for v in m.groups() if v is not None)
            unit = (q.get("normalized_unit") or "").strip()
            if unit.startswith("%"):
                values, unit = tuple(v * 100 for v in values), "percentage"
            expected.append({"values": values, "unit": unit, "raw": q})
        cases.append({"text": item["text"], "expected": expected})
    return cases

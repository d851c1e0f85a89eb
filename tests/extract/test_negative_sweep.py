"""A broad sweep of numbers that are not claims (dates, times, ages, addresses, phone numbers,
identifiers, laws, references, product and weapon names, units, sports labels, scores, codes,
versions, naming ordinals, idioms, list markers, coordinates, ratings), each kind with near
misses whose figures are claims. The cases live in tests/extract/negatives/*.json:
{"text", "claims": [{"text", "value"}], "not": [strings no claim may touch]}."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.extract import extract

HERE = Path(__file__).parent / "negatives"


def _cases():
    for path in sorted(HERE.glob("*.json")):
        for k, case in enumerate(json.loads(path.read_text(encoding="utf-8"))):
            yield pytest.param(case, id=f"{path.stem}-{k}")


def _occurrences(text: str, needle: str):
    start = text.find(needle)
    while start >= 0:
        yield start, start + len(needle)
        start = text.find(needle, start + 1)


def touches(claim, a: int, b: int) -> bool:
    """A claim touches a 'not' string when it overlaps it, unless it holds it whole inside a
    counted noun after its own figure ('15 iPhone 15 handsets' holds 'iPhone 15')."""
    if claim.end <= a or claim.start >= b:
        return False
    return not (claim.start < a and claim.end >= b)


def _close(x, y) -> bool:
    return x is not None and abs(x - y) <= 1e-6 * max(1.0, abs(y))


def problems(case) -> list[str]:
    text = case["text"]
    found = extract(text)
    out = []
    for needle in case.get("not", []):
        spans = list(_occurrences(text, needle))
        assert spans, f"'not' string {needle!r} is not in the text"
        for a, b in spans:
            out += [f"claim {c.text!r} touches {needle!r}" for c in found if touches(c, a, b)]
    for want in case.get("claims", []):
        spans = list(_occurrences(text, want["text"]))
        assert spans, f"claim text {want['text']!r} is not in the text"
        a, b = spans[0]
        hit = [c for c in found if c.start < b and c.end > a and (
            want["value"] is None or any(_close(v, want["value"]) for v in (c.value, c.low, c.high)))]
        if not hit:
            out.append(f"lost {want['text']!r} ({want['value']}); got {[c.text for c in found]}")
    return out


@pytest.mark.parametrize("case", list(_cases()))
def test_negative_sweep(case):
    assert problems(case) == []

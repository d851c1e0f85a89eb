"""Third blind verifier set (tests/verify/blind3): verdict accuracy and linked evidence.

The expectations were worked out by hand from fixtures/ and committed before the verifier was
run on these articles. Scoring is bench/score_verify.py's (pairing by span overlap; a claim the
extractor misses counts as wrong). Only overall figures are printed.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SET_DIR = ROOT / "tests" / "verify" / "blind3"


def _scorer():
    spec = importlib.util.spec_from_file_location("score_verify_blind3", ROOT / "bench" / "score_verify.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def result():
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    sv = _scorer()
    entries = sv.load_expected(SET_DIR / "expected.json")
    res = sv.score(entries, runner=lambda entry: sv.run_article(entry, SET_DIR / "articles"))
    print(f"\nblind3: verdict accuracy {res['correct']}/{res['claims']} = {res['accuracy']:.3f}; "
          f"missed by the extractor {res['missed']}; non-NEI verdicts without a linked evidence row: "
          f"{res['non_nei_without_link']} of {res['non_nei_reported']}")
    return res


def test_set_is_well_formed():
    sv = _scorer()
    entries = sv.load_expected(SET_DIR / "expected.json")
    assert 10 <= len(entries) <= 12
    total = 0
    for entry in entries:
        text = (SET_DIR / "articles" / entry["file"]).read_text(encoding="utf-8")
        assert entry["file"].endswith(entry["published"] + ".txt")
        for claim in entry["claims"]:
            assert text[claim["start"]:claim["end"]] == claim["text"]
            assert claim["verdict"] in sv.VERDICTS
            total += 1
    assert 100 <= total <= 130


def test_verdict_accuracy(result):
    assert result["accuracy"] >= 0.8


def test_every_non_nei_verdict_has_a_linked_evidence_row(result):
    assert result["non_nei_without_link"] == 0, result["missing_links"]

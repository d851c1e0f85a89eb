"""Second blind set for the verifier (tests/verify/blind2): issue 4's bars.

Runs every article of the set through the pipeline in-process and scores the report against
the expectations written by hand before the verifier was run (bench/score_verify.py pairs the
claims by span overlap). Only the overall figures are printed, so that the set stays blind:
the per-claim diff is `.venv/bin/python bench/score_verify.py --set tests/verify/blind2 --diff`.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from bench.score_verify import load_expected, run_article, score

SET = Path(__file__).resolve().parent / "blind2"
ACCURACY_FLOOR = 0.8


@pytest.fixture(scope="module")
def result():
    entries = load_expected(SET / "expected.json")
    res = score(entries, runner=lambda entry: run_article(entry, SET / "articles"))
    expected = Counter(r["expected"]["verdict"] for r in res["rows"])
    print(f"\nblind2: {len(entries)} articles, {res['claims']} claims "
          f"({', '.join(f'{k} {v}' for k, v in sorted(expected.items()))}); "
          f"verdict accuracy {res['correct']}/{res['claims']} = {res['accuracy']:.3f}, "
          f"missed by the extractor {res['missed']}; non-NEI verdicts without a linked evidence row: "
          f"{res['non_nei_without_link']} of {res['non_nei_reported']}")
    return res


def test_set_is_well_formed():
    entries = load_expected(SET / "expected.json")
    assert 10 <= len(entries) <= 12
    total = 0
    for entry in entries:
        text = (SET / "articles" / entry["file"]).read_text(encoding="utf-8")
        for claim in entry["claims"]:
            assert text[claim["start"]:claim["end"]] == claim["text"]
            assert claim["verdict"] in ("supported", "refuted", "conflicting", "not_enough_info")
            total += 1
    assert 90 <= total <= 130


def test_verdict_accuracy(result):
    assert result["accuracy"] >= ACCURACY_FLOOR, (
        f"verdict accuracy {result['accuracy']:.3f} < {ACCURACY_FLOOR} on the second blind set")


def test_every_non_nei_verdict_has_a_linked_evidence_row(result):
    assert result["non_nei_without_link"] == 0, (
        f"{result['non_nei_without_link']} of {result['non_nei_reported']} non-NEI verdicts have no "
        "evidence row with a link")

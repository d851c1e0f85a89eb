"""The fourth blind held-out extraction set is well-formed, and the extractor clears loose floors on it.

tests/extract/holdout4 was written blind after the first three held-out sets had been
used to guide fixes: fresh passages in the voice of newspaper and wire copy (about 40% of
the mentions Russia-Ukraine war reporting, the rest economics, elections, disasters,
health, business, science, sport and climate), plus 40 hard-negative passages that hold
numbers but no claims, annotated by docs/extraction-conventions.md and never against the
extractor's output. It is built from holdout4/src/*.txt by holdout4/build_holdout4.py (the
shared corpus builder pointed at that directory). The per-case checks are the earlier
sets' own, imported from their test modules.

The floor test prints aggregate figures only, never a per-case diff, so that running
the suite does not show the held-out passages to whoever tunes the extractor. Full
figures: ``.venv/bin/python bench/score_extract.py --corpus tests/extract/holdout4``.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from tests.extract import test_corpus as corpus_checks
from tests.extract import test_holdout as first_holdout
from tests.extract import test_holdout2 as second_holdout
from tests.extract import test_holdout3 as third_holdout

HOLDOUT4 = Path(__file__).parent / "holdout4"
FILES = sorted(HOLDOUT4.glob("*.json"))
DOMAINS = first_holdout.DOMAINS | {"climate"}


def _load(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


def _all_cases() -> list[dict]:
    return [case for path in FILES for case in _load(path)]


def _params():
    return [pytest.param(case, id=case["id"]) for case in _all_cases()]


def _builder():
    spec = importlib.util.spec_from_file_location("build_holdout4", HOLDOUT4 / "build_holdout4.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.builder()


def test_every_domain_has_its_source_and_built_file():
    sources = {p.stem for p in (HOLDOUT4 / "src").glob("*.txt")}
    assert {p.stem for p in FILES} == sources
    assert DOMAINS <= sources


def test_the_built_files_match_their_sources():
    """No hand edits: rebuilding from src/*.txt gives exactly the JSON on disk."""
    parse = _builder().parse
    for path in FILES:
        assert parse(HOLDOUT4 / "src" / f"{path.stem}.txt") == _load(path), f"{path.name} is stale: rebuild it"


def test_case_ids_are_unique_and_prefixed_by_their_domain_and_set():
    seen = set()
    for path in FILES:
        for case in _load(path):
            assert case["id"] not in seen, case["id"]
            assert case["id"].startswith(f"{path.stem}-h4-"), case["id"]
            seen.add(case["id"])


@pytest.mark.parametrize("case", _params())
def test_every_case_is_well_formed(case):
    corpus_checks.test_every_case_is_well_formed(case)


@pytest.mark.parametrize("case", _params())
def test_units_and_kinds_agree(case):
    corpus_checks.test_units_and_kinds_agree(case)


@pytest.mark.parametrize("case", _params())
def test_listed_negatives_are_in_the_text_and_outside_every_claim(case):
    corpus_checks.test_listed_negatives_are_in_the_text_and_outside_every_claim(case)


@pytest.mark.parametrize("case", _params())
def test_claim_spans_fall_on_word_boundaries(case):
    second_holdout.test_claim_spans_fall_on_word_boundaries(case)


def test_the_set_is_big_enough_and_spread_over_the_domains():
    cases = _all_cases()
    mentions = sum(len(c["claims"]) for c in cases)
    positive = [c for c in cases if c["claims"]]
    hard = [c for c in cases if not c["claims"]]
    war_mentions = sum(len(c["claims"]) for c in cases if c["id"].startswith("war-"))
    assert mentions >= 200
    assert len(positive) >= 55
    assert len(hard) >= 40
    assert all(c.get("negatives") for c in hard), "every hard negative lists its numbers"
    assert 0.35 <= war_mentions / mentions <= 0.45
    for domain in DOMAINS:
        assert any(c["id"].startswith(domain + "-") and c["claims"] for c in cases), domain
        assert any(c["id"].startswith(domain + "-") and not c["claims"] for c in cases), domain


def test_no_passage_is_shared_with_the_tuning_corpus_or_the_earlier_held_out_sets():
    earlier = {case["text"] for case in corpus_checks._all_cases()}
    for module in (first_holdout, second_holdout, third_holdout):
        earlier |= {case["text"] for case in module._all_cases()}
    assert not [c["id"] for c in _all_cases() if c["text"] in earlier]


def test_the_scorer_gives_a_perfect_score_to_the_golden_claims():
    scorer = corpus_checks._scorer()
    cases = scorer.load_cases(HOLDOUT4)
    by_text = {c["text"]: c["claims"] for c in cases}
    result = scorer.score(cases, lambda text, published: by_text[text])
    assert result["span_exact"]["f1"] == 1.0
    assert all(f["accuracy"] in (1.0, None) for f in result["fields"].values())
    assert result["hard_negative_false_positives"] == 0


def test_the_extractor_clears_loose_floors_on_the_fourth_held_out_set(capsys):
    from factcheck.extract import extract

    scorer = corpus_checks._scorer()
    result = scorer.score(scorer.load_cases(HOLDOUT4), extract)
    fields = result["fields"]

    def acc(name):
        value = fields[name]["accuracy"]
        return "-" if value is None else f"{value:.3f}"

    figures = (
        f"held-out 4: gold={result['cases_gold_claims']} pred={result['predicted']} "
        f"span exact F1={result['span_exact']['f1']:.3f} overlap F1={result['span_overlap']['f1']:.3f} "
        f"value={acc('value')} unit={acc('unit')} qualifier={acc('qualifier')} kind={acc('kind')} "
        f"measured={acc('measured')} hard-negative FPs={result['hard_negative_false_positives']}"
        f"/{result['hard_negative_cases']} cases"
    )
    with capsys.disabled():
        print(f"\n{figures}")
    # aggregate figures only in the message: no per-case diff of the held-out set.
    # Loose floors, set before the first scoring run: this set measures, it does not tune.
    assert result["span_overlap"]["f1"] >= 0.9, figures
    assert (fields["value"]["accuracy"] or 0) >= 0.9, figures

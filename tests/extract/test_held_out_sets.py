"""The four blind held-out extraction sets are well-formed, and the extractor clears floors on each.

Each set (tests/extract/holdout, holdout2, holdout3, holdout4) was written blind, annotated by
docs/extraction-conventions.md and never against the extractor's output, and scored once before
it guided any fix (the first scores are in the README). Each is built from its ``src/*.txt`` by
the corpus builder: ``.venv/bin/python tests/extract/corpus/build_corpus.py tests/extract/holdoutN``.
The per-case checks are the golden corpus's own, from test_corpus.py.

The floor test prints aggregate figures only, never a per-case diff, so that running the suite
does not show the held-out passages to whoever tunes the extractor. Full figures:
``.venv/bin/python bench/score_extract.py --corpus tests/extract/holdoutN``.
"""

from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path

import pytest

from tests.extract import test_corpus as corpus_checks

HERE = Path(__file__).parent
DOMAINS = {"war", "economy", "elections", "disasters", "health", "sport", "science", "business"}

# What each set promised when it was written: its id infix, size, and how it is spread.
SETS = {
    "holdout": dict(infix="-h", mentions=200, hard=25, war_hard=0, war_share=None, domains=DOMAINS),
    "holdout2": dict(infix="-h2-", mentions=220, hard=30, war_hard=20, war_share=(0.35, 0.45), domains=DOMAINS),
    "holdout3": dict(infix="-h3-", mentions=220, hard=30, war_hard=20, war_share=(0.35, 0.45), domains=DOMAINS),
    "holdout4": dict(infix="-h4-", mentions=200, hard=40, war_hard=16, war_share=(0.35, 0.45),
                     domains=DOMAINS | {"climate"}),
}
ORDER = list(SETS)


def _files(name: str) -> list[Path]:
    return sorted((HERE / name).glob("*.json"))


@cache
def _cases(name: str) -> tuple[dict, ...]:
    return tuple(case for path in _files(name) for case in json.loads(path.read_text(encoding="utf-8")))


def _case_params():
    return [pytest.param(case, id=case["id"]) for name in SETS for case in _cases(name)]


@cache
def _builder():
    spec = importlib.util.spec_from_file_location("build_corpus", HERE / "corpus" / "build_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", SETS)
def test_every_domain_has_its_source_and_built_file(name):
    sources = {p.stem for p in (HERE / name / "src").glob("*.txt")}
    assert {p.stem for p in _files(name)} == sources
    assert SETS[name]["domains"] <= sources


@pytest.mark.parametrize("name", SETS)
def test_the_built_files_match_their_sources(name):
    """No hand edits: rebuilding from src/*.txt gives exactly the JSON on disk."""
    for path in _files(name):
        rebuilt = _builder().parse(HERE / name / "src" / f"{path.stem}.txt")
        assert rebuilt == json.loads(path.read_text(encoding="utf-8")), f"{name}/{path.name} is stale: rebuild it"


@pytest.mark.parametrize("name", SETS)
def test_case_ids_are_unique_and_prefixed_by_their_domain_and_set(name):
    seen = set()
    for path in _files(name):
        for case in json.loads(path.read_text(encoding="utf-8")):
            assert case["id"] not in seen, case["id"]
            assert case["id"].startswith(f"{path.stem}{SETS[name]['infix']}"), case["id"]
            seen.add(case["id"])


@pytest.mark.parametrize("case", _case_params())
def test_every_case_is_well_formed(case):
    corpus_checks.test_every_case_is_well_formed(case)
    corpus_checks.test_units_and_kinds_agree(case)
    corpus_checks.test_listed_negatives_are_in_the_text_and_outside_every_claim(case)
    text = case["text"]
    for claim in case["claims"]:  # a span never cuts a word
        assert claim["start"] == 0 or not text[claim["start"] - 1].isalnum(), claim["text"]
        assert claim["end"] == len(text) or not text[claim["end"]].isalnum(), claim["text"]


@pytest.mark.parametrize("name", SETS)
def test_the_set_is_big_enough_and_spread_over_the_domains(name):
    spec, cases = SETS[name], _cases(name)
    mentions = sum(len(c["claims"]) for c in cases)
    hard = [c for c in cases if not c["claims"]]
    assert mentions >= spec["mentions"]
    assert len(hard) >= spec["hard"]
    assert sum(1 for c in hard if c["id"].startswith("war-")) >= spec["war_hard"]
    if spec["war_share"]:
        low, high = spec["war_share"]
        assert low <= sum(len(c["claims"]) for c in cases if c["id"].startswith("war-")) / mentions <= high
    for domain in spec["domains"]:
        assert any(c["id"].startswith(domain + "-") and c["claims"] for c in cases), domain
        assert any(c["id"].startswith(domain + "-") and not c["claims"] for c in cases), domain


@pytest.mark.parametrize("name", SETS)
def test_no_passage_is_shared_with_the_tuning_corpus_or_an_earlier_set(name):
    earlier = {case["text"] for case in corpus_checks._all_cases()}
    for previous in ORDER[:ORDER.index(name)]:
        earlier |= {case["text"] for case in _cases(previous)}
    assert not [c["id"] for c in _cases(name) if c["text"] in earlier]


@pytest.mark.parametrize("name", SETS)
def test_the_scorer_gives_a_perfect_score_to_the_golden_claims(name):
    scorer = corpus_checks._scorer()
    cases = scorer.load_cases(HERE / name)
    by_text = {c["text"]: c["claims"] for c in cases}
    result = scorer.score(cases, lambda text, published: by_text[text])
    assert result["span_exact"]["f1"] == 1.0
    assert all(f["accuracy"] in (1.0, None) for f in result["fields"].values())
    assert result["hard_negative_false_positives"] == 0


@pytest.mark.parametrize("name", SETS)
def test_the_extractor_clears_its_floors_on_each_held_out_set(name, capsys):
    from factcheck.extract import extract

    scorer = corpus_checks._scorer()
    result = scorer.score(scorer.load_cases(HERE / name), extract)
    fields = result["fields"]

    def acc(field):
        value = fields[field]["accuracy"]
        return "-" if value is None else f"{value:.3f}"

    figures = (
        f"{name}: gold={result['cases_gold_claims']} pred={result['predicted']} "
        f"span exact F1={result['span_exact']['f1']:.3f} overlap F1={result['span_overlap']['f1']:.3f} "
        f"value={acc('value')} unit={acc('unit')} qualifier={acc('qualifier')} kind={acc('kind')} "
        f"measured={acc('measured')} hard-negative FPs={result['hard_negative_false_positives']}"
        f"/{result['hard_negative_cases']} cases"
    )
    with capsys.disabled():
        print(f"\n{figures}")
    # Aggregate figures only in the message: no per-case diff of a held-out set. Floors under
    # what the extractor measures after the fixes these sets guided (>= 0.99, no false
    # positive, on 26 Nov 2026), so CI catches a regression.
    assert result["span_overlap"]["f1"] >= 0.95, figures
    for field in ("value", "unit", "qualifier"):
        assert (fields[field]["accuracy"] or 0) >= 0.95, figures
    assert result["hard_negative_false_positives"] <= 2, figures

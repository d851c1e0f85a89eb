"""The two command-line contracts, run as a user runs them: `python -m factcheck ...` in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ROOT / "fixtures" / "articles" / "peace-talks-2024-12-27.txt"
CLAIM_FIELDS = {"start", "end", "text", "value", "low", "high", "unit", "qualifier", "kind",
                "hedge", "measured", "source", "sentence", "checkworthy"}


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "factcheck", *args], input=stdin, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_extract_answers_one_line_per_input_in_order_with_the_contract_fields():
    lines = [
        {"id": "a", "text": "Russia fired around 70 cruise and ballistic missiles and 100 strike drones.",
         "date": "2024-12-25"},
        {"id": 7, "text": "No figures here."},
        {"id": "c", "text": "Inflation eased to 2.7% from 3.1%, the agency said."},
    ]
    done = run("extract", stdin="".join(json.dumps(line) + "\n" for line in lines))
    assert done.returncode == 0, done.stderr
    answers = [json.loads(line) for line in done.stdout.splitlines()]
    assert [a["id"] for a in answers] == ["a", 7, "c"]
    assert answers[1]["claims"] == []
    for line, answer in zip(lines, answers):
        for claim in answer["claims"]:
            assert CLAIM_FIELDS <= set(claim)
            assert line["text"][claim["start"]:claim["end"]] == claim["text"]
    missiles, drones = answers[0]["claims"]
    assert (missiles["value"], missiles["qualifier"], missiles["hedge"]) == (70, "approximately", "around")
    assert (drones["value"], drones["qualifier"]) == (100, "approximately")
    assert answers[2]["claims"][0]["unit"] == "percent"


def test_extract_keeps_going_past_a_bad_line_and_says_so():
    stdin = 'not json\n{"id": 1, "text": "Over 1,000 days.", "date": "27/12/2024"}\n\n{"id": 2}\n'
    done = run("extract", stdin=stdin)
    answers = [json.loads(line) for line in done.stdout.splitlines()]
    assert done.returncode == 1
    assert answers[0]["id"] is None and "error" in answers[0]
    assert answers[1]["id"] == 1 and answers[1]["claims"][0]["low"] == 1000  # a bad date costs only the date
    assert answers[2] == {"id": 2, "claims": []}
    assert "line 1" in done.stderr and "ISO date" in done.stderr


def test_check_prints_the_same_json_report_as_the_api():
    done = run("check", str(ARTICLE), "--date", "2024-12-27", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert set(report) >= {"article", "claims", "summary", "datasets"}
    assert report["article"]["published"] == "2024-12-27"
    assert report["summary"]["total"] == len(report["claims"]) > 0
    for claim in report["claims"]:
        assert CLAIM_FIELDS | {"verdict", "explanation", "evidence"} <= set(claim)
        if claim["verdict"] != "not_enough_info":
            assert any(row.get("link") for row in claim["evidence"])


def test_check_prints_a_readable_table_by_default():
    done = run("check", str(ARTICLE), "--date", "2024-12-27")
    assert done.returncode == 0, done.stderr
    assert "verdict" in done.stdout and "over 1,000 days" in done.stdout
    assert "supported:" in done.stdout.splitlines()[-1]


@pytest.mark.parametrize("args, message", [
    (("check", "does-not-exist.txt"), "cannot read"),
    (("check", str(ARTICLE), "--date", "yesterday"), "ISO date"),
])
def test_check_refuses_bad_input_with_a_message(args, message):
    done = run(*args)
    assert done.returncode == 2
    assert message in done.stderr

"""Score the numeric-claim extractor against the golden corpus (tests/extract/corpus).

Predicted and expected claims are paired one to one by greatest character
overlap (ties go to the earlier pair). Span precision/recall/F1 is given twice:
exact (same start and end) and overlap (any shared character). Field accuracies
are computed over the overlap-matched pairs:

- value: value, low and high each equal within 0.5% relative (None only matches None);
- unit: same string, or the same pint unit ('tonne' == 'metric_ton', '1 / day' == '1/day');
- qualifier, kind: equal strings;
- measured (loose): the head noun (last word) of the expected phrase occurs in the
  predicted phrase; counted over counts and rates (the counted thing the issue
  asks for); measured_any counts every pair whose expected `measured` is set;
- hedge: equal ignoring case, where either side has one;
- source (loose): the last word of the expected source occurs in the predicted one.

False positives on hard negatives are the predictions made on cases that have no
expected claims; "negative mentions hit" counts the listed `negatives` strings
(dates, model names, phone numbers...) that some prediction overlaps, in any case.

Usage: .venv/bin/python bench/score_extract.py [--diff] [--json] [--corpus DIR] [--cases REGEX]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "extract" / "corpus"
REL_TOL = 0.005
FIELDS = ("value", "unit", "qualifier", "kind", "measured", "measured_any", "hedge", "source")


def load_cases(corpus: Path = CORPUS) -> list[dict]:
    """All golden cases, each tagged with its domain (the file's stem)."""
    cases = []
    for path in sorted(Path(corpus).glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            case = dict(case)
            case.setdefault("domain", path.stem)
            cases.append(case)
    return cases


def _as_dict(claim) -> dict:
    return claim.to_dict() if hasattr(claim, "to_dict") else dict(claim)


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    a, b = float(a), float(b)
    if a == b:
        return True
    return abs(a - b) <= REL_TOL * max(abs(a), abs(b))


_UNIT_CACHE: dict = {}


def _unit_key(unit):
    """A comparable form of a unit string: pint's canonical unit when it parses."""
    if unit is None:
        return None
    text = str(unit).strip()
    if text in _UNIT_CACHE:
        return _UNIT_CACHE[text]
    key = text.replace(" ", "")
    if not (len(text) == 3 and text.isupper()):  # currency codes are not pint units
        try:
            from factcheck.units import registry

            key = str(registry().Unit(text))
        except Exception:  # noqa: BLE001 - an unknown spelling just compares as text
            pass
    _UNIT_CACHE[text] = key
    return key


def _head(phrase: str | None) -> str | None:
    if not phrase:
        return None
    words = [w.strip(".,;:'\"()").lower() for w in phrase.split()]
    words = [w for w in words if w]
    return words[-1] if words else None


def field_ok(name: str, gold: dict, pred: dict) -> bool | None:
    """Whether one field of a matched pair is right; None when it does not apply."""
    if name == "value":
        return all(_close(gold.get(k), pred.get(k)) for k in ("value", "low", "high"))
    if name == "unit":
        return _unit_key(gold.get("unit")) == _unit_key(pred.get("unit"))
    if name in ("qualifier", "kind"):
        return gold.get(name) == pred.get(name)
    if name in ("measured", "measured_any"):
        head = _head(gold.get("measured"))
        if head is None or (name == "measured" and gold.get("kind") not in ("count", "rate")):
            return None
        return head.rstrip("s") in (pred.get("measured") or "").lower()
    if name == "hedge":
        g, p = gold.get("hedge"), pred.get("hedge")
        if not g and not p:
            return None
        return (g or "").lower().strip() == (p or "").lower().strip()
    if name == "source":
        head = _head(gold.get("source"))
        if head is None:
            return None
        return head in (pred.get("source") or "").lower()
    raise KeyError(name)


def pair(gold: list[dict], pred: list[dict]) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """One-to-one pairing by greatest overlap: (pairs, unmatched gold, unmatched predicted)."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            overlap = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if overlap > 0:
                candidates.append((-overlap, gi, pi))
    candidates.sort()
    used_g, used_p, pairs = set(), set(), []
    for _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    pairs.sort()
    return (
        pairs,
        [i for i in range(len(gold)) if i not in used_g],
        [i for i in range(len(pred)) if i not in used_p],
    )


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


class _Tally:
    def __init__(self):
        self.gold = self.pred = self.exact = self.overlap = 0
        self.right = defaultdict(int)
        self.counted = defaultdict(int)
        self.hard_cases = self.hard_fp = self.hard_cases_hit = 0
        self.negatives = self.negatives_hit = 0

    def summary(self) -> dict:
        out = {
            "cases_gold_claims": self.gold,
            "predicted": self.pred,
            "span_exact": _prf(self.exact, self.pred, self.gold),
            "span_overlap": _prf(self.overlap, self.pred, self.gold),
            "fields": {
                name: {
                    "accuracy": round(self.right[name] / self.counted[name], 4) if self.counted[name] else None,
                    "n": self.counted[name],
                }
                for name in FIELDS
            },
            "hard_negative_cases": self.hard_cases,
            "hard_negative_false_positives": self.hard_fp,
            "hard_negative_cases_with_fp": self.hard_cases_hit,
            "negative_mentions": self.negatives,
            "negative_mentions_hit": self.negatives_hit,
        }
        return out


def score(cases: list[dict], extract_fn, diff: list | None = None) -> dict:
    """Run ``extract_fn(text, date)`` on every case and return the figures.

    The result has the overall figures at the top level and the same figures per
    domain under ``"domains"``. When ``diff`` is a list, one readable line per
    miss, false positive and wrong field is appended to it.
    """
    total = _Tally()
    per_domain: dict[str, _Tally] = defaultdict(_Tally)
    for case in cases:
        published = date.fromisoformat(case["date"]) if case.get("date") else None
        pred = sorted((_as_dict(c) for c in extract_fn(case["text"], published)), key=lambda c: c["start"])
        gold = case["claims"]
        pairs, missed, spurious = pair(gold, pred)
        text = case["text"]
        for tally in (total, per_domain[case.get("domain", case["id"].split("-")[0])]):
            tally.gold += len(gold)
            tally.pred += len(pred)
            tally.overlap += len(pairs)
            tally.exact += sum(
                1 for gi, pi in pairs if (gold[gi]["start"], gold[gi]["end"]) == (pred[pi]["start"], pred[pi]["end"])
            )
            for gi, pi in pairs:
                for name in FIELDS:
                    ok = field_ok(name, gold[gi], pred[pi])
                    if ok is not None:
                        tally.counted[name] += 1
                        tally.right[name] += ok
            if not gold:
                tally.hard_cases += 1
                tally.hard_fp += len(pred)
                tally.hard_cases_hit += bool(pred)
            for neg in case.get("negatives", []):
                at = text.find(neg)
                tally.negatives += 1
                tally.negatives_hit += any(p["start"] < at + len(neg) and at < p["end"] for p in pred)
        if diff is not None:
            _explain(case, gold, pred, pairs, missed, spurious, diff)
    result = total.summary()
    result["domains"] = {name: tally.summary() for name, tally in sorted(per_domain.items())}
    return result


def _brief(claim: dict) -> str:
    keys = ("value", "low", "high", "unit", "qualifier", "kind", "hedge", "measured")
    shown = ", ".join(f"{k}={claim.get(k)!r}" for k in keys if claim.get(k) is not None)
    return f"[{claim['start']}:{claim['end']}] {claim['text']!r} {shown}"


def _explain(case, gold, pred, pairs, missed, spurious, out: list) -> None:
    lines = []
    for gi in missed:
        lines.append(f"  MISS   {_brief(gold[gi])}")
    for pi in spurious:
        lines.append(f"  FALSE+ {_brief(pred[pi])}")
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        if (g["start"], g["end"]) != (p["start"], p["end"]):
            lines.append(f"  SPAN   expected {g['text']!r} got {p['text']!r}")
        for name in FIELDS:
            if field_ok(name, g, p) is False:
                if name == "measured_any":
                    continue
                if name == "value":
                    want = tuple(g.get(k) for k in ("value", "low", "high"))
                    got = tuple(p.get(k) for k in ("value", "low", "high"))
                else:
                    want, got = g.get(name), p.get(name)
                lines.append(f"  {name.upper():<6} {g['text']!r}: expected {want!r} got {got!r}")
    if lines:
        out.append(f"{case['id']}: {case['text']}")
        out.extend(lines)


def _print(result: dict) -> None:
    def line(label, r):
        ex, ov = r["span_exact"], r["span_overlap"]
        fields = "  ".join(
            f"{n}={r['fields'][n]['accuracy']:.3f}" if r["fields"][n]["accuracy"] is not None else f"{n}=-"
            for n in FIELDS
        )
        print(
            f"{label:<10} gold={r['cases_gold_claims']:<4} pred={r['predicted']:<4} "
            f"exact P/R/F1={ex['precision']:.3f}/{ex['recall']:.3f}/{ex['f1']:.3f}  "
            f"overlap P/R/F1={ov['precision']:.3f}/{ov['recall']:.3f}/{ov['f1']:.3f}"
        )
        print(f"{'':<10} {fields}")
        print(
            f"{'':<10} hard negatives: {r['hard_negative_false_positives']} false positives on "
            f"{r['hard_negative_cases']} cases ({r['hard_negative_cases_with_fp']} cases hit); "
            f"negative mentions hit {r['negative_mentions_hit']}/{r['negative_mentions']}"
        )

    line("ALL", result)
    for name, r in result["domains"].items():
        line(name, r)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--diff", action="store_true", help="print every miss, false positive and wrong field")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--cases", help="only the case ids matching this regular expression")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from factcheck.extract import extract

    diff: list | None = [] if args.diff else None
    cases = load_cases(args.corpus)
    if args.cases:
        cases = [c for c in cases if re.search(args.cases, c["id"])]
    result = score(cases, extract, diff)
    if diff:
        print("\n".join(diff))
        print()
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        _print(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())

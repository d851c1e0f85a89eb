"""Score the verifier against the blind set (tests/verify/blind).

Each article in `tests/verify/blind/articles/` is run through
`factcheck.pipeline.check_article` (extraction and verification, in-process) with the
publication date given in `tests/verify/blind/expected.json`. Every expected claim is
paired with one claim of the report by greatest character overlap of their spans (one to
one; ties go to the earlier report claim). An expected claim that overlaps no report claim
is "missed" (the extractor did not produce it): it counts as a wrong verdict and is listed
separately.

Figures:
- verdict accuracy: expected claims whose paired report claim has the expected verdict,
  over all expected claims (missed ones included), overall and per article;
- a confusion matrix, expected verdict (rows) by reported verdict (columns, plus "missed");
- evidence links: how many report claims with a verdict other than not_enough_info have no
  evidence row with a non-empty `link` (the issue's second bar), over every claim of the
  reports and over the paired claims only.

Usage: .venv/bin/python bench/score_verify.py [--set DIR] [--diff] [--json] [--articles REGEX]

`--set DIR` scores another set laid out the same way (DIR/expected.json, DIR/articles/),
e.g. tests/verify/blind2; the default is tests/verify/blind.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "tests" / "verify" / "blind"
VERDICTS = ("supported", "refuted", "conflicting", "not_enough_info")
SHORT = {"supported": "sup", "refuted": "ref", "conflicting": "con", "not_enough_info": "nei", "missed": "missed"}


def load_expected(path: Path = BLIND / "expected.json") -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["articles"]


def run_article(entry: dict, articles_dir: Path = BLIND / "articles") -> dict:
    from factcheck.article import Article
    from factcheck.pipeline import check_article

    text = (articles_dir / entry["file"]).read_text(encoding="utf-8")
    article = Article(text=text, published=date.fromisoformat(entry["published"]))
    return check_article(article)


def _overlap(a: dict, b: dict) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def pair(expected: list[dict], reported: list[dict]) -> dict[int, int]:
    """Expected index -> report index, one to one, by greatest overlap."""
    candidates = []
    for i, e in enumerate(expected):
        for j, r in enumerate(reported):
            ov = _overlap(e, r)
            if ov > 0:
                candidates.append((-ov, j, i))
    candidates.sort()
    taken_e, taken_r, pairs = set(), set(), {}
    for _, j, i in candidates:
        if i in taken_e or j in taken_r:
            continue
        pairs[i] = j
        taken_e.add(i)
        taken_r.add(j)
    return pairs


def has_link(claim: dict) -> bool:
    return any(str(row.get("link") or "").strip() for row in claim.get("evidence") or [])


def score(entries: list[dict], runner=run_article) -> dict:
    rows, per_article, missing_links_all, missing_links_paired = [], [], [], []
    non_nei_all = non_nei_paired = 0
    seconds = 0.0
    for entry in entries:
        t0 = time.perf_counter()
        report = runner(entry)
        seconds += time.perf_counter() - t0
        reported = report.get("claims", [])
        expected = entry["claims"]
        pairs = pair(expected, reported)
        correct = 0
        for j, claim in enumerate(reported):
            if claim.get("verdict", "not_enough_info") != "not_enough_info":
                non_nei_all += 1
                if not has_link(claim):
                    missing_links_all.append((entry["file"], claim))
        paired_reports = set(pairs.values())
        for j in paired_reports:
            claim = reported[j]
            if claim.get("verdict", "not_enough_info") != "not_enough_info":
                non_nei_paired += 1
                if not has_link(claim):
                    missing_links_paired.append((entry["file"], claim))
        for i, exp in enumerate(expected):
            got = reported[pairs[i]] if i in pairs else None
            verdict = got.get("verdict", "not_enough_info") if got else "missed"
            ok = verdict == exp["verdict"]
            correct += ok
            rows.append({"file": entry["file"], "expected": exp, "got": got, "verdict": verdict, "ok": ok})
        per_article.append({"file": entry["file"], "claims": len(expected), "correct": correct,
                            "missed": sum(1 for i in range(len(expected)) if i not in pairs),
                            "reported": len(reported)})
    total = len(rows)
    correct = sum(r["ok"] for r in rows)
    confusion: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        confusion[r["expected"]["verdict"]][r["verdict"]] += 1
    return {
        "claims": total,
        "correct": correct,
        "accuracy": correct / total if total else 0.0,
        "accuracy_paired": (correct / sum(1 for r in rows if r["verdict"] != "missed"))
        if any(r["verdict"] != "missed" for r in rows) else 0.0,
        "missed": sum(1 for r in rows if r["verdict"] == "missed"),
        "per_article": per_article,
        "confusion": {k: dict(v) for k, v in confusion.items()},
        "non_nei_reported": non_nei_all,
        "non_nei_without_link": len(missing_links_all),
        "non_nei_paired": non_nei_paired,
        "non_nei_paired_without_link": len(missing_links_paired),
        "missing_links": [(f, c.get("text"), c.get("verdict")) for f, c in missing_links_all],
        "rows": rows,
        "seconds": seconds,
    }


def _print_summary(res: dict) -> None:
    print(f"verdict accuracy: {res['correct']}/{res['claims']} = {res['accuracy']:.3f}"
          f"   (over paired claims only: {res['accuracy_paired']:.3f}; missed by the extractor: {res['missed']})")
    print(f"non-NEI verdicts without an evidence row with a link: {res['non_nei_without_link']} of "
          f"{res['non_nei_reported']} in all reports; {res['non_nei_paired_without_link']} of "
          f"{res['non_nei_paired']} among paired claims")
    print(f"time: {res['seconds']:.2f} s for {len(res['per_article'])} articles (first includes loading)")
    print()
    print(f"{'article':40s} {'claims':>6s} {'correct':>7s} {'acc':>6s} {'missed':>6s} {'reported':>8s}")
    for a in res["per_article"]:
        acc = a["correct"] / a["claims"] if a["claims"] else 0.0
        print(f"{a['file']:40s} {a['claims']:6d} {a['correct']:7d} {acc:6.2f} {a['missed']:6d} {a['reported']:8d}")
    print()
    cols = list(VERDICTS) + ["missed"]
    print("confusion (rows expected, columns reported)")
    print(f"{'':>8s}" + "".join(f"{SHORT[c]:>8s}" for c in cols) + f"{'total':>8s}")
    for v in VERDICTS:
        row = res["confusion"].get(v, {})
        print(f"{SHORT[v]:>8s}" + "".join(f"{row.get(c, 0):8d}" for c in cols) + f"{sum(row.values()):8d}")


def _print_diff(res: dict) -> None:
    wrong = [r for r in res["rows"] if not r["ok"] and r["verdict"] != "missed"]
    missed = [r for r in res["rows"] if r["verdict"] == "missed"]
    print(f"\n== wrong verdicts ({len(wrong)})")
    for r in wrong:
        e, g = r["expected"], r["got"]
        print(f"\n[{r['file']}] {e['text']!r}: expected {e['verdict']}, got {r['verdict']}"
              f"  (report span {g.get('text')!r}, metric {g.get('metric')}, as_of {g.get('as_of')},"
              f" deviation {g.get('deviation')}, confidence {g.get('confidence')})")
        print(f"   expected because: {e['why']}")
        print(f"   reference: {e['reference']}")
        print(f"   report says: {g.get('explanation')}")
        for row in (g.get("evidence") or [])[:3]:
            val = row.get("value") if row.get("value") is not None else (row.get("low"), row.get("high"))
            print(f"     evidence: {row.get('dataset')} {row.get('metric')} {row.get('definition')} {val} {row.get('date')}")
    print(f"\n== expected claims the extractor missed ({len(missed)})")
    for r in missed:
        e = r["expected"]
        print(f"[{r['file']}] {e['text']!r} (expected {e['verdict']})")
    if res["missing_links"]:
        print(f"\n== non-NEI verdicts without a linked evidence row ({len(res['missing_links'])})")
        for f, text, verdict in res["missing_links"]:
            print(f"[{f}] {text!r} {verdict}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--diff", action="store_true", help="list every wrong verdict and every missed claim")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--articles", default=None, help="regex on article file names")
    ap.add_argument("--set", dest="set_dir", default=str(BLIND.relative_to(ROOT)),
                    help="directory of the set (expected.json and articles/), default tests/verify/blind")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    set_dir = Path(args.set_dir)
    if not set_dir.is_absolute():
        set_dir = ROOT / set_dir
    entries = load_expected(set_dir / "expected.json")
    if args.articles:
        entries = [e for e in entries if re.search(args.articles, e["file"])]
    res = score(entries, runner=lambda entry: run_article(entry, set_dir / "articles"))
    if args.json:
        out = {k: v for k, v in res.items() if k != "rows"}
        out["wrong"] = [{"file": r["file"], "text": r["expected"]["text"], "expected": r["expected"]["verdict"],
                         "got": r["verdict"], "explanation": (r["got"] or {}).get("explanation")}
                        for r in res["rows"] if not r["ok"]]
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0
    _print_summary(res)
    if args.diff:
        _print_diff(res)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmark the numeric-claim extractor against quantulum3 on the same text, in one run.

Prints, for each extractor: steady throughput in sentences per second (after a warm-up),
peak Python memory while extracting (tracemalloc) and the process's peak RSS, and the
time from process start to the first answer (a fresh subprocess given one passage).
Then the throughput ratio ours / quantulum3.

Two texts, each repeated until the run lasts long enough, reported separately:
- articles: the fixture articles (fixtures/articles/*.txt), whole news articles as the
  service receives them;
- corpus: every passage of the golden corpus (tests/extract/corpus/*.json), short passages
  written to be dense in figures (about two claims a sentence), the hardest case for us.

Usage: .venv/bin/python bench/extract.py [--seconds 3] [--text articles|corpus|both] [--skip-quantulum]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PROBE = "Russia fired around 70 cruise and ballistic missiles and 100 strike drones, the air force said."


def passages(which: str = "both") -> list[str]:
    texts = []
    if which in ("corpus", "both"):
        for path in sorted((ROOT / "tests" / "extract" / "corpus").glob("*.json")):
            texts += [case["text"] for case in json.loads(path.read_text(encoding="utf-8"))]
    if which in ("articles", "both"):
        for path in sorted((ROOT / "fixtures" / "articles").glob("*.txt")):
            texts.append(path.read_text(encoding="utf-8"))
    if not texts:
        texts = [PROBE]
    return texts


def count_sentences(texts: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    from factcheck.extract.context import sentences

    return sum(len(sentences(t)) for t in texts)


def _runner(name: str):
    if name == "ours":
        sys.path.insert(0, str(ROOT))
        from factcheck.extract import extract

        return extract
    import warnings

    warnings.filterwarnings("ignore")
    from quantulum3 import parser

    return parser.parse


def worker(name: str, seconds: float, which: str) -> dict:
    """Measure one extractor in this process: throughput, then memory on one more pass."""
    import resource
    import tracemalloc

    texts = passages(which)
    n_sent = count_sentences(texts)
    run = _runner(name)
    for t in texts:  # warm-up: lazy tables, caches
        run(t)
    rounds = 0
    start = time.perf_counter()
    while True:
        for t in texts:
            run(t)
        rounds += 1
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            break
    tracemalloc.start()
    for t in texts:
        run(t)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "extractor": name,
        "sentences": n_sent * rounds,
        "seconds": elapsed,
        "sentences_per_s": n_sent * rounds / elapsed,
        "peak_traced_mb": peak / 1e6,
        "peak_rss_mb": rss_kb / 1024,
    }


def first_answer(name: str) -> float:
    """Seconds from starting a fresh process to reading its first answer."""
    if name == "ours":
        cmd = [PYTHON, "-m", "factcheck", "extract"]
        stdin = json.dumps({"id": "probe", "text": PROBE}) + "\n"
    else:
        code = (
            "import sys, warnings; warnings.filterwarnings('ignore');"
            "from quantulum3 import parser;"
            "print([q.surface for q in parser.parse(sys.stdin.readline())], flush=True)"
        )
        cmd = [PYTHON, "-c", code]
        stdin = PROBE + "\n"
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    proc.stdin.write(stdin)
    proc.stdin.close()
    line = proc.stdout.readline()
    took = time.perf_counter() - start
    proc.wait()
    if not line.strip():
        raise RuntimeError(f"{name}: no answer from {cmd}")
    return took


def measure(name: str, seconds: float, which: str) -> dict:
    out = subprocess.run(
        [PYTHON, __file__, "--worker", name, "--seconds", str(seconds), "--text", which],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=3.0, help="timed seconds per extractor and text (default 3)")
    ap.add_argument("--text", choices=("articles", "corpus", "both"), default="both")
    ap.add_argument("--skip-quantulum", action="store_true")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args.worker, args.seconds, args.text)))
        return 0
    names = ["ours"] + ([] if args.skip_quantulum else ["quantulum3"])
    which = ("articles", "corpus") if args.text == "both" else (args.text,)
    for text in which:
        texts = passages(text)
        print(f"\n[{text}] {len(texts)} texts, {count_sentences(texts)} sentences, {sum(map(len, texts))} characters per round")
        results = {name: measure(name, args.seconds, text) for name in names}
        print(f"{'extractor':<12}{'sentences/s':>14}{'peak traced MB':>16}{'peak RSS MB':>13}")
        for name, r in results.items():
            print(f"{name:<12}{r['sentences_per_s']:>14.0f}{r['peak_traced_mb']:>16.2f}{r['peak_rss_mb']:>13.1f}")
        if "quantulum3" in results:
            ratio = results["ours"]["sentences_per_s"] / results["quantulum3"]["sentences_per_s"]
            print(f"throughput ratio ours/quantulum3: {ratio:.1f}x")
    print("\nprocess start to first answer (best of 3, fresh process, one passage):")
    for name in names:
        print(f"{name:<12}{min(first_answer(name) for _ in range(3)):>8.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

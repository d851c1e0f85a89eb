"""Freeze the extractor's outputs, then check that a change (a speed-up) keeps every one.

Runs ``extract()`` on every text we have: the golden corpus, the held-out corpora (texts
only; their annotations are neither read nor scored), the fixture articles and, when
present, the public suite sentences in bench/.cache/. Writes every claim (``to_dict``) to
bench/.cache/extract_snapshot.json (git-ignored); ``--check`` compares the current outputs
with that file and prints each text whose claims differ.

Usage: .venv/bin/python bench/extract_snapshot.py [--check] [--out PATH]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / ".cache"
SNAPSHOT = CACHE / "extract_snapshot.json"


def texts() -> dict[str, str]:
    """Every text to snapshot, keyed by a stable name."""
    out: dict[str, str] = {}
    extract_dir = ROOT / "tests" / "extract"
    for folder in [extract_dir / "corpus"] + sorted(extract_dir.glob("holdout*")):
        for path in sorted(folder.glob("*.json")):
            for k, case in enumerate(json.loads(path.read_text(encoding="utf-8"))):
                out[f"{folder.name}/{path.stem}/{case.get('id', k)}"] = case["text"]
    for path in sorted((ROOT / "fixtures" / "articles").glob("*.txt")):
        out[f"articles/{path.stem}"] = path.read_text(encoding="utf-8")
    for path in sorted((CACHE / "recognizers").glob("*.json")):
        for k, item in enumerate(json.loads(path.read_text(encoding="utf-8"))):
            out[f"recognizers/{path.stem}/{k}"] = item["Input"]
    newsquant = CACHE / "NewsQuant.json"
    if newsquant.exists():
        for k, item in enumerate(json.loads(newsquant.read_text(encoding="utf-8"))):
            out[f"newsquant/{k}"] = item["text"]
    return out


def outputs(named: dict[str, str]) -> dict[str, list[dict]]:
    sys.path.insert(0, str(ROOT))
    from factcheck.extract import extract

    return {name: [c.to_dict() for c in extract(text)] for name, text in named.items()}


def _diff(name: str, old: list[dict], new: list[dict]) -> list[str]:
    lines = []
    for k in range(max(len(old), len(new))):
        a = old[k] if k < len(old) else None
        b = new[k] if k < len(new) else None
        if a == b:
            continue
        if a is None or b is None:
            lines.append(f"{name} #{k}: {'added' if a is None else 'lost'} {json.dumps(b or a, ensure_ascii=False)}")
            continue
        fields = sorted(set(a) | set(b))
        changed = {f: (a.get(f), b.get(f)) for f in fields if a.get(f) != b.get(f)}
        lines.append(f"{name} #{k} {a.get('text')!r}: {changed}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the snapshot instead of writing it")
    ap.add_argument("--out", type=Path, default=SNAPSHOT)
    args = ap.parse_args(argv)
    named = texts()
    current = outputs(named)
    if not args.check:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(current, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        print(f"wrote {sum(map(len, current.values()))} claims from {len(current)} texts to {args.out}")
        return 0
    frozen = json.loads(args.out.read_text(encoding="utf-8"))
    # round-trip through JSON so that both sides compare as the file stores them
    current = json.loads(json.dumps(current, ensure_ascii=False, sort_keys=True))
    lines = []
    for name in sorted(set(frozen) | set(current)):
        if name not in frozen:
            print(f"{name}: not in the snapshot (a new text; re-snapshot before changing code)")
            continue
        if name not in current:
            print(f"{name}: in the snapshot but no longer found")
            continue
        lines += _diff(name, frozen[name], current[name])
    for line in lines:
        print(line)
    print(f"{len(lines)} differences in {len(current)} texts")
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())

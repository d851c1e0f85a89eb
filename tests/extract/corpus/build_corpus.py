"""Build the golden JSON files from the compact annotation sources in ``src/``.

Offsets are never counted by hand: each annotated span is searched for in its
passage and ``start``/``end`` are filled in, then checked against the text.

Source format (one file per domain, ``src/<domain>.txt``)::

    ## war-001 | 2024-12-27
    Russia fired around 70 cruise and ballistic missiles and 100 strike drones.
    - around 70 cruise and ballistic missiles | 70 | dimensionless | approximately | cruise and ballistic missiles | around
    - 100 strike drones | 100 | dimensionless | approximately | strike drones | around
    ! negatives: F-16 | 2022

Claim line fields: span | number | unit | qualifier | measured | hedge | extras.
``number`` is ``X`` (value, or the single bound 'more than X' / 'up to X' sets)
or ``X..Y`` (low..high); ``a/b`` fractions and ``a*b`` products (unit
conversions) are allowed. Empty fields take the
defaults (dimensionless, exact, null). ``extras`` is ``key=value; key=value``
(kind, source, ordinal, checkworthy). A span may end in ``#N`` to pick its
N-th occurrence in the passage. A case with no claim lines is a hard negative.

Run: ``.venv/bin/python tests/extract/corpus/build_corpus.py [DIR]`` (DIR: a folder with
its own ``src/``, such as tests/extract/holdout3; default this corpus folder).
"""

from __future__ import annotations

import json
import re
import sys
from fractions import Fraction
from pathlib import Path

HERE = Path(__file__).parent

UNIT_KINDS = {
    "dimensionless": "count",
    "percent": "percent",
    "percentage_point": "percent",
    "hour": "duration",
    "day": "duration",
    "week": "duration",
    "month": "duration",
    "year": "duration",
    "decade": "duration",
    "minute": "duration",
    "km**2": "area",
    "km": "distance",
}
LOW_ONLY = ("more_than", "at_least")
HIGH_ONLY = ("less_than", "at_most")
BOTH = ("range", "vague")


def _number(token: str) -> float:
    token = token.strip().replace(",", "_")
    if "*" in token:
        product = Fraction(1)
        for factor in token.split("*"):
            product *= Fraction(factor.strip())
        return float(product)
    if "/" in token:
        num, den = token.split("/")
        return float(Fraction(num) / Fraction(den))
    return float(token)


def _kind(unit: str) -> str:
    if unit in UNIT_KINDS:
        return UNIT_KINDS[unit]
    if unit.startswith("1/"):
        return "rate"
    if re.fullmatch(r"[A-Z]{3}", unit):
        return "money"
    return "other"


def _find(text: str, span: str, taken: list[tuple[int, int]]) -> tuple[int, int]:
    nth = None
    m = re.fullmatch(r"(.*)#(\d+)", span)
    if m:
        span, nth = m.group(1), int(m.group(2))
    starts = [i.start() for i in re.finditer(re.escape(span), text)]
    if not starts:
        raise ValueError(f"span {span!r} not found in {text!r}")
    if nth is not None:
        start = starts[nth - 1]
    else:
        free = [s for s in starts if all(s >= e or s + len(span) <= b for b, e in taken)]
        if len(starts) > 1 and len(free) != 1:
            raise ValueError(f"span {span!r} is ambiguous in {text!r}; add #N")
        start = free[0] if free else starts[0]
    return start, start + len(span)


def _claim(text: str, line: str, taken: list) -> dict:
    fields = [f.strip() for f in line.split("|")]
    fields += [""] * (7 - len(fields))
    span, number, unit, qualifier, measured, hedge, extras = fields[:7]
    unit = unit or "dimensionless"
    qualifier = qualifier or "exact"
    start, end = _find(text, span, taken)
    taken.append((start, end))
    claim = {
        "start": start,
        "end": end,
        "text": text[start:end],
        "value": None,
        "low": None,
        "high": None,
        "unit": unit,
        "qualifier": qualifier,
        "kind": _kind(unit),
        "hedge": hedge or None,
        "measured": measured or None,
    }
    if ".." in number:
        lo, hi = number.split("..")
        claim["low"], claim["high"] = _number(lo), _number(hi)
    elif qualifier in LOW_ONLY:
        claim["low"] = _number(number)
    elif qualifier in HIGH_ONLY:
        claim["high"] = _number(number)
    else:
        claim["value"] = _number(number)
    for item in filter(None, (x.strip() for x in extras.split(";"))):
        key, _, val = item.partition("=")
        val = val.strip()
        if val in ("true", "false"):
            val = val == "true"
        claim[key.strip()] = val
    return claim


def parse(path: Path) -> list[dict]:
    cases: list[dict] = []
    case = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#") and not line.startswith("##"):
            continue
        if line.startswith("## "):
            ident, _, day = (x.strip() for x in line[3:].partition("|"))
            case = {"id": ident, "text": "", "date": day or None, "claims": []}
            cases.append(case)
            case["_taken"] = []
        elif line.startswith("- "):
            case["claims"].append(_claim(case["text"], line[2:], case["_taken"]))
        elif line.startswith("! negatives:"):
            negs = [n.strip() for n in line.split(":", 1)[1].split(" | ")]
            for neg in negs:
                if neg not in case["text"]:
                    raise ValueError(f"{case['id']}: negative {neg!r} not in text")
            case["negatives"] = negs
        else:
            if case["claims"]:
                raise ValueError(f"{case['id']}: passage text after claims: {line!r}")
            case["text"] = f"{case['text']} {line}".strip()
    for case in cases:
        del case["_taken"]
        case["claims"].sort(key=lambda c: c["start"])
        if not case["claims"]:
            case["hard_negative"] = True
    return cases


def main(folder: Path = HERE) -> int:
    seen = set()
    for src in sorted((folder / "src").glob("*.txt")):
        try:
            cases = parse(src)
        except (ValueError, IndexError) as exc:
            print(f"{src.name}: {exc}", file=sys.stderr)
            return 1
        for case in cases:
            if case["id"] in seen:
                print(f"duplicate id {case['id']}", file=sys.stderr)
                return 1
            seen.add(case["id"])
        out = folder / f"{src.stem}.json"
        out.write_text(json.dumps(cases, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        mentions = sum(len(c["claims"]) for c in cases)
        negs = sum(len(c.get("negatives", [])) for c in cases)
        hard = sum(1 for c in cases if c.get("hard_negative"))
        print(f"{out.name}: {len(cases)} cases, {mentions} mentions, {hard} hard-negative cases, {negs} negative mentions")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE))

"""Compare our extractor with quantulum3 on public number-recognition suites.

The suites are other projects' data and are not committed: they are read from
bench/.cache/ (see bench/README.md for where each file came from).

- Recognizers-Text English specs (Number, Percent, Ordinal models): each case is
  an input and its expected numbers (Resolution.value; '20%' reads as 20).
  Relative ordinals ('next', 'last') are left out: they carry no number.
- NewsQuant (the CQE paper's news test set): sentences with their quantities
  (change, value, unit, normalized_unit); a value is a number or a range 'a-b'.

Matching, per sentence, one to one, greedy in the order of the expected items:

- A prediction offers *readings*: its single numbers (value, or the single bound
  of 'more than X' / 'up to X') and, for a range, the pair (low, high). For
  quantulum3 a value with an uncertainty u also offers the pair (value-u, value+u).
- An expected number matches a reading when the two are equal within 0.5%
  relative; an expected range matches a pair reading whose endpoints both match
  (endpoints compared in ascending order).
- Quantities in pint units are compared in base units when both sides are pint
  units of the same dimensionality (so '35 miles' matches our 56.3 km).
- Number suite only: a percent prediction also reads as its value / 100 (our
  extractor reports 'two thirds of' as 66.7 percent).
- NewsQuant fractions annotated as '% <noun>' with a value like 0.667 are read
  as 66.7 percent.

Conventions that differ between our extractor and CQE's annotation, mapped the same
way for every sentence and for both systems where they apply:

- Vague amounts: CQE reads a plural of a scale S ('thousands', 'tens of thousands of',
  'hundreds of miles') as S..10S and 'dozens' as 12..120; ours reads 2S..10S-1 and
  24..99 (docs/extraction-conventions.md). A vague prediction of ours also offers
  CQE's reading (low/2, 5*low).
- Changes: CQE writes 'fell from $2,415 to $2,315' as one range (2415-2315); ours
  gives two exact figures. An expected range whose two endpoints are each matched by
  an unused single prediction counts as one match, and the two predictions count as
  one predicted item. Conversely, a predicted range ('eight or nine euros') whose
  endpoints are two unmatched expected singles counts as two matches and two items.
- Minor currency units: ours converts '84.75 cents' and '118.5p' to 0.8475 USD and
  1.185 GBP; CQE keeps 84.75 (cent) and 118.5 (penny). Such a prediction also offers
  the figure as written (value x 100), and CQE's 'cent'/'penny'/'pence' units count as
  the currency. Likewise '40 basis points', which ours gives as 0.4 percentage points.

Not mapped (they cost points whatever the extractor does, and are left so): ages
('Maddon, 66,' and 'a 65-year-old' are not claims for us), 'one of the ...' as the
number 1, time references ('two years later'), scores ('9-2 lead').

Precision = matched / predicted items, recall = matched / expected items, F1 their
harmonic mean, summed over the suite. For NewsQuant, "value" F1 uses the rule
above; "value+unit" F1 also needs the same unit family: same currency code,
percent with percent, pint units of the same dimensionality, and counts (a
unitless number or a counted noun such as 'workers') with dimensionless.

Usage: .venv/bin/python bench/public_suites.py [--suite NAME] [--diff N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from public_suite_data import CACHE, RECOGNIZERS, load_newsquant, load_recognizers  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
REL_TOL = 0.005

# currency names (CQE's normalized units and quantulum3's unit names) -> ISO code
CURRENCIES = {
    "dollar": "USD", "united states dollar": "USD", "us dollar": "USD", "euro": "EUR",
    "pound sterling": "GBP", "japanese yen": "JPY", "yen": "JPY", "chinese yuan": "CNY",
    "yuan": "CNY", "renminbi": "CNY", "shekel": "ILS", "israeli new shekel": "ILS",
    "australian dollar": "AUD", "canadian dollar": "CAD", "hong kong dollar": "HKD",
    "malaysian ringgit": "MYR", "indian rupee": "INR", "danish krone": "DKK",
    "new zealand dollar": "NZD", "singaporean dollar": "SGD", "singapore dollar": "SGD",
    "south african rand": "ZAR", "croatian kuna": "HRK", "russian ruble": "RUB",
    "swiss franc": "CHF", "south korean won": "KRW", "ukrainian hryvnia": "UAH",
    "cent": "USD", "penny": "GBP", "pence": "GBP",
}
PINT_NAMES = {
    "celsius": "degree_Celsius", "degree celsius": "degree_Celsius", "fahrenheit": "degree_Fahrenheit",
    "degree fahrenheit": "degree_Fahrenheit", "year of age": "year", "month of age": "month",
    "metric ton": "metric_ton", "pound-mass": "pound", "pound-foot": "foot * force_pound",
    "foot pound-force": "foot * force_pound", "kilopound per square inch": "kip / inch ** 2",
    "revolutions per minute": "revolution / minute", "brake horsepower": "horsepower",
    "parts-per-billion": "ppb", "part per million": "ppm", "milliampere-hour": "milliampere * hour",
    "square feet": "foot ** 2", "kilowatt hour": "kilowatt_hour", "gigawatt hour": "gigawatt_hour",
}
# words pint knows as units that CQE uses as counted nouns ('points', 'units', 'hands')
COUNT_NOUNS = {"point", "unit", "section", "league", "hand", "count", "mosque", "people"}


# ----------------------------------------------------------------- units
_UREG = None


def _ureg():
    global _UREG
    if _UREG is None:
        sys.path.insert(0, str(ROOT))
        from factcheck.units import registry

        _UREG = registry()
    return _UREG


def _pint_unit(text: str):
    text = PINT_NAMES.get(text, text)
    text = re.sub(r"\bsquare (\w+)", r"\1 ** 2", text)
    text = re.sub(r"\bcubic (\w+)", r"\1 ** 3", text)
    text = text.replace(" per ", " / ")
    try:
        unit = _ureg().Unit(text)
    except Exception:  # noqa: BLE001 - an unknown name is simply not a pint unit
        return None
    return None if unit.dimensionless else unit


def unit_family(unit: str | None, ours: bool = False):
    """('percent',) | ('currency', CODE) | ('pint', Unit) | ('count',) for a unit name."""
    if unit is None or unit in ("", "-", "dimensionless", "count"):
        return ("count",)
    text = unit.strip()
    if text in ("percent", "percentage", "percentage_point", "percentage point"):
        return ("percent",)
    if ours:
        if re.fullmatch(r"[A-Z]{3}", text):
            return ("currency", text)
        pint_unit = _pint_unit(text)
        return ("pint", pint_unit) if pint_unit is not None else ("count",)
    low = text.lower()
    head, _, per = low.partition(" per ")
    if head in CURRENCIES:
        return ("currency", CURRENCIES[head])
    if head in ("percentage", "percent"):
        return ("percent",)
    if head in COUNT_NOUNS or (per and _pint_unit(head) is None):
        # a counted noun, or a count per time ('tests per day' is a rate of 1/day)
        per_unit = _pint_unit(per) if per else None
        return ("pint", 1 / per_unit) if per_unit is not None else ("count",)
    pint_unit = _pint_unit(low)
    return ("pint", pint_unit) if pint_unit is not None else ("count",)


def _same_family(a, b) -> bool:
    if a[0] != b[0]:
        return False
    if a[0] == "pint":
        return a[1].dimensionality == b[1].dimensionality
    return a == b


def _close(a: float, b: float) -> bool:
    return a == b or abs(a - b) <= REL_TOL * max(abs(a), abs(b))


def _to_base(values: tuple, family) -> tuple | None:
    if family[0] != "pint":
        return None
    try:
        q = _ureg().Quantity
        return tuple(q(v, family[1]).to_base_units().magnitude for v in values)
    except Exception:  # noqa: BLE001 - offset units and the like: fall back to raw values
        return None


def _values_match(expected: tuple, reading: tuple) -> bool:
    if len(expected) != len(reading):
        return False
    return all(_close(a, b) for a, b in zip(sorted(expected), sorted(reading)))


def item_matches(exp: dict, pred: dict, with_unit: bool) -> bool:
    exp_family = unit_family(exp["unit"]) if exp["unit"] is not None else None
    pred_family = pred["family"]
    same = exp_family is not None and _same_family(exp_family, pred_family)
    if with_unit and not same:
        return False
    for reading in pred["readings"]:
        if _values_match(exp["values"], reading):
            return True
        if same and exp_family[0] == "pint":
            a, b = _to_base(exp["values"], exp_family), _to_base(reading, pred_family)
            if a is not None and b is not None and _values_match(a, b):
                return True
    return False


# ----------------------------------------------------------------- systems
def ours_predict(text: str, percent_as_fraction: bool = False) -> list[dict]:
    from factcheck.extract import extract

    out = []
    for claim in extract(text, None):
        c = claim.to_dict() if hasattr(claim, "to_dict") else claim
        readings = []
        singles = [c.get(k) for k in ("value", "low", "high") if c.get(k) is not None]
        if c.get("value") is not None:
            readings.append((c["value"],))
        elif c.get("low") is not None and c.get("high") is not None:
            readings.append((c["low"], c["high"]))
        else:
            readings.extend((v,) for v in singles)
        if percent_as_fraction and c.get("unit") in ("percent", "percentage_point"):
            readings.extend(tuple(v / 100 for v in r) for r in list(readings))
        if c.get("qualifier") == "vague" and c.get("low") and c.get("high") and _close(c["high"] + 1, 5 * c["low"]) or (
                c.get("low"), c.get("high")) == (24, 99):
            readings.append((c["low"] / 2, 5 * c["low"]))
        if c.get("kind") == "money" and _MINOR.search(c.get("text") or "") or _BASIS.search(c.get("text") or ""):
            readings.extend(tuple(v * 100 for v in r) for r in list(readings))
        out.append({"readings": readings, "family": _our_family(c), "text": c.get("text")})
    return out


def _our_family(c: dict):
    """Our rate of a counted thing that is also a unit ('180,000 barrels a day' -> 1/day,
    measured 'barrels') reads as that unit per period, as CQE writes it ('barrels per day')."""
    unit, measured = c.get("unit") or "", c.get("measured") or ""
    if unit.startswith("1/") and measured:
        counted = _pint_unit(measured.split()[0])
        if counted is not None:
            return "pint", counted / _ureg().Unit(unit[2:])
    return unit_family(unit, ours=True)


_BASIS = re.compile(r"(?:basis points|bps)$")
_MINOR = re.compile(r"(?:\dp|\bp|\bpence|\bcents?)\.?$")
_Q3 = None


def quantulum_predict(text: str, percent_as_fraction: bool = False) -> list[dict]:
    global _Q3
    if _Q3 is None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser

        _Q3 = parser
    out = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        quantities = _Q3.parse(text)
    for q in quantities:
        readings = [(float(q.value),)]
        if q.uncertainty:
            readings.append((q.value - q.uncertainty, q.value + q.uncertainty))
        name = q.unit.name
        if percent_as_fraction and name == "percentage":
            readings.append((q.value / 100,))
        out.append({"readings": readings, "family": unit_family(name), "text": q.surface})
    return out


SYSTEMS = {"ours": ours_predict, "quantulum3": quantulum_predict}


# ----------------------------------------------------------------- scoring
def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "tp": tp, "pred": n_pred, "gold": n_gold}


def _match_count(expected: list, predicted: list, with_unit: bool) -> tuple[int, int]:
    """(matches, change in the number of predicted items) for one sentence; see the
    module docstring for ranges written as two figures and two figures as one range."""
    used, done, tp = set(), set(), 0
    for e, exp in enumerate(expected):
        for i, pred in enumerate(predicted):
            if i not in used and item_matches(exp, pred, with_unit):
                used.add(i)
                done.add(e)
                tp += 1
                break
    delta = 0
    for e, exp in enumerate(expected):
        if e in done or len(exp["values"]) != 2:
            continue
        ends = [dict(exp, values=(v,)) for v in exp["values"]]
        first = next((i for i, p in enumerate(predicted) if i not in used and item_matches(ends[0], p, with_unit)), None)
        if first is None:
            continue
        second = next((i for i, p in enumerate(predicted) if i not in used and i != first and item_matches(ends[1], p, with_unit)), None)
        if second is not None:
            used |= {first, second}
            done.add(e)
            tp += 1
            delta -= 1
    singles = [e for e, exp in enumerate(expected) if e not in done and len(exp["values"]) == 1]
    for i, pred in enumerate(predicted):
        pairs = [r for r in pred["readings"] if len(r) == 2]
        if i in used or not pairs:
            continue
        as_single = [dict(pred, readings=[(v,)]) for v in pairs[0]]
        a = next((e for e in singles if item_matches(expected[e], as_single[0], with_unit)), None)
        b = next((e for e in singles if e != a and item_matches(expected[e], as_single[1], with_unit)), None)
        if a is not None and b is not None:
            used.add(i)
            singles = [e for e in singles if e not in (a, b)]
            tp += 2
            delta += 1
    return tp, delta


def run_suite(cases: list[dict], predict, with_units: bool, percent_as_fraction: bool, misses: list | None):
    tp_v = tp_u = n_pred = n_gold = n_pred_u = 0
    for case in cases:
        predicted = predict(case["text"], percent_as_fraction)
        n_gold += len(case["expected"])
        hit, delta = _match_count(case["expected"], predicted, False)
        tp_v += hit
        n_pred += len(predicted) + delta
        if with_units:
            hit_u, delta_u = _match_count(case["expected"], predicted, True)
            tp_u += hit_u
            n_pred_u += len(predicted) + delta_u
        if misses is not None and (hit < len(case["expected"]) or hit < len(predicted) + delta):
            misses.append(
                f"{case['text']!r}\n    expected {[e['values'] for e in case['expected']]}"
                f"\n    got      {[(p['text'], p['readings']) for p in predicted]}"
            )
    result = {"value": _prf(tp_v, n_pred, n_gold)}
    if with_units:
        result["value+unit"] = _prf(tp_u, n_pred_u, n_gold)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suite", choices=[*RECOGNIZERS, "newsquant"], action="append")
    parser.add_argument("--system", choices=list(SYSTEMS), action="append")
    parser.add_argument("--diff", type=int, default=0, help="print up to N mismatched cases per suite and system")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    suites = args.suite or [*RECOGNIZERS, "newsquant"]
    systems = args.system or list(SYSTEMS)
    report = {}
    for suite in suites:
        try:
            cases = load_newsquant() if suite == "newsquant" else load_recognizers(suite)
        except FileNotFoundError as exc:
            print(f"{suite}: missing {exc.filename} (see bench/README.md)", file=sys.stderr)
            continue
        for system in systems:
            misses: list | None = [] if args.diff else None
            started = time.perf_counter()
            result = run_suite(cases, SYSTEMS[system], suite == "newsquant", suite == "rt-number", misses)
            result["seconds"] = round(time.perf_counter() - started, 2)
            report[f"{suite}/{system}"] = result
            if misses:
                print(f"--- {suite} / {system}: {len(misses)} cases differ")
                print("\n".join(misses[: args.diff]))
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"{'suite/system':<24} {'metric':<11} {'P':>6} {'R':>6} {'F1':>6}  (tp/pred/gold)")
    for key, result in report.items():
        for metric in ("value", "value+unit"):
            if metric in result:
                r = result[metric]
                print(
                    f"{key:<24} {metric:<11} {r['p']:6.3f} {r['r']:6.3f} {r['f1']:6.3f}  "
                    f"({r['tp']}/{r['pred']}/{r['gold']})"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())

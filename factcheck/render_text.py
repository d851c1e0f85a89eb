"""A report as a plain-text table for the terminal."""

from __future__ import annotations

import textwrap


def _figure(claim: dict) -> str:
    unit = "" if claim.get("unit") in (None, "dimensionless") else f" {claim['unit']}"
    if claim.get("value") is not None:
        return f"{claim['value']:g}{unit}"
    low, high = claim.get("low"), claim.get("high")
    if low is not None and high is not None:
        return f"{low:g}..{high:g}{unit}"
    qualifier = claim.get("qualifier")
    if low is not None:
        return f"{'>' if qualifier == 'more_than' else '>='}{low:g}{unit}"
    if high is not None:
        return f"{'<' if qualifier == 'less_than' else '<='}{high:g}{unit}"
    return "?"


def render_table(report: dict) -> str:
    article = report["article"]
    lines = [f"{article.get('title') or 'Untitled article'} ({article['published']})", ""]
    header = f"{'verdict':<16} {'claim':<42} {'normalised':<22} explanation"
    lines += [header, "-" * len(header)]
    for claim in report["claims"]:
        text = claim["text"] if len(claim["text"]) <= 40 else claim["text"][:39] + "…"
        wrapped = textwrap.wrap(claim.get("explanation") or "", 60) or [""]
        lines.append(f"{claim.get('verdict', ''):<16} {text:<42} {_figure(claim):<22} {wrapped[0]}")
        lines += [" " * 82 + more for more in wrapped[1:]]
    summary = report["summary"]
    lines += ["", "  ".join(f"{k}: {v}" for k, v in summary.items())]
    return "\n".join(lines) + "\n"

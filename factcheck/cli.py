"""Command line: ``python -m factcheck extract`` and ``python -m factcheck check``.

Both are contracts that evaluation depends on; keep their input and output stable.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m factcheck", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    ext = sub.add_parser("extract", help="JSON lines {id, text, date} on stdin -> {id, claims} on stdout")
    ext.set_defaults(run=_run_extract)

    chk = sub.add_parser("check", help="check one article file and print its report")
    chk.add_argument("article", help="path to a UTF-8 text file, or - for stdin")
    chk.add_argument("--date", dest="published", help="publication date, ISO (default: today)")
    chk.add_argument("--title", default=None)
    chk.add_argument("--url", default=None)
    chk.add_argument("--json", action="store_true", help="print the JSON report instead of a table")
    chk.set_defaults(run=_run_check)

    args = parser.parse_args(argv)
    return args.run(args)


def _parse_date(value, what: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ValueError(f"{what} must be an ISO date like 2024-12-27, got {value!r}") from None


def _run_extract(args) -> int:
    """One output line per input line, in order, flushed at once (a caller may stream).

    A line that is not a JSON object gets ``{"id": null, "claims": [], "error": ...}``;
    a date that is not ISO is reported on stderr and the text is read without it, so
    one bad field never costs the claims of a whole line.
    """
    from factcheck.extract import extract

    status = 0
    out = sys.stdout
    for lineno, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError as exc:
            item = exc
        if not isinstance(item, dict):
            problem = f"not a JSON object ({item})" if isinstance(item, ValueError) else "not a JSON object"
            print(f"line {lineno}: {problem}", file=sys.stderr)
            out.write(json.dumps({"id": None, "claims": [], "error": problem}) + "\n")
            out.flush()
            status = 1
            continue
        text = item.get("text")
        text = text if isinstance(text, str) else ""
        try:
            published = _parse_date(item.get("date"), "date")
        except ValueError as exc:
            print(f"line {lineno}: {exc}; reading the text without a date", file=sys.stderr)
            published = None
        claims = [c.to_dict() for c in extract(text, published)]
        out.write(json.dumps({"id": item.get("id"), "claims": claims}, ensure_ascii=False) + "\n")
        out.flush()
    return status


def _run_check(args) -> int:
    from factcheck.article import Article
    from factcheck.pipeline import check_article
    from factcheck.render_text import render_table

    try:
        published = _parse_date(args.published, "--date") or date.today()
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    if args.article == "-":
        text = sys.stdin.read()
    else:
        try:
            with open(args.article, encoding="utf-8") as fh:
                text = fh.read()
        except OSError as exc:
            print(f"cannot read {args.article}: {exc.strerror}", file=sys.stderr)
            return 2
    report = check_article(Article(text=text, published=published, title=args.title, url=args.url))
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render_table(report))
    return 0

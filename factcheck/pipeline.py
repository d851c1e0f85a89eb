"""extract -> verify -> report: the one pipeline the worker, the CLI and the tests run."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timezone
from typing import Callable

from factcheck import __version__
from factcheck.article import Article
from factcheck.claims import VERDICTS

# on_stage(stage, progress) is told where the work is; stages are the API's names.
StageCallback = Callable[[str, float], None]


def check_article(article: Article, on_stage: StageCallback | None = None) -> dict:
    """Run the whole check and return the JSON-ready report (without an id)."""
    from factcheck.extract import extract
    from factcheck.verify import verify

    notify = on_stage or (lambda stage, progress: None)
    notify("extract", 0.1)
    claims = extract(article.text, article.published)
    notify("verify", 0.5)
    checked = verify(claims, article)
    notify("store", 0.9)
    return build_report(article, checked)


def build_report(article: Article, checked: list[dict]) -> dict:
    counts = Counter(c.get("verdict", "not_enough_info") for c in checked)
    summary = {verdict: counts.get(verdict, 0) for verdict in VERDICTS}
    summary["total"] = len(checked)
    return {
        "article": article.to_dict(),
        "claims": checked,
        "summary": summary,
        "datasets": _datasets_used(checked),
        "engine_version": __version__,
        "generated_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }


def _datasets_used(checked: list[dict]) -> list[dict]:
    """The datasets cited by any evidence row, described from the manifest."""
    ids = sorted({row["dataset"] for c in checked for row in c.get("evidence", []) if row.get("dataset")})
    if not ids:
        return []
    try:
        from factcheck.reference.manifest import describe
    except ImportError:
        return [{"id": i} for i in ids]
    return [describe(i) for i in ids]

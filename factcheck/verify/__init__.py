"""Verification: match each claim to reference figures at the right date, and say why.

verify(claims, article) -> one dict per claim: the claim's fields plus verdict,
explanation, deviation, confidence, metric, as_of, evidence and chart
(docs/report-format.md).
"""

from __future__ import annotations

from factcheck.article import Article
from factcheck.claims import Claim


def verify(claims: list[Claim], article: Article) -> list[dict]:
    from factcheck.verify.check import check

    return [check(claim, article, claims) for claim in claims]

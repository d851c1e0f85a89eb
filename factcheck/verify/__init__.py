"""Verification. PLACEHOLDER until the verifier lands: every claim is not_enough_info."""

from __future__ import annotations

from factcheck.article import Article
from factcheck.claims import Claim


def verify(claims: list[Claim], article: Article) -> list[dict]:
    out = []
    for claim in claims:
        row = claim.to_dict()
        row.update(
            verdict="not_enough_info",
            explanation="No reference dataset covers this claim yet.",
            evidence=[],
            deviation=None,
            confidence=0.0,
            chart=None,
        )
        out.append(row)
    return out

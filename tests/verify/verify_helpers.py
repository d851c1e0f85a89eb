"""Build claims straight from the Claim contract, without the extractor."""

from __future__ import annotations

from datetime import date

from factcheck.article import Article
from factcheck.claims import Claim
from factcheck.verify import verify


def claim_in(text: str, span: str, **fields) -> Claim:
    start = text.index(span)
    return Claim(start, start + len(span), span, **fields)


def check_one(text: str, span: str, published: date, **fields) -> dict:
    return verify([claim_in(text, span, **fields)], Article(text, published))[0]

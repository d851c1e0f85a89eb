"""schema.org ClaimReview JSON-LD for a report: one ClaimReview per checked claim.

A checked claim is one whose verdict is not ``not_enough_info`` (see
``verdicts.is_checked``): a review with no rating would say nothing. Ratings are
on a 1..5 scale: refuted 1, conflicting 3, supported 5, with alternateName the
verdict in words. The reviewed Claim appears in the article (its url, headline
and date), and each review's url points at the claim's card on the report page.
"""

from __future__ import annotations

import json

from markupsafe import Markup

from service.render import numbers
from service.render.verdicts import BEST_RATING, WORST_RATING, is_checked, verdict_info

PUBLISHER = {"@type": "Organization", "name": "factcheck"}


def _appearance(article: dict) -> dict:
    work = {"@type": "NewsArticle"}
    if article.get("url"):
        work["url"] = article["url"]
    if article.get("title"):
        work["headline"] = article["title"]
    if article.get("published"):
        work["datePublished"] = article["published"]
    return work


def _claim_reviewed(claim: dict, text: str) -> str:
    """The claim as a reader would quote it: its sentence, taken from the article
    around the claim's offsets when the extractor did not give one."""
    sentence = (claim.get("sentence") or "").strip()
    if sentence:
        return sentence
    start, end = claim.get("start"), claim.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
        left = max(text.rfind(mark, 0, start) for mark in (". ", "! ", "? ", "\n"))
        rights = [i for i in (text.find(mark, end) for mark in (". ", "! ", "? ", "\n")) if i >= 0]
        right = min(rights) + 1 if rights else len(text)
        return " ".join(text[left + 1 if left >= 0 else 0 : right].split())
    return claim.get("text") or numbers.claimed(claim)


def claim_reviews(report: dict, report_url: str = "") -> list[dict]:
    """The ClaimReview objects, in text order."""
    article = report.get("article") or {}
    reviewed_on = (report.get("generated_at") or "")[:10] or None
    out = []
    for index, claim in enumerate(report.get("claims") or []):
        if not is_checked(claim):
            continue
        info = verdict_info(claim.get("verdict"))
        item = {"@type": "Claim", "appearance": _appearance(article)}
        if article.get("published"):
            item["datePublished"] = article["published"]
        review = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": f"{report_url}#claim-{index + 1}",
            "claimReviewed": _claim_reviewed(claim, article.get("text") or ""),
            "itemReviewed": item,
            "author": PUBLISHER,
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": info.rating,
                "bestRating": BEST_RATING,
                "worstRating": WORST_RATING,
                "alternateName": info.rating_name,
            },
        }
        if claim.get("explanation"):
            review["reviewBody"] = claim["explanation"]
        if reviewed_on:
            review["datePublished"] = reviewed_on
        out.append(review)
    return out


def json_ld(report: dict, report_url: str = "") -> Markup:
    """The reviews as a JSON array safe to place inside <script type="application/ld+json">.

    '<', '>' and '&' are written as \\u escapes so article text can never close
    the script element early.
    """
    text = json.dumps(claim_reviews(report, report_url), ensure_ascii=False, indent=1)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)

"""How each verdict looks and reads: label, icon, CSS class, ClaimReview rating.

Colour is never the only signal: every verdict also has an icon and an
underline pattern (see static/report.css), and a spoken label.
"""

from __future__ import annotations

from dataclasses import dataclass

ORDER = ("supported", "refuted", "conflicting", "not_enough_info")


@dataclass(frozen=True)
class Verdict:
    key: str
    label: str
    icon: str
    rating: int | None  # ClaimReview ratingValue on a 1..5 scale; None: not rated
    rating_name: str


_TABLE = {
    "supported": Verdict("supported", "Supported", "\u2714", 5, "Supported by the data"),
    "refuted": Verdict("refuted", "Refuted", "\u2716", 1, "Contradicted by the data"),
    "conflicting": Verdict("conflicting", "Conflicting", "\u25d0", 3, "Sources conflict"),
    "not_enough_info": Verdict("not_enough_info", "Not enough info", "?", None, "Not enough information"),
}

BEST_RATING = 5
WORST_RATING = 1


def verdict_info(key: str | None) -> Verdict:
    """The display record for a verdict; anything unknown reads as not enough info."""
    return _TABLE.get(key or "", _TABLE["not_enough_info"])


def css_class(key: str | None) -> str:
    return "v-" + verdict_info(key).key.replace("_", "-")


def is_checked(claim: dict) -> bool:
    """A checked claim is one the verifier could rate: any verdict but not_enough_info.

    The ClaimReview JSON-LD carries one entry per checked claim, and the page
    counts checked claims the same way.
    """
    return verdict_info(claim.get("verdict")).rating is not None

"""The numeric claim: what the extractor finds and what every later stage reads.

The field names are a public contract (``python -m factcheck extract`` and the
JSON report): add fields if needed, never rename or drop one.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

QUALIFIERS = (
    "exact",
    "approximately",
    "at_least",
    "more_than",
    "at_most",
    "less_than",
    "range",
    "vague",
)
KINDS = ("count", "duration", "rate", "percent", "money", "area", "distance", "other")
VERDICTS = ("supported", "refuted", "conflicting", "not_enough_info")


@dataclass
class Claim:
    """One numeric mention, with offsets into the article text.

    ``text == article_text[start:end]``. A range sets ``low`` and ``high``;
    'more than X' sets ``low``; 'up to X' sets ``high``; an exact or
    approximate figure sets ``value`` (and ``low``/``high`` stay None).
    """

    start: int
    end: int
    text: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str = "dimensionless"
    qualifier: str = "exact"
    kind: str = "count"
    hedge: str | None = None
    measured: str | None = None
    source: str | None = None
    sentence: str | None = None
    checkworthy: bool = True
    extra: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        data = asdict(self)
        extra = data.pop("extra")
        data.update(extra)
        return data

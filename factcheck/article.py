"""The article under check: its text and the date it speaks from."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date


@dataclass
class Article:
    text: str
    published: date
    title: str | None = None
    url: str | None = None

    def to_dict(self) -> dict:
        data = asdict(self)
        data["published"] = self.published.isoformat()
        return data

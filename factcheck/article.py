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
        if not data["title"]:
            data["title"] = headline(self.text)
        return data


def headline(text: str) -> str | None:
    """A pasted article's first line, when it reads like a headline (short, set apart).

    'Talk of a ceasefire grows louder\n\nKYIV, Dec 27 - ...' -> 'Talk of a ceasefire grows louder';
    a first line that ends a sentence, or runs on into the next line, is not a headline.
    """
    first, _, rest = text.strip().partition("\n")
    first = first.strip()
    if 0 < len(first) <= 160 and rest.startswith("\n") and not first.endswith((".", ":")):
        return first
    return None

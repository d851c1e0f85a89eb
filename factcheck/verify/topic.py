"""The article's topic around a claim: its title, its opening line and the sentences just
before the claim's. Used when a sentence leaves out what the story already said ('Kursk'
named earlier, 'the attack' of the sentence before, the war of the headline)."""

from __future__ import annotations

from factcheck.verify.settings import settings


def topic(text: str, sentence_start: int, title: str | None = None) -> str:
    reach = int(settings()["topic"]["chars_before"])
    head = text.split("\n", 1)[0] if sentence_start > 0 else ""
    before = text[max(0, sentence_start - reach):sentence_start]
    return "\n".join(p for p in (title or "", head, before) if p)

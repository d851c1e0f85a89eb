"""The test article: fixtures/articles/peace-talks-2024-12-27.txt when present, else our own copy."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "fixtures" / "articles" / "peace-talks-2024-12-27.txt"
PUBLISHED = "2024-12-27"

# Written for these tests; it carries the numeric claims of a late-December 2024 news
# report on possible Russia-Ukraine peace talks.
BUILT_IN = """\
As the war nears its third anniversary, talk turns to a ceasefire

After over 1,000 days of fighting, diplomats in several capitals have begun sketching what talks with Moscow might involve.

The cost so far is vast. Western estimates put the toll at 350,000 to 400,000 Russian troops lost and 150,000 Ukrainian soldiers dead, and even cautious officials speak of tens of thousands of soldiers killed.

A US intelligence estimate held that by the fall of 2024 Russia was losing approximately 1,200 soldiers daily.

On Christmas Day, Russia launched around 70 cruise and ballistic missiles and 100 strike drones at the Ukrainian energy grid.

Ukraine has also lost nearly 40% of the territory it had reclaimed in Russia's Kursk region.
"""


def article_text() -> str:
    if FIXTURE.exists():
        return FIXTURE.read_text(encoding="utf-8")
    return BUILT_IN

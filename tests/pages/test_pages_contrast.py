"""The verdict colours in report.css keep WCAG AA contrast (4.5:1 for body text)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

CSS = Path(__file__).resolve().parents[2] / "service" / "static" / "report.css"


def _variables() -> dict[str, str]:
    root = re.search(r":root\s*{(.*?)}", CSS.read_text(encoding="utf-8"), re.S).group(1)
    return dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", root))


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("text, background", [
    ("ink", "sup-bg"), ("ink", "ref-bg"), ("ink", "con-bg"), ("ink", "nei-bg"),   # highlighted article text
    ("sup-ink", "sup-bg"), ("ref-ink", "ref-bg"), ("con-ink", "con-bg"), ("nei-ink", "nei-bg"),  # icons
    ("muted", "paper"), ("muted", "wash"), ("accent", "paper"), ("accent", "wash"),
])
def test_text_on_its_background_meets_aa(text, background):
    colours = _variables()
    assert contrast(colours[text], colours[background]) >= 4.5


@pytest.mark.parametrize("badge", ["sup-ink", "ref-ink", "con-ink", "nei-ink", "accent"])
def test_white_on_badges_and_buttons_meets_aa(badge):
    assert contrast("#ffffff", _variables()[badge]) >= 4.5

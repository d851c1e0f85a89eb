"""Small building blocks for hand-written SVG: scales, ticks, escaped text."""

from __future__ import annotations

import math

from markupsafe import escape


class Scale:
    """A linear map from a data interval onto a pixel interval."""

    def __init__(self, lo: float, hi: float, px_lo: float, px_hi: float):
        if hi <= lo:
            hi = lo + 1.0
        self.lo, self.hi, self.px_lo, self.px_hi = lo, hi, px_lo, px_hi

    def __call__(self, x: float) -> float:
        x = min(max(x, self.lo), self.hi)
        return self.px_lo + (x - self.lo) / (self.hi - self.lo) * (self.px_hi - self.px_lo)


def nice_ticks(hi: float, count: int = 4) -> list[float]:
    """Round tick values from 0 up to at least ``hi``: 0, 250k, 500k, 750k."""
    if hi <= 0:
        return [0.0, 1.0]
    raw = hi / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    ticks = [0.0]
    while ticks[-1] < hi:
        ticks.append(ticks[-1] + step)
    return ticks


def compact(x: float) -> str:
    """A short axis label: 950, 1.2k, 766k, 3.4M, 1.2bn."""
    ax = abs(x)
    for size, suffix in ((1e9, "bn"), (1e6, "M"), (1e3, "k")):
        if ax >= size * (10 if size == 1e3 else 1):
            shown = f"{x / size:.1f}".rstrip("0").rstrip(".")
            return shown + suffix
    if x == int(x):
        return f"{int(x):,}"
    return f"{x:.2f}".rstrip("0").rstrip(".")


def text(x: float, y: float, body: str, css: str = "", anchor: str = "start", title: str = "") -> str:
    """A text element; ``title`` (the full wording of a shortened label) shows on hover."""
    cls = f' class="{css}"' if css else ""
    tip = f"<title>{escape(title)}</title>" if title and title != body else ""
    return f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}"{cls}>{tip}{escape(body)}</text>'


def rect(x: float, y: float, w: float, h: float, css: str, extra: str = "") -> str:
    return (
        f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(w, 0.0):.1f}" height="{h:.1f}" '
        f'class="{css}"{extra}/>'
    )


def line(x1: float, y1: float, x2: float, y2: float, css: str) -> str:
    return f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" class="{css}"/>'


def frame(width: int, height: int, uid: str, title: str, desc: str, body: list[str]) -> str:
    """The outer <svg> with an accessible name and description and a hatch pattern."""
    return (
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="{uid}-t {uid}-d" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{uid}-t">{escape(title)}</title><desc id="{uid}-d">{escape(desc)}</desc>'
        f'<defs><pattern id="{uid}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
        f'patternTransform="rotate(45)"><rect width="6" height="6" class="c-hatch-bg"/>'
        f'<line x1="0" y1="0" x2="0" y2="6" class="c-hatch-line"/></pattern></defs>'
        + "".join(body)
        + "</svg>"
    )

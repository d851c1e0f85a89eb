"""Inline SVG charts from a claim's ``chart`` data (docs/report-format.md).

``bars``: each source's figure as a bar (or a span for low..high bounds), with
the claimed value or range drawn as a hatched band across all rows.
``series``: the reference series over time, the claimed value or range as a
hatched band, the claim's date as a dashed line and its window shaded.
Styling lives in static/report.css (classes c-*), so print and screen agree.
"""

from __future__ import annotations

from datetime import date

from markupsafe import Markup

from service.render import numbers
from service.render.svg import Scale, compact, frame, line, nice_ticks, rect, text

WIDTH = 400
_LEFT, _RIGHT = 8, 392


def chart_svg(chart: dict | None, uid: str) -> Markup:
    """The chart as inline SVG markup, or empty markup when there is nothing to draw."""
    if not chart:
        return Markup("")
    try:
        if chart.get("type") == "bars" and chart.get("bars"):
            return Markup(_bars(chart, uid))
        if chart.get("type") == "series" and chart.get("points"):
            return Markup(_series(chart, uid))
    except (TypeError, ValueError, KeyError):
        pass  # malformed chart data: the evidence table still says it all
    return Markup("")


def _claim_interval(claim: dict, top: float) -> tuple[float, float] | None:
    """Where the claim's band lies; an open bound runs to the axis end."""
    value, low, high = claim.get("value"), claim.get("low"), claim.get("high")
    if value is not None:
        return float(value), float(value)
    if low is not None or high is not None:
        return float(low if low is not None else 0.0), float(high if high is not None else top)
    return None


def _figures(row: dict) -> list[float]:
    return [float(row[k]) for k in ("value", "low", "high") if row.get(k) is not None]


def _band(scale_x: Scale, interval, y0: float, y1: float, uid: str) -> list[str]:
    lo, hi = interval
    x0, x1 = scale_x(lo), scale_x(hi)
    if x1 - x0 < 3:  # a single figure: a thin band so it stays visible
        x0, x1 = x0 - 1.5, x0 + 1.5
    return [rect(x0, y0, x1 - x0, y1 - y0, "c-claim", f' fill="url(#{uid}-hatch)"')]


def _bars(chart: dict, uid: str) -> str:
    unit = chart.get("unit")
    claim = chart.get("claim") or {}
    bars = chart["bars"]
    top = max([v for b in bars for v in _figures(b)] + _figures(claim) + [0.0])
    ticks = nice_ticks(top * 1.05)
    sx = Scale(0.0, ticks[-1], _LEFT, _RIGHT)
    row_h, head = 38, 22
    height = head + row_h * len(bars) + 26
    body = [text(_LEFT, 14, "Claimed: " + numbers.claimed({**claim, "unit": unit}), "c-legend")]
    interval = _claim_interval(claim, ticks[-1])
    if interval:
        body += _band(sx, interval, head, head + row_h * len(bars), uid)
    for i, bar in enumerate(bars):
        y = head + i * row_h
        label = f"{bar.get('label') or 'Source'}: {numbers.figure(bar, unit)}"
        if bar.get("date"):
            label += f" ({bar['date']})"
        body.append(text(_LEFT, y + 14, _fit(label), "c-label", title=label))
        if bar.get("value") is not None:
            body.append(rect(sx(0), y + 19, sx(float(bar["value"])) - sx(0), 12, "c-bar"))
        elif bar.get("low") is not None or bar.get("high") is not None:
            lo = float(bar.get("low") if bar.get("low") is not None else 0.0)
            hi = float(bar.get("high") if bar.get("high") is not None else ticks[-1])
            body.append(rect(sx(lo), y + 19, max(sx(hi) - sx(lo), 3), 12, "c-span"))
    body += _axis_x(sx, ticks, head + row_h * len(bars))
    desc = "; ".join(f"{b.get('label')}: {numbers.figure(b, unit)}" for b in bars)
    title = "Claimed figure beside each source's figure"
    return frame(WIDTH, height, uid, title, "Claim: " + numbers.claimed({**claim, "unit": unit}) + ". " + desc, body)


def _fit(label: str, limit: int = 60) -> str:
    """Shorten a label that would run past the chart's right edge."""
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "\u2026"


def _axis_x(sx: Scale, ticks: list[float], y: float) -> list[str]:
    out = [line(_LEFT, y, _RIGHT, y, "c-axis")]
    for t in ticks:
        anchor = "start" if t == ticks[0] else "end" if t == ticks[-1] else "middle"
        out.append(text(sx(t), y + 16, compact(t), "c-tick", anchor))
    return out


def _day(iso: str) -> int:
    return date.fromisoformat(str(iso)[:10]).toordinal()


def _series(chart: dict, uid: str) -> str:
    unit = chart.get("unit")
    claim = chart.get("claim") or {}
    points = [(_day(d), float(v)) for d, v in chart["points"] if v is not None]
    days = [d for d, _ in points]
    marks = [_day(chart["date"])] if chart.get("date") else []
    window = [_day(w) for w in chart["window"]] if chart.get("window") else []
    d_lo, d_hi = min(days + marks + window), max(days + marks + window)
    top = max([v for _, v in points] + _figures(claim) + [0.0])
    ticks = nice_ticks(top * 1.05)
    left, plot_top, plot_bottom = 44, 26, 170
    sx = Scale(d_lo, d_hi, left, _RIGHT)
    sy = Scale(0.0, ticks[-1], plot_bottom, plot_top)
    body = [text(_LEFT, 14, "Claimed: " + numbers.claimed({**claim, "unit": unit}), "c-legend")]
    if window:
        body.append(rect(sx(window[0]), plot_top, sx(window[1]) - sx(window[0]), plot_bottom - plot_top, "c-window"))
    interval = _claim_interval(claim, ticks[-1])
    if interval:
        y_hi, y_lo = sy(interval[1]), sy(interval[0])
        if y_lo - y_hi < 3:
            y_hi, y_lo = y_hi - 1.5, y_hi + 1.5
        body.append(rect(left, y_hi, _RIGHT - left, y_lo - y_hi, "c-claim", f' fill="url(#{uid}-hatch)"'))
    for t in ticks:
        body.append(line(left, sy(t), _RIGHT, sy(t), "c-grid"))
        body.append(text(left - 4, sy(t) + 4, compact(t), "c-tick", "end"))
    path = " ".join(f"{sx(d):.1f},{sy(v):.1f}" for d, v in sorted(points))
    body.append(f'<polyline points="{path}" class="c-line"/>')
    if len(points) <= 40:
        body += [f'<circle cx="{sx(d):.1f}" cy="{sy(v):.1f}" r="2.5" class="c-dot"/>' for d, v in points]
    if marks:
        x = sx(marks[0])
        body.append(line(x, plot_top, x, plot_bottom, "c-date"))
        body.append(text(x, plot_top - 2, "claim date", "c-tick", "end" if x > WIDTH - 60 else "middle"))
    body.append(line(left, plot_bottom, _RIGHT, plot_bottom, "c-axis"))
    body.append(text(left, plot_bottom + 16, date.fromordinal(d_lo).isoformat(), "c-tick"))
    body.append(text(_RIGHT, plot_bottom + 16, date.fromordinal(d_hi).isoformat(), "c-tick", "end"))
    title = "Reference series over time with the claimed figure"
    desc = (
        f"{len(points)} points from {date.fromordinal(min(days))} to {date.fromordinal(max(days))}, "
        f"highest {numbers.with_unit(max(v for _, v in points), unit)}. "
        f"Claimed: {numbers.claimed({**claim, 'unit': unit})}"
        + (f", dated {chart['date']}" if chart.get("date") else "")
        + (f", window {chart['window'][0]} to {chart['window'][1]}" if window else "")
        + "."
    )
    return frame(WIDTH, plot_bottom + 24, uid, title, desc, body)

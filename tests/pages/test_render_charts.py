"""Server-rendered SVG charts: well-formed, accessible, and drawing what the data says."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from service.render.charts import chart_svg

SVG = "{http://www.w3.org/2000/svg}"


def _tree(markup) -> ET.Element:
    return ET.fromstring(str(markup))


def _charts(report, kind):
    return [c["chart"] for c in report["claims"] if c.get("chart") and c["chart"]["type"] == kind]


def test_a_bars_chart_draws_each_source_and_the_claimed_band(sample_report):
    chart = _charts(sample_report, "bars")[1]  # the 350,000 to 400,000 range against three sources
    root = _tree(chart_svg(chart, "t1"))
    assert root.get("role") == "img"
    assert root.find(f"{SVG}title").text
    rects = root.findall(f"{SVG}rect")
    classes = [r.get("class") for r in rects]
    assert classes.count("c-claim") == 1
    assert classes.count("c-bar") + classes.count("c-span") == len(chart["bars"])
    band = next(r for r in rects if r.get("class") == "c-claim")
    assert band.get("fill") == "url(#t1-hatch)"
    labels = " ".join(t.text for t in root.iter(f"{SVG}text"))
    assert "UK Ministry of Defence" in labels and "350,000" in labels


def test_a_series_chart_marks_the_claim_date_and_window(sample_report):
    with_window = next(c for c in _charts(sample_report, "series") if c.get("window"))
    root = _tree(chart_svg(with_window, "t2"))
    assert root.find(f"{SVG}polyline") is not None
    assert any(r.get("class") == "c-window" for r in root.iter(f"{SVG}rect"))
    assert any(line.get("class") == "c-date" for line in root.iter(f"{SVG}line"))
    desc = root.find(f"{SVG}desc").text
    assert "2024-12-25" in desc and "window" in desc


def test_a_series_without_window_has_no_window_band(sample_report):
    plain = next(c for c in _charts(sample_report, "series") if not c.get("window"))
    root = _tree(chart_svg(plain, "t3"))
    assert not any(r.get("class") == "c-window" for r in root.iter(f"{SVG}rect"))


def test_the_claimed_band_sits_between_its_bounds(sample_report):
    chart = _charts(sample_report, "bars")[1]
    root = _tree(chart_svg(chart, "t4"))
    band = next(r for r in root.iter(f"{SVG}rect") if r.get("class") == "c-claim")
    bars = [r for r in root.iter(f"{SVG}rect") if r.get("class") == "c-bar"]
    # 766,000 (the solid bar) ends to the right of the 350k-400k band.
    assert float(bars[0].get("width")) + float(bars[0].get("x")) > float(band.get("x")) + float(band.get("width"))


@pytest.mark.parametrize("chart", [
    None,
    {},
    {"type": "bars", "bars": []},
    {"type": "series", "points": []},
    {"type": "pie", "bars": [{"value": 1}]},
    {"type": "series", "points": [["not a date", 3]], "claim": {}},
])
def test_it_draws_nothing_for_missing_or_malformed_data(chart):
    assert str(chart_svg(chart, "x")) == ""


def test_labels_are_escaped():
    chart = {"type": "bars", "unit": "dimensionless", "claim": {"value": 5},
             "bars": [{"label": "<b>A&B</b>", "value": 4}]}
    root = _tree(chart_svg(chart, "t5"))  # parses, so nothing leaked as markup
    assert any("<b>A&B</b>" in (t.text or "") for t in root.iter(f"{SVG}text"))

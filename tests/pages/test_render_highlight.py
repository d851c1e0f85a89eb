"""The article text with its claims marked: escaping, overlaps, one focusable mark per claim."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from service.render.highlight import highlight
from service.render.verdicts import css_class


class _Links(HTMLParser):
    """Collects <a> elements and notices nesting."""

    def __init__(self):
        super().__init__()
        self.links, self.depth, self.nested = [], 0, False

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.nested = self.nested or self.depth > 0
            self.depth += 1
            self.links.append(dict(attrs))

    def handle_endtag(self, tag):
        if tag == "a":
            self.depth -= 1


def _parse(html: str) -> _Links:
    parser = _Links()
    parser.feed(str(html))
    return parser


def test_it_gives_every_claim_one_focusable_mark_with_its_verdict_class(sample_report):
    claims = sample_report["claims"]
    links = _parse(highlight(sample_report["article"]["text"], claims)).links
    marks = {a["id"]: a for a in links if "id" in a}
    assert sorted(marks) == sorted(f"mark-{i + 1}" for i in range(len(claims)))
    for i, claim in enumerate(claims):
        mark = marks[f"mark-{i + 1}"]
        assert css_class(claim["verdict"]) in mark["class"].split()
        assert mark["href"] == f"#claim-{i + 1}"
        assert mark["data-verdict"] == claim["verdict"]


def test_it_escapes_the_article_text():
    html = str(highlight('<script>alert("x")</script> & 5 dogs', [{"start": 30, "end": 36, "verdict": "refuted"}]))
    assert "<script>" not in html
    assert "&lt;script&gt;" in html and "&amp;" in html
    assert 'class="hl v-refuted"' in html


def test_it_never_nests_links_when_claims_overlap():
    text = "about 350,000 to 400,000 troops"
    claims = [
        {"start": 0, "end": 31, "verdict": "conflicting"},
        {"start": 17, "end": 24, "verdict": "supported"},
        {"start": 6, "end": 13, "verdict": "refuted"},
    ]
    parsed = _parse(highlight(text, claims))
    assert not parsed.nested
    ids = [a.get("id") for a in parsed.links if a.get("id")]
    assert sorted(ids) == ["mark-1", "mark-2", "mark-3"]
    # The outer claim's later segments link to it but are not extra tab stops.
    extra = [a for a in parsed.links if a["data-claim"] == "1" and "id" not in a]
    assert extra and all(a["tabindex"] == "-1" for a in extra)


def test_it_keeps_the_text_intact_around_overlaps():
    text = "about 350,000 to 400,000 troops"
    claims = [{"start": 0, "end": 31}, {"start": 17, "end": 24}]
    html = str(highlight(text, claims))
    visible = re.sub(r'<span class="(visually-hidden|hl-icon)"[^>]*>.*?</span>', "", html)
    assert re.sub(r"<[^>]+>", "", visible) == text


def test_it_marks_a_claim_that_shares_its_span_with_another():
    claims = [{"start": 2, "end": 4, "verdict": "supported"}, {"start": 2, "end": 4, "verdict": "refuted"}]
    links = _parse(highlight("a 12 b", claims)).links
    assert {a.get("id") for a in links} >= {"mark-1", "mark-2"}


def test_it_skips_claims_whose_offsets_fall_outside_the_text():
    html = str(highlight("short", [{"start": 3, "end": 99}, {"start": None, "end": 2}]))
    assert "<a" not in html and "short" in html


def test_it_splits_paragraphs_on_blank_lines_and_keeps_line_breaks():
    html = str(highlight("One 1.\n\nTwo 2\nthree", [{"start": 12, "end": 13}]))
    assert html.count("<p>") == 2
    assert "<br>" in html

"""Main text of an HTML page with the standard library's parser and a small heuristic.

Paragraph-like blocks are collected with a note of whether they sit inside the page's
article (``<article>``, ``<main>``, or a container named like article/story/content);
boilerplate containers (nav, header, footer, aside, forms, scripts) are skipped. If the
page marks its article, only those blocks are kept; otherwise the longer blocks are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser

SKIP = {"script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside",
        "form", "button", "iframe", "select", "textarea", "figure", "menu", "dialog"}
BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th", "dd", "dt",
          "div", "section", "article", "main", "tr", "table", "ul", "ol", "hr"}
VOID = {"br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed",
        "param", "track"}
ARTICLE_NAME = re.compile(r"article|story|content|post-body|entry|main-text|body-text", re.I)
NOT_ARTICLE = re.compile(r"comment|footer|related|share|social|promo|newsletter|sidebar|advert|cookie|"
                         r"subscribe|breadcrumb|caption|byline|nav", re.I)
DATE_META = {"article:published_time", "og:published_time", "date", "pubdate", "publishdate",
             "dc.date", "dc.date.issued", "datepublished", "sailthru.date", "parsely-pub-date"}
MIN_LOOSE_BLOCK = 60
_SPACE = re.compile(r"\s+")
_ISO_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})")


@dataclass
class MainText:
    text: str
    title: str | None
    published: date | None


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, skipping, in_article)
        self.blocks: list[tuple[str, bool, str]] = []
        self.buffer: list[str] = []
        self.block_tag = "p"
        self.meta: dict[str, str] = {}
        self.title_parts: list[str] = []
        self.in_title = False
        self.time_dates: list[str] = []

    @property
    def skipping(self) -> bool:
        return bool(self.stack) and self.stack[-1][1]

    @property
    def in_article(self) -> bool:
        return bool(self.stack) and self.stack[-1][2]

    def flush(self) -> None:
        text = _SPACE.sub(" ", "".join(self.buffer)).strip()
        if text:
            self.blocks.append((text, self.in_article, self.block_tag))
        self.buffer = []

    def handle_starttag(self, tag, attrs):
        attrs = {k: (v or "") for k, v in attrs}
        if tag == "meta":
            key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
            if key and attrs.get("content"):
                self.meta.setdefault(key, attrs["content"].strip())
            return
        if tag == "time" and attrs.get("datetime"):
            self.time_dates.append(attrs["datetime"])
        if tag == "title":
            self.in_title = True
        if tag in BLOCKS and not self.skipping:
            self.flush()
            self.block_tag = tag
        if tag == "br" and not self.skipping:
            self.buffer.append(" ")
        if tag in VOID:
            return
        names = f"{attrs.get('class', '')} {attrs.get('id', '')} {attrs.get('role', '')}"
        skipping = self.skipping or tag in SKIP or (bool(NOT_ARTICLE.search(names)) and tag not in ("body", "html"))
        in_article = self.in_article or tag in ("article", "main") or bool(ARTICLE_NAME.search(names))
        self.stack.append((tag, skipping, in_article))

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag in VOID:
            return
        if tag in BLOCKS and not self.skipping:
            self.flush()
        for i in range(len(self.stack) - 1, -1, -1):  # tolerate unclosed tags
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        if self.in_title:
            self.title_parts.append(data)
            return
        if not self.skipping and self.stack:
            self.buffer.append(data)

    def close(self):
        super().close()
        self.flush()


def _published(meta: dict[str, str], time_dates: list[str]) -> date | None:
    candidates = [meta[k] for k in DATE_META if k in meta] + time_dates
    for raw in candidates:
        match = _ISO_DAY.search(raw)
        if match:
            try:
                return date.fromisoformat(match.group(1))
            except ValueError:
                continue
    return None


def extract_main_text(html: str) -> MainText:
    parser = _Collector()
    parser.feed(html)
    parser.close()
    blocks = parser.blocks
    first_h1 = next((text for text, _inside, tag in blocks if tag == "h1"), None)
    title = parser.meta.get("og:title") or first_h1 or _SPACE.sub(" ", "".join(parser.title_parts)).strip() or None
    marked = [b for b in blocks if b[1]]
    marked_size = sum(len(b[0]) for b in marked)
    if marked and (marked_size >= 200 or marked_size * 2 >= sum(len(b[0]) for b in blocks)):
        chosen = marked
    else:
        chosen = [b for b in blocks if len(b[0]) >= MIN_LOOSE_BLOCK or b[2] in ("h2", "h3", "li")]
        if not chosen:
            chosen = blocks
    paragraphs = [text for text, _inside, tag in chosen if not (tag == "h1" and text == title)]
    return MainText(text="\n\n".join(paragraphs), title=title,
                    published=_published(parser.meta, parser.time_dates))

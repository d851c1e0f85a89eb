"""The article text as HTML with each claim marked by its verdict.

Every claim gets exactly one focusable link, ``<a id="mark-N" href="#claim-N">``,
carrying its verdict class; the text is HTML-escaped. Overlapping claims are cut
into segments at every boundary; a segment belongs to the shortest claim that
covers it (the most specific mention), so nested links never occur. A claim that
owns no segment (say, two claims on the same span) gets a small numbered link
right after its text instead.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

from service.render.verdicts import css_class, verdict_info


# A blank line (possibly with spaces) separates paragraphs; segments never cross one.
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n\s*")


def _valid_spans(text: str, claims: list[dict]) -> list[tuple[int, int, int]]:
    spans = []
    for index, claim in enumerate(claims):
        start, end = claim.get("start"), claim.get("end")
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
            spans.append((start, end, index))
    return spans


def _owner(covering: list[tuple[int, int, int]]) -> int:
    """The shortest covering claim; ties go to the one earlier in the report."""
    return min(covering, key=lambda s: (s[1] - s[0], s[2]))[2]


def _link(index: int, claim: dict, body: str, first: bool, last: bool) -> str:
    """One link segment of a claim: the first is focusable and named, the last
    carries the verdict icon."""
    info = verdict_info(claim.get("verdict"))
    number = index + 1
    attrs = [
        f'class="hl {css_class(claim.get("verdict"))}"',
        f'href="#claim-{number}"',
        f'data-claim="{number}"',
        f'data-verdict="{info.key}"',
    ]
    if first:
        attrs.insert(0, f'id="mark-{number}"')
        body += f'<span class="visually-hidden"> (claim {number}: {escape(info.label)})</span>'
    else:
        attrs.append('tabindex="-1"')
    if last:
        body += f'<span class="hl-icon" aria-hidden="true">{info.icon}</span>'
    return f"<a {' '.join(attrs)}>{body}</a>"


def highlight(text: str, claims: list[dict]) -> Markup:
    """The escaped article text with claim links; blank lines start a new <p>,
    single newlines become <br>. A claim running across a blank line is split
    there into two links, the second one not focusable."""
    spans = _valid_spans(text, claims)
    breaks = {(m.start(), m.end()) for m in _BLANK_LINE.finditer(text)}
    cuts = sorted(
        {0, len(text)}
        | {s for s, _, _ in spans}
        | {e for _, e, _ in spans}
        | {b for pair in breaks for b in pair}
    )
    seen: set[int] = set()
    out: list[str] = ["<p>"]
    for left, right in zip(cuts, cuts[1:]):
        if (left, right) in breaks:
            out.append("</p>\n<p>")
            continue
        body = str(escape(text[left:right])).replace("\n", "<br>\n")
        covering = [s for s in spans if s[0] <= left and right <= s[1]]
        if not covering:
            out.append(body)
            continue
        owner = _owner(covering)
        owner_end = next(e for _, e, i in spans if i == owner)
        out.append(_link(owner, claims[owner], body, owner not in seen, right == owner_end))
        seen.add(owner)
        # Claims that end here without having owned any segment get a marker.
        for _, end, index in spans:
            if end == right and index not in seen:
                out.append(_link(index, claims[index], f"<sup>[{index + 1}]</sup>", True, True))
                seen.add(index)
    out.append("</p>")
    return Markup("".join(out).replace("<p></p>", ""))

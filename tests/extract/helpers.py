"""Shared by the extractor's unit tests: extract and check every span against the text."""

from __future__ import annotations

from factcheck.extract import extract


def claims(text):
    found = extract(text)
    for c in found:
        assert text[c.start:c.end] == c.text
    return found


def one(text):
    found = claims(text)
    assert len(found) == 1, [c.text for c in found]
    return found[0]

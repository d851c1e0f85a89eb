"""Round 6: an anniversary named with a coming day and month ('nears its fourth anniversary
on 24 February', article of 5 Feb 2026) is the coming 24 February, 2026, not the last one.

Hand computation: fixtures/key_dates gives the full-scale invasion as 24 Feb 2022; 24 Feb
2026 is anniversary 4, 19 days after 5 Feb 2026 (within anniversary_near_days = 120), so
'fourth' is supported and 'fifth' (24 Feb 2027) refuted. 'The war entered its fourth year'
in an article of 3 Mar 2025: 3 Mar 2025 is in year 4 (24 Feb 2025 - 23 Feb 2026).
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.article import Article
from factcheck.extract import extract
from factcheck.verify import verify
from tests.verify.verify_helpers import check_one


def _one(sentence: str, published: date) -> dict:
    got = [r for r in verify(extract(sentence, published), Article(sentence, published))
           if r["metric"] == "full_scale_invasion_anniversary"]
    assert got, sentence
    return got[0]


@pytest.mark.parametrize("sentence, published, verdict, as_of", [
    ("The war nears its fourth anniversary on 24 February.", date(2026, 2, 5), "supported", "2026-02-24"),
    ("Ukraine approaches the fourth anniversary of Russia's full-scale invasion on 24 February.",
     date(2026, 2, 5), "supported", "2026-02-24"),
    ("Ukraine marks the fourth anniversary of the invasion on 24 February.", date(2026, 2, 5), "supported",
     "2026-02-24"),
    ("The war nears its fifth anniversary on 24 February.", date(2026, 2, 5), "refuted", "2026-02-24"),
    ("Leaders met in Kyiv on the fourth anniversary of the invasion on Tuesday.", date(2026, 2, 25),
     "supported", "2026-02-24"),
    ("The war entered its fourth year.", date(2025, 3, 3), "supported", "2025-03-03"),
])
def test_anniversaries(sentence, published, verdict, as_of):
    r = _one(sentence, published)
    assert (r["verdict"], r["as_of"]) == (verdict, as_of), r["explanation"]


def test_past_anniversary_keeps_the_last_date():
    # Article of 1 Dec 2025: 'marked ... on 24 February' is 24 Feb 2025, the third anniversary.
    s = "The war marked its third anniversary on 24 February."
    r = _one(s, date(2025, 12, 1))
    assert (r["verdict"], r["as_of"]) == ("supported", "2025-02-24"), r["explanation"]


def test_direct_claim_nears_anniversary():
    s = "The war nears its fourth anniversary on 24 February."
    got = check_one(s, "fourth anniversary", date(2026, 2, 5), value=4.0, unit="year", kind="duration", extra={"ordinal": True})
    assert got["verdict"] == "supported", got["explanation"]

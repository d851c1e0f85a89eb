"""Round 6: running totals across sources, and UN civilian counts in varied wordings.

Hand computations from fixtures/:
- fixtures/general_staff/russia_losses_personnel.json: 743,920 on 2024-12-02, 753,370 on
  2024-12-08. fixtures/estimates/war_estimates_curated.csv: President Zelensky 'more than
  750,000' killed or wounded on 2024-12-08. The General Staff's own 8 Dec value (753,370)
  is above 750,000, so Zelensky's bound agrees with the series: 743,920 on 2 Dec is supported.
- The UK's 'just under 700,000' (high 700,000, 2024-11-10) is an upper bound of the same
  definition on the claim's date: 'passed 700,000 by 10 November' conflicts with it,
  while the General Staff's 708,890 of that day agrees: conflicting, naming both.
- UN OHCHR (HRMMU) 2024-11-30: civilians killed 12,340 (at least), injured 27,836.
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.article import Article
from factcheck.extract import extract
from factcheck.verify import verify
from tests.verify.verify_helpers import check_one


def _by_text(text: str, published: date) -> dict[str, dict]:
    return {r["text"]: r for r in verify(extract(text, published), Article(text, published))}


def test_later_open_bound_that_the_series_itself_meets_does_not_conflict():
    s = "Ukraine's General Staff said 743,920 Russian soldiers had been killed or wounded as of 2 December."
    got = check_one(s, "743,920 Russian soldiers", date(2024, 12, 10), value=743920,
                    measured="Russian soldiers")
    assert got["as_of"] == "2024-12-02"
    assert got["verdict"] == "supported", got["explanation"]
    assert any(e["value"] == 743920 for e in got["evidence"])
    zel = [e for e in got["evidence"] if "Zelensky" in e["source"]]
    assert all("753,370" in (e["note"] or "") for e in zel), zel


def test_later_open_bound_through_the_extractor():
    s = "Ukraine's General Staff said 743,920 Russian soldiers had been killed or wounded as of 2 December."
    got = _by_text(s, date(2024, 12, 10))
    r = next(r for t, r in got.items() if "743,920" in t)
    assert r["verdict"] == "supported", r["explanation"]


def test_upper_bound_on_the_claims_date_still_conflicts_with_a_claim_above_it():
    s = "By 10 November Russian casualties had passed 700,000."
    got = _by_text(s, date(2024, 11, 20))
    r = next(r for t, r in got.items() if "700,000" in t)
    assert r["verdict"] == "conflicting", r["explanation"]
    assert "UK" in r["explanation"] and "General Staff" in r["explanation"]


@pytest.mark.parametrize("sentence, metric, value", [
    ("The UN has verified at least 12,340 civilian deaths up to the end of November.", "civilian_killed", 12340),
    ("UN monitors recorded 12,340 civilians killed and 27,836 injured as of 30 November.", "civilian_killed", 12340),
    ("UN monitors recorded 12,340 civilians killed and 27,836 injured as of 30 November.", "civilian_injured", 27836),
    ("More than 12,300 civilians have been killed, according to the UN human rights monitoring mission.",
     "civilian_killed", 12340),
    ("The UN said 27,836 wounded civilians had been verified by the end of November.", "civilian_injured", 27836),
])
def test_un_civilian_counts(sentence, metric, value):
    got = verify(extract(sentence, date(2024, 12, 10)), Article(sentence, date(2024, 12, 10)))
    r = next(r for r in got if r["metric"] == metric)
    assert r["verdict"] == "supported", r["explanation"]
    assert any(e["value"] == value or e["low"] == value for e in r["evidence"])
    assert any(e["date"] == "2024-11-30" and "OHCHR" in e["source"] for e in r["evidence"])


def test_up_to_the_end_of_a_month_dates_the_figure_to_its_last_day():
    s = "The UN has verified at least 12,340 civilian deaths up to the end of November."
    got = verify(extract(s, date(2024, 12, 20)), Article(s, date(2024, 12, 20)))
    assert got[0]["as_of"] == "2024-11-30", got[0]

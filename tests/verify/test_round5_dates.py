"""Round 5: a stretch of time that dates a statement is the claim's date, not a part.

'Last month Zelensky said ...' in an article of 10 Jan 2025 is December 2024: the curated
estimates hold President Zelensky's 43,000 Ukrainian soldiers killed on 2024-12-08
(fixtures/estimates/war_estimates_curated.csv), so the claim is compared with it (and, as
before, with the US officials' 70,000 of 18 Aug 2023, which a running total cannot fall
below: conflicting). 'lost 30,000 last month' is still a month's count (February 2024:
the General Staff's monthly total 28,450, 5% under 30,000: supported).
"""

from __future__ import annotations

from datetime import date

from tests.verify.verify_helpers import check_one


def test_last_month_before_a_speech_verb_dates_the_figure():
    s = "Last month Zelensky said 43,000 Ukrainian soldiers had been killed."
    got = check_one(s, "43,000 Ukrainian soldiers", date(2025, 1, 10), value=43000, measured="Ukrainian soldiers")
    assert got["as_of"] == "2024-12-31"
    assert "part of the war" not in got["explanation"]
    assert any(e.get("value") == 43000 and e["date"] == "2024-12-08" for e in got["evidence"]), got["evidence"]


def test_last_month_bound_to_the_count_is_still_a_month():
    s = "Russia lost 30,000 soldiers last month, officials said."
    got = check_one(s, "30,000 soldiers", date(2024, 3, 10), value=30000, measured="soldiers")
    assert got["verdict"] == "supported", got["explanation"]
    assert any(e.get("value") == 28450 for e in got["evidence"])

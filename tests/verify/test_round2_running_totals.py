"""Running totals never fall: an earlier figure of the same definition bounds a later claim
from below, and an upper bound ('just under 700,000') is exceeded by a claim a few days
later only if the sources disagree. Either way the verdict is conflicting, with both
figures in the evidence and the explanation saying why.

Hand figures:
  Ukrainian soldiers killed: US 'close to 70,000' (2023-08-18), US 'more than 57,500'
  (2024-10-09), Zelensky 43,000 (2024-12-08).
  Russian killed and wounded: UK 'just under 700,000' (2024-11-10, an upper bound);
  General Staff 714,380 on 2024-11-13 (russia_losses_personnel.json).
"""

from __future__ import annotations

from datetime import date

from tests.verify.verify_helpers import check_one, claim_in

from factcheck.article import Article
from factcheck.verify import verify


def test_a_claim_matching_one_source_but_under_an_earlier_total_of_another_is_conflicting():
    text = ("In December, President Zelensky said 43,000 Ukrainian soldiers had been killed; US officials "
            "had put the toll at close to 70,000 as early as August 2023.")
    claims = [claim_in(text, "43,000 Ukrainian soldiers", value=43000, measured="Ukrainian soldiers"),
              claim_in(text, "close to 70,000", value=70000, qualifier="approximately", hedge="close to")]
    first, second = verify(claims, Article(text, date(2025, 1, 15)))
    assert first["verdict"] == "conflicting", first["explanation"]
    values = {(row["value"], row["low"]) for row in first["evidence"]}
    assert (43000.0, None) in values and (70000.0, None) in values
    assert "running total cannot fall" in first["explanation"]
    # The earlier figure, dated by its own 'August 2023', is simply supported.
    assert second["verdict"] == "supported" and second["as_of"] == "2023-08-31", second["explanation"]


def test_an_upper_bound_exceeded_a_few_days_later_is_conflicting():
    # 714,000 on 13 Nov: the UK's own 'more than 696,000' (31 Oct) and the General Staff's
    # 714,380 agree (exact to the 1,000: 713,500..714,500), but the UK's 'just under 700,000'
    # three days before cannot have grown past 714,000.
    text = "British officials said on 13 November that Russia had suffered 714,000 casualties."
    got = check_one(text, "714,000 casualties", date(2024, 11, 20), value=714000, measured="casualties")
    assert got["verdict"] == "conflicting", got["explanation"]
    assert "at most 700,000 on 10 Nov 2024" in got["explanation"]
    assert any(row["value"] == 714380 for row in got["evidence"])


def test_an_upper_bound_of_the_same_day_does_not_override_the_source_the_claim_quotes():
    text = "The General Staff said on 10 November that Russian losses had reached 708,890 troops."
    got = check_one(text, "708,890 troops", date(2024, 11, 20), value=708890, measured="troops")
    assert got["verdict"] == "supported"


def test_a_speakers_own_older_total_does_not_contradict_its_newer_one():
    # General Staff 772,280 (21 Dec, as cited by the Kyiv Independent) and 782,510 (27 Dec).
    text = "The General Staff said Russia had lost 782,510 troops by 27 December."
    got = check_one(text, "782,510 troops", date(2024, 12, 28), value=782510, measured="troops")
    assert got["verdict"] == "supported", got["explanation"]


def test_a_claim_below_an_earlier_running_total_with_no_match_is_not_supported():
    # 50,000 Ukrainian dead in December 2024: Zelensky's 43,000 (8 Dec) is 16% under it,
    # and the US counted 70,000 by August 2023.
    text = "By December, 50,000 Ukrainian soldiers had been killed."
    got = check_one(text, "50,000 Ukrainian soldiers", date(2024, 12, 27), value=50000,
                    measured="Ukrainian soldiers")
    assert got["verdict"] in ("refuted", "conflicting")
    assert any(row["value"] == 70000 for row in got["evidence"])


def test_the_most_specific_source_named_is_the_one_compared():
    # October 2024: Healey 1,354 a day, Radakin 'about 1,500' (both British). The claim names
    # Healey, so Radakin's figure is context, not a disagreement.
    text = "In October, Russian casualties averaged 1,354 per day, British Defence Secretary John Healey said."
    got = check_one(text, "1,354 per day", date(2024, 12, 27), value=1354, kind="rate", unit="1/day")
    assert got["verdict"] == "supported", got["explanation"]
    assert "Healey" in got["explanation"]


def test_an_upper_bound_inside_the_month_the_claim_names_is_compared():
    # US officials, 18 Aug 2023: 'as many as 120,000' Russian dead (an upper bound). The claim
    # speaks of August 2023, so the bound is the month's own figure, not a stale one.
    text = "US officials said in August 2023 that up to 120,000 Russian soldiers had died."
    got = check_one(text, "up to 120,000 Russian soldiers", date(2024, 12, 28), high=120000, qualifier="at_most",
                    hedge="up to", measured="Russian soldiers")
    assert (got["metric"], got["verdict"]) == ("killed", "supported"), got["explanation"]


def test_an_upper_bound_weeks_before_the_end_of_the_month_does_not_limit_its_total():
    # 'by the end of November' (2024-11-30): General Staff 740,400. The UK's 'just under
    # 700,000' of 10 November is twenty days older: the total has grown past it since.
    text = "In October Russia lost 41,980 troops; by the end of November its losses had passed 740,000."
    got = check_one(text, "passed 740,000", date(2024, 12, 5), low=740000, qualifier="more_than", hedge="passed",
                    measured="troops")
    assert got["verdict"] == "supported", got["explanation"]

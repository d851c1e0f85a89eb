"""Round 4: attack counts and equipment totals.

Attack drones, strike drones, kamikaze drones and Shahed-type drones are the whole drone
total; a kind of missile ('ballistic') narrows only a count of missiles, and the next item of
a list ('539 strike drones and seven ballistic missiles') names no model of the claim. Drones
lost to jamming, countermeasures or that 'did not reach their targets' are the Air Force's
not_reach_goal column. A precise figure whose hedge belongs to another list item is exact.

Air Force national rows (fixtures/air_force/missile_attacks_daily.csv, kpszsu):
  ending 2025-07-09: Shahed-136/131 728 launched, 296 destroyed, 415 not_reach_goal;
    X-47 Kinzhal 6; X-101/X-555 and Iskander-K 7 -> 13 missiles.
  ending 2025-07-04: Shahed-136/131 539 launched, 268 destroyed, 208 not_reach_goal;
    Iskander-M/KN-23 6 + X-47 Kinzhal 1 (ballistic) = 7 ballistic; Iskander-K 4 (cruise) -> 11 missiles.
General Staff equipment (fixtures/general_staff), 2025-03-01: tanks 10,233, field artillery
  23,908, APC 21,249.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tests.verify.verify_helpers import claim_in

from factcheck.article import Article
from factcheck.verify import verify

ARTICLES = Path(__file__).resolve().parents[2] / "fixtures" / "articles"
DRONES = (ARTICLES / "drone-nights-2025-07-09.txt").read_text(encoding="utf-8")
EQUIPMENT = (ARTICLES / "equipment-and-kursk-2025-03-01.txt").read_text(encoding="utf-8")

DRONE_TABLE = [
    ("728 attack drones", dict(value=728, measured="attack drones"), "supported", "attack_drones_launched", 728),
    ("13 missiles", dict(value=13, measured="missiles"), "supported", "attack_missiles_launched", 13),
    ("296", dict(value=296, measured="drones"), "supported", "attack_drones_destroyed", 296),
    # 'lost to Ukrainian jamming': not shot down, the not_reach_goal column.
    ("some 415 drones", dict(value=415, qualifier="approximately", hedge="some", measured="drones"), "supported",
     "attack_drones_lost_to_electronic_warfare", 415),
    # A named model present in the data keeps its own rows: X-47 Kinzhal 6.
    ("Six Kinzhal missiles", dict(value=6, measured="Kinzhal missiles"), "supported", "attack_missiles_launched", 6),
    # 'strike drones and seven ballistic missiles': all 539 drones, not the 7 ballistic missiles.
    ("539 strike drones", dict(value=539, measured="strike drones"), "supported", "attack_drones_launched", 539),
    ("seven ballistic missiles", dict(value=7, measured="ballistic missiles"), "supported",
     "attack_missiles_launched", 7),
    # 'jammed and did not reach their targets': 208 not_reach_goal on 2025-07-04.
    ("208 kamikaze drones", dict(value=208, measured="kamikaze drones"), "supported",
     "attack_drones_lost_to_electronic_warfare", 208),
]


@pytest.fixture(scope="module")
def drone_results():
    claims = [claim_in(DRONES, span, **fields) for span, fields, *_ in DRONE_TABLE]
    return {r["text"]: r for r in verify(claims, Article(DRONES, date(2025, 7, 9)))}


@pytest.mark.parametrize("span,fields,verdict,metric,value", DRONE_TABLE, ids=[row[0] for row in DRONE_TABLE])
def test_drone_nights(drone_results, span, fields, verdict, metric, value):
    got = drone_results[span]
    assert (got["verdict"], got["metric"]) == (verdict, metric), got["explanation"]
    assert got["evidence"][0]["value"] == value and got["evidence"][0]["link"]


def test_attack_drones_are_never_narrowed_to_a_missile_kind(drone_results):
    for span in ("728 attack drones", "539 strike drones", "208 kamikaze drones"):
        assert "ballistic" not in drone_results[span]["explanation"], drone_results[span]["explanation"]
    assert drone_results["539 strike drones"]["as_of"] == "2025-07-04"


EQUIPMENT_TABLE = [
    # 'some' is the first item's hedge: 10,200 against 10,233 is 0.3% under, within 10%.
    ("some 10,200 tanks", dict(value=10200, qualifier="approximately", hedge="some", measured="tanks"), "supported"),
    # The extractor carries 'some' to the next items; 24,908 is precise and exact: 23,908 is
    # 1,000 below, 4.2% > 0.5% -> refuted.
    ("24,908 artillery systems", dict(value=24908, qualifier="approximately", hedge="some",
                                      measured="artillery systems"), "refuted"),
    ("21,249 armoured vehicles", dict(value=21249, qualifier="approximately", hedge="some",
                                      measured="armoured vehicles"), "supported"),
]


@pytest.mark.parametrize("span,fields,verdict", EQUIPMENT_TABLE, ids=[row[0] for row in EQUIPMENT_TABLE])
def test_equipment_exact_figures_get_only_their_own_rounding(span, fields, verdict):
    got = verify([claim_in(EQUIPMENT, span, **fields)], Article(EQUIPMENT, date(2025, 3, 1)))[0]
    assert got["verdict"] == verdict, got["explanation"]
    if verdict == "refuted":
        assert "beyond the tolerance for exact figures" in got["explanation"]
        assert got["evidence"][0]["value"] == 23908


@pytest.mark.parametrize("span,fields", [
    # 'In all, more than 40% has been lost', Kursk named in the sentence before: the Kursk share,
    # 100 x (1 - 800 / 1,376) = 41.9% (2024-11-23, 98 days before: within stale_days 120).
    ("more than 40%", dict(low=40, qualifier="more_than", hedge="more than", unit="percent", kind="percent")),
])
def test_a_bare_kursk_share_with_a_loss_verb(span, fields):
    got = verify([claim_in(EQUIPMENT, span, **fields)], Article(EQUIPMENT, date(2025, 3, 1)))[0]
    assert (got["verdict"], got["metric"]) == ("supported", "kursk_captured_area_lost_pct"), got["explanation"]
    assert got["evidence"][0]["value"] == 41.86


def test_a_date_in_a_relative_clause_does_not_date_the_claim():
    # 'the land it seized in August' dates the seizure; 'has now lost' speaks of the article's date.
    text = EQUIPMENT
    start = text.index("more than 40% of the land")
    from factcheck.claims import Claim

    claim = Claim(start, start + len("more than 40%"), "more than 40%", low=40, qualifier="more_than",
                  hedge="more than", unit="percent", kind="percent", measured="land")
    got = verify([claim], Article(text, date(2025, 3, 1)))[0]
    assert (got["verdict"], got["as_of"]) == ("supported", "2025-03-01"), got["explanation"]

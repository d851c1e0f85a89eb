"""Round 3: attack counts are matched to the Air Force's national report of the claim's morning
whatever the wording, and the words that describe the attack's window ('overnight', 'in a
single night') or where the speaker sits ('officials in Kyiv') are no part of the war.

Hand sums of the national (kpszsu) rows by the day their window ends:
  2024-08-26: X-47 Kinzhal 3 + X-22 3 + 'X-101/X-555 and Kalibr and X-59/X-69' 115 +
              Iskander-M/KN-23 6 = 127 missiles; Shahed-136/131 109 drones.
  2024-08-27: 10 missiles (Kinzhal 3, X-101/X-555 5, Iskander-M 1, Iskander-K 1), 81 drones.
  2024-11-17: 120 missiles, 90 drones (fixtures/air_force/PROVENANCE.md).
  2024-12-13: 93 missiles, 193 drones.
  2025-05-25: X-59/X-69 4 + X-22 1 + 'X-101/X-555 and Kalibr' 55 (cruise: 60) + Iskander-M/KN-23 9
              (ballistic: 9) = 69 missiles; 298 drones.
  2025-09-07: 810 drones (747 destroyed), 13 missiles. 2025-09-08: 142 drones, no missiles.
  2025-10-05 (a Sunday morning): 496 drones; 2025-10-06 (Monday morning, the attack of Sunday
              night, 20:00 .. 09:00): Shahed-136/131 116.
  2025-12-06: 653 drones, 51 missiles; 2025-12-07: 241 drones, 5 missiles.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.verify.verify_helpers import check_one

MISSILES = "attack_missiles_launched"
DRONES = "attack_drones_launched"

CASES = [
    # text, span, fields, published, verdict, metric
    ("Ukraine was targeted by 93 missiles and nearly 200 drones.", "93 missiles", dict(value=93, measured="missiles"),
     date(2024, 12, 13), "supported", MISSILES),
    ("Ukraine was targeted by 93 missiles and nearly 200 drones.", "nearly 200 drones",
     dict(value=200, qualifier="approximately", hedge="nearly", measured="drones"), date(2024, 12, 13), "supported",
     DRONES),
    ("Russia struck the energy grid with 120 missiles and 90 drones on Sunday.", "120 missiles",
     dict(value=120, measured="missiles"), date(2024, 11, 18), "supported", MISSILES),
    ("Russia hit Ukraine with 120 missiles and 90 drones on Sunday.", "90 drones",
     dict(value=90, measured="drones"), date(2024, 11, 18), "supported", DRONES),
    # 'overnight' in a story of the next day: the report of the day before fits.
    ("Russia launched 127 missiles and 109 drones overnight, officials said.", "127 missiles",
     dict(value=127, measured="missiles"), date(2024, 8, 27), "supported", MISSILES),
    # ... but a wrong count is refuted by both readings (10 on the 27th, 127 on the 26th).
    ("Russia launched 150 missiles overnight, officials said.", "150 missiles",
     dict(value=150, measured="missiles"), date(2024, 8, 27), "refuted", MISSILES),
    # 'on Sunday night' is reported on Monday morning: 116 drones.
    ("In the attack on Sunday night, Russia used around 120 drones.", "around 120 drones",
     dict(value=120, qualifier="approximately", hedge="around", measured="drones"), date(2025, 10, 6), "supported",
     DRONES),
    ("In the attack on Sunday night, Russia used around 100 drones.", "around 100 drones",
     dict(value=100, qualifier="approximately", hedge="around", measured="drones"), date(2025, 10, 6), "refuted",
     DRONES),
    # A superlative's 'since' and 'so far' rank the attack; 'in total' with an attack is its total.
    ("Russia launched 122 missiles and 36 drones, the largest aerial attack since the full-scale invasion began.",
     "122 missiles", dict(value=122, measured="missiles"), date(2023, 12, 29), "supported", MISSILES),
    ("Russia fired 810 drones and 13 missiles in total, the biggest barrage so far.", "810 drones",
     dict(value=810, measured="drones"), date(2025, 9, 7), "supported", DRONES),
    # A weapon's origin is no other war.
    ("Overnight Russia used 13 missiles, including North Korean KN-23 missiles, and 810 drones.", "810 drones",
     dict(value=810, measured="drones"), date(2025, 9, 7), "supported", DRONES),
    # Shot down = destroyed.
    ("Air defences intercepted 747 drones.", "747 drones", dict(value=747, measured="drones"),
     date(2025, 9, 7), "supported", "attack_drones_destroyed"),
    # One kind or model of missile: that kind's rows only.
    ("The strike included nine ballistic missiles.", "nine ballistic missiles",
     dict(value=9, measured="ballistic missiles"), date(2025, 5, 25), "supported", MISSILES),
    ("The strike included 69 ballistic missiles.", "69 ballistic missiles",
     dict(value=69, measured="ballistic missiles"), date(2025, 5, 25), "refuted", MISSILES),
    ("The attack involved six Iskander-M missiles.", "six Iskander-M missiles",
     dict(value=6, measured="Iskander-M missiles"), date(2024, 8, 26), "supported", MISSILES),
    # A running count since some start is still no single attack.
    ("Russia has launched more than 20,000 drones at Ukraine since January.", "more than 20,000 drones",
     dict(low=20000, qualifier="more_than", hedge="more than", measured="drones"), date(2025, 9, 7),
     "not_enough_info", None),
]


@pytest.mark.parametrize("text,span,fields,published,verdict,metric", CASES, ids=[f"{c[1]}@{c[3]}" for c in CASES])
def test_attack_counts(text, span, fields, published, verdict, metric):
    got = check_one(text, span, published, **fields)
    assert (got["verdict"], got["metric"]) == (verdict, metric), got["explanation"]


def test_a_vague_date_names_the_report_it_used():
    text = "Russia launched 127 missiles and 109 drones overnight, officials said."
    got = check_one(text, "127 missiles", date(2024, 8, 27), value=127, measured="missiles")
    assert "the report of 2024-08-26, a day before" in got["explanation"]


def test_an_explicit_date_is_not_moved():
    # 'on 27 August' names its day: 10 missiles, not the 127 of the day before.
    text = "Russia launched 127 missiles on 27 August, officials said."
    got = check_one(text, "127 missiles", date(2024, 8, 28), value=127, measured="missiles")
    assert got["verdict"] == "refuted", got["explanation"]


def test_a_model_lumped_with_others_only_bounds_the_count():
    # 17 Nov 2024: Kalibr only in 'X-101/X-555 and Kalibr' (101): ten is within, 150 is not.
    text = "That night Russia fired ten Kalibr missiles at the grid."
    within = check_one(text, "ten Kalibr missiles", date(2024, 11, 17), value=10, measured="Kalibr missiles")
    assert within["verdict"] == "not_enough_info", within["explanation"]
    text = "That night Russia fired 150 Kalibr missiles at the grid."
    over = check_one(text, "150 Kalibr missiles", date(2024, 11, 17), value=150, measured="Kalibr missiles")
    assert over["verdict"] == "refuted", over["explanation"]


@pytest.mark.parametrize("text,span,fields,published", [
    ("Officials in Kyiv counted 93 missiles and 193 drones in the overnight attack.", "93 missiles",
     dict(value=93, measured="missiles"), date(2024, 12, 13)),
    ("According to the Air Force in Kyiv, Russia fired 93 missiles.", "93 missiles",
     dict(value=93, measured="missiles"), date(2024, 12, 13)),
    ("Russia fired 93 missiles and 193 drones in a single night.", "193 drones",
     dict(value=193, measured="drones"), date(2024, 12, 13)),
    ("Russia launched 653 drones and 51 missiles in one night.", "653 drones",
     dict(value=653, measured="drones"), date(2025, 12, 7)),
    ("Russia launched 51 missiles overnight.", "51 missiles", dict(value=51, measured="missiles"), date(2025, 12, 6)),
])
def test_the_attacks_window_and_the_speakers_place_are_no_scope(text, span, fields, published):
    got = check_one(text, span, published, **fields)
    assert got["verdict"] == "supported", got["explanation"]
    assert "scope" not in got["explanation"]


def test_a_place_of_the_count_is_still_a_part():
    text = "Air defences shot down 20 drones over Kyiv overnight."
    got = check_one(text, "20 drones", date(2024, 12, 13), value=20, measured="drones")
    assert got["verdict"] == "not_enough_info"

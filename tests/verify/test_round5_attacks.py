"""Round 5: the morning an attack count speaks of, and counts aimed at one place.

Air Force national rows (fixtures/air_force/missile_attacks_daily.csv), report of 2024-12-25
(Christmas morning, a Wednesday): 78 missiles and 106 drones launched; the whole of
December 2024 sums to 195 missiles and 1,741 drones, so a season window would conflict.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.verify.verify_helpers import check_one

PUBLISHED = date(2024, 12, 27)  # a Friday; the Wednesday before it is 25 December

DAY_TABLE = [
    # A season phrase beside a day is context: the day's report (78 / 106), not December.
    ("On Christmas Day, in the bitterest cold of the winter, Moscow fired 78 missiles and 106 drones at power plants.",
     "78 missiles", dict(value=78, measured="missiles"), "supported", 78),
    ("On Christmas Day, in the bitterest cold of the winter, Moscow fired 78 missiles and 106 drones at power plants.",
     "106 drones", dict(value=106, measured="drones"), "supported", 106),
    # 'overnight into Wednesday' is the Wednesday morning's report.
    ("Overnight into Wednesday, during this winter's coldest week, Russia sent 106 drones and 78 missiles.",
     "106 drones", dict(value=106, measured="drones"), "supported", 106),
    # 'on Wednesday morning' with 'this winter' after it.
    ("Russia launched 78 missiles on Wednesday morning, the heaviest strike this winter.",
     "78 missiles", dict(value=78, measured="missiles"), "supported", 78),
    # 'the night of 24 December': reported the morning of 25 December.
    ("On the night of 24 December, in the depth of winter, Russia launched 78 missiles.",
     "78 missiles", dict(value=78, measured="missiles"), "supported", 78),
]


@pytest.mark.parametrize("sentence,span,fields,verdict,value", DAY_TABLE, ids=[f"{r[1]}-{i}" for i, r in enumerate(DAY_TABLE)])
def test_a_day_beats_the_season_for_one_attack(sentence, span, fields, verdict, value):
    got = check_one(sentence, span, PUBLISHED, **fields)
    assert got["verdict"] == verdict, got["explanation"]
    assert any(e.get("value") == value and e["date"] == "2024-12-25" for e in got["evidence"]), got["evidence"]


PART_TABLE = [
    ("On 25 December Russia launched 15 missiles on Kharkiv.", "15 missiles", dict(value=15, measured="missiles")),
    ("On 25 December Russia launched about 40 drones aimed at the Odesa region.", "about 40 drones",
     dict(value=40, measured="drones", qualifier="approximately", hedge="about")),
    ("Russia sent 30 drones at Kyiv on 25 December.", "30 drones", dict(value=30, measured="drones")),
]


@pytest.mark.parametrize("sentence,span,fields", PART_TABLE, ids=[r[1] for r in PART_TABLE])
def test_a_count_aimed_at_one_place_is_a_part_of_the_attack(sentence, span, fields):
    got = check_one(sentence, span, PUBLISHED, **fields)
    assert got["verdict"] == "not_enough_info", got["explanation"]
    assert "part" in got["explanation"]


def test_the_whole_attack_aimed_at_one_place_is_checked():
    # 'all of them at Kyiv': the whole attack went there; 78 is the 25 December report.
    s = "On 25 December Russia launched 78 missiles, all of them at Kyiv's power plants."
    got = check_one(s, "78 missiles", PUBLISHED, value=78, measured="missiles")
    assert got["verdict"] == "supported", got["explanation"]

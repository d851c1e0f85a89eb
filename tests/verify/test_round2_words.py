"""The counted thing and its definition come from the words attached to the claim, weighted
by distance, not from any word of the sentence.

Hand figures (fixtures/air_force/missile_attacks_daily.csv, kpszsu rows ending 2024-12-13):
  93 missiles and 193 drones launched; 81 missiles and 80 drones destroyed; 105 drones
  'did not reach the target' (not_reach_goal, lost to electronic warfare).
Zelensky, 8 Dec 2024: 43,000 Ukrainian soldiers killed, 370,000 wounded.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.verify.verify_helpers import claim_in

from factcheck.article import Article
from factcheck.verify import verify

PUBLISHED = date(2025, 1, 15)


def _verify(text: str, *claims):
    built = [claim_in(text, span, **fields) for span, fields in claims]
    return verify(built, Article(text, PUBLISHED))


@pytest.mark.parametrize("text", [
    "On 13 December air defences shot down 80 drones, while 105 were lost to jamming.",
    "On 13 December air defences shot down 80 drones, and the other 105 were lost to jamming, the Air Force said.",
])
def test_the_verb_before_each_figure_decides_its_definition(text):
    shot, lost = _verify(text, ("80 drones", dict(value=80, measured="drones")),
                         ("105", dict(value=105, measured="drones")))
    assert (shot["metric"], shot["verdict"]) == ("attack_drones_destroyed", "supported"), shot["explanation"]
    assert (lost["metric"], lost["verdict"]) == ("attack_drones_lost_to_electronic_warfare", "supported")


def test_words_after_a_figure_that_belong_to_the_next_clause_are_not_its_own():
    # The old reading took the longest word after '80 drones' ('jamming'); 'shot down' is the verb.
    text = "On 13 December air defences shot down 80 drones, but many more were lost to jamming."
    (got,) = _verify(text, ("80 drones", dict(value=80, measured="drones")))
    assert got["metric"] == "attack_drones_destroyed" and got["verdict"] == "supported"


def test_the_order_of_the_clauses_does_not_matter():
    text = "On 13 December, 105 drones were lost to jamming and air defences shot down 80."
    lost, shot = _verify(text, ("105 drones", dict(value=105, measured="drones")),
                         ("80", dict(value=80, measured="drones")))
    assert lost["metric"] == "attack_drones_lost_to_electronic_warfare", lost["explanation"]
    assert shot["metric"] == "attack_drones_destroyed", shot["explanation"]


def test_a_verb_is_shared_by_the_figures_it_governs():
    text = "On 13 December Russia launched 93 missiles and 193 drones at the energy grid."
    missiles, drones = _verify(text, ("93 missiles", dict(value=93, measured="missiles")),
                               ("193 drones", dict(value=193, measured="drones")))
    assert missiles["metric"] == "attack_missiles_launched" and drones["metric"] == "attack_drones_launched"
    assert missiles["verdict"] == drones["verdict"] == "supported"


def test_killed_and_wounded_figures_in_one_sentence_each_keep_their_word():
    text = "On 8 December Zelensky said 43,000 Ukrainian soldiers had been killed and 370,000 wounded."
    killed, wounded = _verify(text, ("43,000 Ukrainian soldiers", dict(value=43000, measured="Ukrainian soldiers")),
                              ("370,000", dict(value=370000, measured="Ukrainian soldiers")))
    assert killed["metric"] == "killed"
    assert wounded["metric"] == "wounded" and wounded["verdict"] == "supported", wounded["explanation"]


def test_an_exclusion_word_of_another_figure_does_not_rule_this_one_out():
    # 'in a single day' is the first figure's; the running total 782,510 is the second's.
    text = "Russia lost 1,650 soldiers in a single day, bringing its total to 782,510, Kyiv said."
    day, total = verify([claim_in(text, "1,650 soldiers", value=1650, measured="soldiers"),
                         claim_in(text, "782,510", value=782510)], Article(text, date(2024, 12, 27)))
    assert total["metric"] == "russia_personnel_losses" and total["verdict"] == "supported", total["explanation"]
    assert day["metric"] == "killed_and_wounded_single_day"


def test_of_them_and_others_take_the_thing_and_the_date_of_the_sentence_before():
    # kpszsu rows ending 2024-11-26 ('overnight into Tuesday', article of Wednesday 27 Nov):
    # 188 drones launched, 76 destroyed, 95 did not reach their target.
    text = ("Russia attacked Ukraine with a record 188 drones overnight into Tuesday, the Air Force said. "
            "Air defences destroyed 76 of them, while 95 others were lost to electronic warfare.")
    launched, shot, lost = verify([claim_in(text, "188 drones", value=188, measured="drones"),
                                   claim_in(text, "76", value=76),
                                   claim_in(text, "95 others", value=95, measured="others")],
                                  Article(text, date(2024, 11, 27)))
    assert [g["as_of"] for g in (launched, shot, lost)] == ["2024-11-26"] * 3
    assert (shot["metric"], shot["verdict"]) == ("attack_drones_destroyed", "supported"), shot["explanation"]
    assert (lost["metric"], lost["verdict"]) == ("attack_drones_lost_to_electronic_warfare", "supported")

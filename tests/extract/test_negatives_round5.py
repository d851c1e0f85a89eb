"""Round 5: ages after a role noun, numbers dialled, software versions; counted nouns through
hyphens and participles and up to a verb; 'one of the nine', 'by more than a third', 'within a
day', a count after a named unit, ranges of one amount; 'over' after a verb; the subject a bare
count measures; sources in apposition and before ', saying'."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims, one


# 1. hard negatives
@pytest.mark.parametrize(
    "text",
    [
        # (a) an age between commas after a role or person noun
        "The club's sporting director, 58, said the deal was done.",
        "The nominee, 44, told supporters she would not withdraw.",
        "The mayor, 63, signed the order on Friday.",
        "A man, 71, was taken to hospital after the crash.",
        "The grandmother, 80, and her dog were rescued from the roof.",
        "The defence minister, 57, resigned after the vote.",
        "Our chief executive, 49, joined the board in the spring.",
        # (b) numbers dialled, one or a list
        "Anyone who sees the suspect should call 101 or 102 at once.",
        "Families needing shelter can call 211 for advice.",
        "People in distress should dial 988 or 911.",
        "Ring 111 if the symptoms get worse.",
        "Text 85258 to reach a volunteer counsellor.",
        # (c) versions after a software word
        "The router maker pushed firmware 2023.18 to every unit.",
        "Apple shipped iOS 17.4 with the change.",
        "The project requires Python version 3.12 or newer.",
        "The patch 2.7.1 closes the hole.",
        "Windows build 26100 introduced the feature.",
        "The kernel 6.8 release dropped the old driver.",
    ],
)
def test_not_claims(text):
    assert claims(text) == [], [c.text for c in claims(text)]


def test_age_after_a_place_still_counts():
    found = claims("Deaths were reported in Sumy, 14, and in Kharkiv, 9, officials said.")
    assert [c.value for c in found] == [14, 9]


def test_counted_after_a_call_verb_still_counts():
    c = one("The general called up 300,000 reservists.")
    assert (c.value, c.measured) == (300000, "reservists")


def test_software_percent_is_a_claim():
    c = one("Spending on software rose 5.2% last year.")
    assert (c.value, c.unit) == (5.2, "percent")


# 2. span edges
@pytest.mark.parametrize(
    "text, span, measured",
    [
        ("The army took delivery of 24 Zuzana self-propelled guns.", "24 Zuzana self-propelled guns", "Zuzana self-propelled guns"),
        ("The agency will land three MX-2 landers on the plateau.", "three MX-2 landers", "MX-2 landers"),
        ("Kyiv says it holds 800 captured soldiers.", "800 captured soldiers", "captured soldiers"),
        ("Russia fired more than 1,500 Geran-type drones in June.", "more than 1,500 Geran-type drones", "Geran-type drones"),
        ("The rocket's nine Merlin engines produce the thrust.", "nine Merlin engines", "Merlin engines"),
        ("The hospice has fewer than 30 beds and serves two counties.", "fewer than 30 beds", "beds"),
        ("The brigade destroyed 31 Russian armoured vehicles.", "31 Russian armoured vehicles", "Russian armoured vehicles"),
    ],
)
def test_counted_noun_edges(text, span, measured):
    c = claims(text)[0]
    assert (c.text, c.measured) == (span, measured)


def test_spaced_model_number_inside_the_noun():
    c = claims("The package includes two Saab 340 radar planes.")[0]
    assert (c.text, c.measured) == ("two Saab 340 radar planes", "Saab 340 radar planes")


@pytest.mark.parametrize("text", ["Airlines kept their 737 MAX 9 jets grounded.", "The agency's Chandrayaan-4 lifts off soon."])
def test_model_names_are_not_counts(text):
    assert claims(text) == []


def test_a_plural_subject_before_a_participle_still_ends():
    found = claims("Police said 300 protesters injured 40 officers.")
    assert [c.text for c in found] == ["300 protesters", "40 officers"]


# 3. misses
def test_one_of_the_nine_counts_both():
    found = claims("Only one of the seven judges dissented.")
    assert [(c.text, c.value, c.measured) for c in found] == [("one", 1, "judges"), ("seven judges", 7, "judges")]


def test_one_of_the_first_is_not_a_count():
    assert claims("She was one of the first women to lead the party.") == []


def test_fraction_after_a_verb_of_change():
    c = one("The currency could weaken by more than a third this year.")
    assert (c.text, c.qualifier, round(c.low, 2), c.unit) == ("more than a third", "more_than", 33.33, "percent")


def test_duration_in_a_hope_is_not_checkworthy():
    c = one("The operator said it hoped to restore power within a day.")
    assert (c.text, c.qualifier, c.high, c.unit, c.checkworthy) == ("within a day", "at_most", 1, "day", False)


def test_count_after_a_named_unit():
    c = one("The 93rd Brigade said it had destroyed 93 Russian armoured vehicles.")
    assert (c.value, c.measured) == (93, "Russian armoured vehicles")


@pytest.mark.parametrize(
    "text",
    [
        "Estimates of the hit to growth range from 0.2 to 0.6 percentage points.",
        "The boost to output ranges from 0.2 percentage points to 0.6 percentage points.",
        "Estimates of the drag on GDP ranged between 0.2 and 0.6 points.",
    ],
)
def test_one_range_of_points(text):
    c = one(text)
    assert (c.qualifier, c.low, c.high, c.unit) == ("range", 0.2, 0.6, "percentage_point")


# 4. 'over' after a verb
def test_over_after_a_verb_before_a_measure():
    c = one("The convoys carry over 30 million tonnes a year.")
    assert (c.qualifier, c.low, c.hedge) == ("more_than", 30000000, "over")


def test_over_after_a_verb_of_place_stays_exact():
    c = one("The slick spread over 40 km of coast.")
    assert (c.qualifier, c.value) == ("exact", 40)


# 5. what a bare count measures
@pytest.mark.parametrize(
    "text, measured",
    [
        ("The death toll climbed to 57 on Tuesday.", "death toll"),
        ("Part-time employment rose by 12,300 in May.", "Part-time employment"),
        ("The population of the occupied districts is between 1 and 2 million.", "population"),
        ("New infections nationwide reached more than 4 million.", "New infections"),
    ],
)
def test_subject_measured(text, measured):
    assert one(text).measured == measured


def test_a_possessor_is_not_measured():
    assert one("The arena holds 21,000.").measured is None


# 6. sources
def test_source_in_apposition():
    c = one("The bank's chief economist, Huw Pill, said inflation would ease to 3%.")
    assert c.source.endswith("Huw Pill")


def test_source_before_saying():
    c = one("The fund cut its forecast to 2.4%, saying demand had softened.")
    assert c.source == "The fund"

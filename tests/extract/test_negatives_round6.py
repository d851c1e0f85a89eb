"""Round 6: codes and identifiers, idioms, pronouns and ages, model names in counts, 'and a half',
measured nouns before a figure and announcing subjects as sources. Each kind has near misses
that must stay claims."""

from __future__ import annotations

import pytest

from factcheck.extract import extract


def texts(sentence: str) -> list[str]:
    return [c.text for c in extract(sentence)]


def one(sentence: str, text: str):
    found = [c for c in extract(sentence) if c.text == text]
    assert found, f"{text!r} not in {texts(sentence)}"
    return found[0]


@pytest.mark.parametrize("sentence", [
    "Investors sold Honda (7267.T) and Alibaba 9988.HK after the warning.",
    "Her employer matches what she saves in a 403(b) account.",
    "The charity is registered under section 501(c)(3) of the tax code.",
    "The paper (doi:10.1126/science.abc1234) was widely shared.",
    "The draft is posted as arXiv:2311.04567 and the update as 2311.04567v3.",
    "Bochum 05 and Darmstadt 98 met on Saturday.",
    "Lawmakers debated the Ready for 2040 plan.",
    "Chang'e-5 and Shenzhou-17 were both launched from China.",
])
def test_codes_and_names_are_not_claims(sentence):
    assert texts(sentence) == []


def test_code_near_misses_stay_claims():
    assert texts("Shares fell 7.5% after 1,200 jobs were cut.") == ["7.5%", "1,200 jobs"]
    assert one("The club sold 45,000 season tickets.", "45,000 season tickets").value == 45000
    assert texts("Workers may save up to $23,500 in the plan.") == ["up to $23,500"]


@pytest.mark.parametrize("sentence", [
    "He left his nine-to-five job to start a bakery.",
    "The pharmacy is open twenty-four-seven.",
    "Tutors give one-on-one lessons and one-to-one advice.",
    "The shed was framed with a two-by-four.",
    "If one cannot afford rent, one must move.",
    "One could argue the tax is unfair.",
    "Their daughter, 7, and her grandson, 11, were unhurt.",
    "Pupils under 11 and students over 18 pay different fees.",
])
def test_idioms_pronouns_and_ages_are_not_claims(sentence):
    assert texts(sentence) == []


def test_idiom_near_misses_stay_claims():
    assert texts("One soldier was killed and one could not be found.") == ["One soldier"]
    assert one("Fewer than 12 pupils sat the test.", "Fewer than 12 pupils").high == 12
    assert texts("The woman, 34, was treated in hospital.") == []
    assert texts("The raid killed 9 people.") == ["9 people"]


def test_counts_before_model_names():
    c = one("The carrier ordered 75 Boeing 787 MAX freighters.", "75 Boeing 787 MAX freighters")
    assert c.value == 75 and c.measured == "Boeing 787 MAX freighters"
    assert one("It leased 12 Airbus A330neo jets.", "12 Airbus A330neo jets").measured == "Airbus A330neo jets"
    assert one("It leased 30 Airbus A220s in May.", "30 Airbus A220s").value == 30


def test_pledged_counts_are_claims():
    c = one("The mayor promised to build 80,000 flats by 2030.", "80,000 flats")
    assert c.value == 80000 and c.checkworthy
    assert not one("She vowed to build them within a year.", "within a year").checkworthy


def test_span_edges():
    assert texts("Of the column, 12 heading north were hit.") == ["12"]
    assert texts("Another 25 tankers start loading on Monday.") == ["25 tankers"]
    assert texts("Some 3,000 travellers days after the quake still slept outside.") == ["Some 3,000 travellers"]
    c = one("Allies sent 2 million rounds of ammunition.", "2 million rounds")
    assert c.value == 2e6
    assert texts("They fired 400 strike and attack drones.") == ["400 strike and attack drones"]


def test_and_a_half():
    assert one("The siege lasted a year and a half.", "a year and a half").value == 1.5
    assert one("The vote took an hour and a half.", "an hour and a half").unit == "hour"
    assert one("Talks ran for more than a month and a half.", "more than a month and a half").low == 1.5
    assert one("It took two and a half years.", "two and a half years").value == 2.5
    assert one("Half of voters agree.", "Half").value == 50


def test_shares_one_in_n():
    assert one("One in twenty drivers speeds.", "One in twenty").value == 5
    assert one("Two out of five shops closed.", "Two out of five").value == 40


def test_measured_before_and_after():
    assert one("Rescuers named 11 of the dead.", "11").measured == "dead"
    assert one("Ukrainian losses averaged 40 a day.", "40 a day").measured == "Ukrainian losses"
    assert one("Cholera cases in the province have passed 2,000.", "passed 2,000").measured == "Cholera cases"
    assert one("It will shut about 300 of its 2,000 branches.", "about 300").measured == "branches"


def test_sources():
    s = "According to a poll of 2,400 voters by Ipsos, 52% back the plan."
    assert one(s, "52%").source == "a poll of 2,400 voters by Ipsos"
    assert one("Poland's finance ministry will pay 500 zlotys a month.", "500 zlotys").source == "Poland's finance ministry"
    c = one("Analysts expect unemployment to rise to 5.1%.", "5.1%")
    assert c.source == "Analysts" and c.measured == "unemployment"
    assert one("The central bank forecasts inflation of 3.2%.", "3.2%").measured == "inflation"
    assert one("Spain's economy grew 0.8% in the quarter.", "0.8%").source is None

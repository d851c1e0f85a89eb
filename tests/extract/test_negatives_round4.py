"""Round 4: number words and numbers inside names, service numbers, day spans, 'one of the',
size modifiers, athletics metres, currencies kept before a noun, counted-noun boundaries, ranges
in two units, the long scale words, 'over' as 'across', fractions that compare, and what a
count measures and who said it."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims, one


@pytest.mark.parametrize(
    "text",
    [
        # a capitalised number word inside a name
        "The insurer rolled out its Shield One platform to brokers.",
        "Fans lined up for the premiere of the new One Piece film.",
        "The president landed in Ohio aboard Air Force One.",
        "The debate was shown live on Channel Four.",
        "She later starred in Rogue One.",
        # a label noun before a number
        "Diplomats drafted Resolution 2417 overnight.",
        "The annex spells out Protocol 2 in detail.",
        "Passengers were moved to Gate 12 before boarding.",
        "The fire started in Block 6 of the estate.",
        "Engineers shut down Unit 2 for repairs.",
        "Radiation leaked from reactor 3 after the quake.",
        "Guards sealed off building 4 at the base.",
        "Traffic crawled along Highway 9 all morning.",
        "The plane was held at checkpoint 3 for an hour before dawn.",
        # emergency and service numbers
        "Witnesses were told to call 911 at once.",
        "The trust logged a surge in 999 calls over the weekend.",
        "Across Europe, dial 112 in an emergency.",
        "Patients should ring the 111 line first.",
        "A 988 hotline now serves the whole state.",
        "Callers to the 101 non-emergency number faced long waits.",
        # day spans
        "The congress meets from 4 to 8 May in Lisbon.",
        "The trade fair takes place 11-13 October.",
        "Talks were held between 2 and 5 June.",
        "The festival runs June 20-23.",
        "The summit runs from April 9 to 12 in Rome.",
        "The ballot opens between March 1 and 4.",
        # 'one of the'
        "Poland is one of the largest buyers of the system.",
        "The lender is one of its oldest partners.",
        "One of the victims was a child.",
        # race names
        "She defended her title in the women's 5,000m.",
        "He will run the 1500m and 5,000m double in Paris.",
        "The 10,000m final was delayed by rain.",
    ],
)
def test_it_finds_no_claim_in_names_labels_service_numbers_and_day_spans(text):
    assert [c.text for c in claims(text)] == []


def test_a_number_word_inside_a_name_stays_in_the_counted_noun():
    c = one("The driver has now won four Formula One titles.")
    assert (c.text, c.value, c.measured) == ("four Formula One titles", 4, "Formula One titles")


def test_a_number_word_opening_a_sentence_still_counts():
    c = one("Three people were hurt in the blast.")
    assert (c.text, c.value) == ("Three people", 3)


def test_a_service_number_that_counts_people_stays_a_claim():
    c = one("Police said 112 people were arrested.")
    assert (c.value, c.measured) == (112, "people")


def test_one_of_a_counted_whole_still_counts():
    found = claims("Only one of the 30 members voted against.")
    assert [(c.text, c.value) for c in found] == [("one", 1), ("30 members", 30)]


def test_one_in_five_stays_a_share():
    c = one("One in five adults smokes.")
    assert (c.value, c.unit, c.kind) == (20, "percent", "percent")


@pytest.mark.parametrize(
    "text, span, value, measured",
    [
        ("Fire gutted a 21-storey tower in the east.", "21-storey", 21, "storeys"),
        ("A 14-storey-high block came down.", "14-storey-high", 14, "storeys"),
        ("The drone struck a nine-floor building.", "nine-floor", 9, "floors"),
    ],
)
def test_storeys_and_floors_are_size_counts(text, span, value, measured):
    c = one(text)
    assert (c.text, c.value, c.kind, c.measured) == (span, value, "count", measured)


@pytest.mark.parametrize(
    "text, span, km",
    [
        ("She ran 800m in under two minutes.", "800m", 0.8),
        ("He cleared 8.2m at the trials to jump into the lead.", "8.2m", 0.0082),
        ("Rescuers tunnelled 30m into the rubble.", "30m", 0.03),
        ("The column stretched 600m along the road.", "600m", 0.6),
    ],
)
def test_a_glued_m_is_metres_in_athletics_and_with_places(text, span, km):
    c = claims(text)[0]
    assert (c.text, c.unit, c.kind) == (span, "km", "distance")
    assert c.value == pytest.approx(km)


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("The club paid 80m for the striker.", "80m", 80e6),
        ("The final drew 3m viewers.", "3m viewers", 3e6),
        ("The airline lost £800m last year.", "£800m", 800e6),
    ],
)
def test_a_glued_m_stays_million_with_money_or_counted_things(text, span, value):
    c = one(text)
    assert (c.text, c.value) == (span, value)


@pytest.mark.parametrize(
    "text, span, value, measured",
    [
        ("Washington unveiled a $6 billion package of aid for Kyiv.", "$6 billion", 6e9, "package"),
        ("The bank approved a $2.5 billion loan to the utility.", "$2.5 billion", 2.5e9, "loan"),
    ],
)
def test_a_currency_after_an_article_is_kept(text, span, value, measured):
    c = one(text)
    assert (c.text, c.value, c.unit, c.kind, c.measured) == (span, value, "USD", "money", measured)


def test_letter_prefixed_dollars_still_read():
    assert one("The shares closed at A$5.20.").unit == "AUD"
    assert one("The group raised HK$3.7 billion.").unit == "HKD"


@pytest.mark.parametrize(
    "text, span, value, measured",
    [
        ("Berlin will deliver seven more Patriot batteries this year.", "seven more Patriot batteries", 7, "Patriot batteries"),
        ("The brigade received 14 Leopard 1A5+ tanks.", "14 Leopard 1A5+ tanks", 14, "Leopard 1A5+ tanks"),
        ("Tehran sold 40 drones from its own stocks.", "40 drones", 40, "drones"),
        ("Kyiv asked for 12 fewer shells.", "12 fewer shells", 12, "shells"),
    ],
)
def test_counted_noun_boundaries(text, span, value, measured):
    c = one(text)
    assert (c.text, c.value, c.measured) == (span, value, measured)


def test_a_hyphenated_range_before_a_noun_and_a_rate():
    c = one("Russia fires 40-50 drones a month at the port.")
    assert (c.low, c.high, c.unit, c.kind, c.measured) == (40, 50, "1/month", "rate", "drones")


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("The front line lies between 20 km and 15 miles away.", 20, 24.14016),
        ("The buffer zone runs between 10 miles and 30 km from the border.", 16.09344, 30),
        ("Shells landed from 500 metres to 3 km inland.", 0.5, 3),
    ],
)
def test_a_range_with_a_unit_at_each_end_is_one_range_in_one_unit(text, low, high):
    c = one(text)
    assert (c.qualifier, c.unit, c.kind) == ("range", "km", "distance")
    assert (c.low, c.high) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(
    "text, value",
    [
        ("The hyperinflation peaked with a 100 quadrillion dollar note.", 1e17),
        ("There are about 7 quintillion grains of sand on a large beach.", 7e18),
        ("The galaxy may hold 3 sextillion stars.", 3e21),
        ("Estimates run to 2 septillion molecules.", 2e24),
        ("A figure of 5 octillion atoms was cited.", 5e27),
    ],
)
def test_the_short_scale_runs_to_octillion(text, value):
    assert claims(text)[0].value == pytest.approx(value)


@pytest.mark.parametrize(
    "text, span, value, measured",
    [
        ("The tour covers 3,400 km over 21 stages.", "21 stages", 21, "stages"),
        ("The striker scored 30 goals over 45 matches.", "45 matches", 45, "matches"),
        ("The grant is paid over 3 instalments.", "3 instalments", 3, "instalments"),
    ],
)
def test_over_after_a_noun_or_a_figure_means_across(text, span, value, measured):
    c = claims(text)[-1]
    assert (c.text, c.value, c.qualifier, c.hedge, c.measured) == (span, value, "exact", None, measured)


def test_over_before_a_count_after_a_verb_is_still_a_hedge():
    c = one("Police arrested over 40 protesters.")
    assert (c.text, c.low, c.qualifier, c.hedge) == ("over 40 protesters", 40, "more_than", "over")


@pytest.mark.parametrize(
    "text, span, value, qualifier, measured",
    [
        ("Exports were roughly a tenth more than last year.", "roughly a tenth", 10, "approximately", "Exports"),
        ("Imports were a third less than in 2022.", "a third", 100 / 3, "exact", "Imports"),
        ("The ward saw half as many patients as in 2021.", "half", 50, "exact", "patients"),
        ("Rents are about a fifth above pre-pandemic levels.", "about a fifth", 20, "approximately", "Rents"),
        ("Prices are a quarter higher than a year ago.", "a quarter", 25, "exact", "Prices"),
    ],
)
def test_a_fraction_that_compares_is_a_percent(text, span, value, qualifier, measured):
    c = one(text)
    assert (c.text, c.unit, c.kind, c.qualifier, c.measured) == (span, "percent", "percent", qualifier, measured)
    assert c.value == pytest.approx(value)


def test_a_third_time_is_no_fraction():
    assert claims("She won the race for a third time.") == []


def test_a_percent_before_fewer_measures_the_noun():
    assert one("The clinic saw 50% fewer patients than in 2021.").measured == "patients"


@pytest.mark.parametrize(
    "text, measured",
    [
        ("Rebels hold 12 of the region's 40 districts.", "districts"),
        ("Officials counted 9 of the city council's 51 seats.", "seats"),
    ],
)
def test_a_possessor_is_skipped_in_of_the_xs_n_ys(text, measured):
    assert claims(text)[0].measured == measured


@pytest.mark.parametrize(
    "text, measured",
    [
        ("The town has a population of 12,000.", "population"),
        ("The final drew a crowd of about 45,000.", "crowd"),
        ("The firm has a workforce of 3,200.", "workforce"),
        ("The carrier runs a fleet of 140.", "fleet"),
    ],
)
def test_a_bare_count_after_a_collective_noun_counts_it(text, measured):
    assert one(text).measured == measured


@pytest.mark.parametrize(
    "text, source",
    [
        ("The minister promised 500 new homes and announced 2,000 extra nurses.", "The minister"),
        ("The ministry, citing field reports, said 300 people were evacuated.", "The ministry"),
        ("The ministry, in a statement on Monday, said 300 people were evacuated.", "The ministry"),
        ("For its part, the army said 40 soldiers were wounded.", "the army"),
        ("The UN, the WHO and UNICEF said 2 million children need aid.", "The UN, the WHO and UNICEF"),
        ("Oxfam, Save the Children and the Red Cross warned that 400,000 people face famine.",
         "Oxfam, Save the Children and the Red Cross"),
        ("In Kherson, officials and medics said 40 people were hurt.", "officials and medics"),
        ("The United States said 40 jets were sent.", "The United States"),
        ("More than 70 people died, the ministry, citing hospital data, said.", "the ministry"),
        ("Germany, France and Italy agreed to send 300 tanks.", "Germany, France and Italy"),
    ],
)
def test_the_speaker_is_kept_whole(text, source):
    assert {c.source for c in claims(text)} == {source}

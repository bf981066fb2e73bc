"""Counts without their noun, elapsed times, and the other quantities news copy writes."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from verify.document import Document
from verify.extract import extract_claims
from verify.extract.ordinals import find_occurrences
from verify.extract.quantities import find_quantities
from verify.extract.scores import find_scores
from verify.extract.timings import find_timings

PUBLISHED = date(2024, 5, 1)


def quantities(text: str) -> list[tuple[str, float, str | None]]:
    claims = extract_claims(Document.from_plain("x.txt", text), PUBLISHED)
    return [(c.text, c.value["amount"], c.value.get("unit")) for c in claims if c.type == "quantity"]


# ---- counts whose noun was left out (verify.extract.counts) ----

@pytest.mark.parametrize(("text", "expected"), [
    ("The group employs 9,000 staff: 5,000 in Norway and 3,000 in Spain.",
     [("9,000 staff", 9000, "staff"), ("5,000", 5000, "staff"), ("3,000", 3000, "staff")]),
    ("Output was 84,700 ounces in the first quarter and 88,200 in the second.",
     [("84,700 ounces", 84700, "ounces"), ("88,200", 88200, "ounces")]),
    ("The choir grew from 41 to 57 singers.", [("41", 41, "singers"), ("57 singers", 57, "singers")]),
    ("He won seven of the state's 11 districts.", [("seven", 7, "districts"), ("11 districts", 11, "districts")]),
    ("Three of the finalists were injured.", [("Three", 3, "finalists")]),
    ("The library has 236 trained volunteers, 19 fewer than last year.",
     [("236 trained volunteers", 236, "trained volunteers"), ("19", 19, "trained volunteers")]),
    ("Robberies fell to 1,426 from 1,580.", [("1,426", 1426, None), ("1,580", 1580, None)]),
    ("The population is at least 2.4 million, the census found.", [("at least 2.4 million", 2400000, None)]),
    ("Lund took the other four, and all but six were refused.", [("four", 4, None), ("six", 6, None)]),
    ("Six had forecast a rise and only three had backed a freeze.", [("Six", 6, None), ("three", 3, None)]),
    ("How many voted? 132,310", [("132,310", 132310, None)]),  # a number ending the text, or opening it
    ("132,310", [("132,310", 132310, None)]),
    ("Ticket " + "9" * 400, []),  # a code, not a count
])
def test_counts_without_their_noun(text, expected):
    assert quantities(text) == expected


def test_an_inherited_unit_is_marked_and_a_new_clause_inherits_nothing():
    claims = extract_claims(Document.from_plain("x.txt", "Burglaries fell 4% to 1,618 cases, while phone "
                                                "scams climbed to 731 from 655."), PUBLISHED)
    bare = {c.text: c.value for c in claims if c.type == "quantity"}
    assert bare["731"] == {"amount": 731} and bare["655"] == {"amount": 655}
    (parts,) = [c.value for c in extract_claims(Document.from_plain("x.txt", "It has 90 staff, 50 in Oslo."),
                                                PUBLISHED) if c.text == "50"]
    assert parts == {"amount": 50, "unit": "staff", "unit_inherited": True}


@pytest.mark.parametrize("text", [
    "The stage 4 time trial was hard.", "It flies the Airbus A321neo and the Boeing 737 on Route 66.",
    "The office is at 200 Canal Street.", "Kick-off is at 2000 GMT and the doors open at 7 p.m.",
    "Vaccines against Covid-19 and the B4120 road.", "It is 9:25 on a Thursday.", "Prices of 180-200 apply.",
    "Revenue rose to $48.15 from 45.30.", "See note (2) below.", "Turn to page 4", "It runs Windows 11",
])
def test_numbers_that_are_not_counts(text):
    assert quantities(text) == []


# ---- elapsed times (verify.extract.timings) ----

@pytest.mark.parametrize(("text", "surface", "amount", "unit"), [
    ("after almost 60 hours.", "almost 60 hours", 60, "hour"),
    ("in 17 hours 8 minutes 45 seconds,", "17 hours 8 minutes 45 seconds", 61725, "second"),
    ("slept 7 hours 2 minutes", "7 hours 2 minutes", 422, "minute"),
    ("for half an hour", "half an hour", 30, "minute"),
    ("The climb takes two and a half hours.", "two and a half hours", 2.5, "hour"),
    ("four hundredths of a second ahead", "four hundredths of a second", 0.04, "second"),
    ("a three-hour meeting", "three-hour", 3, "hour"),
    ("took the 800 metres in 1:46.37,", "1:46.37", 106.37, "second"),
    ("Doyle (1:46.90) was second", "1:46.90", 106.9, "second"),
    ("Hrubý was fifth, 2:31 down.", "2:31", 151, "second"),
    ("a 2:05:37 marathon", "2:05:37", 7537, "second"),
])
def test_elapsed_times(text, surface, amount, unit):
    (claim,) = find_timings(text)
    assert (text[claim.start:claim.end], claim.value["amount"], claim.value["unit"]) == (surface, amount, unit)


@pytest.mark.parametrize("text", ["It is 9:25 on a Thursday.", "The train left at 4:12 a.m.",
                                  "We meet at 10:30.", "It ended 20 minutes ago."])
def test_times_of_day_are_not_elapsed_times(text):
    assert find_timings(text) == []


def test_elapsed_times_are_never_compared():
    claims = extract_claims(Document.from_plain("x.txt", "Sandberg began 16 seconds behind. Sandberg won in "
                                                "17 hours 8 minutes."), PUBLISHED)
    assert all(c.head is None for c in claims if c.type == "quantity")


# ---- compounds, capitalised plurals, counted groups, multiples (verify.extract.quantities) ----

@pytest.mark.parametrize(("text", "amount", "unit"), [
    ("a 60-metre bridge", 60, "metre"), ("the 101-seat chamber", 101, "seat"),
    ("a seven-member committee", 7, "member"), ("212 Chileans were rescued", 212, "Chileans"),
    ("53 Republicans voted", 53, "Republicans"), ("a crew of seven flew on", 7, "crew"),
    ("with a squad of 23.", 23, "squad"), ("a staff of 160, down", 160, "staff"),
    ("more than three times the price", 3, "times"), ("1.6 times as likely", 1.6, "times"),
    ("it moved twice", 2, "times"), ("it grew 5 times", 5, "times"),
])
def test_joined_and_grouped_quantities(text, amount, unit):
    (claim,) = find_quantities(text)
    assert (claim.value["amount"], claim.value["unit"]) == (amount, unit)


@pytest.mark.parametrize("text", ["a one-off payment", "a two-year deal", "two-thirds of it", "on 5 Mondays",
                                  "a 10-fold rise", "the 3 Doors Down tour", "a squad of 23 players"])
def test_not_joined_quantities(text):
    assert [c.value["unit"] for c in find_quantities(text) if c.value["unit"] != "players"] == []


_PIECES = st.sampled_from(["9,000 staff:", "5,000 in Norway", "and", "3,000", "rose to 347 from 329", "stage 4",
                           "at 2000 GMT", "two of the favourites", "the other five", "a crew of seven", "12.61",
                           "1:46.37", "half an hour", "7 hours 2 minutes", "B4120", "(2)", ",", ".", "Route 66",
                           "at 11:40", "a 60-metre bridge", "twice", "212 Chileans", "2.4 million"])


@given(st.lists(_PIECES, max_size=14).map(" ".join))
def test_quantity_spans_are_exact_ordered_and_disjoint(text):
    claims = extract_claims(Document.from_plain("x.txt", text), PUBLISHED)
    figures = [c for c in claims if c.type != "quote"]
    for claim in figures:
        assert text[claim.start:claim.end] == claim.text and claim.text.strip() == claim.text
    for first, second in itertools.pairwise(figures):
        assert first.end <= second.start


# ---- occurrences counted by an ordinal (verify.extract.ordinals) ----

@pytest.mark.parametrize(("text", "amount", "unit"), [
    ("It was her second title.", 2, "title"), ("a third straight win", 3, "win"),
    ("this was the 69th edition", 69, "edition"), ("It was Moreira's third Atlantic title.", 3, "title"),
    ("the fourth consecutive month of growth", 4, "month"), ("its second round of layoffs", 2, "round"),
    ("the coalition's third attempt", 3, "attempt"), ("a fifth straight annual fall", 5, "fall"),
    ("her third ever title", 3, "title"),
])
def test_ordinals_that_count_occurrences(text, amount, unit):
    (claim,) = find_occurrences(text)
    assert claim.value == {"amount": amount, "unit": unit, "ordinal": True}


@pytest.mark.parametrize("text", ["on the second floor", "in the third quarter", "a third of the votes", "a third more",
                                  "He reached the second round.",
                                  "her first title", "Mahler's Second Symphony won", "a third limped off injured",
                                  "for the second time"])
def test_ordinals_that_order_or_divide(text):
    assert find_occurrences(text) == []


@pytest.mark.parametrize(("text", "surface"), [
    ("Enrolments rose 6% on the year to 5,212, from 4,917.", ["5,212", "4,917"]),
    ("The register stood at 12,640, up 14.4% from 11,050.", ["12,640", "11,050"]),
])
def test_levels_after_a_percentage_are_counts(text, surface):
    assert [s for s, *_ in quantities(text)] == surface


def test_a_share_left_without_its_sign_is_not_a_count():
    assert quantities("Inflation rose to 5.3% from 4.1 in March.") == []


# ---- scores and votes (verify.extract.scores) ----

@pytest.mark.parametrize(("text", "values"), [
    ("United won 3-1 at home.", [{"amount": 3, "unit": "score", "score": [3, 1]}]),
    ("They built a 2-0 lead.", [{"amount": 2, "unit": "score", "score": [2, 0]}]),
    ("The council approved it, voting 5-2.", [{"amount": 5, "unit": "votes", "score": [5, 2]}]),
    ("It was a 27–24 win.", [{"amount": 27, "unit": "score", "score": [27, 24]}]),
    ("The panel voted six to three against the plan.",
     [{"amount": 6, "unit": "votes"}, {"amount": 3, "unit": "votes"}]),
])
def test_scores_and_votes(text, values):
    assert [c.value for c in find_scores(text)] == values


@pytest.mark.parametrize("text", ["Prices of 180-200 apply.", "in the 2009-10 season", "a 5-10 million deal",
                                  "They won 3 titles."])
def test_not_scores(text):
    assert find_scores(text) == []


def test_a_count_without_a_noun_has_its_entity_as_subject():
    claims = extract_claims(Document.from_plain("x.txt", "Acme Corp said thefts rose to 347 from 329."), PUBLISHED)
    # whose count it is, shown; no metric, so the frame pairs with nothing
    assert [(c.text, c.subject, c.frame.entity_name, c.frame.metric) for c in claims] == [
        ("347", "Acme Corp", "Acme Corp", None), ("329", "Acme Corp", "Acme Corp", None)]


@pytest.mark.parametrize("text", ["on top of the 15 already booked", "the 48 they sold last year",
                                  "the 30 still open", "the 7 there"])
def test_an_adverb_or_pronoun_after_a_number_is_not_what_it_counts(text):
    from verify.extract.quantities import find_quantities

    assert [c.value.get("unit") for c in find_quantities(text)] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Police held three Romanian women overnight.", [(3, "Romanian women")]),
    ("Two British tourists and 14 Danish students were rescued.", [(2, "British tourists"), (14, "Danish students")]),
    ("The fund backs five Chinese start-ups.", [(5, "Chinese start-ups")]),
    ("About 212 Chileans said they would vote.", [(212, "Chileans")]),  # a capitalised plural counts alone
    ("Some 40 Japanese arrived on Monday.", [(40, "Japanese")]),
    ("The 12 Mondays left in the term were counted.", []),  # days of the week count no one
])
def test_a_nationality_before_the_counted_noun_belongs_to_the_unit(text, expected):
    assert [(c.value["amount"], c.value["unit"]) for c in find_quantities(text)] == expected


@pytest.mark.parametrize(("text", "unit"), [
    ("Among the dead were three South Koreans.", "South Koreans"),
    ("The squad includes 14 New Zealanders.", "New Zealanders"),
    ("Officials named 40 Sri Lankans among the crew.", "Sri Lankans"),
    ("Shops closed for two North Wales holidays.", None),  # a place, not a people: not a nationality count
])
def test_a_two_word_nations_people_is_what_is_counted(text, unit):
    units = [u for _, _, u in quantities(text)]
    if unit is None:
        assert "North Wales" not in units
    else:
        assert unit in units, units


"""Numbers listed by place after a count of places: what they count, and how many places they name.

Pattern: "The flood killed 212 people in three provinces: 150 in Orvale, 44 in Tessin and 13 in
Brack." Each bare number counts what is in one province (people), not provinces: it takes the noun of
the figure before the places, or none when the sentence names no such figure ("Those lost came from
three provinces, 150 in Orvale, …"). And the list names three provinces whatever its numbers add up
to, so "three provinces" agrees with it while "four provinces" does not; the people listed must still
match "212 people" (count.listed).

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of
from verify.document import Document
from verify.extract import extract_claims
from verify.extract.counts import names_places

WHEN = "2020-01-01"


def _units(text: str) -> dict[str, object]:
    doc = Document.from_plain("invented.txt", text)
    return {c.text: c.value.get("unit") for c in extract_claims(doc, None) if c.type == "quantity"}


@pytest.mark.parametrize(("places", "unit"), [("three provinces", "provinces"), ("three towns", "towns"),
                                              ("three coastal counties", "coastal counties")])
def test_numbers_in_each_place_count_the_figure_before_the_places(places, unit):
    units = _units(f"The flood killed 212 people in {places}: 150 in Orvale, 44 in Tessin and 13 in Brack.")
    assert units == {"212 people": "people", places: unit, "150": "people", "44": "people", "13": "people"}


def test_with_no_figure_before_the_places_the_numbers_count_nothing_named():
    units = _units("Those lost came from three provinces, 150 in Orvale, 44 in Tessin and 13 in Brack.")
    assert units == {"three provinces": "provinces", "150": None, "44": None, "13": None}


def test_a_place_count_still_passes_its_noun_to_a_number_that_is_not_in_a_place():
    assert _units("The chain has shops in 12 cities, up from 9 a year before.")["9"] == "cities"


def test_a_count_of_places_matches_the_places_listed():
    text = "The flood killed 207 people in three provinces: 150 in Orvale, 44 in Tessin and 13 in Brack."
    assert findings_of("count.listed", text, WHEN) == []


def test_a_count_of_places_that_misses_the_places_listed_is_reported():
    text = "The flood killed 207 people in four provinces: 150 in Orvale, 44 in Tessin and 13 in Brack."
    found = findings_of("count.listed", text, WHEN)
    assert [(f.claims[0].text, "3 items" in f.message) for f in found] == [("four provinces", True)]


def test_people_listed_by_place_must_add_up_to_the_people_counted():
    text = "The flood killed 212 people in three provinces: 150 in Orvale, 44 in Tessin and 13 in Brack."
    found = findings_of("count.listed", text, WHEN)
    assert [(f.claims[0].text, "207 in all" in f.message) for f in found] == [("212 people", True)]


def test_place_nouns():
    assert [names_places(n) for n in ("districts", "cities", "county", "staff", "", "shops")] == [
        True, True, True, False, False, False]


@pytest.mark.parametrize(("text", "reported"), [
    ("The bakery employs 3,150 people at three sites: 1,900 in Tarrow, 700 in Brill and 450 in Hesk.",
     [("3,150 people", "3,050 in all")]),
    ("The bakery employs 3,150 people at three sites, 1,900 in Tarrow, 700 in Brill and 450 in Hesk.",
     [("3,150 people", "3,050 in all")]),
    ("The bakery employs 3,050 people at four sites, 1,900 in Tarrow, 700 in Brill and 450 in Hesk.",
     [("four sites", "3 items")]),
    ("The bakery employs 3,050 people at three plants, 1,900 in Tarrow, 700 in Brill and 450 in Hesk.", []),
])
def test_a_list_by_site_after_a_comma_or_colon_is_read_with_its_thousands(text, reported):
    found = findings_of("count.listed", text, WHEN)
    assert [(f.claims[0].text, any(phrase in f.message for _, phrase in reported)) for f in found] == [
        (claim, True) for claim, _ in reported]


def test_a_number_in_a_place_belongs_to_the_holder_not_the_place():
    doc = Document.from_plain("invented.txt", "The bakery Hesketh Loaves employs 3,050 people at three sites, "
                                              "1,900 in Tarrow, 700 in Brill and 450 in Hesk.")
    from verify.frames.build import attach_frames

    claims = extract_claims(doc, None)
    attach_frames(doc, claims, None)
    assert {c.text: c.entity for c in claims if c.text in ("1,900", "700", "450")} == {
        "1,900": "Hesketh Loaves", "700": "Hesketh Loaves", "450": "Hesketh Loaves"}

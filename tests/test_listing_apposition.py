"""count.listed: a count read against a list set in apposition to its noun, paragraphs later.

Pattern: "The trust will take on three primary schools" and, after a quote and another paragraph, "The
primaries, Ashby Park, St Luke's, Mill Road and Kingsway, together teach 1,450 children": the definite noun
refers back to the count (its head, or the word a compound is shortened to) and the list after its comma
names four. Such a reference reads up to eight sentences on; one that says "other" or a number is a part.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

_SCHOOLS = ("The trust will also take on {count} primary schools in the west of the city from September. "
            "Holt said the aim was a single education from four to 18.{between}\n\n"
            "{noun}, Ashby Park, St Luke's, Mill Road and Kingsway, together teach about 1,450 children.")
_BETWEEN = ' "What happens early shapes everything," he said. "Too many arrive behind."\n\nParents welcomed it.'


@pytest.mark.parametrize("noun", ["The primaries", "The schools", "These schools"])
@pytest.mark.parametrize("between", ["", _BETWEEN])
def test_a_list_in_apposition_to_the_counted_noun_is_read_against_the_count(noun, between):
    found = findings_of("count.listed", _SCHOOLS.format(count="three", noun=noun, between=between), "2025-05-01")
    assert [(f.claims[0].text, "4 items" in f.message) for f in found] == [("three primary schools", True)]


@pytest.mark.parametrize("between", ["", _BETWEEN])
def test_a_list_of_as_many_as_counted_is_no_conflict(between):
    assert not findings_of("count.listed", _SCHOOLS.format(count="four", noun="The primaries", between=between),
                           "2025-05-01")


@pytest.mark.parametrize("noun", ["The other schools", "The two new schools", "The teachers"])
def test_a_part_of_the_counted_set_or_another_noun_is_not_read(noun):
    assert not findings_of("count.listed", _SCHOOLS.format(count="three", noun=noun, between=""), "2025-05-01")


def test_an_apposition_too_far_after_the_count_is_not_read():
    far = " Parents welcomed it." * 9
    assert not findings_of("count.listed", _SCHOOLS.format(count="three", noun="The primaries", between=far),
                           "2025-05-01")

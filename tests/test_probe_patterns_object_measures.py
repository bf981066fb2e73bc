"""unit.conversion for one object measured on its noun in two units, paragraphs apart.

Pattern: a transport story measures what is built on its noun ("a 22-kilometre tram extension", "the
290km line") and later, for readers of the other system, "The roughly 17-mile line" or "The 140-mile
route". Restatements were read only next to each other ("22 km (13.7 miles)"). Two measures on nouns of
one object (``[objects]`` in ``units.toml``: line, route, extension …), the later one written as known
("the"), the nearest one before being the one it restates, must agree as a restatement would. When the
article measures a third object of that kind, which one is restated is a guess, and none is read.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

RULE = "unit.conversion"
WHEN = "2025-04-09"
FIRST = "The city council of Havenstad voted on Tuesday to build a 22-kilometre tram extension to the airport."
MIDDLE = "Construction will begin in June. The council said the project would create about 3,000 jobs."


@pytest.mark.parametrize("later", [
    "The roughly 17-mile line will cut the journey to the airport to 24 minutes.",
    "\n\nThe 17-mile route will cut the journey to the airport to 24 minutes.",
    "The 17-mile tram line will cut the journey to the airport to 24 minutes.",
])
def test_the_object_restated_in_another_unit_must_agree(later):
    found = findings_of(RULE, f"{FIRST} {MIDDLE} {later}", WHEN)
    assert [(f.severity, f.claims[0].text.split()[-1]) for f in found] == [("warning", "17-mile")]
    assert "13.7 miles" in found[0].message


@pytest.mark.parametrize("later", [
    "The roughly 14-mile line will cut the journey to the airport to 24 minutes.",
    "A 17-mile road will link the depot to the motorway.",
    "The 17-mile tunnel under the river was dug in the 1990s.",
])
def test_an_agreeing_restatement_or_another_object_is_silent(later):
    assert findings_of(RULE, f"{FIRST} {MIDDLE} {later}", WHEN) == []


def test_with_another_line_measured_which_one_is_restated_is_a_guess():
    other = "A 6.5 km line to the university opened in 2019."
    later = "The roughly 17-mile line will cut the journey to the airport to 24 minutes."
    assert findings_of(RULE, f"{FIRST} {MIDDLE} {other}\n\n{later}", WHEN) == []


# ---- number.measure: the same object measured twice in one unit ------------------------------------------

ENERGY = ("Ironbark Energy will build a 420-megawatt solar farm west of Dalby, the company said on Tuesday. "
          "Work starts in May and the farm should be running by 2027.")


@pytest.mark.parametrize("later", [
    "The 480MW solar farm will cover about 1,100 hectares of former grazing land.",
    "\n\nIts 480-megawatt solar farm will cover about 1,100 hectares of former grazing land.",
])
def test_one_object_measured_twice_in_one_unit_must_agree(later):
    found = findings_of("number.measure", f"{ENERGY} {later}", WHEN)
    assert [(f.severity, f.claims[0].text) for f in found] == [("warning", later.split()[1].strip())]


@pytest.mark.parametrize("later", [
    "The 420MW solar farm will cover about 1,100 hectares of former grazing land.",
    "The 480MW solar farm at Moree, approved last year, is the state's largest.",
    "A rival's 480MW solar farm was approved last year. The 480MW solar farm will be finished first.",
])
def test_an_agreeing_measure_or_another_farm_is_silent(later):
    assert findings_of("number.measure", f"{ENERGY} {later}", WHEN) == []


def test_a_farm_introduced_after_the_pair_does_not_make_it_a_guess():
    later = ("The 480MW solar farm will cover about 1,100 hectares. A rival is seeking approval for a 1GW wind "
             "farm to the north.")
    assert [f.claims[0].text for f in findings_of("number.measure", f"{ENERGY} {later}", WHEN)] == ["480MW"]

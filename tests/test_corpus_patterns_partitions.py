"""arithmetic.total: a count told place by place after the number of places names every place, so its
parts must add up to the whole of that count the article states elsewhere.

Pattern: "The death toll rose to at least 87 on Friday." … "The dead were all in four counties, 40 in
Avonley, 22 in Brisk, 15 in Corran and 6 in Dunmere." The parts (83) fit no toll stated for that time.
The list is a partition only when it names as many places as it counts and nothing makes it partial
("most of the dead"); the whole must be of the same counted metric, the same entity and the same time,
and any whole that fits silences the check.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

RULE = "arithmetic.total"
WHEN = "2025-02-14"  # a Friday
TOLL = "The death toll from the storm that flattened the coast of Marivel on Tuesday climbed to at least 87 on Friday."
PARTS = "The dead were all in four counties, 40 in Avonley, 22 in Brisk, 15 in Corran and 6 in Dunmere."


def _pairs(text: str) -> list[tuple[str, ...]]:
    return [tuple(claim.text for claim in found.claims) for found in findings_of(RULE, text, WHEN)]


@pytest.mark.parametrize("between", [" ", "\n\nRescue teams reached cut-off hamlets by boat. ",
                                     "\n\nThe agency said roads were still blocked.\n\n"])
def test_parts_of_an_announced_partition_that_miss_the_toll_are_reported(between):
    assert _pairs(TOLL + between + PARTS) == [("at least 87", "40", "22", "15", "6")]


def test_the_whole_may_follow_the_partition():
    text = f"{PARTS}\n\nBy Friday evening the death toll had climbed to 91, the agency said."
    assert _pairs(text) == [("91", "40", "22", "15", "6")]


@pytest.mark.parametrize(("whole", "parts", "expected"), [
    ("The storm killed 87 people across the coast, officials said on Friday.",
     "Deaths were recorded in three counties: 40 in Avonley, 22 in Brisk and 15 in Corran.",
     ("87 people", "40", "22", "15")),
    ("Officials said on Friday that the outbreak had reached 260 cases.",
     "Cases were confirmed in three districts: 120 in Holm, 80 in Tarrow and 45 in Ebbing.",
     ("260 cases", "120", "80", "45")),
    ("The crash killed nine people on Friday, police said.",
     "The victims came from three villages, 5 in Oska, 2 in Brenn and 1 in Tull.",
     ("nine people", "5", "2", "1")),
])
def test_other_counted_subjects_and_voices(whole, parts, expected):
    assert _pairs(f"{whole}\n\n{parts}") == [expected]


@pytest.mark.parametrize("parts", [
    "The dead were all in four counties, 40 in Avonley, 22 in Brisk, 15 in Corran and 10 in Dunmere.",  # 87
    "Most of the dead were in four counties, 40 in Avonley, 22 in Brisk, 15 in Corran and 6 in Dunmere.",
    "Many of the dead were in three counties: 40 in Avonley, 22 in Brisk and 15 in Corran.",
    "The dead were in five counties, 40 in Avonley, 22 in Brisk, 15 in Corran and 6 in Dunmere.",
    "Aid reached four counties, 40 trucks in Avonley, 22 in Brisk, 15 in Corran and 6 in Dunmere.",
])
def test_a_partition_that_fits_or_is_not_whole_or_counts_something_else_is_silent(parts):
    assert _pairs(f"{TOLL}\n\n{parts}") == []


def test_a_whole_of_another_time_is_not_the_partition_s_whole():
    text = f"The toll had stood at 61 on Thursday, 13 February.\n\n{PARTS}"
    assert _pairs(text) == []


def test_any_whole_that_fits_silences_the_check():
    text = f"{TOLL} Officials later said the death toll stood at 83.\n\n{PARTS}"
    assert _pairs(text) == []


def test_another_place_s_toll_is_not_the_whole():
    text = f"In neighbouring Belvar, the storm killed 12 people, officials there said.\n\n{PARTS}"
    assert _pairs(text) == []


def test_parts_with_their_whole_in_their_own_sentence_are_left_to_count_listed():
    text = "The flood killed 212 people in three provinces: 150 in Orvale, 44 in Tessin and 13 in Brack."
    assert _pairs(text) == []

"""``arithmetic.shares`` for one holder's shares on opposite sides of one question (polls, votes).

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest
from checking import findings_of

RULE = "arithmetic.shares"


@pytest.mark.parametrize("text", [
    "A poll by the Rask Institute found 66% of voters opposed the new bridge and 38% supported it.",
    "A poll by the Rask Institute found 66% of voters opposed the new bridge, while 38% backed it.",
    "Of the union's members, 57% of members voted against the offer and 45% voted for it.",
    "The Rask Institute said 70% of residents rejected the plan and 32% approved it, with the rest unsure.",
    # the second side is only a negation or a disagreement, however far into the sentence
    "In all, 58% of those asked said they trusted the new council leader, with 45% saying they did not.",
    "In total 62% of the people surveyed by the Rask Institute thought the mayor did well, while 41% disagreed.",
])
def test_opposite_sides_past_a_whole_are_caught(text):
    found = findings_of(RULE, text, "2026-04-10")
    assert [f.severity for f in found] == ["warning"], text


@pytest.mark.parametrize("text", [
    # the sides leave room for the undecided
    "A poll by the Rask Institute found 61% of voters opposed the new bridge and 38% supported it.",
    # exactly 100 as rounded: 65.5 + 34.5
    "A poll by the Rask Institute found 66% of voters opposed the new bridge and 35% supported it.",
    # one side twice, at two times
    "In May 52% of voters backed the bridge; in June 55% of voters backed it.",
    # two different questions, not sides of one
    "Some 35% of staff work from home and 80% of staff use laptops.",
    # a negation that leaves room
    "In all, 58% of those asked said they trusted the new council leader, with 37% replying they did not.",
    # a negation in another sentence answers nothing here
    "In all, 58% of those asked said they trusted the leader. Separately, 45% did not vote at all.",
])
def test_shares_that_can_all_hold_are_silent(text):
    assert findings_of(RULE, text, "2026-04-10") == [], text


def test_the_message_gives_the_sum_as_written_and_as_rounded():
    found = findings_of(RULE, "A poll found 66% of voters opposed the bridge and 38% supported it.", "2026-04-10")
    assert "104 % (at least 103 % as rounded)" in found[0].message


def test_shares_contrasted_with_against_are_parts_of_one_whole():
    text = ("At its home base, Corvel Air flew 46% of all travellers last year, according to port data, "
            "against 31% for the discount rival Skyjet and 28% for all the other carriers combined.")
    (found,) = findings_of(RULE, text, "2026-02-19")
    assert "105 %" in found.message and "passenger" in found.message


def test_shares_of_differently_described_wholes_are_not_one_figure():
    text = ("Blight was reported on about 7% of the maize acreage this season. Maize covers roughly half of the "
            "farmed acreage in Rask.")
    from test_metamorphic import rules_found

    assert rules_found(text, "2020-10-10") == set()

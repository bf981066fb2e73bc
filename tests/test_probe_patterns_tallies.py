"""arithmetic.capacity, arithmetic.shares and arithmetic.difference: tallies of a body sized by what it has,
stakes split among owners, and gaps in points between two percentages.

Pattern one: a body is sized by what it has ("the panel, which has nine members", "The trust board has
seven trustees"), not by an adjective, and its tally is written in words — "voted five to four, with one
abstention", "by six votes to three", "voted 5-4". The size was read only as "the nine-member panel";
the single abstention written as "one" was counted by no figure; the other side of "by six votes to
three" was no count; a score's second side was left out of the sum.

Pattern two: "Vessa Port is owned 51% by Halden Mining, 30% by the state and 22% by a Korean group": each
stake is followed by "by" and its holder, so the stakes split one thing and add up to 100 % at most.

Pattern three: "The rate for graduates was 4.2%, 1.1 percentage points lower than the 5.5% for
school-leavers": a gap in points between two percentages of one sentence.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

WHEN = "2025-06-20"


def _warned(rule: str, text: str) -> list[str]:
    return [f.severity for f in findings_of(rule, text, WHEN) if f.severity in ("warning", "error")]


# ---- pattern one: a body sized by what it has, and a tally in words ----------------------------------

@pytest.mark.parametrize("text", [
    "After a short debate, the panel, which has nine members, voted six to three, with one abstention.",
    "The licensing panel has nine members. It voted six to three in favour, with one abstention.",
    "The licensing panel has nine members.\n\nAfter an hour the panel backed the bid by six votes to four.",
    "Orrin's trust board, which has seven trustees, backed the sale by five votes to three.",
    "The board has seven directors. On Monday the board voted 5-3 to approve the merger.",
    "The 11-member committee backed the plan by seven votes to five.",
    "The 11-member committee voted 7-5 in favour of the plan.",
])
def test_a_tally_past_the_size_a_body_has_is_an_error(text):
    assert _warned("arithmetic.capacity", text) == ["error"], text


@pytest.mark.parametrize("text", [
    # the tally fits the body
    "After a short debate, the panel, which has nine members, voted five to three, with one abstention.",
    "The licensing panel has nine members. It voted six to two in favour, with one abstention.",
    "Orrin's trust board, which has seven trustees, backed the sale by four votes to three.",
    "The 11-member committee voted 6-5 in favour of the plan.",
    # a party has its seats on the council: that is no size of a body voting
    "The Greens now have 14 seats. The council backed the budget by 30 votes to 12.",
    # the tally is of voters, not of the body
    "The council, which has 40 members, put it to a referendum: voters backed it by 900 votes to 400.",
    # a margin is no part of the tally
    "The committee, which has nine members, passed it by a margin of seven votes.",
])
def test_tallies_that_fit_or_are_of_no_sized_body_are_silent(text):
    assert _warned("arithmetic.capacity", text) == [], text


# ---- pattern two: stakes split among owners ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Vessa Port is owned 51% by Halden Mining, 30% by the state and 22% by a Korean group.",
    "The Tarn field is jointly owned 60% by Rask Energy and 45% by Nordvik Oil.",
    "The smelter is owned 70% by Orrin Metals, 20% by a pension fund led by Brisk Capital and the "
    "remaining 15% by local investors.",
    "The airline is held 40% by the government, 35% by Kelso Holdings, with the remaining 30% held by staff.",
])
def test_stakes_split_among_owners_past_the_whole_warn(text):
    assert _warned("arithmetic.shares", text) == ["warning"], text


@pytest.mark.parametrize("text", [
    "Vessa Port is owned 51% by Halden Mining, 30% by the state and 19% by a Korean group.",
    "The Tarn field is jointly owned 60% by Rask Energy and 40% by Nordvik Oil.",
    # a stake held at two points is no split among owners
    "Rask held 60% by 2019 and 70% by 2023.",
    # figures after "by" that are no stakes
    "Sales rose 60% by March and 50% by June.",
])
def test_stakes_that_fit_or_are_no_split_are_silent(text):
    assert _warned("arithmetic.shares", text) == [], text


def test_the_split_names_what_is_owned():
    (found,) = findings_of("arithmetic.shares", "Vessa Port is owned 51% by Halden Mining, 30% by the state and "
                                                "22% by a Korean group.", WHEN)
    assert "Vessa Port" in found.message


# ---- pattern three: a gap in points to a percentage ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "The jobless rate for graduates was 4.2%, 1.1 percentage points lower than the 5.5% for school-leavers.",
    "Turnout in Rask was 61.4%, 3.2 percentage points higher than the 56.8% recorded in Halden.",
    "Halden's vacancy rate, at 8.1%, was 2.4 percentage points higher than the 5.9% in Rask, the office said.",
])
def test_a_gap_in_points_that_misses_its_two_percentages_is_an_error(text):
    assert _warned("arithmetic.difference", text) == ["error"], text


@pytest.mark.parametrize("text", [
    "The jobless rate for graduates was 4.2%, 1.3 percentage points lower than the 5.5% for school-leavers.",
    "Turnout in Rask was 61.4%, 4.6 percentage points higher than the 56.8% recorded in Halden.",
    # the figure now stands in another sentence: which one the gap is of is not read
    "In the north the rate was 8.1%. It was 2.4 percentage points higher than the 5.9% in the south.",
    # nothing stands after "than" to compare with
    "Its market share rose to 18%, three percentage points higher than a year earlier.",
    "Turnout was 41.2%, 2.5 percentage points lower than in 2019, when 43.7% voted.",
])
def test_gaps_in_points_that_fit_or_have_no_base_are_silent(text):
    assert _warned("arithmetic.difference", text) == [], text


# ---- pattern four: seats shared out to the last -------------------------------------------------------
# "the 45-seat assembly" … "The Progressives finished with 19 seats, up five. The Unionists dropped from 17
# to 12. The Greens held eight and independents took the remaining seven": "the remaining" says the figures
# of its paragraph are every seat, so they may not pass the body's size. The shares written in words ("held
# eight", "won four –") were no counts; the size adjective and a majority's threshold ("the 23 seats needed
# for a majority") were compared with a party's seats as if they were its own.

_SIZED = "Voters in Orrin elected a new {size}-seat assembly on Sunday, the electoral office said."
_SHARED = ("The Progressives finished with {first} seats, up five. The Unionists dropped from 17 to 12. "
           "The Greens held eight{join} independents took the remaining {rest}.")


@pytest.mark.parametrize(("size", "first", "join", "rest", "apart"), [
    (45, 19, " and", "seven", "\n\n"),
    (45, 19, ", while", "seven", " "),
    (50, 24, " and", "seven", "\n\n"),
    (45, 21, " and", "five", "\n\nTurnout was low. "),
])
def test_seats_shared_out_past_the_size_of_the_body_are_an_error(size, first, join, rest, apart):
    text = _SIZED.format(size=size) + apart + _SHARED.format(first=first, join=join, rest=rest)
    assert _warned("arithmetic.capacity", text) == ["error"], text


@pytest.mark.parametrize(("size", "first", "rest"), [
    (45, 18, "seven"),  # 18 + 12 + 8 + 7 = 45
    (45, 17, "seven"),  # fewer: some seats may be undeclared
    (46, 19, "seven"),
])
def test_seats_shared_out_within_the_body_are_silent(size, first, rest):
    text = _SIZED.format(size=size) + "\n\n" + _SHARED.format(first=first, join=" and", rest=rest)
    assert _warned("arithmetic.capacity", text) == [], text


def test_seats_without_the_remaining_are_no_full_share_out():
    text = (_SIZED.format(size=45) + "\n\nThe Progressives finished with 19 seats, up five. The Unionists dropped "
            "from 17 to 12. The Greens held eight and independents took seven more.")
    assert _warned("arithmetic.capacity", text) == []


def test_the_size_of_a_body_and_a_majority_threshold_are_no_party_seats():
    text = ("The Progressives are the largest party on the 45-seat Orrin assembly, three short of the 23 seats "
            "needed for a majority.\n\nThe Progressives finished with 20 seats, up five. The Unionists dropped "
            "from 17 to 12. The Greens held eight and independents took the remaining five.")
    assert _warned("number.mismatch", text) == [] and _warned("arithmetic.capacity", text) == []


def test_two_sizes_of_one_body_still_disagree():
    text = "The 45-seat Orrin assembly met on Monday.\n\nOn Friday the 54-seat Orrin assembly passed the budget."
    assert findings_of("number.digit-slip", text, WHEN) or findings_of("number.mismatch", text, WHEN)


# ---- pattern five: a group told member by member -------------------------------------------------------
# "All 16 crew members were safe. The crew comprised nine sailors from Accra, four from Peru, two from Chile
# and the ship's Latvian master": the members after "comprised" are all of the group, the last one written
# without a figure. The items by origin written in words ("four from Peru") were no counts.

@pytest.mark.parametrize("text", [
    "All 17 crew members were safe. The crew comprised nine sailors from Accra, four from Peru, two from "
    "Chile and the ship's Latvian master.",
    "The trawler's crew of 15 was rescued.\n\nHer crew comprised nine sailors from Accra, four from Peru and "
    "three from Chile.",
    "The delegation of 12 comprised seven ministers, three aides and a doctor from Rask.",
    "The 30 passengers included 19 Britons and 12 Germans.",
    "All 16 crew members were safe. The crew comprised nine sailors from Accra and four from Peru.",
])
def test_members_that_miss_the_size_of_their_group_are_an_error(text):
    assert _warned("arithmetic.total", text) == ["error"], text


@pytest.mark.parametrize("text", [
    "All 16 crew members were safe. The crew comprised nine sailors from Accra, four from Peru, two from "
    "Chile and the ship's Latvian master.",
    "The trawler's crew of 16 was rescued.\n\nHer crew comprised nine sailors from Accra, four from Peru and "
    "three from Chile.",
    # the last item names many: how many is not said
    "All 16 crew members were safe. The crew comprised nine sailors from Accra, four from Peru and the rest "
    "from Chile.",
    # more may follow the list
    "All 16 crew members were safe. The crew comprised nine sailors from Accra, four from Peru and others.",
    # "included" lists some members only
    "The 30 passengers included 19 Britons and 8 Germans.",
    # another group's members
    "All 16 crew members were safe. The cargo comprised 9,000 tonnes of ore and 4,000 tonnes of coal.",
])
def test_members_that_fit_their_group_or_are_not_all_told_are_silent(text):
    assert _warned("arithmetic.total", text) == [], text

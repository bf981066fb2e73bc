"""The list reader (verify.extract.lists): the items a count's list names."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from verify.extract.lists import read_list


@pytest.mark.parametrize(("text", "items", "size"), [
    ("Lisbon, Porto, Faro and Madeira.", ("Lisbon", "Porto", "Faro", "Madeira"), 4),
    ("Lisbon, Porto, and Faro, the airline said.", ("Lisbon", "Porto", "Faro"), 3),
    ("the north; the south, east and west; and the coast.", ("the north", "the south, east and west", "the coast"), 3),
    ("car theft, shoplifting and fraud (all up).", ("car theft", "shoplifting", "fraud"), 3),
    ("two men, a woman and two teenagers.", ("two men", "a woman", "two teenagers"), 5),
    ("three medics, five drivers and, oddly, a cook.", ("three medics", "five drivers", "a cook"), 9),
])
def test_items_and_size(text, items, size):
    found = read_list(text, 0)
    assert found is not None and found.items == items and found.size == size


@pytest.mark.parametrize("text", [
    "Lisbon.",  # one item
    "Lisbon, Porto, Faro.",  # no "and": not a closed list
    "prices rose because demand grew and supply fell.",  # a clause, not items
    "the north, which grew, and the south.",  # an item with a clause in it
    "consumer, industrial and medical, and a services arm.",  # which "and" closes the list is unclear
    "the plan that the board approved last week after a very long debate and a vote.",  # items too long
])
def test_what_is_no_list(text):
    assert read_list(text, 0) is None


def test_partial_list_drops_the_preposition_of_each_item():
    found = read_list("in Ohio, in Texas and in Utah.", 0, partial=True)
    assert found is not None and found.items == ("Ohio", "Texas", "Utah") and found.partial


def test_bare_plurals_make_the_size_unknown():
    assert read_list("pensioners and children.", 0).uncounted
    assert not read_list("Oslo and Trondheim.", 0).uncounted


_NAMES = st.from_regex(r"[A-Z][a-z]{2,8}", fullmatch=True).filter(lambda w: w.lower() not in {"and", "but", "with"})


_TAILS = st.sampled_from([".", ", the firm said.", " (so far)."])


@given(st.lists(_NAMES, min_size=2, max_size=12), st.booleans(), _TAILS)
def test_any_list_of_names_is_read_whole(names, oxford, tail):
    head = ", ".join(names[:-1])
    text = f"{head}{',' if oxford and len(names) > 2 else ''} and {names[-1]}{tail}"
    found = read_list(text, 0)
    assert found is not None and found.items == tuple(names) and found.size == len(names)
    assert text[found.end:] == tail


@pytest.mark.parametrize(("text", "found"), [
    ("A team of eleven – three medics, five drivers and, oddly, a cook – reached the camp.", True),
    ("A team of nine – three medics, five drivers and, oddly, a cook – reached the camp.", False),
    ("The club named a squad of 23 – 12 forwards and nine backs – for the tour.", True),
    ("The club named a squad of 21 – 12 forwards and nine backs – for the tour.", False),
    # a long count is not enumerated item by item: a list of names says nothing of it
    ("The club has 23 players, including Sola, Marot and Hrubec.", False),
])
def test_a_count_against_the_groups_listed_after_it(text, found):
    from checking import findings_of

    assert bool(findings_of("count.listed", text, "2026-04-10")) is found, text


def test_a_capitalised_stop_word_is_part_of_a_name():
    assert read_list("Blur, Oasis and The Who.", 0).items == ("Blur", "Oasis", "The Who")
    assert read_list("Oslo and Bergen, which is wet.", 0).items == ("Oslo", "Bergen")

"""attribution.title / attribution.holder: an owner's office set before a name by a comma ("Kelso's
finance chief, Ana Ruiz, said") gives that person the office, as "Kelso's finance chief Ana Ruiz" does.

The name must be set off by commas on both sides and the office must have its owner ("Kelso's", "the
company's"): "Asked about the chief executive, Ana Ruiz said nothing" gives Ruiz no office.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of
from verify.refs.coref import build_references
from verify.refs.roles import find_roles


def _roles(text: str) -> list[tuple[str, str, str | None]]:
    return [(r.person.name, r.office, r.organisation) for r in find_roles(text, build_references(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("Kelso's finance chief, Ana Ruiz, said costs would fall.", [("Ana Ruiz", "chief financial officer", "Kelso")]),
    # a description names no organisation of its own: "the company" is whichever the text is about
    ("The company's chief executive, Ana Ruiz, said costs would fall.", [("Ana Ruiz", "chief executive", None)]),
    ("Orvane Bank's acting chair, Ana Ruiz, declined to comment.", [("Ana Ruiz", "chair", "Orvane Bank")]),
])
def test_an_owner_s_office_before_a_name_set_off_by_commas(text, expected):
    assert _roles(text) == expected


@pytest.mark.parametrize("text", [
    "Asked about the chief executive, Ana Ruiz said nothing.",
    "After meeting the chair, Ana Ruiz left early.",
    "Kelso's finance chief, Ana Ruiz and Tom Bell all spoke.",
])
def test_no_owner_or_no_closing_comma_gives_no_office(text):
    assert _roles(text) == []


@pytest.mark.parametrize("later", ["Kelso's technology chief, Ana Ruiz, said hiring would double.",
                                   "\n\nThe start-up's chief technology officer, Ana Ruiz, said hiring would double."])
def test_two_titles_for_one_person_are_reported(later):
    text = f"\"We sell clarity,\" co-founder and chief executive Ana Ruiz said. Ruiz started Kelso in 2021. {later}"
    found = findings_of("attribution.title", text, "2025-09-09")
    assert [f.severity for f in found] == ["warning"]


def test_the_same_title_twice_is_silent():
    text = ("Chief executive Ana Ruiz said costs would fall. Kelso's chief executive, Ana Ruiz, said hiring "
            "would double.")
    assert findings_of("attribution.title", text, "2025-09-09") == []

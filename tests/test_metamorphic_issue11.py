"""Metamorphic tests of the counting rules (count.listed, ordinal.occurrence, arithmetic.capacity,
headline.figure): the same contradiction with its other side written another way — a pronoun, a
description, a short name, a title, in another paragraph — is still found; the same consistent
text stays silent, and so does a contrast with a second entity of the same kind.

The shape is :mod:`test_metamorphic`'s (its ``Case``, forms and renderings); every sentence is invented.
"""

from __future__ import annotations

import pytest
from test_metamorphic import FORMS, ORG, PLACES, Case, render, rules_found

CASES = [
    Case("count.listed", "2026-04-10",
         "Nordvik Energy will open three new plants this year.",
         "{P} new plants will be in Ohio, Texas, Utah and Iowa.",
         "{P} new plants will be in Ohio, Texas and Utah.", ORG,
         "Nordvik Energy will open three new plants this year. Halden Power's new plants will be in Ohio, Texas, "
         "Utah and Iowa."),
    Case("arithmetic.capacity", "2026-04-10",
         "Nordvik Energy has a 12-member board.",
         "{P} board backed the merger by 9 votes to 4.",
         "{P} board backed the merger by 8 votes to 4.", ORG,
         "Nordvik Energy has a 12-member board. Halden Power's board backed the merger by 9 votes to 4."),
]


def _variants():
    for case in CASES:
        for form in FORMS:
            for place in PLACES:
                yield case, form, place


def _id(variant) -> str:
    case, form, place = variant
    return f"{case.rule}-{form}-{place}"


@pytest.mark.parametrize("variant", list(_variants()), ids=_id)
def test_wrong_renderings_are_caught(variant):
    case, form, place = variant
    text = render(case, case.wrong, form, place)
    assert case.rule in rules_found(text, case.published), text


@pytest.mark.parametrize("variant", list(_variants()), ids=_id)
def test_right_renderings_are_silent(variant):
    case, form, place = variant
    text = render(case, case.right, form, place)
    assert rules_found(text, case.published) == set(), text


CONSISTENT = [
    # a count whose items each stand for a number
    "Police questioned five passengers: two men, a woman and two teenagers.",
    # a hedged count is not compared with its list
    "About four airports, including Cork, Shannon, Kerry, Knock and Sligo, were closed.",
    # a list after "in" may name fewer places than things counted
    "The carrier has three new hangars in Cork and Shannon, the airline said.",
    # groups of people listed by kind: how many each is, nobody says
    "The fire injured four people: firefighters and residents.",
    # a tally of voters is not bounded by the chamber that will debate it
    "The 101-seat parliament must now act. Voters backed the plan by 1.2 million votes to 800,000.",
    # a margin is not a part of the tally
    "The 21-member council backed the plan by 12 votes to 9, a margin of three votes.",
    # a subgroup inside its group
    "Nine of the 14 regions voted; of its 120 staff, 30 were retrained.",
]


@pytest.mark.parametrize("text", [c.contrast for c in CASES if c.contrast] + CONSISTENT)
def test_contrasts_and_consistent_texts_stay_silent(text):
    """A second entity of the same kind is never confused with the first; consistent counts stay silent."""
    assert rules_found(text, "2026-04-10") == set(), text

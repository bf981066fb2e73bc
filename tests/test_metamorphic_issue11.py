"""Metamorphic tests of the counting rules (count.listed, ordinal.occurrence, arithmetic.capacity,
headline.figure): the same contradiction with its other side written another way — a pronoun, a
description, a short name, a title, in another paragraph — is still found; the same consistent
text stays silent, and so does a contrast with a second entity of the same kind.

The shape is :mod:`test_metamorphic`'s (its ``Case``, forms and renderings); every sentence is invented.
"""

from __future__ import annotations

import pytest
from test_metamorphic import FORMS, ORG, PERSON, PLACES, Case, render, rules_found

CASES = [
    Case("count.listed", "2026-04-10",
         "Nordvik Energy will open three new plants this year.",
         "{P} new plants will be in Ohio, Texas, Utah and Iowa.",
         "{P} new plants will be in Ohio, Texas and Utah.", ORG,
         "Nordvik Energy will open three new plants this year. Halden Power's new plants will be in Ohio, Texas, "
         "Utah and Iowa."),
    Case("ordinal.occurrence", "2026-04-10",
         "Lena Duarte won her fourth national title on Sunday.",
         "{S} had won it twice before.",
         "{S} had won it three times before.", PERSON,
         "Lena Duarte won her fourth national title on Sunday. Mia Holt, the Norwegian runner, had won it twice "
         "before."),
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


# headline.figure: the headline (named in full, or with its entity left out) over a body that names the entity,
# then gives the figure referring to it another way, in the lead, after another sentence or a paragraph later.
HEADLINES = ("Nordvik Energy raises $40m for wind farms", "Wind-farm developer raises $40m")
INTRO = "Nordvik Energy builds wind farms along the Norwegian coast."
HEADLINE_WRONG = "{S} raised $35 million from investors on Monday."
HEADLINE_RIGHT = "{S} raised $40 million from investors on Monday."


def render_headline(headline: str, template: str, form: str, place: str) -> str:
    subject, _ = getattr(ORG, form)
    second = template.replace("{S}", subject)
    second = second[:1].upper() + second[1:]
    joiner = {"next sentence": " ", "another paragraph": "\n\n", "after another sentence": " The weather was mild. "}
    return f"{headline}\n\n{INTRO}{joiner[place]}{second}"


def _headline_variants():
    for headline in HEADLINES:
        for form in FORMS:
            for place in PLACES:
                yield headline, form, place


@pytest.mark.parametrize("variant", list(_headline_variants()), ids=lambda v: "-".join(v))
def test_headline_figures_against_the_body_however_it_refers(variant):
    wrong = render_headline(*(variant[0], HEADLINE_WRONG, *variant[1:]))
    right = render_headline(*(variant[0], HEADLINE_RIGHT, *variant[1:]))
    assert "headline.figure" in rules_found(wrong, "2026-04-10"), wrong
    assert rules_found(right, "2026-04-10") == set(), right


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
    "Seven of the 11 districts voted; of its 120 staff, 30 were retrained.",
    # a count of wins of something else than the ordinal counts
    "Lena Duarte won her fourth world title on Sunday. She had won the European title twice before.",
    # earlier wins of another medal, and earlier wins of another person
    "It was her second Olympic gold. Lena Duarte had won silver twice before.",
    "It was Marta Ruiz's second Atlantic title. Mia Holt first won in Bergen in 2014, retained it in Trondheim the "
    "following year and won again in 2017.",
    # two counts since different years
    "Vasa City won the league for the first time since 2018. It took the cup for the second time since 2021.",
    # the first win since a year is not the first win
    "Lena Duarte won the title for the first time since 2016. She had won it once before, in 2016.",
    # "the first time" that counts no win
    "Lena Duarte won her second title. It was the first time she had raced in Oslo since 2019.",
    # a headline figure of another company than the body's
    "Halden Power raises $40m for wind farms\n\nNordvik Energy, a rival, raised $35 million from investors.",
    # a headline figure the body also gives, after another figure of the frame
    "Nordvik Energy raises $40m\n\nNordvik Energy raised $35 million in 2024 and raised $40 million on Monday.",
]


@pytest.mark.parametrize("text", [c.contrast for c in CASES if c.contrast] + CONSISTENT)
def test_contrasts_and_consistent_texts_stay_silent(text):
    """A second entity of the same kind is never confused with the first; consistent counts stay silent."""
    assert rules_found(text, "2026-04-10") == set(), text

"""A new paragraph that names someone is about them: its "he" is rarely the last paragraph's man.

Pattern: one paragraph dwells on a rider named many times ("Dubois … he … he … that rider"); the
next opens with another ("And Brenner, 26, earned a mention of his own") and goes on with "his".
Counted mentions favour the first rider, but the paragraph's own subject is the referent. When the
new paragraph names no one compatible, a pronoun still reaches back to the paragraph before.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from verify.refs.coref import build_references

FIRST = ("Julien Morel had the ride of a lifetime. Morel dropped a minute against the clock, and nobody can "
         "yet say he will win a grand tour. Still, he matched the strongest climbers, and he did so alone.")


def _referent(text: str, pronoun: str, after: str) -> tuple[str | None, float]:
    refs = build_references(text)
    start = text.index(after)
    mention = next(m for m in refs.mentions if m.start > start and m.text == pronoun)
    found = refs.link(mention)
    return (found[0].name, found[1].strength) if found else (None, 0.0)


@pytest.mark.parametrize("opening", ["And Tomas Brenner, 26, earned a mention of his own.",
                                     "Tomas Brenner earned a mention of his own.",
                                     "Then there is Tomas Brenner."])
def test_his_in_a_paragraph_that_opens_with_another_man_is_that_man(opening):
    text = f"{FIRST}\n\n{opening} A podium finish in just his second year with the team is rare."
    name, strength = _referent(text, "his", opening)
    assert name == "Tomas Brenner"
    assert strength >= 0.5  # a link, if only a close one: the count of mentions still favours the first man


def test_a_paragraph_that_names_no_one_keeps_the_last_paragraphs_man():
    text = f"{FIRST}\n\nThe climb was steep. A podium finish in just his second year with the team is rare."
    assert _referent(text, "his", "The climb")[0] == "Julien Morel"


def test_a_woman_named_in_the_new_paragraph_leaves_his_to_the_man_before():
    text = (f"{FIRST}\n\nAna Reyes watched from the car. A podium finish in just his second year with the team "
            "is rare, she said.")
    assert _referent(text, "his", "Ana Reyes")[0] == "Julien Morel"


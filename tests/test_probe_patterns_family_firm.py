"""date.same-event for a defendant who runs a firm bearing her name, and "his" in a reported clause.

Pattern: a court report names the defendant ("Ann Voss, 61,"), then her firm, named after the family
("Voss, who ran Voss Joinery, …"), then dates her arrest twice: "Voss was arrested on 3 March 2024" and,
in the mitigation paragraph, "Her barrister said Voss had not worked since her arrest in June 2024".
Two things lost it. Every bare "Voss" after the firm was named went to the firm (the most recently named
entity whose name begins with the word), so the arrest became the firm's and the firm a person. A bare
word once read as a person's surname now stays hers. And a possessive pronoun in a reported clause
("Ross said Kell had lost his job") was shared between the speaker, the sentence's subject, and the
person named right before it; the nearest one now weighs as much as the subject, for the pronouns that
are always possessive ("his", "its", "their"; "her" may be an object, never its own clause's subject).

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of
from verify.refs.coref import build_references
from verify.refs.model import Kind

WHEN = "2025-06-20"

_OPEN = ("Ann Voss, 61, of Marsh Lane, Hebden, stole from 14 clients over three years, Leeds Crown Court heard. "
         "Voss, who ran Voss Joinery, a firm founded by her mother in 1972, admitted eight counts of fraud.\n\n"
         "The court heard that Voss was arrested at her workshop on 3 March 2024. "
         "Officers found ledgers in her van.\n\n")


@pytest.mark.parametrize("mitigation", [
    "Mark Dent, defending, said his client was sorry. He said Voss had not worked since her arrest in June 2024.",
    "Mark Dent, defending, said Voss had not worked since her arrest in June 2024.",
    "Voss has not worked since her arrest in June 2024, the court heard.",
])
def test_the_defendants_arrest_dated_twice_is_found(mitigation):
    found = findings_of("date.same-event", _OPEN + mitigation, WHEN)
    assert [f.severity for f in found] == ["warning"]


@pytest.mark.parametrize("mitigation", [
    "Mark Dent, defending, said his client was sorry. He said Voss had not worked since her arrest in March 2024.",
    "Mark Dent, defending, said Voss had not worked since her arrest in 2024.",
])
def test_the_same_arrest_dated_alike_is_silent(mitigation):
    assert findings_of("date.same-event", _OPEN + mitigation, WHEN) == []


def test_a_surname_stays_the_persons_after_a_firm_bearing_it_is_named():
    refs = build_references(_OPEN)
    linked = [e.name for m, e, _ in refs.resolved() if m.text == "Voss"]
    assert linked == ["Ann Voss", "Ann Voss"]
    assert refs.entity_named("Voss Joinery").kind == Kind.ORGANISATION


def test_a_firm_first_named_by_its_first_word_is_still_the_firm():
    text = "Voss Joinery fitted 40 kitchens last year. Voss said orders had doubled."
    refs = build_references(text)
    assert [e.name for m, e, _ in refs.resolved() if m.text == "Voss"] == ["Voss Joinery"]


@pytest.mark.parametrize("sentence, person", [
    ("He said Kell had lost his job.", "Tom Kell"),
    ("He said Dent had lost his job.", "Mark Dent"),
    ("Mark Dent said his client Tom Kell was sorry.", "Mark Dent"),
])
def test_a_possessive_in_a_reported_clause_means_the_nearest_person(sentence, person):
    refs = build_references("Tom Kell and Mark Dent met in May. " + sentence)
    assert [e.name for m, e, _ in refs.resolved() if m.text == "his"] == [person]


@pytest.mark.parametrize("sentence, speaker", [
    ("Mark Dent said Tom Kell had lost his job.", "Mark Dent"),
    ("Tom Kell said Mark Dent had lost his job.", "Tom Kell"),
])
def test_a_named_speaker_no_longer_outweighs_the_person_named_after_him(sentence, speaker):
    refs = build_references("Tom Kell and Mark Dent met in May. " + sentence)
    assert speaker not in [e.name for m, e, _ in refs.resolved() if m.text == "his"]

"""age.conflict, age.span and age.founding: who "the 20-year-old" is, and whose birth "Born … in 1931" is.

Pattern: a councillor is introduced with her age ("Nadia Fenn, 22,") and the next sentence or paragraph
calls her "the 23-year-old". Two things lost her: a ward named "the Kings Green ward" was taken for a
person, so every later "Green" (the party: "Green councillors") became that person's surname and the most
salient name in reach; and a person's description reached back past its bound to the article's main
entity of no clear kind. A name written between "the" and a part of a place ("the Kings Green ward",
"the Oak Lane estate") names a place, and an age description favours the person just given an age near
it (within two years), never one given an age far from it.

Pattern two, in obituaries: "has died aged 88" and then "Born in May 1931, the eldest of four children of a
miner, she left school at 15" — or "Born Adelaide Mary Voss in May 1931, …": the birth is the subject's
after the opening phrase, past an apposition that describes her, and a birth name is that subject under
another name, never a person a later pronoun may mean.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of
from verify.refs.coref import build_references
from verify.refs.model import Kind

WHEN = "2025-05-09"

_WARD = ("The Progressives finished with 21 seats on the Hallam Borough Council. Tom Hadley lost the "
         "{place} {part} to Rosa Kemp by 412 votes. {party} group leader Ian Dray said his party would wait. "
         "Among the new {party} councillors is {intro} a nursing student who won Eastgate.")


def _ward(intro: str, after: str, place: str = "Kings Green", part: str = "ward", party: str = "Green") -> str:
    return _WARD.format(place=place, part=part, party=party, intro=intro) + after


def _linked(text: str, mention: str) -> str | None:
    refs = build_references(text)
    return next((e.name for m, e, _ in refs.resolved() if m.text == mention), None)


@pytest.mark.parametrize("part", ["ward", "division", "estate", "constituency"])
def test_a_name_between_the_and_a_part_of_a_place_is_a_place(part):
    refs = build_references(_ward("Nadia Fenn, 22,", "", part=part))
    assert refs.entity_named("Kings Green").kind == Kind.PLACE
    assert _linked(_ward("Nadia Fenn, 22,", "", part=part), "Green") != "Kings Green"


@pytest.mark.parametrize("after", [
    " The 23-year-old said she had knocked on doors since March.",
    "\n\nThe 23-year-old said she had knocked on doors since March.",
    "\n\nThe 21-year-old, who starts in June, said she would sit on the transport committee.",
])
def test_an_age_description_after_a_person_given_a_near_age_means_her(after):
    text = _ward("Nadia Fenn, 22,", after)
    found = findings_of("age.conflict", text, WHEN)
    assert [(f.severity, f.claims[0].text) for f in found] in (
        [("warning", "23-year-old")], [("warning", "21-year-old")])


@pytest.mark.parametrize(("place", "party"), [("Kings Green", "Green"), ("Oak Lane", "Labour")])
def test_the_same_age_twice_is_silent(place, party):
    text = _ward("Nadia Fenn, 22,", "\n\nThe 22-year-old said she had knocked on doors since March.",
                 place=place, party=party)
    assert findings_of("age.conflict", text, WHEN) == []


def test_an_age_far_from_the_one_given_is_someone_else():
    text = _ward("Nadia Fenn, 22,", " The 58-year-old said she had knocked on doors since March.")
    assert [f for f in findings_of("age.conflict", text, WHEN) if f.severity != "info"] == []


def test_a_span_in_the_quote_of_a_young_speaker_is_not_her_history():
    text = _ward("Nadia Fenn, 22,", "\n\nThe 22-year-old said she had knocked on doors since March. "
                 '"People told me I was too young," she said. "I told them the people who had been doing it '
                 'for 35 years had not fixed the buses either."')
    assert [f for f in findings_of("age.span", text, WHEN) if f.severity != "info"] == []


def test_a_persons_description_does_not_reach_back_to_an_entity_of_no_clear_kind():
    text = ("The Lib Dems won 27 seats. The Lib Dems took Eastgate. The Lib Dems gained Marlow. "
            "Turnout fell. Rain fell. Counts ran late. Clerks left. Bells rang. Roads shut. Lights dimmed. "
            "Doors shut. Cars left. Night fell. "
            "The 23-year-old said she was tired.")
    assert _linked(text, "The 23-year-old") is None


_DIED = "Edith Marr, who ran the Corner Mill tea room in Hexley for 40 years, has died aged {age}. "


@pytest.mark.parametrize("born", [
    "Born in May 1931, the eldest of four children of a miner and a seamstress, she left school at 15.",
    "Born Edith Rose Calder in May 1931, the eldest of four children, she left school at 15.",
    "Born Edith Rose Calder in May 1931, she left school at 15 to work in a mill.",
    "She grew up in Leyburn.\n\nBorn in May 1931, the daughter of a miner, Marr left school at 15.",
])
def test_a_death_age_against_a_birth_told_after_an_opening_phrase(born):
    found = findings_of("age.founding", _DIED.format(age=88) + born, WHEN)
    assert [(f.severity, f.claims[0].text) for f in found] in ([("warning", "aged 88")], [("warning", "May 1931")])


@pytest.mark.parametrize("born", [
    "Born in May 1931, the eldest of four children of a miner and a seamstress, she left school at 15.",
    "Born Edith Rose Calder in May 1931, the eldest of four children, she left school at 15.",
])
def test_a_death_age_that_fits_the_birth_is_silent(born):
    assert findings_of("age.founding", _DIED.format(age=94) + born, WHEN) == []


def test_a_birth_name_is_the_subject_under_another_name():
    text = _DIED.format(age=94) + "Born Edith Rose Calder in May 1931, she left school at 15."
    assert _linked(text, "Edith Rose Calder") == "Edith Marr"
    assert _linked(text, "she") == "Edith Marr"


def test_an_opening_description_that_is_the_subject_is_not_passed_over():
    text = ("Halvard Ferries was founded in 1988 and runs six boats. "
            "Founded in 2019, the company, which makes drones, is two years old.")
    assert [f.severity for f in findings_of("age.founding", text, WHEN)] == ["warning"]

"""Ages and offices in profiles and obituaries, with the other side in another paragraph.

- "Dame Hilda Marsh, the cellist who founded the Orran Quartet, has died aged 84": the age after ", has
  died" is the sentence subject's, not the name's just before it (no apposition after a predicate).
- "she" prefers the person known to be a she (by her name, title or earlier pronouns) over a person whose
  gender the text never gave, so "the 86-year-old" later is still the one who died.
- Ensembles are organisations by the last word of their names ("Sinfonia", "Quartet", "Choir").
- "the 58-year-old institution" describes the university (an institution fits any organisation).
- A chief financial officer later called the chief operating officer is given two offices.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of
from verify.refs.coref import build_references
from verify.refs.model import Kind

WHEN = "2026-04-10"
DEATH = "Dame Hilda Marsh, the cellist who founded the Orran Quartet, has died aged 84."


def _severities(rule: str, text: str) -> list[str]:
    return [f.severity for f in findings_of(rule, text, WHEN)]


@pytest.mark.parametrize("later", [
    "Until a fall in January, the 86-year-old had attended almost every concert.",
    "Marsh, 86, had attended almost every concert until January.",
    "The 86-year-old Marsh had attended almost every concert until January.",
])
def test_an_age_at_death_against_another_age_now_is_a_conflict(later):
    text = f"{DEATH}\n\nShe founded the quartet in 1975 with three friends.\n\n{later}"
    assert "warning" in _severities("age.conflict", text) or "error" in _severities("age.conflict", text)


def test_the_same_age_twice_is_silent():
    text = (f"{DEATH}\n\nShe founded the quartet in 1975.\n\n"
            "Until a fall in January, the 84-year-old had attended every concert.")
    assert _severities("age.conflict", text) == []


def test_the_age_after_a_predicate_is_the_subjects_not_the_name_before_it():
    text = f"{DEATH} The Orran Quartet was founded in 1975."
    assert _severities("age.founding", text) == []


def test_she_prefers_the_person_known_to_be_a_she():
    text = ("Dame Hilda Marsh led the quartet for 30 years. She handed over to her assistant, Tomasz Wilk, in 2005. "
            "She continued to teach until last year.")
    refs = build_references(text, [(0, 59), (60, 110), (111, len(text))])
    marsh = next(e for e in refs.entities if e.name.endswith("Marsh"))
    assert [m.text for m in marsh.mentions if m.text in ("She", "she")] == ["She", "She"]


@pytest.mark.parametrize("name", ["the Northfold Sinfonia", "the Orran Quartet", "the Kessa Choir"])
def test_ensembles_are_organisations(name):
    text = f"Dame Hilda Marsh founded {name} in 1975."
    refs = build_references(text, [(0, len(text))])
    assert next(e for e in refs.entities if e.name in name).kind == Kind.ORGANISATION


@pytest.mark.parametrize("later", [
    "The discovery was a milestone for the 62-year-old institution.",
    "Professor Ana Ruiz said the find was a milestone for the 62-year-old institution.",
])
def test_an_institutions_age_is_its_founders_date(later):
    text = f"A team from Yarrabin University found the frog. The university was founded in 1968.\n\n{later}"
    assert "warning" in _severities("age.founding", text)


def test_a_chief_financial_officer_later_called_chief_operating_officer():
    text = ("Graham Pell, the chief financial officer, said Marren would spend £65m this year.\n\n"
            "The results beat forecasts.\n\n"
            "Pell, the group's chief operating officer, told analysts inflation had slowed.")
    assert _severities("attribution.title", text) != []


@pytest.mark.parametrize(("name", "gender"), [("Anne-Marie", "f"), ("Mary-Kate", "f"), ("Jean-Paul", None)])
def test_a_hyphenated_given_name_has_the_gender_its_parts_share(name, gender):
    from verify.refs.kinds import given_names

    assert name in given_names() and given_names().get(name) == gender


def test_she_is_the_judge_with_a_hyphenated_name():
    text = ("Judge Anne-Marie Fitzroy jailed Dale Corrin on Thursday. Judge Fitzroy told Corrin, who stood with "
            "his head bowed, that she had read every letter.")
    refs = build_references(text, [(0, 56), (57, len(text))])
    judge = next(e for e in refs.entities if e.name.endswith("Fitzroy"))
    assert "she" in [m.text for m in judge.mentions]

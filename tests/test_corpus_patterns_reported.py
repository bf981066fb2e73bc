"""A description reported by someone ("Ward says the 26-year-old must rest") never means the reporter.

Pattern: a person is named, then a second person (a coach, a doctor, an analyst) *reports* something
about them using an age description: "Coach Tomas Ward says the 26-year-old must rest". The
reporter is the nearest and most salient person, but a speaker never refers to themself as "the
26-year-old" in the clause they report, so the description means someone else. The link must then
be strong enough for the age rule to report two different ages at warning level.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

BEFORE = ("Nadia Ferrante missed the spring season with a knee injury. The question now is whether she can "
          "defend her title after two races she could not finish.")
REPORTERS = [
    "Her coach Tomas Ward says the {age}-year-old must rest before the final.",
    "Team doctor Tomas Ward believes the {age}-year-old must rest before the final.",
    "Tomas Ward, who has coached her for years, said the {age}-year-old must rest.",
]
LATER = [
    " Her training partner Ilse Brook revealed the {age}-year-old is already back on the track.",
    "\n\nWeeks later, her training partner Ilse Brook revealed the {age}-year-old is already back on the track.",
]


@pytest.mark.parametrize("reporter", REPORTERS)
@pytest.mark.parametrize("later", LATER)
def test_two_ages_reported_by_two_other_people_conflict(reporter, later):
    text = f"{BEFORE} {reporter.format(age=29)}{later.format(age=30)}"
    found = findings_of("age.conflict", text, "2026-05-04")
    assert [f.severity for f in found] == ["warning"], text


@pytest.mark.parametrize("reporter", REPORTERS)
@pytest.mark.parametrize("later", LATER)
def test_the_same_age_reported_twice_is_silent(reporter, later):
    text = f"{BEFORE} {reporter.format(age=29)}{later.format(age=29)}"
    assert findings_of("age.conflict", text, "2026-05-04") == []


def test_the_reporter_is_still_linked_when_named_with_their_own_age():
    """The reporter's own age ("Ward, 54,") is his, not the runner's: no conflict with hers."""
    text = (f"{BEFORE} Her coach Tomas Ward, 54, says the 29-year-old must rest before the final. "
            "Ward, 54, has trained three champions.")
    assert [f for f in findings_of("age.conflict", text, "2026-05-04") if f.severity != "info"] == []


def test_a_description_the_reporter_applies_to_another_runner_is_not_the_first():
    """Two runners in reach: the description stays unresolved or weak, never a warning."""
    text = ("Nadia Ferrante and Greta Olsen both missed the spring season. Coach Tomas Ward says the "
            "29-year-old must rest. Later Ilse Brook said the 30-year-old is back on the track.")
    assert [f for f in findings_of("age.conflict", text, "2026-05-04") if f.severity != "info"] == []


def test_a_pronoun_right_at_the_speech_verb_is_the_reporter():
    """ "She says the 29-year-old …" after a coach is introduced: the runner, not the coach."""
    text = ("Nadia Ferrante missed the spring season. Her coach, Marta Ruiz, has trained her since 2019. She "
            "says the 29-year-old must rest. Her training partner Ilse Brook said the 30-year-old is back.")
    found = findings_of("age.conflict", text, "2026-05-04")
    assert [f.severity for f in found] == ["warning"]
    assert "Nadia Ferrante" in found[0].message

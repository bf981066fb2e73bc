"""age.conflict in a match report, where teams are named like people and a player by his office.

Pattern: a rugby or football report names its teams by one word or with an article ("Moorfield",
"Ravensworth, who beat Calder Town", "the Raiders beat …"), gives the captain's age once ("Captain
Jordan Tuilagi … Tuilagi, 31,") and later describes him by age and office ("The 34-year-old skipper").
Three things sent the description astray. "Who" after a one-word team name made the team a person
that "the 34-year-old skipper" could mean; a person is introduced by a full name, a given name, an
honorific, a title, or one name with an age or a role beside it. "The Raiders" was no team: a plural
name with an article is one. And the office the description names ("skipper" is a captain) now
points to the one person named with it.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of
from verify.document import Document
from verify.refs.model import Kind

WHEN = "2024-07-24"
REPORT = (
    "Captain Jordan Tuilagi scored two tries as the Harbourside Raiders beat Moorfield 32-18 on Sunday.\n\n"
    "Tuilagi, 31, opened the scoring after six minutes. Moorfield's tries were all converted by scrum-half "
    "Lee Crowther.\n\n"
    "\"That's the best we've played all year,\" Raiders coach Brendan Keogh said.\n\n"
    "The Raiders are two points behind Ravensworth, who beat Calder Town 40-12 on Saturday.\n\n"
    "{later}"
)


@pytest.mark.parametrize("later", [
    "The 34-year-old skipper signed a one-year contract extension earlier this month.",
    "The 34-year-old captain signed a one-year contract extension earlier this month.",
])
def test_an_age_and_office_description_is_the_captain_s(later):
    found = findings_of("age.conflict", REPORT.format(later=later), WHEN)
    assert [(f.severity, "Jordan Tuilagi" in f.message) for f in found] == [("warning", True)]


@pytest.mark.parametrize("later", [
    "The 31-year-old skipper signed a one-year contract extension earlier this month.",
    "Crowther, 36, is expected to retire at the end of the season.",
])
def test_an_age_that_fits_or_is_another_player_s_is_silent(later):
    assert findings_of("age.conflict", REPORT.format(later=later), WHEN) == []


def test_teams_named_like_people_are_not_people():
    doc = Document.from_plain("invented.txt", REPORT.format(later=""))
    kinds = {e.name: e.kind for e in doc.references.entities}
    assert kinds["Ravensworth"] != Kind.PERSON
    assert kinds["Moorfield"] != Kind.PERSON
    assert kinds["Harbourside Raiders"] == Kind.ORGANISATION
    assert kinds["Jordan Tuilagi"] == Kind.PERSON


@pytest.mark.parametrize("text", [
    "Mr Hallam said the plan would fail. Hallam, who chairs the board, voted against it.",
    "The club signed Latu in May. Latu, 23, scored twice before he was injured.",
])
def test_a_one_word_person_with_an_honorific_or_an_age_stays_a_person(text):
    doc = Document.from_plain("invented.txt", text)
    assert Kind.PERSON in {e.kind for e in doc.references.entities}

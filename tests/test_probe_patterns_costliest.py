"""ranking.conflict for a rank by any superlative the lexicon knows ("the second-costliest storm").

Pattern: an insurance story ranks a storm ("the second-costliest storm on record for the industry") and
later ranks it again ("Nuala now ranks as the third-costliest storm the industry has had to deal with, and
the most expensive since the floods of winter 2015"). An ordinal joined to a superlative was read only for
a short list of superlatives written in the code ("largest", "busiest" …), not for the lexicon's
("costliest", "wettest", "deadliest"). And the date after "since" dated the rank, though "now ranks" says
it holds as the article is written.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of
from verify.extract.rankings import find_rankings

WHEN = "2025-02-12"
FIRST = "Storm Nuala was the second-costliest storm on record for the Irish insurance industry, the council said."


@pytest.mark.parametrize("later", [
    "Nuala now ranks as the third-costliest storm the industry has had to deal with, and the most expensive "
    "single event since the floods of winter 2015.",
    "\n\nNuala, the third-costliest storm on record, flooded 6,200 homes.",
])
def test_two_ranks_by_one_superlative_conflict(later):
    found = findings_of("ranking.conflict", f"{FIRST} Claims reached €310m. {later}", WHEN)
    assert [(f.severity, "Nuala" in f.message) for f in found] == [("error", True)]


def test_the_same_rank_is_silent():
    later = "Nuala now ranks as the second-costliest storm the industry has had to deal with."
    assert findings_of("ranking.conflict", f"{FIRST} Claims reached €310m. {later}", WHEN) == []


@pytest.mark.parametrize("phrase, rank, superlative", [
    ("the second-costliest storm", 2, "costliest"), ("its fourth-wettest summer", 4, "wettest"),
    ("the third deadliest crash", 3, "deadliest"), ("the second most valuable club", 2, "most valuable"),
])
def test_an_ordinal_and_any_listed_superlative_are_a_rank(phrase, rank, superlative):
    assert [(c.value["rank"], c.value["superlative"]) for c in find_rankings(f"It was {phrase}.")] == \
        [(rank, superlative)]

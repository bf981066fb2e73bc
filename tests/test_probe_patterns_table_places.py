"""ranking.conflict for a table place reached by a result and restated as an attribute.

Pattern: a match report says where the win took the team ("The win lifts Kelso to fourth in the
table", "moves the Harriers up to second") and later calls the team by its place ("Fifth-placed
Kelso travel to Ayr next Saturday", "The third-placed Harriers have not won the title since 1997").
Neither was a rank: "lifts X to fourth" has its verb before the team, not before the ordinal, and
"fifth-placed" was no pattern (and made "Fifth-placed Kelso" one name). The attribute is the
standing as the article is written, whatever date its sentence gives the trip or the title.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of
from verify.extract.rankings import find_rankings

WHEN = "2025-01-20"
RESULT = "Kelso Harriers beat Dunmore Town 2-1 on Saturday. {move}, two points behind Ayr."
MIDDLE = "Manager Ian Lindsay said his players had earned the win. Third-placed Ayr drew 1-1 at home."


def _report(move: str, later: str) -> str:
    return f"{RESULT.format(move=move)}\n\n{MIDDLE}\n\n{later}"


@pytest.mark.parametrize("move", [
    "The win lifts Kelso to fourth in the Championship table",
    "The result moves the Harriers up to fourth in the table",
    "The win takes them to fourth in the table",
])
@pytest.mark.parametrize("later", [
    "Fifth-placed Kelso travel to Ayr next Saturday.",
    "The fifth-placed Harriers have not won the league since 1997.",
])
def test_a_place_reached_and_a_place_restated_are_compared(move, later):
    found = findings_of("ranking.conflict", _report(move, later), WHEN)
    assert [(f.severity, "Kelso Harriers" in f.message) for f in found] == [("error", True)]


@pytest.mark.parametrize("later", [
    "Fourth-placed Kelso travel to Ayr next Saturday.",
    "The fourth-placed Harriers have not won the league since 1997.",
    "Kelso travel to fifth-placed Stranraer next Saturday.",
])
def test_a_place_that_fits_or_is_another_team_s_is_silent(later):
    move = "The win lifts Kelso to fourth in the Championship table"
    assert findings_of("ranking.conflict", _report(move, later), WHEN) == []


@pytest.mark.parametrize("text, rank", [
    ("The win lifts Kelso to fourth in the table.", 4),
    ("It moved the Harriers up to second.", 2),
    ("Fifth-placed Kelso travel to Ayr.", 5),
    ("They face the 12th-placed side.", 12),
])
def test_the_places_are_read(text, rank):
    assert [c.value["rank"] for c in find_rankings(text)] == [rank]

"""arithmetic.difference: a move in points whose starting level is told in another sentence.

Pattern: a central bank or a statistics office moves a rate "by 75 basis points to 3.5%" (or "up 1.2
percentage points to 6.1%") and gives the level it started from only later, in the pluperfect ("The key
rate had stood at 2.25% since January"). The two levels are then 1.25 points apart, not 0.75. The
earlier level is taken from the change's paragraph or the one beside it, when exactly one percentage
there is of the same owner, is named by the same words ("key rate", not "deposit rate") and is
written as the earlier one; a level the sentence cannot place before the move is left alone.

"Basis points" and "percentage points" are units, not the metric "points" scored in a match: the rate
named before them is what the figures measure.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of
from verify.document import Document
from verify.extract import extract_claims
from verify.frames.metrics import metric_near

RULE = "arithmetic.difference"
WHEN = "2021-05-12"
MOVE = "Banca Tessala raised its key rate by 75 basis points to 3.5% on Tuesday, its second increase this year."
FILLER = "Economists had forecast a smaller step."


def _article(earlier: str, *, apart: bool = True, move: str = MOVE) -> str:
    return f"{move}\n\n{FILLER} {earlier}" if apart else f"{move} {earlier}"


@pytest.mark.parametrize("owner", ["Its key rate", "The bank's key rate", "Banca Tessala's key rate",
                                   "The central bank's key rate"])
@pytest.mark.parametrize("apart", [True, False])
def test_a_start_in_another_sentence_that_the_move_misses_is_reported(owner, apart):
    found = findings_of(RULE, _article(f"{owner} had stood at 2.25% since January.", apart=apart), WHEN)
    assert [(f.severity, [c.text for c in f.claims]) for f in found] == [
        ("error", ["75 basis points", "2.25%", "3.5%"])]
    assert "1.25 percentage points apart" in found[0].message


def test_a_start_the_move_agrees_with_is_silent():
    assert findings_of(RULE, _article("Its key rate had stood at 2.75% since January."), WHEN) == []


def test_a_cut_is_read_by_size_too():
    move = "Banca Tessala cut its key rate by 25 basis points to 3.5% on Tuesday."
    assert findings_of(RULE, _article("Its key rate had stood at 3.75% since March.", move=move), WHEN) == []
    found = findings_of(RULE, _article("Its key rate had stood at 4.25% since March.", move=move), WHEN)
    assert [f.claims[1].text for f in found] == ["4.25%"]


def test_a_move_in_percentage_points_is_read_the_same_way():
    move = "Joblessness in Vardania rose 1.2 percentage points to 6.1% in April, the statistics office said."
    text = f"{move}\n\nVardania's jobless rate had been 4.4% a year before."
    assert [f.claims[1].text for f in findings_of(RULE, text, WHEN)] == []  # "jobless rate" vs "joblessness"
    move = "Vardania's jobless rate rose 1.2 percentage points to 6.1% in April, the statistics office said."
    text = f"{move}\n\nVardania's jobless rate had been 4.4% in March."
    assert [f.claims[1].text for f in findings_of(RULE, text, WHEN)] == ["4.4%"]


@pytest.mark.parametrize("earlier", [
    "Its deposit rate had stood at 2.25% since January.",  # another rate of the same bank
    "Its key rate has stood at 2.25% in real terms.",  # not written as the level before the move
    "Ostrava Bank's key rate had stood at 2.25% since January.",  # another bank's rate
])
def test_a_level_that_is_not_the_moves_start_is_left_alone(earlier):
    assert findings_of(RULE, _article(earlier), WHEN) == []


def test_two_candidate_starts_are_left_alone():
    earlier = "Its key rate had stood at 2.25% in January. Its key rate had stood at 2.5% in February."
    assert findings_of(RULE, _article(earlier), WHEN) == []


def test_a_start_several_paragraphs_away_is_left_alone():
    text = f"{MOVE}\n\nOne.\n\nTwo.\n\nIts key rate had stood at 2.25% since January."
    assert findings_of(RULE, text, WHEN) == []


def test_a_start_in_the_same_sentence_is_still_read_there():
    move = "Banca Tessala raised its key rate by 75 basis points to 3.5% from 2.25% on Tuesday."
    assert [f.claims[1].text for f in findings_of(RULE, move, WHEN)] == ["2.25%"]


def test_basis_points_name_no_metric_of_their_own():
    text = "The bank raised its key rate by 75 basis points to 3.5%."
    at = text.index("3.5%")
    hit = metric_near(text, at, at + 4, 0, len(text))
    assert (hit.name, hit.family, hit.written) == ("policy rate", "interest rate", "key rate")
    doc = Document.from_plain("invented.txt", text)
    points = next(c for c in extract_claims(doc, None) if c.text == "75 basis points")
    assert points.frame.metric == "policy rate"

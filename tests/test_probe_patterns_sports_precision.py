"""False alarms found on fresh probe articles, each silenced at its layer:

- a standing told in the pluperfect ("Last year Heathfield had been second and Wensum fourth") is one
  held before now, never today's rank;
- overs, laps and balls measure a stretch of play: "the first eight overs" and "in about six overs" are
  two stretches, not one count told twice;
- a position ("the 44th over") is no amount a later figure restates with a slipped digit;
- a margin ("a 6,305-vote majority", "beating her rival by 6,305 votes") is no candidate's tally.

Every sentence is invented for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.checking import RULES
from verify.document import Document
from verify.engine import run_rules
from verify.extract import extract_claims

WHEN = date(2025, 8, 14)


def _alarms(text: str) -> list[str]:
    """Every warning or error of every rule on ``text``."""
    doc = Document.from_plain("invented.txt", text)
    return [f.rule for f in run_rules(doc, extract_claims(doc, WHEN), WHEN, RULES) if f.severity != "info"]


def test_a_pluperfect_standing_is_not_today_s_rank():
    text = ("Ashgrove School was second with 36.8%, and Delford College third with 33.5%. Last year Ashgrove had "
            "been second and Delford fourth.")
    assert _alarms(text) == []


def test_a_rank_told_twice_now_still_conflicts():
    text = "Ashgrove School was second with 36.8% this year. Ashgrove School finished fourth, its head said."
    assert "ranking.conflict" in _alarms(text)


@pytest.mark.parametrize("text", [
    "Kelby lost both openers inside the first eight overs. \"He took the game away from them in about six "
    "overs,\" said the captain.",
    "She led for the first 12 laps. \"I only had the pace for about ten laps,\" she said.",
    "He was stumped in the 44th over. Their reply ended in the 47th over.",
])
def test_stretches_of_play_and_positions_are_not_figures_told_twice(text):
    assert _alarms(text) == []


@pytest.mark.parametrize("margin", ["with a 6,305-vote majority", "beating her nearest rival by 6,305 votes"])
def test_a_margin_is_no_candidate_s_tally(margin):
    text = f"Ana Ruiz was elected mayor {margin}. Ruiz took 48,212 votes, or 38.4% of the total."
    assert _alarms(text) == []

"""A figure restated for the period after the one it was compared with.

"Cash costs fell to $910 an ounce from $985 in the March quarter", written in July, gives the June
quarter's costs ($910) against the March quarter's ($985): the quarter named after "from" is the earlier
figure's, because a later quarter had ended before the story was written. So a later paragraph that puts
the June quarter's costs at $1,010 contradicts the $910, whichever way it names the company.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

WHEN = "2026-07-31"
LEAD = ("Morvane Gold said on Tuesday that its cash costs fell to $910 an ounce from $985 in the March "
        "quarter on richer ore grades.\n\nThe miner kept its output forecast for the year.\n\n")


def _warned(text: str) -> list[str]:
    return [f.severity for f in findings_of("number.mismatch", text, WHEN) if f.severity in ("warning", "error")]


@pytest.mark.parametrize("later", [
    "At $1,010 an ounce, Morvane's June-quarter costs were the lowest in its history, the company said.",
    "At $1,010 an ounce, the miner's June-quarter costs were the lowest in its history, the company said.",
    "At $1,010 an ounce, its June-quarter costs were the lowest in its history, the company said.",
])
def test_the_later_quarters_figure_restated_otherwise_is_an_error(later):
    assert _warned(LEAD + later) == ["error"]


@pytest.mark.parametrize("later", [
    "At $910 an ounce, Morvane's June-quarter costs were the lowest in its history, the company said.",
    # the earlier quarter's figure, restated as it was
    "In the March quarter Morvane's costs had been $985 an ounce.",
])
def test_the_same_figures_restated_are_silent(later):
    assert _warned(LEAD + later) == []


def test_the_latest_quarter_after_from_still_dates_the_whole_change():
    lead = LEAD.replace("March quarter", "June quarter")
    later = "At $1,010 an ounce, Morvane's June-quarter costs were the lowest in its history, the company said."
    assert _warned(lead + later) == ["error"]  # "$910 … in the June quarter" against "$1,010 … June-quarter"

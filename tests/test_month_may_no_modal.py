"""The month "May" is no modal "may": a level reached "since May" is a result, not a forecast.

Pattern: "its market share has fallen 4% since May to 61.5%" read as a forecast kept the figure
from being compared with the share stated elsewhere ("has fallen to below 60%").

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

WHEN = "2021-12-20"
FIRST = "Roadlink Navigator's market share has fallen to below 60%, analysts say."


def mismatches(text: str) -> list[str]:
    return [f.message for f in findings_of("number.mismatch", text, WHEN) if f.severity != "info"]


@pytest.mark.parametrize("later", [
    "Roadlink Navigator's market share has fallen 4% since May to 61.5%, while rival apps grew.",
    "Its market share has fallen 4% since May to 61.5%, while rival apps grew.",
    "Roadlink Navigator's market share has slipped since May to 61.5%.",
    "The survey said Roadlink Navigator's market share had fallen since May to 61.5%.",
])
@pytest.mark.parametrize("between", [" ", "\n\n", "\n\nRival apps spent heavily on adverts.\n\n"])
def test_a_level_reached_since_may_is_compared(later, between):
    (message,) = mismatches(f"{FIRST}{between}{later}")
    assert '"61.5%"' in message and "below 60%" in message


@pytest.mark.parametrize("later", [
    "Roadlink Navigator's market share has fallen 4% since May to 58.5%, while rival apps grew.",
    "Roadlink Navigator's market share may fall to 61.5% next year, while rival apps grow.",
    "Roadlink Navigator's market share could recover to 61.5% by May, analysts say.",
])
def test_a_consistent_level_or_a_real_forecast_is_silent(later):
    assert mismatches(f"{FIRST}\n\n{later}") == []

"""The earlier side of a comparison told after a forecast is no forecast.

Pattern: "Halden expects its revenue to reach $5bn this year, up from $4.4bn last year": the $5bn is
expected, the $4.4bn is what was. Read as a forecast, the $4.4bn was never compared with the
$4.1bn the article gives for last year elsewhere, and the slip went unreported.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

WHEN = "2024-03-05"
STATED = "Halden Mills made revenue of $4.1bn last year, the company said on Tuesday."


@pytest.mark.parametrize("subject", ["Halden", "The company", "It", "Halden Mills"])
@pytest.mark.parametrize("comparison", ["up from", "compared with", "from"])
@pytest.mark.parametrize("between", [" ", "\n\n", "\n\nIts shares rose.\n\n"])
def test_the_earlier_side_after_a_forecast_is_compared(subject, comparison, between):
    text = f"{STATED}{between}{subject} expects its revenue to reach $5bn this year, {comparison} $4.4bn last year."
    (finding,) = findings_of("number.mismatch", text, WHEN)
    assert "$4.4bn" in finding.message and "$4.1bn" in finding.message


@pytest.mark.parametrize("comparison", ["up from", "compared with", "from"])
def test_the_same_earlier_figure_is_silent(comparison):
    text = f"{STATED} Halden expects its revenue to reach $5bn this year, {comparison} $4.1bn last year."
    assert findings_of("number.mismatch", text, WHEN) == []


def test_the_forecast_itself_stays_a_forecast():
    text = f"{STATED} Halden expects its revenue to reach $5bn this year. Analysts see revenue of $4.8bn this year."
    assert findings_of("number.mismatch", text, WHEN) == []

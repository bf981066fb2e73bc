"""Durations told against durations and dates:

1. Two lengths of one occasion (``number.mismatch``): "a 41-day strike" … "the walkout, which lasted
   44 days" / "the 44 days it took to settle the strike"; "a three-week trial" … "the 19-day trial"
   agree (rounding), "six weeks" and "30 days" do not. A gap counted from the occasion ("44 days after
   the strike began") is no length of it; two strikes each told as "a" strike may be two strikes.
2. A record told as "the first … since YEAR" or "for the first time in N years" against an occurrence
   of the same kind of event the article dates inside its period (``date.record``).
3. A stay built from a departure and a return against the length the article gives it (``date.span``).

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

WHEN = "2025-06-14"

STRIKE = "Bus drivers in Tarrowby ended a 41-day strike on Friday after accepting a 6% pay offer from Kelmar Transit."


def _mismatch(text: str) -> list[tuple[str, str]]:
    return [(f.severity, f.claims[0].text) for f in findings_of("number.mismatch", text, WHEN)]


@pytest.mark.parametrize("later", [
    "The walkout, which lasted 44 days, cost Kelmar about £2m in lost fares, the company said.",
    "The strike lasted 44 days and cost Kelmar about £2m in lost fares.",
    "Kelmar said the 44 days it took to settle the strike had cost it about £2m in lost fares.",
    "It took 44 days to end the walkout, which cost Kelmar about £2m in lost fares.",
    "Union officials said the 44-day stoppage had cost members about £900 each.",
    "The walkout, which ran for nearly seven weeks, cost Kelmar about £2m in lost fares.",
])
@pytest.mark.parametrize("between", [" ", "\n\nFares will rise in September, the operator said.\n\n"])
def test_two_lengths_of_one_strike_that_cannot_both_hold(later, between):
    found = _mismatch(STRIKE + between + later)
    assert len(found) == 1 and found[0][0] in ("error", "warning")


@pytest.mark.parametrize("later", [
    "The walkout, which lasted six weeks, cost Kelmar about £2m in lost fares.",
    "The strike lasted 42 days and cost Kelmar about £2m in lost fares.",
    "The walkout, which lasted 41 days, cost Kelmar about £2m in lost fares.",
    "Talks resumed 44 days after the strike began, Kelmar said.",
    "The union's previous walkout, in 2019, lasted 12 days.",
    "It was the longest stoppage since a 12-day walkout by cleaners in 2019.",
    "The drivers' last strike lasted only 9 days.",
])
def test_consistent_or_other_lengths_are_silent(later):
    assert _mismatch(STRIKE + " " + later) == []


def test_six_weeks_is_not_thirty_days():
    text = ("The walkout at the Brannoch ferry port lasted six weeks, the harbour board said. "
            "Pickets stood at the gates throughout the 30-day strike, the board added.")
    assert len(_mismatch(text)) == 1


def test_two_strikes_each_told_as_a_strike_may_be_two_strikes():
    text = ("Nurses at Orlen General staged a three-day strike in March. "
            "Junior doctors at the hospital held a 10-day strike in May.")
    assert _mismatch(text) == []


@pytest.mark.parametrize(("other", "count"), [("a three-week trial", 0), ("a five-week trial", 1)])
def test_a_trial_in_weeks_against_the_trial_in_days(other, count):
    text = (f"The 19-day trial of Dorran Vasse ended on Tuesday with a guilty verdict. "
            f"Vasse, 51, had denied fraud throughout {other} at Hallam Crown Court.")
    assert len(_mismatch(text)) == count

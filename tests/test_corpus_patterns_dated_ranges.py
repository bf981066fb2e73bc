"""date.interval against an event the article dates as a range: "N months before the recession".

Pattern: a stretch of months is dated once, often as a range ("the March 2001-November 2002
downturn"), and a figure elsewhere is dated "six months prior to the recession". The gap counts to
the end of the range that fits it best: to the start for "before", from either end for "after". A
recession's cue dates only a date right beside it, so "after the recession ended, migration fell to
a low in 2013" gives no date to the recession.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

WHEN = "2015-03-10"
RANGE = "Factory output has still not recovered from the March 2001-November 2002 downturn, officials said."


def intervals(text: str) -> list[str]:
    return [f.message for f in findings_of("date.interval", text, WHEN)]


@pytest.mark.parametrize("named", ["the recession", "the past recession", "the last downturn", "the slump"])
@pytest.mark.parametrize("between", [" ", "\n\n", "\n\nThe unions were not consulted.\n\n"])
def test_a_gap_before_a_dated_range_counts_to_its_start(named, between):
    text = f"{RANGE}{between}Wages grew 3.4 percent in March 1999, six months before {named}, the office said."
    (message,) = intervals(text)
    assert "24 months apart" in message and "March 2001" in message


@pytest.mark.parametrize(("month", "found"), [("September 2000", False), ("August 2000", False),
                                              ("September 2001", True)])
def test_a_gap_before_the_start_that_fits_is_silent(month, found):
    text = f"{RANGE} Wages grew 3.4 percent in {month}, six months prior to the recession."
    assert bool(intervals(text)) is found


@pytest.mark.parametrize(("month", "found"), [("May 2003", False), ("September 2001", False), ("May 2005", True)])
def test_a_gap_after_a_range_may_count_from_either_end(month, found):
    text = f"{RANGE} Hiring resumed in {month}, six months after the downturn, the office said."
    assert bool(intervals(text)) is found


def test_a_written_to_joins_the_ends_too():
    text = ("Output fell throughout the recession of March 2001 to November 2002. Wages grew 3.4 percent in "
            "March 1999, six months before the recession.")
    assert intervals(text)


def test_two_recessions_dated_apart_are_not_one_range():
    text = ("The 1991 recession hit builders; the 2001 recession hit software firms. Wages grew 3.4 percent "
            "in March 1999, six months before the recession.")
    assert intervals(text) == []


def test_a_date_later_in_the_recessions_clause_is_not_the_recessions():
    text = ("Builders only hired again once the recession was over, and their order books hit a record in 2013. "
            "Wages grew 3.4 percent in June 2012, six months before the recession.")
    assert intervals(text) == []


@pytest.mark.parametrize(("dated", "named"), [
    ("the March 2020-May 2021 pandemic", "the pandemic"), ("the March 2020-June 2021 lockdowns", "the lockdown"),
    ("the March 2020-May 2021 war", "the war"),
])
@pytest.mark.parametrize(("month", "found"), [("December 2019", False), ("March 2019", True)])
def test_a_war_or_a_pandemic_dated_as_a_range(dated, named, month, found):
    text = (f"Tourism in the valley never recovered from {dated}, the board said.\n\n"
            f"Bookings rose 4 percent in {month}, three months before {named}, the board said.")
    assert bool(findings_of("date.interval", text, "2023-05-10")) is found


@pytest.mark.parametrize(("month", "found"), [("June 2008", False), ("January 2008", False), ("June 2006", True)])
def test_an_event_dated_to_its_year_may_be_any_month_of_it(month, found):
    text = (f"Builders still talk about the 2008 recession.\n\nWages grew 3.4 percent in {month}, six months "
            "before the recession.")
    assert bool(intervals(text)) is found

"""date.same-event for an occasion described before the dated event it names ("the settlement announced in
December … In January, Halden agreed to pay $640m to resolve the claims"), and dates that open their sentence.
Every sentence is invented for this file."""

from __future__ import annotations

import pytest
from checking import findings_of

RULE = "date.same-event"


@pytest.mark.parametrize("later", [
    "In January, Halden agreed to pay $640m to resolve the claims.",
    "In January, the insurer agreed to pay $640m to resolve the claims.",
])
@pytest.mark.parametrize("between", [" ", "\n\n", " Its shares fell 4% on the news. "])
def test_a_described_occasion_and_the_event_told_after_it(later, between):
    text = f"Halden Insurance took a $1bn charge tied to the settlement announced in December.{between}{later}"
    found = findings_of(RULE, text, "2005-02-10")
    assert [f.severity for f in found] == ["warning"], text


@pytest.mark.parametrize("text", [
    # the same month
    "Halden Insurance took a charge tied to the settlement announced in January. In January, Halden agreed to "
    "pay $640m to resolve the claims.",
    # another company's settlement
    "Halden Insurance took a charge tied to the settlement announced in December. In January, Rask Re agreed to "
    "pay $640m to resolve its own claims.",
    # marked as another
    "Halden Insurance took a charge tied to the settlement announced in December. In January, Halden settled "
    "another suit for $20m.",
])
def test_other_settlements_stay_silent(text):
    assert findings_of(RULE, text, "2005-02-10") == [], text


def test_a_date_after_after_belongs_to_the_event_named_there():
    text = ("Kelso Robotics launched its drones on Wednesday. The launch, announced in March 2026, came two months "
            "after a pilot in January 2026.")
    assert findings_of(RULE, text, "2026-03-13") == []


@pytest.mark.parametrize("later", [
    "Halden have not played Rask since that quarter-final three years ago.",
    "Halden have not played Rask since that quarter-final replay three years ago.",
])
def test_one_fixture_dated_twice(later):
    text = f"Halden were beaten 5-1 by Rask in the cup quarter-final second leg in 2000. {later}"
    assert [f.severity for f in findings_of(RULE, text, "2005-02-20")] == ["warning"]


@pytest.mark.parametrize("text", [
    # the same fixture, dated alike
    "Halden were beaten 5-1 by Rask in the cup quarter-final in 2000. They have not played since that "
    "quarter-final five years ago.",
    # a race recurs: this year's and the one two years ago are two races
    "Lind won the rally on Saturday. 'I was beaten in this rally by a whisker two years ago,' he said.",
    # first rounds of two tournaments
    "Lind meets Sola in round one of next week's Open. Lind beat Sola in round one of the "
    "Masters last year.",
])
def test_recurring_events_and_agreeing_dates_stay_silent(text):
    assert findings_of(RULE, text, "2005-02-20") == [], text

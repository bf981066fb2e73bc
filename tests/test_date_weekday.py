"""date.weekday when the date restates the weekday in brackets after it."""

from __future__ import annotations

import pytest
from checking import findings_of


def weekdays(text: str, published: str = "2005-02-25") -> list[str]:
    return [f.message for f in findings_of("date.weekday", text, published)]


@pytest.mark.parametrize("weekday", ["next Thursday", "on Thursday", "Thursday"])
def test_a_bracketed_date_on_another_weekday_is_flagged(weekday):
    (message,) = weekdays(f"The results will be ready {weekday} (4 March), the minister said.")
    assert "is a Friday" in message


@pytest.mark.parametrize("text", [
    "The results will be ready next Thursday (3 March), the minister said.",
    "The vote is on Monday (7 March 2005).",
    "The talks resume on Thursday (see below) and end in March.",
])
def test_a_bracketed_date_on_the_same_weekday_or_no_date_is_silent(text):
    assert weekdays(text) == []

"""date.weekday when the date restates the weekday in brackets after it."""

from __future__ import annotations

from datetime import date

import pytest

from verify.document import Document
from verify.engine import RuleSet, run_rules
from verify.extract import extract_claims

RULES = RuleSet.default()


def weekdays(text: str, published: str = "2005-02-25") -> list[str]:
    when = date.fromisoformat(published)
    doc = Document.from_plain("weekday.txt", text)
    return [f.message for f in run_rules(doc, extract_claims(doc, when), when, RULES) if f.rule == "date.weekday"]


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

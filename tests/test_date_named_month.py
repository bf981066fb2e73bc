"""date.named-month: a record month ("its busiest November") told of a relative month.

Pattern: "the port had its busiest November in ten years this month" in a December article: the
month the record names is the month the clause happened in, so "this month" must be November.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import RULES, findings_of
from verify.document import Document
from verify.engine import run_rules
from verify.extract import extract_claims

WHEN = "2021-12-20"


def named(text: str) -> list[str]:
    return [f.message for f in findings_of("date.named-month", text, WHEN)]


@pytest.mark.parametrize("holder", [
    "Kelsbury airport", "It", "The airport", "Okafor", "The regional carrier Lessway Air",
])
@pytest.mark.parametrize("record", [
    "had its busiest November in ten years this month",
    "reported its quietest November on record this month",
    "had a record November this month",
    "had its busiest-ever November this month",
])
def test_a_record_month_told_of_another_month_is_reported(holder, record):
    (message,) = named(f"Snow fell early in the north.\n\n{holder} {record}, with 2 million travellers.")
    assert "which is December, not November" in message


@pytest.mark.parametrize("text", [
    "This month, Kelsbury airport had its busiest October since 2009.",
    "Last month Kelsbury airport had its busiest October since 2009.",
    "Kelsbury airport had its wettest October in a decade next month, forecasters joked.",
])
def test_the_relative_month_may_come_first_or_be_last_or_next(text):
    assert len(named(text)) == 1


@pytest.mark.parametrize("text", [
    "Kelsbury airport had its busiest November in ten years last month.",
    "Kelsbury airport had its busiest December in ten years this month.",
    "Kelsbury airport expects its busiest January next month.",
    "Traffic this month was heavier than its busiest November.",
    "Traffic has grown this month since its quietest April of 2020.",
    "Kelsbury airport had its busiest November 2019 this month, a typo said.",
    "Kelsbury airport had its busiest November; this month it is quieter.",
    "Kelsbury airport had its busiest November in years, and this month it is quieter.",
    "Kelsbury airport had its busiest November in ten years.\n\nThis month it is quieter.",
    "The council passed the March budget this month.",
    "The best may yet come this month, the airport said.",
    "Kelsbury airport had its busiest November in ten years in 2019 this month.",
])
def test_another_time_another_clause_or_no_record_is_silent(text):
    assert named(text) == []


def test_without_a_publication_date_nothing_is_resolved():
    doc = Document.from_plain("invented.txt", "Kelsbury airport had its busiest November this month.")
    assert [f for f in run_rules(doc, extract_claims(doc, None), None, RULES) if f.rule == "date.named-month"] == []

"""date.interval: "on Wednesday, 11 days after a derailment" against the day the article gives the accident.

Pattern: a weekday relative to publication, then a count of days after an accident ("on Wednesday, 11
days after the crash"), and the accident dated in another paragraph, often beside a clock time ("came
off the tracks at about 07:40 on Monday 10 March"). Three things lost it: a weekday followed by a
number was taken for the start of "Wednesday, 11 March" and dropped; accidents named no event; and
the colon of a clock time ended the clause, cutting the date from its event's cue.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of
from verify.document import Document
from verify.extract import extract_claims
from verify.frames.clauses import clause_of

WHEN = "2025-03-21"  # a Friday


def _dates(text: str) -> list[tuple[str, str]]:
    from datetime import date

    doc = Document.from_plain("invented.txt", text)
    return [(c.text, c.value["start"]) for c in extract_claims(doc, date.fromisoformat(WHEN)) if c.type == "date"]


def test_a_weekday_before_a_count_of_days_is_a_date():
    assert _dates("Ferries sailed again on Tuesday, 6 days after the storm.") == [("Tuesday", "2025-03-18")]


@pytest.mark.parametrize("written", ["Tuesday, 11 March", "Tuesday 11 March"])
def test_a_weekday_before_a_day_of_the_month_is_still_one_date(written):
    assert _dates(f"Ferries sailed again on {written}.") == [(written, "2025-03-11")]


def test_a_clock_time_does_not_end_the_clause():
    text = "The bus left the road at about 06:15 on Sunday 9 March."
    start, end = clause_of(text, (0, len(text)), text.index("Sunday"), text.index("Sunday") + 15)
    assert text[start:end].startswith("The bus")


_TOLD = {
    "same paragraph": ("Trams ran again on the Hollin line on Thursday, {n} days after a derailment near "
                       "Ebbw. The tram came off the tracks at about 07:40 on Sunday 9 March."),
    "next paragraph": ("Trams ran again on the Hollin line on Thursday, {n} days after the crash near Ebbw.\n\n"
                       "The 06:12 service crashed into a barrier at 06:55 on Sunday 9 March, the operator said."),
    "explosion": ("The Kelso plant restarted on Thursday, {n} days after an explosion in its boiler house. "
                  "The boiler exploded shortly after 14:00 on Sunday 9 March."),
}


@pytest.mark.parametrize("told", sorted(_TOLD))
def test_days_after_an_accident_that_do_not_fit_its_date(told):
    found = findings_of("date.interval", _TOLD[told].format(n=13), WHEN)
    assert [(f.severity, f.claims[0].text) for f in found] == [("warning", "13 days after")]


@pytest.mark.parametrize("told", sorted(_TOLD))
def test_days_after_an_accident_that_fit_its_date_are_silent(told):
    assert findings_of("date.interval", _TOLD[told].format(n=11), WHEN) == []


def test_two_accidents_dated_differently_leave_it_unclear_and_silent():
    text = ("Trams ran again on Thursday, 13 days after the crash. A lorry crashed on Sunday 9 March; "
            "a van crashed on Monday 3 March.")
    assert findings_of("date.interval", text, WHEN) == []


_LATER = "2025-10-09"  # a Thursday


_MISFITS = {  # the count, then the sentence restating it with a date it does not reach
    "in two weeks": "The council will vote on the lease in two weeks, on Oct. 30.",
    "in three weeks": "Hearings will resume in three weeks, on 13 October, the court said.",
    "two years ago": "The mill closed two years ago, in 2021, and has stood empty since.",
    "two months ago": "Orders fell sharply two months ago (in June), the firm said.",
}


@pytest.mark.parametrize("flagged", sorted(_MISFITS))
def test_a_count_from_the_article_restated_by_a_date_that_does_not_fit(flagged):
    found = findings_of("date.interval", _MISFITS[flagged], _LATER)
    assert [(f.severity, f.claims[0].text) for f in found] == [("warning", flagged)]


@pytest.mark.parametrize("told", [
    "The council will vote on the lease in two weeks, on Oct. 23.",
    "The council will vote on the lease in three weeks, on Oct. 30.",
    "Hearings will resume in two weeks, on 24 October, the court said.",
    "The mill closed three years ago, in 2021, and has stood empty since.",
    "Orders fell sharply two months ago, in August, the firm said.",
    "Orders fell sharply two months ago, in July, the firm said.",
])
def test_a_count_from_the_article_restated_by_a_date_that_fits_is_silent(told):
    assert findings_of("date.interval", told, _LATER) == []

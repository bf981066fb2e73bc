"""A date that another figure comes from: "seeded sixth and owner of the meeting best of 49.80 from 2019".

Pattern: two figures share a clause, and the date after the second is said to be where that figure
comes from ("a record of 49.80 from 2019", "a high of $40 set in 2008"). The date dates the record
or the high, not the figure before it: "ranked sixth" holds now and must meet the rank given earlier
("the world No. 4"). A date of the clause's own ("ranked sixth in 2019") still dates the rank.

Every sentence is invented for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.checking import findings_of
from verify.document import Document
from verify.extract import extract_claims

PUBLISHED = "2026-05-04"
RACE = ("Ana Ruiz won the 400 metres on Sunday in 50.12 seconds, ahead of Britain's Kate Ormond, the world No. 4, "
        "who took silver.")
LATER = [
    "\n\n{who}, currently ranked {rank} globally and owner of a meeting record of 49.80 {dated}, took it well.",
    " {who}, currently ranked {rank} globally and owner of a meeting record of 49.80 {dated}, took it well.",
]


def _errors(text: str) -> list[str]:
    return [f.message for f in findings_of("ranking.conflict", text, PUBLISHED) if f.severity != "info"]


@pytest.mark.parametrize("later", LATER)
@pytest.mark.parametrize("who", ["Ormond", "Kate Ormond"])
@pytest.mark.parametrize("dated", ["from 2019", "set in 2019", "dating from 2019"])
def test_a_rank_beside_a_dated_record_holds_now(later, who, dated):
    text = RACE + later.format(who=who, rank="sixth", dated=dated)
    found = _errors(text)
    assert len(found) == 1, text
    assert "sixth" in found[0] and "No. 4" in found[0]


@pytest.mark.parametrize("later", LATER)
def test_the_same_rank_beside_a_dated_record_is_silent(later):
    assert _errors(RACE + later.format(who="Ormond", rank="fourth", dated="from 2019")) == []


def test_a_rank_dated_by_its_own_clause_is_another_time():
    text = RACE + " Ormond was ranked sixth in the world in 2019, when she set the meeting record of 49.80."
    assert _errors(text) == []


def _period_of(text: str, figure: str):
    doc = Document.from_plain("invented.txt", text)
    claims = extract_claims(doc, date.fromisoformat(PUBLISHED))
    return next(c for c in claims if c.text.startswith(figure)).frame.period


def test_the_record_keeps_its_date():
    text = "Ormond, currently ranked sixth globally and owner of a meeting record of 49.80 from 2019, took it well."
    period = _period_of(text, "49.80")
    assert period.kind == "stated" and period.start == date(2019, 1, 1)


def test_a_change_and_its_level_share_a_date_after_both():
    """ "rose 5% to €20m in 2019": the year is the change's as well as the level's."""
    period = _period_of("Halvard Foods' sales rose 5% to €20m in 2019, the company said.", "5%")
    assert period.kind == "stated" and period.start == date(2019, 1, 1)

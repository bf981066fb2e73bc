"""arithmetic.difference for changes in points between two percentages ("by 40 basis points to 3.85%
from 3.2%"), and basis points read as one unit. Every sentence is invented for this file."""

from __future__ import annotations

import pytest
from checking import findings_of

from verify.document import Document
from verify.extract import extract_claims

RULE = "arithmetic.difference"


@pytest.mark.parametrize("text", [
    "The Halden central bank lifted its key rate by 40 basis points to 3.85% from 3.2% on Tuesday.",
    "The Halden central bank lifted its key rate by 0.4 percentage points to 3.85% from 3.2%.",
    "The Halden central bank cut its main rate by 25bp to 4.0% from 4.5%.",
    "Turnout at the Rask election fell by 3 points to 58% from 64%.",
])
def test_a_change_in_points_against_its_two_levels(text):
    found = findings_of(RULE, text, "2026-04-10")
    assert len(found) == 1 and "percentage points apart" in found[0].message, text


@pytest.mark.parametrize("text", [
    "The Halden central bank lifted its key rate by 65 basis points to 3.85% from 3.2% on Tuesday.",
    "The Halden central bank lifted its key rate by 0.65 percentage points to 3.85% from 3.2%.",
    "The Halden central bank cut its main rate by 50bp to 4.0% from 4.5%.",
    # a relative change is arithmetic.change's, never a gap in points
    "Unemployment in Rask rose 10% to 5.5% from 5%.",
    # funding raised is no change in a rate
    "Kelso Foods raised $5m, taking its total funding to $12m.",
])
def test_changes_that_fit_or_are_not_in_points_are_silent(text):
    assert findings_of(RULE, text, "2026-04-10") == [], text


def test_basis_points_are_one_unit():
    doc = Document.from_plain("a.txt", "The bank raised rates by 40 basis points.")
    (claim,) = [c for c in extract_claims(doc, None) if c.type == "quantity"]
    assert claim.text == "40 basis points" and claim.value == {"amount": 40, "unit": "basis points"}


@pytest.mark.parametrize(("text", "flagged"), [
    ("Lake Orma stood at 58% of capacity on Monday, 12 percentage points below the long-term average for "
     "early May of 74%.", True),
    ("Lake Orma stood at 62% of capacity on Monday, 12 percentage points below the long-term average for "
     "early May of 74%.", False),
    ("Lake Orma stood at 86% of capacity, 16 percentage points above its five-year average of 74%.", True),
    ("Lake Orma stood at 86% of capacity, 12 percentage points above its five-year average of 74%.", False),
    # a gap in money is not read this way
    ("The fund raised £58m, £12m below its target of £74m.", False),
])
def test_a_gap_in_points_placed_below_or_above_a_named_figure(text, flagged):
    found = findings_of(RULE, text, "2026-04-10")
    assert (len(found) == 1) == flagged, [f.message for f in found]

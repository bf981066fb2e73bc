"""arithmetic.change for a gap in points set after a share's two levels: "fell to 58% from 66%, a drop of
six percentage points".

Pattern: an energy or polling story gives a share's two levels and then, in apposition, the change in
points. Two things lost it. The points figure inherited the aspect of the level it was listed after
("from 66%, a drop of …"), so it was read as a third level rather than a change. And the share's
whole ran on into the verb ("share of the state's electricity fell"), which gave the share a metric no
other figure had.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of
from verify.document import Document
from verify.extract import extract_claims

WHEN = "2024-10-09"
SENTENCE = ("Figures from the grid operator show that coal's share of the state's electricity fell to 58% in the "
            "year to June from 66% a year earlier, {gap}, while the share from wind rose to 28% from 22%.")


@pytest.mark.parametrize("gap", ["a drop of six percentage points", "a fall of 6 percentage points",
                                 "down six percentage points"])
def test_a_points_gap_that_does_not_fit_the_levels_is_reported(gap):
    found = findings_of("arithmetic.change", SENTENCE.format(gap=gap), WHEN)
    assert [f.severity for f in found] == ["error"]
    assert "-8.00 points" in found[0].message


@pytest.mark.parametrize("gap", ["a drop of eight percentage points", "a fall of 8 percentage points"])
def test_a_points_gap_that_fits_is_silent(gap):
    assert findings_of("arithmetic.change", SENTENCE.format(gap=gap), WHEN) == []


def test_the_share_s_whole_stops_before_its_verb():
    doc = Document.from_plain("invented.txt", SENTENCE.format(gap="a drop of eight percentage points"))
    frames = {c.text: c.frame for c in extract_claims(doc, None)}
    assert frames["58%"].metric == frames["66%"].metric == "share of electricity"
    assert frames["eight percentage points"].aspect == "change"

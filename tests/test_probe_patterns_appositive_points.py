"""arithmetic.change for a gap in points set after a share's two levels: "slipped to 41% from 47%, a fall of
four percentage points".

Pattern: an energy or polling story gives a share's two levels and then, in apposition, the change in
points. Two things lost it. The points figure inherited the aspect of the level it was listed after
("from 47%, a fall of …"), so it was read as a third level rather than a change. And the share's
whole ran on into the verb ("share of the region's power supply slipped"), which gave the share a metric
no other figure had.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of
from verify.document import Document
from verify.extract import extract_claims

WHEN = "2024-10-09"
SENTENCE = ("The grid operator's figures show that gas's share of the region's power supply slipped to 41% in the "
            "twelve months to March from 47% a year before, {gap}, while the share from solar climbed to 19% from 15%.")


@pytest.mark.parametrize("gap", ["a fall of four percentage points", "a slide of 4 percentage points",
                                 "down four percentage points"])
def test_a_points_gap_that_does_not_fit_the_levels_is_reported(gap):
    found = findings_of("arithmetic.change", SENTENCE.format(gap=gap), WHEN)
    assert [f.severity for f in found] == ["error"]
    assert "-6.00 points" in found[0].message


@pytest.mark.parametrize("gap", ["a fall of six percentage points", "a slide of 6 percentage points"])
def test_a_points_gap_that_fits_is_silent(gap):
    assert findings_of("arithmetic.change", SENTENCE.format(gap=gap), WHEN) == []


def test_the_share_s_whole_stops_before_its_verb():
    doc = Document.from_plain("invented.txt", SENTENCE.format(gap="a fall of six percentage points"))
    frames = {c.text: c.frame for c in extract_claims(doc, None)}
    assert frames["41%"].metric == frames["47%"].metric == "share of power supply"
    assert frames["six percentage points"].aspect == "change"

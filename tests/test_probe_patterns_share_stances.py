"""number.mismatch: a share on one side of a question ("61% of members opposed the merger") and one on
the other ("52% of members backed it") are two measures, never one figure stated twice; two shares on
the same side of one question at one time are.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

RULE = "number.mismatch"
WHEN = "2026-04-10"
FIRST = "A survey by the Halden Institute found that 61% of members opposed the merger."


@pytest.mark.parametrize("second", ["Some 52% of members backed the merger, the survey found.",
                                    "In the same survey, 52% of members supported the merger."])
def test_shares_on_opposite_sides_are_two_measures(second):
    assert findings_of(RULE, f"{FIRST} {second}", WHEN) == []


def test_shares_on_the_same_side_are_one_measure():
    second = "In the same survey, 67% of members opposed the merger."
    assert [sorted(c.text for c in f.claims) for f in findings_of(RULE, f"{FIRST} {second}", WHEN)] == [["61%", "67%"]]

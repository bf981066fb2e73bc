"""arithmetic.change: a stated change is read against every change its two levels allow as written, each
anywhere in its rounding — not against the levels as if exact, with a fixed point of slack.

Pattern: "The Calder 50 closed up 0.9% at 6,596.4 points, from 6,542.7" is a rise of 0.82 %: the levels
are written to a tenth, so nothing rounds it to 0.9 %. But "revenue rose 8% to $2.1bn from $1.9bn"
allows anything from +5.1 % to +16.2 %: the 8 % may be exact.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

RULE = "arithmetic.change"
WHEN = "2025-03-14"


@pytest.mark.parametrize("text", [
    "In Oslo, the Calder 50 closed up 1.4% at 6,596.4 points, from 6,542.7 at Thursday's close.",
    "Brenn Foods' revenue rose 4.2% to $8,412m from $8,200m, the company said.",
    "The index fell 2.5% to 4,120.6 from 4,201.3 on Monday, its third daily loss.",
])
def test_a_change_that_precise_levels_do_not_allow_is_reported(text):
    assert [f.severity for f in findings_of(RULE, text, WHEN)] == ["error"]


@pytest.mark.parametrize("text", [
    "In Oslo, the Calder 50 closed up 0.8% at 6,596.4 points, from 6,542.7 at Thursday's close.",
    "Brenn Foods' revenue rose 8% to $2.1bn from $1.9bn, the company said.",
    "Brenn Foods' revenue rose 12% to $2.1bn from $1.9bn, the company said.",
    "The index fell 1.9% to 4,120.6 from 4,201.3 on Monday, its third daily loss.",
])
def test_a_change_the_levels_allow_in_their_rounding_is_silent(text):
    assert findings_of(RULE, text, WHEN) == []


@pytest.mark.parametrize(("text", "found"), [
    ("Brenn's revenue climbed 13% to $3.41bn from $3.02bn, helped by a 17% increase in average fares.", []),
    ("Brenn's revenue climbed 13% to $3.41bn from $3.02bn, after a 6% rise in passenger numbers.", []),
    ("Brenn's net profit rose to $50m from $40m, a 20% increase in net profit.", ["20%"]),
])
def test_a_change_written_as_a_noun_is_of_what_it_names(text, found):
    assert [f.claims[0].text for f in findings_of(RULE, text, WHEN)] == found

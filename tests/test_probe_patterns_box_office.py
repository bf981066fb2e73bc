"""A box-office weekend: a drop against two takings, and a film's places in the chart.

Pattern: a chart story gives a film's second weekend against its debut ("took $22.8 million, down 38% from
its $41.2 million debut"), its place ("“Glass Harbor,” a romantic drama that had been expected to hold up
well, slipped to third place") and, later, the place again before its quoted title ("The second-placed
“Glass Harbor”"). Three things lost them:

- the debut had a metric ("debut" takings) and the second weekend none, so the change kept only one level;
  a level with no metric of its own is of the metric its clause names;
- a quote mark between a rank and the name after it hid the name, so the rank went to the studio;
- the relative clause before the rank ("that had been expected …") made the rank an earlier forecast.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

WHEN = "2025-06-16"
FIRST = ("“Glass Harbor,” a romantic drama from Calloway Pictures that had been expected to hold up well with "
         "older audiences, slipped to third place in its second weekend.")


@pytest.mark.parametrize("sentence, expected", [
    ("“Glass Harbor” took $22.8 million, down 38% from its $41.2 million debut.", ["error"]),
    ("“Glass Harbor” took $22.8 million, down 45% from its $41.2 million debut.", []),
    ("“Glass Harbor” took $22.8 million over the weekend, down 38% from the $41.2 million of its debut.", ["error"]),
])
def test_a_drop_against_the_debut(sentence, expected):
    assert [f.severity for f in findings_of("arithmetic.change", sentence, WHEN)] == expected


@pytest.mark.parametrize("later", [
    "The second-placed “Glass Harbor,” meanwhile, has taken $64 million so far.",
    "The second-placed \"Glass Harbor\" has taken $64 million so far.",
])
def test_a_place_before_a_quoted_title_is_the_title_s(later):
    found = findings_of("ranking.conflict", f"{FIRST}\n\nSales of popcorn rose.\n\n{later}", WHEN)
    assert [(f.severity, "Glass Harbor" in f.message) for f in found] == [("error", True)]


def test_a_place_that_fits_is_silent():
    later = "The third-placed “Glass Harbor” has taken $64 million so far."
    assert findings_of("ranking.conflict", f"{FIRST}\n\nSales of popcorn rose.\n\n{later}", WHEN) == []

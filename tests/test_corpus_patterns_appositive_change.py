"""arithmetic.change: a change set beside the comparison it sums up ("fell to £21.3m from £24.8m,
a drop of 22%") is checked against that comparison's two levels.

Pattern: a results story gives both levels, then the change as a noun phrase after a comma ("a drop
of", "an increase of", "a rise of about"). The change names no metric of its own; its levels are the
clause it stands beside. An amount after "by" ("raised by $20 to $480") is the change in money, never
a level.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of
from verify.frames.qualifiers import direction_of

WHEN = "2024-10-17"
OPENING = "Harlow Foods, the Leeds-based maker of chilled meals, reported half-year results on Wednesday.\n\n"


def _changes(text: str) -> list[str]:
    return [f.claims[0].text for f in findings_of("arithmetic.change", OPENING + text, WHEN)]


@pytest.mark.parametrize("holder", ["Pre-tax", "Its pre-tax", "Harlow's pre-tax", "The group's pre-tax"])
@pytest.mark.parametrize(("change", "flagged"), [("a drop of 22%", True), ("a drop of 14%", False),
                                                 ("a fall of about 14%", False), ("a decline of nearly 30%", True)])
def test_a_change_beside_its_comparison_is_checked_against_it(holder, change, flagged):
    text = f"{holder} profit fell to £21.3 million from £24.8 million a year earlier, {change}, as costs climbed."
    assert _changes(text) == ([change.split(" of ")[-1]] if flagged else [])


@pytest.mark.parametrize(("change", "flagged"), [("an increase of 10%", False), ("a rise of 30%", True)])
def test_a_rise_beside_its_comparison(change, flagged):
    text = f"Sales rose to $5.5 million from $5 million, {change}, the company said."
    assert bool(_changes(text)) is flagged


def test_an_amount_after_by_is_the_change_not_a_level():
    text = ("The support price was set at $500 a tonne, which was raised by $20 from $480 in 2023, "
            "an increase of about 4%.")
    assert _changes(text) == []


@pytest.mark.parametrize(("text", "sign"), [("Profit fell to $2m, a drop of 22%.", -1),
                                            ("Sales rose to $5m, an annual increase of 5%.", 1),
                                            ("It holds a share of 22%.", 0)])
def test_a_change_noun_of_a_percentage_gives_its_direction(text, sign):
    end = text.index("%") + 1
    start = text.rindex(" ", 0, end) + 1
    assert direction_of(text, start, end, (0, len(text))) == sign


@pytest.mark.parametrize(("change", "flagged"), [("a rise of 17.5%", False), ("a rise of 25%", True)])
@pytest.mark.parametrize("aside", ["which is reached by a 45-minute ferry ride from the coast",
                                   "which lies beyond a 12-mile causeway"])
def test_a_figure_joined_to_its_noun_is_no_level_of_the_change(change, flagged, aside):
    # "a 45-minute ferry ride" describes the ride: the levels are the visitor counts
    text = f"Visitor numbers to Skarra, {aside}, reached 9,400 last year, up from 8,000 in 2022, {change}."
    assert _changes(text) == (["25%"] if flagged else [])

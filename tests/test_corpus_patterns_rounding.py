"""One figure given twice at the same rounding, one unit apart: "€41.2 million" and later "€41.3 million".

Pattern: a figure is restated with its last digit changed. Each written value allows half a unit
either side for rounding, so the two intervals meet at the half-way point (€41.25m) and the figures
used to pass as compatible. But a value rounded the same way twice gives the same figure: two plain
figures written to the same unit that differ cannot both be right. A hedge ("about €41.3m"), a bound
("more than"), or a finer figure ("€41.25m") still allows both.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

PUBLISHED = "2026-03-02"
FIRST = "Norbank reported revenue of {first} for 2025, the lender said on Monday.\n\nAnalysts were pleased. "
LATER = ["{Owner} revenue of {second} for 2025 beat their forecasts.",
         "In a note to clients on Tuesday, analysts said {owner} revenue of {second} for 2025 beat forecasts."]


def _flagged(text: str) -> list[str]:
    return [f.message for f in findings_of("number.mismatch", text, PUBLISHED) if f.severity != "info"]


@pytest.mark.parametrize("later", LATER)
@pytest.mark.parametrize("owner", ["its", "the lender's", "Norbank's"])
@pytest.mark.parametrize(("first", "second"), [("€41.2 million", "€41.3 million"), ("€41.2 million", "€41.1 million"),
                                                ("€412 million", "€413 million"), ("€3.1bn", "€3.2bn")])
def test_a_restated_figure_one_unit_off_is_flagged(later, owner, first, second):
    text = FIRST.format(first=first) + later.format(owner=owner, Owner=owner[0].upper() + owner[1:], second=second)
    found = _flagged(text)
    assert len(found) == 1, text
    assert second.split()[0] in found[0] and first.split()[0] in found[0]


@pytest.mark.parametrize("second", ["€41.2 million", "about €41.3 million", "nearly €41.3 million",
                                    "€41.25 million", "more than €41.1 million", "€41,200,000"])
def test_a_figure_the_first_allows_is_silent(second):
    text = FIRST.format(first="€41.2 million") + LATER[0].format(Owner="Its", second=second)
    assert _flagged(text) == [], text


def test_one_unit_apart_for_another_year_is_silent():
    text = FIRST.format(first="€41.2 million") + "Its revenue of €41.3 million for 2024 was a record."
    assert _flagged(text) == []


def test_one_unit_apart_for_another_lender_is_silent():
    text = (FIRST.format(first="€41.2 million") + "Halvard Bank, a smaller rival, had revenue of €41.3 million "
            "for 2025, its chief said.")
    assert _flagged(text) == []


@pytest.mark.parametrize(("first", "second", "flagged"), [("412", "413", True), ("412", "412", False),
                                                          ("412", "about 413", False)])
def test_counts_one_unit_apart(first, second, flagged):
    text = (f"Norbank had {first} branches at the end of 2025, the lender said. "
            f"Analysts said its {second} branches at the end of 2025 were too many.")
    assert bool(_flagged(text)) is flagged, text


@pytest.mark.parametrize("expectation", ["the €41.3 million analysts had expected",
                                         "the €41.3 million the bank forecast",
                                         "the €41.3 million that economists predicted"])
def test_an_expectation_one_unit_apart_is_not_the_result(expectation):
    """ "beat the €41.3m analysts had expected": an expectation, not a second statement of the result."""
    text = FIRST.format(first="€41.2 million") + f"Its revenue for 2025 fell short of {expectation}."
    assert _flagged(text) == [], text
    assert findings_of("number.mismatch", text, PUBLISHED) == []


def test_a_figure_reached_as_expected_is_still_the_result():
    """ "as analysts expected" says the result matched a forecast: the figure is the result."""
    text = FIRST.format(first="€41.2 million") + "Its revenue for 2025 reached €41.3 million as analysts expected."
    assert len(_flagged(text)) == 1

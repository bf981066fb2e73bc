"""number.mismatch: a count a deal is made for ("has ordered 240 buses") is not the stock it adds to
("runs 1,150 buses"), however surely both are the same company's.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

WHEN = "2025-06-03"
LEAD = "Pennor Coaches, the Exeter-based bus and coach operator, has ordered 240 electric buses, it said on Monday.\n\n"


def _warned(text: str) -> list[str]:
    return [f.severity for f in findings_of("number.mismatch", text, WHEN) if f.severity in ("warning", "error")]


@pytest.mark.parametrize("later", [
    "Pennor currently runs 1,150 buses, of which 210 are electric.",
    "The operator runs 1,150 buses across the south-west.",
    "Pennor bought 300 buses from a rival in 2021.",
])
def test_a_deals_count_and_a_fleets_are_different_figures(later):
    assert _warned(LEAD + later) == []


def test_the_deal_restated_with_its_verb_is_still_compared():
    later = "Pennor Coaches said it had ordered 250 electric buses because demand had grown."
    assert _warned(LEAD + later) in (["error"], ["warning"])

"""arithmetic.change on a takeover: the target's closing price is the target's, though the bidder
is the sentence's subject.

Pattern: "Brenmark will pay 520p for each Tollis share, a premium of 30% to Friday's closing price of
400p", then "Tollis shares jumped 45% to 540p in London on Monday". The 400p is Tollis's price (the
nearest name before it that a share noun follows), so the jump is read from it: 400p to 540p is 35%.
Where a price trades ("in London") is no part of it, and a weekday after "in London on" is when, not
where. The bidder's own price is never compared with the target's.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of
from verify.frames.qualifiers import parts_of

WHEN = "2019-04-09"
OFFER = "Brenmark Industries will pay 520p for each Tollis share, a premium of 30% to Friday's closing price of 400p."


def _changes(text: str) -> list[tuple[str, str, str]]:
    return [tuple(c.text for c in f.claims) for f in findings_of("arithmetic.change", text, WHEN)]


@pytest.mark.parametrize("jump", ["Tollis shares jumped {} to 540p in London on Monday.",
                                  "Shares in Tollis jumped {} to 540p on Monday.",
                                  "Tollis's shares jumped {} to 540p in London on Monday."])
@pytest.mark.parametrize("between", [" ", "\n\n", "\n\nThe board backs the deal.\n\n"])
def test_a_jump_is_read_from_the_targets_closing_price(jump, between):
    assert _changes(OFFER + between + jump.format("45%")) == [("45%", "400p", "540p")]
    assert _changes(OFFER + between + jump.format("35%")) == []


def test_the_bidders_own_price_is_not_read_against_the_targets():
    text = f"{OFFER}\n\nTollis shares jumped 35% to 540p on Monday. Brenmark's shares fell 2% to 1,210p."
    assert _changes(text) == []
    assert findings_of("number.mismatch", text, WHEN) == []


def _parts(text: str) -> set[str]:
    figure = text.index("$80m")
    return parts_of(text, figure, figure + 4, (0, len(text)), metric_start=4, metric_end=9)


def test_a_place_a_figure_is_in_ends_before_the_day():
    assert _parts("Its sales rose 4% to $80m in Ohio on Tuesday.") == {"in:ohio"}
    assert _parts("Its sales rose 4% to $80m in March.") == set()
    assert _parts("Its sales rose 4% to $80m in New South Wales.") == {"in:new south wales"}

"""date.same-event: a date foreseen ("its final report is expected within 12 months", "will open in
June") is never the date something happened, so it is not compared with one ("a preliminary report
published on Friday"); two dates told as happened still are.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

RULE = "date.same-event"
WHEN = "2025-03-03"
FIRST = "The board of inquiry published its report on Friday, Kessa Air said."


@pytest.mark.parametrize("second", ["Its final report is expected within 12 months.",
                                    "The board said its next report would be published in June."])
def test_a_foreseen_date_is_not_the_date_it_happened(second):
    assert [f for f in findings_of(RULE, f"{FIRST}\n\n{second}", WHEN) if f.severity != "info"] == []


def test_two_dates_told_as_happened_are_compared():
    second = "The inquiry's report, published in January, named no cause."
    assert [f.severity for f in findings_of(RULE, f"{FIRST}\n\n{second}", WHEN)] == ["warning"]

"""date.weekday: a date written without its year, in a clause that looks ahead ("plan a dinner on Sunday,
Sept. 14"), is the coming occurrence its weekday names, though the year guessed was last year's; a date in
a past clause ("won the first leg on Wednesday 4 March") keeps its finding.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

RULE = "date.weekday"
WHEN = "2025-04-26"  # 14 September 2025 is a Sunday, 14 September 2024 a Saturday


@pytest.mark.parametrize("text", [
    "To mark the anniversary, the owners plan a dinner on Sunday, Sept. 14, at old prices.",
    "The bank held rates in March and meets next on Sunday, 14 September.",
    "The festival opens on Sunday, 14 September, organisers said.",
])
def test_a_looking_ahead_clause_takes_the_coming_year_its_weekday_names(text):
    assert findings_of(RULE, text, WHEN) == []


@pytest.mark.parametrize("text", [
    "Alder won the first leg 3-0 on Wednesday 4 March.",  # 4 March 2025 was a Tuesday
    "The owners plan a dinner on Monday, Sept. 14, at old prices.",  # no coming 14 September is a Monday
])
def test_a_past_clause_or_a_weekday_no_year_fits_is_reported(text):
    assert [f.severity for f in findings_of(RULE, text, WHEN)] == ["error"]

"""date.tense: a sentence that opens with a date still to come and tells its main clause in the past.

Pattern: a one-word edit turns "earlier this month" into "later this month" in "At the boat show in Genoa
earlier this month, three builders won prizes". The date stays a valid date; only the tense of the
clause it dates says it is wrong. Only a date that ends the phrase a sentence opens with is read, so
that it dates the main clause: a date inside a clause may date a noun ("announced a strike next week").

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

WHEN = "2026-01-24"


@pytest.mark.parametrize("sentence", [
    "At the electronics fair in Lyon later this month, three firms were given awards.",
    "Next week, the ferry operator cancelled 40 sailings because of the storm.",
    "During the talks in Oslo next month, the two sides agreed a ceasefire.",
    "Tomorrow, the council approved the budget by 31 votes to 17.",
])
def test_a_date_to_come_opening_a_past_clause_is_reported(sentence):
    found = findings_of("date.tense", f"Prices rose again. {sentence}", WHEN)
    assert [f.severity for f in found] == ["warning"]


@pytest.mark.parametrize("sentence", [
    "At the electronics fair in Lyon earlier this month, three firms were given awards.",
    "Next week, the ferry operator will cancel 40 sailings because of the storm.",
    "At the summit next month, leaders are expected to sign the treaty.",
    "The union announced a strike next week, a spokeswoman said.",
    "The forecaster has warned of another heatwave next week.",
    "Next month, the regulator could fine the company, lawyers said.",
    "\"Next week, we were told, the plant closes,\" a worker said.",
])
def test_a_date_that_fits_its_clause_or_dates_a_noun_is_silent(sentence):
    assert findings_of("date.tense", f"Prices rose again. {sentence}", WHEN) == []

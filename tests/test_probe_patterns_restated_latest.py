"""conversion.rate across sentences: a restatement of "the latest figure" is not of last year's.

Pattern: a property story gives the news figure ("rose by 7.1% to €412,500"), then, in another paragraph,
last year's ("A year earlier the average was €385,150.") and restates the news figure by reference ("The
latest figure, equivalent to about £360,000, …"). The restatement paired with the nearest amount in another
currency, last year's, and its rate looked 7% off. A sentence that opens by setting its figures in the
past ("A year earlier", "Last year") holds no amount a later sentence restates, unless that sentence is set
in the past too.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

RULE = "conversion.rate"
WHEN = "2025-09-24"  # ECB: 0.8731 GBP per EUR
NEWS = "The average asking price for a home in the country rose by 7.1% in the year to September, to €412,500."


@pytest.mark.parametrize("earlier", [
    "A year earlier the average asking price was €385,150.",
    "Last year the average asking price was €385,150.",
])
def test_a_restatement_of_the_latest_figure_is_not_read_against_last_year_s(earlier):
    text = f"{NEWS}\n\n{earlier} The latest figure, equivalent to about £360,000, is the highest on record."
    assert findings_of(RULE, text, WHEN) == []


def test_a_restatement_in_a_sentence_set_in_the_past_is_still_checked():
    text = f"{NEWS}\n\nA year earlier the average was €385,150. A year earlier, that was equivalent to about £400,000."
    assert [f.claims[0].text for f in findings_of(RULE, text, WHEN)] == ["about £400,000"]


def test_a_restatement_in_the_same_sentence_is_still_checked():
    text = f"{NEWS}\n\nA year earlier the average was €385,150, equivalent to about £400,000."
    assert [f.claims[0].text for f in findings_of(RULE, text, WHEN)] == ["about £400,000"]


def test_an_amount_restating_a_percentage_restates_no_other_currency():
    """ "will pay 60%, or €1.14bn": the "or" restates the 60%, not the dollar figure before it."""
    text = ("The project has a budget of €1.9bn, roughly $2.1bn at current rates. The government will pay 60%, "
            "or €1.14bn, and the province the rest.")
    assert [f.claims[0].text for f in findings_of(RULE, text, "2025-04-09")] == []

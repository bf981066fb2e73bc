"""conversion.rate: a restatement whose own hedge is its only cue ("£36.5m, about $52m").

Pattern: an amount followed by a comma and a hedged amount in another currency. The hedge ("about",
"roughly") belongs to the second figure's text, so nothing stands between the two but a comma; it
cues the restatement as "worth" or "about" between them would. Every sentence is invented here.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

RULE = "conversion.rate"
DAY = "2025-01-29"  # ECB: 1.0401 USD per EUR, 0.8376 GBP per EUR (1.2417 USD per GBP)


@pytest.mark.parametrize("hedge", ["about", "roughly", "around", "some"])
def test_a_hedged_restatement_after_a_comma_is_checked(hedge):
    text = f"A tribunal ordered the Ravelstone Group to pay £36.5m, {hedge} $52m, to a haulage firm."
    found = findings_of(RULE, text, DAY)
    assert [f.claims[0].text for f in found] == [f"{hedge} $52m"]


@pytest.mark.parametrize("text", [
    "A tribunal ordered the Ravelstone Group to pay £36.5m, about $45m, to a haulage firm.",
    "The city approved a budget of €1.9bn, roughly $2bn, on Tuesday.",
])
def test_a_hedged_restatement_at_the_day_rate_is_silent(text):
    assert findings_of(RULE, text, DAY) == []


def test_an_unhedged_second_amount_after_a_comma_is_no_restatement():
    """ "£36.5m, $52m" is a list of two amounts, not one amount restated."""
    text = "The Ravelstone Group paid £36.5m, $52m and €8m in three settlements."
    assert findings_of(RULE, text, DAY) == []


def test_the_restated_amount_may_sit_in_a_later_sentence_of_the_paragraph_only_with_a_cue():
    text = ("The city approved a budget of €1.9bn on Tuesday. About $2.6bn of contracts were signed "
            "by other cities last year.")
    assert findings_of(RULE, text, DAY) == []


def test_a_hedge_after_other_words_is_no_cue():
    """ "€10bn, and its sales rose by about $70m": the hedge belongs to another figure's change."""
    text = "Its debt fell by €2bn to €7bn from €10bn, and its sales rose by about $70m to $610m from $540m."
    assert findings_of(RULE, text, DAY) == []

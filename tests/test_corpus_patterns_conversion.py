"""conversion.internal: with no ECB rate to hold them to, an article's restatements are each other's reference.

Pattern: a budget or an earnings list restates many amounts in a second currency ("80bn rupees
($1.8bn)") where the ECB quoted no rate that day (the rupee before 2009), or the article has no
date. They agree on one rate; one restatement that implies a rate far from it is a slip. The rounding
of what is written ("$2,300", "100,000 rupees") and a hedge widen what a figure allows, so only a
restatement no rounding can reconcile is reported.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import RULES, findings_of
from verify.document import Document
from verify.engine import run_rules
from verify.extract import extract_claims

RULE = "conversion.internal"
BUDGET = [
    "The Delhi council set aside 64bn rupees ($1.45bn) for schools.",
    "It gave 88bn rupees ($2bn) to hospitals.",
    "Roads got 31bn rupees ($700m).",
    "A further 110bn rupees ($2.5bn) goes to housing.",
]
OFF = "Water works will receive 500bn rupees ($14bn)."  # 35.7 rupees to the dollar, against about 44
RIGHT = "Water works will receive 500bn rupees ($11.4bn)."


def _budget(extra: str, where: int = 2, paragraphs: bool = False) -> str:
    sentences = [*BUDGET[:where], extra, *BUDGET[where:]]
    return ("\n\n" if paragraphs else " ").join(sentences)


@pytest.mark.parametrize("where", [0, 2, 4])
@pytest.mark.parametrize("paragraphs", [False, True])
def test_a_restatement_far_from_the_others_rate_is_reported(where, paragraphs):
    found = findings_of(RULE, _budget(OFF, where, paragraphs), "2005-03-01")
    assert [(f.severity, f.claims[0].text) for f in found] == [("warning", "$14bn")]
    assert "INR per USD" in found[0].message


@pytest.mark.parametrize("where", [0, 2, 4])
def test_a_restatement_at_the_others_rate_is_silent(where):
    assert findings_of(RULE, _budget(RIGHT, where), "2005-03-01") == []


def test_rounding_of_a_whole_number_is_allowed():
    """ "($2,300)" for 100,000 rupees is 43.5 rupees to the dollar, and may be 2,250–2,350."""
    text = _budget("The tax threshold rises to 100,000 rupees ($2,300).")
    assert findings_of(RULE, text, "2005-03-01") == []


def test_a_hedged_restatement_gets_more_room():
    text = _budget("Ports get about 50bn rupees ($1.30bn).")  # at best 39 to the dollar: 11.5 % off, hedged
    assert findings_of(RULE, text, "2005-03-01") == []
    text = _budget("Ports get 50bn rupees ($1.30bn).")
    assert [f.claims[0].text for f in findings_of(RULE, text, "2005-03-01")] == ["$1.30bn"]


def test_two_restatements_are_no_consensus():
    text = f"{BUDGET[0]} {OFF}"
    assert findings_of(RULE, text, "2005-03-01") == []


def test_others_that_disagree_among_themselves_are_no_reference():
    text = ("The fund paid 64bn rupees ($1.45bn) in 2005. It paid 88bn rupees ($2.9bn) in 1990. "
            "It paid 31bn rupees ($1.3bn) in 1982. " + OFF)
    assert findings_of(RULE, text, "2005-03-01") == []


def test_a_pair_the_ecb_quoted_is_left_to_conversion_rate():
    text = ("The club paid €30m (£20.5m) for the striker, €15m (£10.3m) for a winger and €6m (£4.1m) for "
            "a goalkeeper. Its new stand cost €20m (£18m).")
    assert findings_of(RULE, text, "2005-03-01") == []
    assert [f.claims[0].text for f in findings_of("conversion.rate", text, "2005-03-01")] == ["£18m"]


def test_an_undated_article_is_checked_against_itself():
    text = ("The club paid €30m (£20.5m) for the striker, €15m (£10.3m) for a winger and €6m (£4.1m) for "
            "a goalkeeper. Its new stand cost €20m (£18m).")
    doc = Document.from_plain("undated.txt", text)
    found = [f for f in run_rules(doc, extract_claims(doc, None), None, RULES) if f.rule == RULE]
    assert [(f.severity, f.claims[0].text) for f in found] == [("warning", "£18m")]


def test_amounts_in_one_currency_are_no_restatements():
    text = "The council spent $1.45bn on schools, $2bn on hospitals, $700m on roads and $14bn on water."
    assert findings_of(RULE, text, "2005-03-01") == []


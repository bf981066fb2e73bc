"""Quarters told in the past tense, and list items with no verb of their own.

Pattern: a July report gives "output was 51,000 tonnes in the September quarter, 52,400 in December
and 50,100 in March". A quarter figure told in the past is of a quarter already over, so "the
September quarter" is last year's (not the one under way at publication); and "52,400 in December"
has no verb, so its month takes the tense of the clause it continues (last December, not the next).
A future clause still looks forward, and a clause with its own verb keeps its own tense.

Every sentence is invented for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from verify.document import Document
from verify.extract import extract_claims
from verify.extract.tense import tense_at

JULY = date(2015, 7, 23)


def _dates(text: str, published: date = JULY) -> dict[str, str]:
    doc = Document.from_plain("invented.txt", text)
    return {c.text: c.value["start"] for c in extract_claims(doc, published) if c.type == "date"}


@pytest.mark.parametrize("quarter", ["the September quarter", "the third quarter"])
def test_a_quarter_under_way_told_in_the_past_is_last_years(quarter):
    assert _dates(f"Output was 51,000 tonnes in {quarter}.")[quarter] == "2014-07-01"


def test_a_quarter_already_over_told_in_the_past_is_this_years():
    assert _dates("Output was 51,000 tonnes in the June quarter.")["the June quarter"] == "2015-04-01"


@pytest.mark.parametrize("verb", ["will be", "is expected to be"])
def test_a_quarter_told_in_the_future_is_the_one_under_way(verb):
    assert _dates(f"Output {verb} 51,000 tonnes in the September quarter.")["the September quarter"] == "2015-07-01"


def test_list_items_without_a_verb_take_the_tense_of_the_clause_they_continue():
    found = _dates("Output was 51,000 tonnes in the September quarter, 52,400 in December and 50,100 in March.")
    assert found == {"the September quarter": "2014-07-01", "December": "2014-12-01", "March": "2015-03-01"}
    found = _dates("The mine will ship 51,000 tonnes in the September quarter, 52,400 in December and 50,100 "
                   "in March.")
    assert found == {"the September quarter": "2015-07-01", "December": "2015-12-01", "March": "2016-03-01"}


def test_a_clause_with_a_verb_of_its_own_keeps_its_tense():
    text = "Prices fell sharply last year, but they will rise in March."
    at = text.index("March")
    assert tense_at(text, 0, len(text), at, at + 5) == "future"
    text = "Output was 51,000 tonnes in 2014, 52,400 in December."
    at = text.index("December")
    assert tense_at(text, 0, len(text), at, at + 8) == "past"


def _periods(text: str, published: date = JULY) -> dict[str, str | None]:
    doc = Document.from_plain("invented.txt", text)
    return {c.text: str(c.frame.period.start) for c in extract_claims(doc, published)
            if c.type == "quantity" and c.frame is not None}


def test_each_item_of_a_list_takes_the_date_its_preposition_ties_to_it():
    found = _periods("Output was 51,000 tonnes in the September quarter, 52,400 in December and 50,100 in March.")
    assert found == {"51,000 tonnes": "2014-07-01", "52,400": "2014-12-01", "50,100": "2015-03-01"}


def test_a_figure_with_no_date_of_its_own_still_takes_the_nearest():
    found = _periods("In the September quarter, output was 51,000 tonnes, the miner said.")
    assert found == {"51,000 tonnes": "2014-07-01"}

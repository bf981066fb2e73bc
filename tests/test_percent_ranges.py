"""Percentages written as a range ("a 3-5% rise") and dashes that are no minus sign. Every
sentence is invented."""

from __future__ import annotations

import pytest

from verify.extract.percent import find_percent


@pytest.mark.parametrize(("text", "written", "value"), [
    ("Analysts expect a 3-5% rise in fares.", "3-5%", {"amount": 3.0, "max": 5.0, "range": True}),
    ("The bank aims for inflation in a 0–2% band.", "0–2%", {"amount": 0.0, "max": 2.0, "range": True}),
    ("Margins of 10.5-12% are normal here.", "10.5-12%", {"amount": 10.5, "max": 12.0, "range": True}),
])
def test_a_range_is_one_figure_with_both_ends(text, written, value):
    (claim,) = find_percent(text)
    assert (text[claim.start:claim.end], claim.value) == (written, value)


@pytest.mark.parametrize(("text", "written", "amount"), [
    ("Output changed by -2% in May.", "-2%", -2.0),  # a sign after a space is a minus
    ("Output fell (-2%) in May.", "-2%", -2.0),
    ("The year-on-year-2% figure was revised.", "2%", 2.0),  # a dash after a word joins a compound
    ("Between 2019-2021 5% of staff left.", "5%", 5.0),  # a year range before the figure is no range of it
])
def test_a_dash_after_a_word_or_number_is_no_minus(text, written, amount):
    claim = next(c for c in find_percent(text) if text[c.start:c.end] == written)
    assert claim.value["amount"] == amount and "range" not in claim.value

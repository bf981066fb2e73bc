"""A summary's sentence that joins two of its source's ("reported a fall in meal sales and forecast bakery
revenue of $9bn in 2024"): the figure's own conjunct aligns with the source sentence stating it. Every sentence is
invented."""

from __future__ import annotations

import pytest

from tests.checking import evidence_status
from verify.evidence.alignment import Sentence
from verify.evidence.spans import Span

SOURCE = ("Harlow Foods posted a sharp fall in frozen meal sales in the second half, its chief executive told "
          "analysts on a call. For the full year of 2024, Harlow Foods expects its bakery arm to deliver revenue "
          "of $3bn.")


@pytest.mark.parametrize(("summary", "expected"), [
    ("Harlow Foods reported a fall in frozen meal sales and forecast bakery revenue of $9bn in 2024.", "contradicted"),
    ("Harlow Foods reported a fall in frozen meal sales and forecast bakery revenue of $3bn in 2024.", "supported"),
    ("The company reported a fall in frozen meal sales but forecast bakery revenue of $9bn in 2024.", "contradicted"),
    ("Harlow Foods reported a fall in frozen meal sales and forecast pasta revenue of $9bn in 2025.", "unverified"),
    ("Harlow Foods reported a fall in frozen meal sales and forecast bakery profits of $9bn in 2024.", "unverified"),
])
def test_a_figure_s_own_conjunct_aligns_with_the_sentence_stating_it(store_url, summary, expected):
    figure = "$9bn" if "$9bn" in summary else "$3bn"
    assert evidence_status(store_url, [SOURCE], summary, figure, None) == expected


def test_a_conjunct_is_the_words_after_the_conjunction_with_its_dates_as_values():
    text = "Sales fell and it forecast bakery revenue of $9bn in 2024."
    at = text.index("$9bn")
    money = Span("money", at, at + 4, "$9bn", {"amount": 9e9, "currency": "USD"})
    year = Span("date", at + 8, at + 12, "2024", {"start": "2024-01-01", "end": "2024-12-31"})
    conjunct = Sentence(text, [money, year]).conjunct(money)
    assert conjunct is not None and conjunct.wording == "it forecast bakery revenue of in"
    assert conjunct.words == {"forecast", "bakery", "revenue", "<2024-01-01/2024-12-31>"}
    alone = Span("money", 28, 32, "$9bn", {})
    assert Sentence("It forecast bakery revenue of $9bn.", [alone]).conjunct(alone) is None

"""How a figure's frame reads the words around it, so that two readings of one figure meet:

- the metric named before a figure is the phrase ending nearest it, the longest of those, and a phrase
  that starts inside a longer one is a second reading of the same words and yields to it ("all-in
  sustaining cost of A$1,310" is a cost, though "cost of" alone names a price);
- a span one side names ("for the June quarter" before the figure: span:quarter) is said by the other
  side's stated period when that is a quarter long.

Every sentence is invented for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from verify.document import Document
from verify.extract import extract_claims

WHEN = date(2018, 7, 20)


def metric_of(text: str, figure: str) -> str | None:
    claims = extract_claims(Document.from_plain("invented.txt", text), WHEN)
    return next(c.frame.metric for c in claims if c.text == figure and c.frame is not None)


@pytest.mark.parametrize(("text", "figure", "metric"), [
    ("Karvell Gold's all-in sustaining cost of A$1,310 an ounce was the lowest.", "A$1,310", "cost"),
    ("The all-in sustaining cost of A$1,310 an ounce beat forecasts.", "A$1,310", "cost"),
    ("Its cash cost of $700 an ounce rose.", "$700", "cost"),
    ("The all-in sustaining cost was A$1,310 an ounce.", "A$1,310", "cost"),
    ("Tickets went on sale at a cost of $45 each.", "$45", "price"),  # "cost of" on its own
])
def test_a_phrase_inside_a_longer_one_yields_to_it(text, figure, metric):
    assert metric_of(text, figure) == metric


@pytest.mark.parametrize("later", [
    "Karvell Gold's all-in sustaining cost of A$1,310 an ounce for the June quarter was the lowest.",
    "Its all-in sustaining cost of A$1,310 an ounce for the June quarter was the lowest.",
    "The miner's all-in sustaining cost of A$1,310 an ounce for the June quarter was the lowest.",
])
def test_a_span_named_on_one_side_is_said_by_the_others_stated_period(later):
    """"for the June quarter" before one figure reads as span:quarter; after the other (and its "an
    ounce") it is only that figure's stated period, which is a quarter long: the two meet."""
    from verify import Checker

    text = ("Karvell Gold's all-in sustaining cost for the June quarter was A$1,210 an ounce.\n\n"
            f"The miner produced 98,000 ounces.\n\n{later}\n")
    report = Checker(no_config=True).check_text(text, name="x.txt", published=WHEN)
    assert [f.rule for f in report.findings] == ["number.mismatch"]


@pytest.mark.parametrize("later", [
    "Karvell Gold's all-in sustaining cost of A$1,310 an ounce for the March quarter was higher.",  # another quarter
    "Karvell Gold's all-in sustaining cost of A$1,310 an ounce in 2018 was the lowest.",  # a year, not a quarter
])
def test_a_span_does_not_join_figures_of_other_periods(later):
    from verify import Checker

    text = ("Karvell Gold's all-in sustaining cost for the June quarter was A$1,210 an ounce.\n\n"
            f"The miner produced 98,000 ounces.\n\n{later}\n")
    report = Checker(no_config=True).check_text(text, name="x.txt", published=WHEN)
    assert [f.rule for f in report.findings] == []

"""date.span: a duration written as a span against the dates its sentence gives for its start and end.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest
from checking import findings_of

RULE = "date.span"


def spans(text: str, published: str = "2025-11-21") -> list[tuple[str, str]]:
    return [(f.severity, f.message) for f in findings_of(RULE, text, published)]


@pytest.mark.parametrize("subject", ["The 19-day strike", "The union's 19-day strike", "Their 19-day walkout"])
@pytest.mark.parametrize("end", ["ended on Thursday", "ended on 20 November", "was called off on Thursday"])
def test_a_stated_start_and_end_against_the_span(subject, end):
    (found,) = spans(f"{subject}, which began on 27 October, {end}.")
    assert found[0] == "warning" and "24 days" in found[1]


@pytest.mark.parametrize("text", [
    "The 25-day strike, which began on 27 October, ended on Thursday.",
    "The 24-day strike, which began on 27 October, ended on Thursday.",  # both ends counted or not
    "Marta Lind ran the Oslo office for 15 years, from 2004 until she retired in 2019.",
    "Marta Lind ran the Oslo office for 14 years, from 2004 until she retired in 2019.",  # within a year
    # a span with no end date in its sentence says nothing of the dates
    "The 19-day strike began on 27 October. Talks resumed on Thursday.",
    # a gap between two events is date.interval's, not a span
    "The strike ended 19 days after it began on 27 October, on Thursday.",
])
def test_spans_that_fit_or_are_not_spans_are_silent(text):
    assert [s for s, _ in spans(text)] == [], text


def test_an_inferred_start_is_reported_at_info():
    text = "In 1968 the board gave Lind the post. She kept it for 27 years, until she stepped down in 1991."
    (found,) = spans(text)
    assert found[0] == "info" and "23 years" in found[1]


def test_an_inferred_start_that_fits_keeps_it_silent():
    text = "Lind joined in 1962 and took the post in 1968. She kept it for 23 years, until she stepped down in 1991."
    assert spans(text) == []

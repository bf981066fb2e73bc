"""date.span: a duration written as a span against the dates its sentence gives for its start and end.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest
from checking import findings_of

RULE = "date.span"


def spans(text: str, published: str = "2025-11-21") -> list[tuple[str, str]]:
    return [(f.severity, f.message) for f in findings_of(RULE, text, published)]


@pytest.mark.parametrize("subject", ["The 9-day lockout", "The union's 9-day lockout", "Their 9-day stoppage"])
@pytest.mark.parametrize("end", ["ended on Thursday", "ended on 20 November", "was called off on Thursday"])
def test_a_stated_start_and_end_against_the_span(subject, end):
    (found,) = spans(f"{subject}, which began on 3 November, {end}.")
    assert found[0] == "warning" and "17 days" in found[1]


@pytest.mark.parametrize("text", [
    "The 18-day lockout, which began on 3 November, ended on Thursday.",
    "The 17-day lockout, which began on 3 November, ended on Thursday.",  # both ends counted or not
    "Marta Lind ran the Oslo office for 15 years, from 2004 until she retired in 2019.",
    "Marta Lind ran the Oslo office for 14 years, from 2004 until she retired in 2019.",  # within a year
    # a span with no end date in its sentence says nothing of the dates
    "The 9-day lockout began on 3 November. Talks resumed on Thursday.",
    # a gap between two events is date.interval's, not a span
    "The lockout ended 9 days after it began on 3 November, on Thursday.",
])
def test_spans_that_fit_or_are_not_spans_are_silent(text):
    assert [s for s, _ in spans(text)] == [], text


def test_an_inferred_start_is_reported_at_info():
    """A date in the sentence before that takes nothing up is only a guess at the start (a sentence that
    gives her the post on one date states it: tests/test_corpus_patterns_span_taken_up.py)."""
    text = "The orchestra nearly closed in 1984. Lind held the post for 30 years, until she retired in 2010."
    (found,) = spans(text)
    assert found[0] == "info" and "26 years" in found[1]


def test_an_inferred_start_that_fits_keeps_it_silent():
    text = "Lind joined in 1979 and took the post in 1984. She held it for 26 years, until she retired in 2010."
    assert spans(text) == []

"""A post held "for 19 years, until 1990" against the year the sentence before says it was taken up.

Pattern: one sentence tells when someone took something up ("After the founding editor quit in 1962,
the trustees handed the 41-year-old the role"; "In 1974 she was appointed editor"), and the next says
how long it was kept ("She led it for 19 years, until her retirement in 1981"). The start is stated, one
sentence back: the span must fit it, and a misfit is a warning, not a guess reported at info. A
sentence before that takes nothing up, or names two years, leaves the start a guess (info).

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

PUBLISHED = "2026-05-04"
TAKEN_UP = [
    "After the founding editor quit suddenly in 1971, the trustees handed the 35-year-old the role.",
    "In 1971 the trustees gave her the post.",
    "She was appointed director of the Halvern Institute in 1971.",
    "In 1971, at 35, she took over the Halvern Institute.",
]
HELD = [
    "She led it for {years} years, until she left in 1990.",
    "She held the post for {years} years, until she retired in 1990.",
    "She ran the place for {years} years, until she resigned in 1990.",
]


def _spans(text: str) -> list[str]:
    return [f.severity for f in findings_of("date.span", text, PUBLISHED)]


@pytest.mark.parametrize("taken", TAKEN_UP)
@pytest.mark.parametrize("held", HELD)
def test_a_span_that_misses_the_year_the_post_was_taken_up_is_a_warning(taken, held):
    text = "Mira Halden trained in Vienna. " + taken + " " + held.format(years=24)
    assert _spans(text) == ["warning"], text


@pytest.mark.parametrize("taken", TAKEN_UP)
@pytest.mark.parametrize("held", HELD)
def test_a_span_that_fits_is_silent(taken, held):
    text = "Mira Halden trained in Vienna. " + taken + " " + held.format(years=19)
    assert _spans(text) == [], text


def test_a_sentence_that_takes_nothing_up_leaves_the_start_a_guess():
    text = ("Mira Halden trained in Vienna. The orchestra nearly closed in 1971. "
            "She led it for 24 years, until she left in 1990.")
    assert _spans(text) == ["info"]


def test_two_years_in_the_sentence_before_leave_the_start_a_guess():
    text = ("Mira Halden joined the orchestra in 1965 and was given the post in 1971. "
            "She led it for 24 years, until she left in 1990.")
    assert "warning" not in _spans(text)

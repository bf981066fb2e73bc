"""A post held "for 27 years, until 1991" against the year the sentence before says it was taken up.

Pattern: one sentence tells when someone took something up ("When its director left in 1968, the
board gave the 37-year-old the job"; "In 1974 she was appointed editor"), and the next says how long
it was kept ("He kept it for 27 years, until he stepped down in 1991"). The start is stated, one
sentence back: the span must fit it, and a misfit is a warning, not a guess reported at info. A
sentence before that takes nothing up, or names two years, leaves the start a guess (info).

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

PUBLISHED = "2026-05-04"
TAKEN_UP = [
    "When its principal conductor left abruptly in 1971, the board gave the 35-year-old the job.",
    "In 1971 the board gave her the post.",
    "She was appointed director of the Halvern Institute in 1971.",
    "In 1971, at 35, she took over the Halvern Institute.",
]
HELD = [
    "She kept it for {years} years, until she stepped down in 1994.",
    "She held the post for {years} years, until she retired in 1994.",
    "She ran it for {years} years, until she stepped down in 1994.",
]


def _spans(text: str) -> list[str]:
    return [f.severity for f in findings_of("date.span", text, PUBLISHED)]


@pytest.mark.parametrize("taken", TAKEN_UP)
@pytest.mark.parametrize("held", HELD)
def test_a_span_that_misses_the_year_the_post_was_taken_up_is_a_warning(taken, held):
    text = "Mira Halden trained in Vienna. " + taken + " " + held.format(years=27)
    assert _spans(text) == ["warning"], text


@pytest.mark.parametrize("taken", TAKEN_UP)
@pytest.mark.parametrize("held", HELD)
def test_a_span_that_fits_is_silent(taken, held):
    text = "Mira Halden trained in Vienna. " + taken + " " + held.format(years=23)
    assert _spans(text) == [], text


def test_a_sentence_that_takes_nothing_up_leaves_the_start_a_guess():
    text = ("Mira Halden trained in Vienna. The orchestra nearly closed in 1971. "
            "She kept it for 27 years, until she stepped down in 1994.")
    assert _spans(text) == ["info"]


def test_two_years_in_the_sentence_before_leave_the_start_a_guess():
    text = ("Mira Halden joined the orchestra in 1965 and was given the post in 1971. "
            "She kept it for 27 years, until she stepped down in 1994.")
    assert "warning" not in _spans(text)

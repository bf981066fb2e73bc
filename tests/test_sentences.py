"""Sentence boundaries of prose (:class:`verify.extract.context.TextContext`), including text scraped
without the space after a stop. Every sentence is invented."""

from __future__ import annotations

import pytest

from verify.extract.context import TextContext


def split(text: str) -> list[str]:
    context = TextContext(text)
    return [context.text[start:end] for start, end in context.sentences]


@pytest.mark.parametrize(("text", "expected"), [
    ("The ferry left at noon.It reached Brenna by six.", ["The ferry left at noon.", "It reached Brenna by six."]),
    ("Was it late?Nobody said.", ["Was it late?", "Nobody said."]),
    ("The ferry left at noon. It reached Brenna by six.", ["The ferry left at noon.", "It reached Brenna by six."]),
])
def test_a_stop_between_words_ends_a_sentence_with_or_without_a_space(text, expected):
    assert split(text) == expected


@pytest.mark.parametrize("text", [
    "Tickets are sold on booking.com and at the pier.",  # a domain name
    "The timetable lists the U.S.A. and Canada.",  # capitals around the stops
    "Dr. Varga met Mr. Reyes at the pier.",  # abbreviations, with their space
    "The score was 3.5 after the first round.",  # a decimal point
])
def test_a_stop_inside_a_name_a_number_or_an_abbreviation_does_not(text):
    assert split(text) == [text]

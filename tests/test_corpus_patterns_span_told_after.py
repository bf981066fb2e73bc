"""date.span: how long something took, told in one sentence, against the start and end the next
sentence states.

Pattern: "The depot took 27 months to build, the council said. Construction began in June 2022 and
finished in June 2024." Nothing in the first sentence dates either end; the next one states both, with
their cues, so the 24 months it gives contradict the 27. A next sentence that dates something else —
years long where the span is weeks — is about another span, and a sentence that states only one end
gives no gap.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

RULE = "date.span"
WHEN = "2024-09-12"


def _gaps(text: str) -> list[str]:
    return [f.message.split("that is ")[1].split(" (")[0] for f in findings_of(RULE, text, WHEN)]


@pytest.mark.parametrize("first", [
    "The depot took 27 months to build, the council said.",
    "It took 27 months to build, the council said.",
    "Building the depot, the council said, took just 27 months.",
])
@pytest.mark.parametrize("second", [
    "Construction began in June 2022 and finished in June 2024.",
    "Work started in June 2022 and ended in June 2024.",
])
def test_a_span_against_both_ends_stated_in_the_next_sentence(first, second):
    assert _gaps(f"{first} {second}") == ["24 months"]


def test_a_span_in_days_against_the_next_sentence():
    text = "The stoppage lasted 19 days. It began on 27 October 2023 and ended on 20 November 2023."
    assert _gaps(text) in (["24 days"], ["25 days"])


def test_the_next_sentence_may_open_the_next_paragraph():
    text = "The depot took 27 months to build.\n\nConstruction began in June 2022 and finished in June 2024."
    assert _gaps(text) == ["24 months"]


@pytest.mark.parametrize("text", [
    "The depot took 24 months to build. Construction began in June 2022 and finished in June 2024.",
    "The trial lasted six weeks. Hale joined the council in 2001 and left in 2012.",
    "The depot took 27 months to build. Construction finished in June 2024.",
    "The depot took 27 months to build. Construction began in June 2022, after clearing started in May 2022, "
    "and finished in June 2024.",
    "The depot took 27 months to build. Its opening was delayed. Construction began in June 2022 and finished "
    "in June 2024.",
])
def test_a_fitting_span_another_span_one_end_two_starts_or_a_sentence_between_is_silent(text):
    assert _gaps(text) == []

"""A count of nothing named takes the metric its clause's subject names, when the clause's verb gives
it ("The death toll from the floods that swept the valley at the weekend climbed to at least 96"), however
far the subject is from the figure. Only counted metrics are taken (deaths, attendance, votes), never
an amount ("unit sales totalled 1,751,000" is no revenue), and not across another number.

Every sentence is invented for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from verify.document import Document
from verify.extract import extract_claims
from verify.frames.build import build_frames

WHEN = date(2024, 5, 8)


def metric_of(text: str, figure: str) -> str | None:
    doc = Document.from_plain("invented.txt", text)
    claims = extract_claims(doc, WHEN)
    frames = build_frames(doc, claims, WHEN, roles=False)
    return next(f.metric for f in frames if f.claim.text == figure)


@pytest.mark.parametrize(("text", "figure", "metric"), [
    ("The death toll from the floods that swept the Orvale valley at the weekend climbed to at least 96 on Tuesday.",
     "at least 96", "deaths"),
    ("By Tuesday evening the death toll stood at 69, the agency said.", "69", "deaths"),
    ("Attendance at the final on Sunday was 9,600, the league said.", "9,600", "attendance"),
    ("The number of votes cast for the mayor in the last round reached 41,200.", "41,200", "votes"),
])
def test_a_count_takes_its_subjects_metric(text, figure, metric):
    assert metric_of(text, figure) == metric


@pytest.mark.parametrize(("text", "figure"), [
    ("Fourth-quarter unit sales at the carmaker totalled 412,000.", "412,000"),  # a count is no revenue
    ("The death toll from 12 separate storms rose to 96.", "96"),  # another number between
    ("Officials gave no death toll but said 40 were still missing.", "40"),  # not the subject's value
])
def test_a_count_with_no_counted_subject_stays_unnamed(text, figure):
    assert metric_of(text, figure) is None

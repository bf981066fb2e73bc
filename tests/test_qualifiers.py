"""Qualifier readers of verify/frames/qualifiers.py, at a position inside a longer text."""

from __future__ import annotations

import pytest

from verify.frames.qualifiers import aspect_of, modality_of, per_unit, span_of


@pytest.mark.parametrize(("after", "per"), [(" a share, up", "share"), (" a year earlier, up", None),
                                             (" a year ago", None), (" per tonne", "tonne")])
def test_a_rate_is_not_a_date(after, per):
    text = "Profit was $142m" + after
    assert per_unit(text, len("Profit was $142m")) == per


@pytest.mark.parametrize(("text", "aspect"), [
    ("Halden posted a 52% rise in bookings.", "change"),
    ("Halden said sales rose 52% last year.", "change"),
    ("Halden holds 52% of the market.", "share"),
    ("Halden's margin was 52% last year.", "level"),
    ("Halden forecast a 52% price drop.", "change"),
    ("Halden's 52% sales growth beat forecasts.", "change"),
])
def test_the_aspect_of_a_percentage_read_on_either_side(text, aspect):
    start = text.index("52%")
    assert aspect_of(text, start, start + 3, (0, len(text))) == aspect


@pytest.mark.parametrize(("text", "span"), [
    ("For the whole of 2024, its annual revenue climbed 5.2% to $104bn.", "year"),
    ("Fourth-quarter revenue rose 3.9% to $27.4bn.", "quarter"),
    ("Revenue rose 3.9% to $27.4bn.", None),
])
def test_how_long_a_period_a_figure_covers(text, span):
    start = text.index("$")
    assert span_of(text, start, (0, len(text)), (0, len(text))) == span


@pytest.mark.parametrize(("text", "modality"), [
    ("Should the lender's forecast of a 3% slide prove right, rents will be lower.", "forecast"),
    ("If prices drop 3%, the bank will cut rates.", "hypothetical"),
    ("The bank's forecast of 3% growth was kept.", "forecast"),
])
def test_a_forecast_noun_makes_a_forecast_even_under_if(text, modality):
    start = text.index("3%")
    assert modality_of(text, start, start + 2, (0, len(text))) == modality

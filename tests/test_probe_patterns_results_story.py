"""A results story's quarters, dividends and comparisons.

- "£412m in the first quarter, £430m in the second and £455m in the third": the later quarters are named by
  their ordinal alone, and are quarters of the first one's year (``extract.periods.elliptical_quarters``),
  so arithmetic.periods can sum them against the year.
- "a dividend of 15.2p a share": "a share" is what the amount is per; the metric is the dividend named before
  it, and "against 13.1p" after it is not a share price either.
- "15.2p a share, against 13.1p for 2024": the year after the figure set against this one is that figure's.
- "raised the final dividend by 6 per cent": what moved, then "by", is a change.

Every sentence is invented for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.checking import findings_of
from verify.document import Document
from verify.extract import extract_claims

WHEN = "2026-03-05"
YEAR = "Tollan Bakeries said revenue rose 3 per cent to £1.72bn in 2025."


def _frames(text: str) -> dict[str, object]:
    claims = extract_claims(Document.from_plain("p.txt", text), date.fromisoformat(WHEN))
    return {c.text: c.frame for c in claims}


def _warned(rule: str, text: str) -> list[str]:
    return [f.severity for f in findings_of(rule, text, WHEN) if f.severity in ("warning", "error")]


@pytest.mark.parametrize("quarters", [
    "Revenue was £412m in the first quarter, £430m in the second and £455m in the third, before the holidays "
    "lifted fourth-quarter sales to £498m.",
    "Sales were £412m in the first quarter, £430m in the second, £455m in the third and £498m in the fourth.",
])
def test_quarters_named_by_ordinal_alone_are_summed_against_the_year(quarters):
    assert _warned("arithmetic.periods", f"{YEAR}\n\n{quarters}") != []  # 1,795 is not 1,720


def test_quarters_that_add_up_are_silent():
    text = (f"{YEAR}\n\nSales were £412m in the first quarter, £430m in the second, £410m in the third "
            "and £468m in the fourth.")
    assert _warned("arithmetic.periods", text) == []


def test_an_ordinal_that_is_no_quarter_is_not_read_as_one():
    frames = _frames("Sales were £412m in the first quarter. The team finished in the second division.")
    assert "the second" not in frames


def test_the_later_quarters_take_the_first_ones_year():
    frames = _frames("Sales were £412m in the first quarter of 2025, £430m in the second and £455m in the third.")
    assert [frames[t].period.start for t in ("£412m", "£430m", "£455m")] == \
        [date(2025, 1, 1), date(2025, 4, 1), date(2025, 7, 1)]


@pytest.mark.parametrize("text", [
    "The total dividend for the year is 15.2p a share, against 13.1p for 2024.",
    "The board proposed a final dividend of 15.2p per share, compared with 13.1p in 2024.",
])
def test_an_amount_a_share_is_the_metric_named_before_it(text):
    frames = _frames(text)
    assert frames["15.2p"].metric == frames["13.1p"].metric == "dividend"
    assert frames["15.2p"].period.kind != "stated"  # 2024 is the earlier figure's
    assert frames["13.1p"].period.kind in ("prior", "stated")


def test_a_share_price_stays_a_share_price():
    assert _frames("Tollan shares closed at 412p a share on Friday.")["412p"].metric == "share price"


@pytest.mark.parametrize("text", [
    "The board raised the final dividend by 6 per cent.",
    "The bank cut its forecast for growth by 0.4 per cent.",
])
def test_a_change_after_what_moved_and_by(text):
    frames = _frames(text)
    percent = next(f for t, f in frames.items() if "per cent" in t)
    assert percent.aspect == "change"

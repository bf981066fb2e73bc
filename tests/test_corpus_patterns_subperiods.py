"""A figure for a period against the figures for the periods that make it up.

Pattern: a miner gives its output for the financial year and, elsewhere, its output for each quarter
("in the September quarter, X in December and Y in March", the last quarter in another paragraph); the
quarters must add up to the year. The same holds for two halves of a year and for a half and two
quarters. The parts' holder may be written as a pronoun, a description or nothing at all. Contrasts
stay silent: quarters that do add up, a level at a moment (a headcount), a cost per unit, a year with
one quarter missing, another company's year, and a quarter whose two figures are a total and its parts.

Every sentence is invented for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.checking import findings_of
from verify.document import Document
from verify.extract import extract_claims

PUBLISHED = date(2023, 8, 9)
RULE = "arithmetic.periods"


def _findings(text: str) -> list:
    return findings_of(RULE, text, PUBLISHED.isoformat())


def _flagged(text: str) -> bool:
    return any(f.severity in ("error", "warning") for f in _findings(text))


YEAR = "Dunmore Resources said its fiscal 2023 output, for the twelve months ended June 30, came to {total} ounces. "
QUARTERS = "{holder} 96,500 ounces in the September quarter, 98,200 in December and 101,300 in March. "
LAST = "\n\nIn the June quarter, {last} produced 104,000 ounces, helped by richer ore."

HOLDERS = {
    "name": ("Dunmore Resources mined", "Dunmore Resources"),
    "pronoun": ("It mined", "it"),
    "description": ("The miner produced", "the company"),
    "nothing": ("Output was", "the group"),
}


@pytest.mark.parametrize("form", HOLDERS)
def test_four_quarters_that_do_not_make_the_year_are_flagged(form):
    holder, last = HOLDERS[form]
    text = YEAR.format(total="390,000") + QUARTERS.format(holder=holder) + LAST.format(last=last)
    findings = [f for f in _findings(text) if f.severity in ("error", "warning")]
    assert len(findings) == 1
    assert "400,000 ounces" in findings[0].message


@pytest.mark.parametrize("form", HOLDERS)
def test_four_quarters_that_make_the_year_are_silent(form):
    holder, last = HOLDERS[form]
    text = YEAR.format(total="400,000") + QUARTERS.format(holder=holder) + LAST.format(last=last)
    assert _findings(text) == []


def test_a_hedged_year_allows_what_its_hedge_allows():
    text = YEAR.format(total="about 395,000") + QUARTERS.format(holder="Output was") + LAST.format(last="the group")
    assert _findings(text) == []  # "about 395,000" holds 400,000


def test_two_halves_against_the_year():
    text = ("Pellham Foods had revenue of $530 million in 2022. Revenue was $250 million in the first half "
            "of 2022 and $270 million in the second half of 2022.")
    assert _flagged(text)
    assert not _flagged(text.replace("$530 million", "$520 million"))


def test_a_half_and_two_quarters_cover_a_year():
    text = ("Pellham Foods had revenue of $530 million in 2022. Revenue was $250 million in the first half of "
            "2022. Revenue was $130 million in the third quarter of 2022 and $140 million in the fourth quarter of "
            "2022.")
    assert _flagged(text)  # 250 + 130 + 140 = 520


SILENT = {
    "a level at a moment": "Pellham Foods employed 2,400 staff in 2022. Its payroll held 2,300 staff over January to "
                           "June 2022 and 2,350 over July to December 2022.",
    "a cost per unit": "All-in costs for the twelve months ended June 30 were A$1,200 an ounce. Costs were A$1,150 an "
                       "ounce in the September quarter, A$1,180 an ounce in December, A$1,210 an ounce in March and "
                       "A$1,260 an ounce in the June quarter.",
    "a quarter missing": YEAR.format(total="390,000") + QUARTERS.format(holder="Output was"),
    "another company's year": "Halvard Mining reported output of 250,000 ounces for the twelve months ended June 30. "
                              "Dunmore Resources mined 96,500 ounces in the September quarter, 98,200 in December "
                              "and 101,300 in March. Dunmore Resources produced 104,000 ounces in the June quarter.",
    "a forecast": "Dunmore Resources expects output of 390,000 ounces for the twelve months ending June 30, 2024. "
                  "It expects 96,500 ounces in the September quarter, 98,200 in December, 101,300 in March and "
                  "104,000 in the June quarter.",
}


@pytest.mark.parametrize("case", SILENT)
def test_what_does_not_add_up_over_time_or_is_not_one_whole_is_silent(case):
    findings = _findings(SILENT[case])
    if case == "another company's year":
        assert not any(f.severity in ("error", "warning") for f in findings)
    else:
        assert findings == []


def test_a_quarter_told_as_a_total_and_its_mines_takes_the_total():
    text = (YEAR.format(total="390,000") + QUARTERS.format(holder="Output was")
            + "\n\nThe group produced 104,000 ounces in the June quarter. Its Kell mine supplied 60,000 ounces "
              "during the June quarter and Tarn 44,000 ounces.")
    assert _flagged(text)
    assert not _flagged(text.replace("390,000", "400,000"))


def test_a_record_before_a_measure_is_no_time():
    doc = Document.from_plain("invented.txt", "Dunmore Resources mined a record 104,000 ounces in the June quarter.")
    figure = next(c for c in extract_claims(doc, PUBLISHED) if c.type == "quantity")
    assert figure.frame is not None and figure.frame.metric != "time"

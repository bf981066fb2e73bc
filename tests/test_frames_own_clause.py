"""A figure keeps the tense and the date of its own clause, not of the sentence around it.

Pattern: "The society will hand back part of the £38.4m it made before tax, setting aside £9m for a scheme
that starts in April." The £38.4m is what it made (actual, whatever "will" plans), and April dates the
scheme the participle clause tells with a figure of its own, not the profit. So a lede's "pre-tax profit of
£38.1m" for the year is read against it.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of
from verify.frames.qualifiers import modality_of

_SOCIETY = ("Marlow Building Society made a pre-tax profit of £38.1m in 2024, it said on Thursday.\n\n"
            "The society {plans} hand back part of the £38.4m it {made} before tax to members{tail}.")


@pytest.mark.parametrize("plans", ["will", "would", "plans to"])
@pytest.mark.parametrize("tail", ["", ", setting aside £9m for a scheme that starts in April"])
def test_a_figure_told_in_its_own_past_clause_is_read_against_the_year_before(plans, tail):
    text = _SOCIETY.format(plans=plans, made="made", tail=tail)
    found = [f for rule in ("number.mismatch", "number.digit-slip") for f in findings_of(rule, text, "2025-03-06")]
    assert [sorted(c.text for c in f.claims) for f in found] == [["£38.1m", "£38.4m"]]


def test_the_same_profit_restated_is_no_conflict():
    text = _SOCIETY.format(plans="will", made="made", tail=", setting aside £9m for a scheme that starts in April")
    text = text.replace("£38.4m", "£38.1m")
    assert not [f for rule in ("number.mismatch", "number.digit-slip") for f in findings_of(rule, text, "2025-03-06")]


@pytest.mark.parametrize("after, modality", [(" it made", "actual"), (" the club raised", "actual"),
                                             (" analysts had expected", "forecast"), (" it will make", "forecast")])
def test_the_clause_right_after_a_figure_says_whether_it_happened(after, modality):
    text = f"It would spend the £3m{after}."
    assert modality_of(text, text.index("£3m"), text.index("£3m") + 3, (0, len(text))) == modality


# Pattern two: "trades from 142 stores" says where it trades, not an earlier figure; and a retailer's stores,
# shops and branches are one count.
_SHOPS = ("Thornbury Outdoor {verb} 142 stores, it said on Monday.\n\n"
          "Analysts said the company's {count} {noun} were too many.")


@pytest.mark.parametrize("verb", ["trades from", "operates from", "runs"])
@pytest.mark.parametrize("noun", ["shops", "branches", "outlets", "stores"])
def test_a_retailers_stores_and_shops_are_one_count(verb, noun):
    found = findings_of("number.mismatch", _SHOPS.format(verb=verb, count=124, noun=noun), "2025-05-01")
    assert [sorted(c.text for c in f.claims) for f in found] == [["124 " + noun, "142 stores"]]
    assert not findings_of("number.mismatch", _SHOPS.format(verb=verb, count=142, noun=noun), "2025-05-01")


def test_a_count_from_which_a_change_starts_is_still_the_earlier_one():
    text = "Thornbury Outdoor grew to 150 stores from 142 stores.\n\nIts 150 shops are in England."
    assert not findings_of("number.mismatch", text, "2025-05-01")


def test_the_earlier_side_of_a_dated_change_is_not_todays_count():
    text = "Thornbury Outdoor grew to 150 stores from 142 stores last year.\n\nIts 150 shops are in England."
    assert not findings_of("number.mismatch", text, "2025-05-01")
    assert findings_of("number.mismatch", text.replace("Its 150 shops", "Its 157 shops"), "2025-05-01")

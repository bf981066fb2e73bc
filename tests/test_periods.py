"""The period slot of a figure's frame: which date, if any, says when the figure holds."""

from __future__ import annotations

from datetime import date

import pytest

from verify.document import Document
from verify.extract import extract_claims

PUBLISHED = date(2026, 7, 31)


def periods(text: str) -> dict[str, tuple[str, date | None]]:
    claims = extract_claims(Document.from_plain("p.txt", text), PUBLISHED)
    return {c.text: (c.frame.period.kind, c.frame.period.start) for c in claims if c.type != "date"}


@pytest.mark.parametrize("lead", ["Halden Mills said on Thursday that", "Halden Mills announced on Monday that",
                                  "Halden Mills told investors on Friday that", "Halden Mills said"])
def test_a_period_after_a_comparison_is_the_comparisons(lead):
    found = periods(f"{lead} net profit rose 12% to €8.4 million from €7.5 million in the first half of 2026.")
    assert found["12%"] == found["€8.4 million"] == ("stated", date(2026, 1, 1))
    assert found["€7.5 million"][0] == "prior"


def test_an_earlier_time_after_the_earlier_figure_is_its_own():
    found = periods("Ticket sales fell 9% to $40.1 million from $44.2 million the previous weekend.")
    assert found["$40.1 million"][0] == "current"
    kind, start = found["$44.2 million"]
    assert kind == "stated" and start is not None and start < PUBLISHED


def test_each_side_with_its_own_date_keeps_it():
    found = periods("Revenue rose to €52 million in 2026 from €45 million in 2025.")
    assert found["€52 million"] == ("stated", date(2026, 1, 1))
    assert found["€45 million"] == ("stated", date(2025, 1, 1))


def test_a_day_that_is_not_when_something_was_said_is_a_period():
    # "On Thursday, shares fell 5%": the day is when the figure holds
    assert periods("On Thursday, Halden Mills shares fell 5%.")["5%"][0] == "stated"


def test_the_day_something_was_said_is_not_a_period():
    found = periods("Halden Mills said on Thursday that it employs 420 people.")
    assert found["420 people"][0] == "current"


@pytest.mark.parametrize("aside", ["traded in Zurich since 2017", "which floated in 2017"])
def test_a_date_in_an_aside_dates_the_aside_not_the_figure(aside):
    found = periods(f"The bank's bonds, {aside}, fell 2.7% in early trading.")
    assert found["2.7%"][0] == "current"


def test_a_date_in_the_figures_own_aside_is_its_period():
    found = periods("The company's revenue, which reached €4 million in 2019, has since doubled.")
    assert found["€4 million"] == ("stated", date(2019, 1, 1))


def test_a_period_stated_for_the_paragraph_holds_for_its_later_sentences():
    from datetime import date

    from verify.document import Document
    from verify.extract import extract_claims

    text = ("In the quarter to September, Halden's net income slipped to €96 million from €101 million. "
            "Sales climbed 6.1% to €1.42 billion.\n\nThe company employs 4,000 people.")
    doc = Document.from_plain("q3.txt", text)
    frames = {c.text: c.frame for c in extract_claims(doc, date(2019, 10, 24))}
    assert frames["€1.42 billion"].period.describe() == "2019-07-01 … 2019-09-30"
    assert frames["€1.42 billion"].period.source == "paragraph"
    assert frames["4,000 people"].period.kind == "current"  # another paragraph states no period


@pytest.mark.parametrize("sentence", [
    "Cash costs fell to $910 an ounce from $985 in the March quarter.",
    "Cash costs fell to $910 an ounce from $1,085 in the March quarter.",  # a thousands comma after "from"
    "Cash costs fell to $910 an ounce (about €840) from $985 in the three months to March.",
])
def test_a_period_a_later_one_had_replaced_before_the_story_dates_the_earlier_figure(sentence):
    found = periods(sentence)  # written at the end of July: the June quarter is the news, March the past
    assert found["$910"][0] == "current"
    assert found["$985" if "$985" in found else "$1,085"][0] == "prior"


def test_the_latest_period_after_a_comparison_is_still_the_comparisons():
    found = periods("Cash costs fell to $910 an ounce from $985 in the June quarter.")
    assert found["$910"] == ("stated", date(2026, 4, 1))

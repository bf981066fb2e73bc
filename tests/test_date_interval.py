"""date.interval on the shapes newsrooms write: "N years later, in YEAR" counted from the date told
just before, and "N months after X, … in MONTH" whose later event is the main clause's date."""

from __future__ import annotations

import pytest
from checking import findings_of


def intervals(text: str, published: str = "2024-01-17") -> list[str]:
    return [f.message for f in findings_of("date.interval", text, published)]


@pytest.mark.parametrize("subject", ["He", "Menon", "The chemist", "Ravi Menon"])
@pytest.mark.parametrize("between", [" ", "\n\n"])
def test_years_later_with_a_date_counts_from_the_date_before(subject, between):
    text = f"Ravi Menon joined Tunga Biologics in 1998 as a chemist.{between}{subject} rose to run the firm " \
           "9 years later, in 2010."
    (message,) = intervals(text)
    assert "12 years apart" in message


@pytest.mark.parametrize("text", [
    "Ravi Menon joined Tunga Biologics in 1998 as a chemist. He became chief executive 16 years later, in 2014.",
    "Halden Mills opened a plant in 2010. Two years earlier, in 2008, it had bought the site.",
    "Ravi Menon joined Tunga Biologics in 1998. Years later, in 2014, he became chief executive.",
])
def test_a_gap_that_fits_is_silent(text):
    assert intervals(text) == []


def test_earlier_counts_back():
    assert intervals("Halden Mills opened a plant in 2010. Two years earlier, in 2005, it had bought the site.")


@pytest.mark.parametrize("months, found", [("Eight", True), ("Ten", False)])
def test_the_main_clause_date_is_the_later_event(months, found):
    text = f"Quillon Software was founded in March 2023. {months} months after its founding, it announced a " \
           "merger in January."
    assert bool(intervals(text)) is found


def test_any_date_before_that_fits_keeps_it_silent():
    # which of the earlier sentence's dates "a decade earlier" counts from is not written
    text = ("Emissions were 8.1 million tonnes in 2024, down from 8.5 million in 2023 and below the 1990 "
            "level of 12 million. A decade earlier, in 2014, output stood at 10 million tonnes.")
    assert intervals(text, "2025-06-01") == []


@pytest.mark.parametrize(("gap", "found"), [("six months prior to", True), ("nine months prior to", False),
                                            ("six months before", True), ("nine months before", False)])
def test_prior_to_an_event_dated_elsewhere(gap, found):
    text = f"The depot opened in May 2012. Orders rose 4.6 percent in August 2011, {gap} the opening."
    assert bool(intervals(text, "2014-06-01")) is found


@pytest.mark.parametrize("subject", ["The layoffs", "The move", "The decision", "It"])
@pytest.mark.parametrize(("months", "found"), [("eight", True), ("ten", False), ("nine", False)])
def test_the_news_itself_is_the_later_event(subject, months, found):
    text = f"Halden Software said on Wednesday it would cut 1,850 jobs.\n\n{subject} comes {months} months after " \
           "Halden laid off 420 engineers in March last year."
    messages = intervals(text.replace("The layoffs comes", "The layoffs come"))
    assert bool(messages) is found, messages
    if found:
        assert "the article's date (2024-01-17)" in messages[0] and "10 months apart" in messages[0]


@pytest.mark.parametrize("text", [
    # told in the past: the later event may be any time before the article
    "Halden Software cut 1,850 jobs. The layoffs came eight months after it laid off 420 engineers in March last year.",
    # the later event is dated in the sentence
    "The layoffs, announced in November, come eight months after Halden laid off 420 engineers in March last year.",
])
def test_a_dated_or_past_later_event_is_not_the_article_date(text):
    assert intervals(text) == []


@pytest.mark.parametrize(("text", "found"), [
    ("Halden opened its first store in March 2010 and a second in May 2011, 14 months later.", False),
    ("Halden opened its first store in March 2010 and a second in May 2011, 20 months later.", True),
    ("The vacancy rate was 6.2% in October 2011, against 5.4% in April 2011, six months earlier.", False),
    ("The vacancy rate was 6.2% in October 2011, against 5.4% in April 2010, six months earlier.", True),
    # any date told before that fits keeps it silent
    ("Halden was founded in 2001, opened a store in 2009 and a second in 2010, a year later.", False),
])
def test_a_date_then_n_later_counts_from_a_date_told_before_it(text, found):
    assert bool(intervals(text, "2014-06-10")) is found, text


@pytest.mark.parametrize(("years", "found"), [("four", True), ("six", False), ("five", False)])
def test_a_main_clause_in_the_present_perfect_is_now_and_a_bound_allows_what_it_says(years, found):
    text = (f"Less than {years} years after the Halden Kite was introduced, Halden Motors has unveiled a new plant. "
            "Since its debut in summer 1999, the Kite has sold well.")
    assert bool(intervals(text, "2005-02-10")) is found, text


@pytest.mark.parametrize("between", [" ", "\n\n", " The insurer denied liability.\n\n"])
@pytest.mark.parametrize("count", ["18 months", "eighteen months"])
def test_a_date_counted_from_a_dated_event_and_restated_must_meet_it(between, count):
    text = (f"Orla Foods began legal proceedings against its insurer in June 2022.{between}The trial opened "
            f"{count} after proceedings began, in May 2024, and lasted six weeks.")
    (message,) = intervals(text, "2025-01-29")
    assert "23 months apart" in message


@pytest.mark.parametrize("text", [
    # the restated date meets the count
    "Orla Foods began legal proceedings against its insurer in June 2022. The trial opened 18 months after "
    "proceedings began, in December 2023.",
    # counted from an event the date before does not tell: no reading of the count
    "Orla Foods was founded in 2001. It listed its shares 18 months after its merger with Brisk, in May 2010.",
])
def test_a_restated_count_that_meets_or_counts_from_an_undated_event_is_silent(text):
    assert intervals(text, "2025-01-29") == []

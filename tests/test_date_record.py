"""date.record: a record told as a span of years against the last time it was matched.

Pattern: "the smallest for 20 years" and, after it, "the last time the gate sank so low, in
1994" in an article of 2005. The last time must be about as far back as the record reaches.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

WHEN = "2005-02-22"


def records(text: str) -> list[str]:
    return [f.message for f in findings_of("date.record", text, WHEN)]


@pytest.mark.parametrize("record", [
    "Crowds at the Orvel festival were the smallest for 20 years",
    "The Orvel festival drew its smallest crowds in 20 years",
    "Orvel's ticket sales hit a 20-year low",
    "Ticket sales at Orvel were the lowest for nearly 20 years",
    "It was the first time in 20 years that the Orvel festival lost money",
])
@pytest.mark.parametrize("between", [" ", "\n\n", "\n\nThe organisers blamed the rain.\n\n"])
@pytest.mark.parametrize("last", [
    "The last time the gate sank so low, in 1994, when the festival moved site.",
    "Not since 1994 has the festival done so badly.",
    "The last time its takings were this small was in 1994.",
])
def test_a_last_time_too_recent_for_the_record_is_reported(record, between, last):
    (message,) = records(f"{record}.{between}{last}")
    assert "1994 is 11 years before the article" in message


def test_a_last_time_naming_no_level_goes_with_a_record_of_no_direction():
    assert records("It was the first time in 20 years that Orvel lost money. The last time it did was in 1994.")
    assert records("Crowds were the smallest for 20 years. The last time the festival closed was in 1994.") == []


@pytest.mark.parametrize("year", ["1984", "1985", "1986", "1983"])
def test_a_last_time_about_as_far_back_as_the_record_is_silent(year):
    text = f"Crowds at the Orvel fair were the smallest for 20 years. The last time the gate sank so low, in {year}."
    assert records(text) == []


@pytest.mark.parametrize(("year", "found"), [("1990", True), ("1970", False)])
def test_more_than_sets_no_most(year, found):
    text = f"Crowds were the smallest for more than 20 years. The last time the gate sank so low, in {year}."
    assert bool(records(text)) is found


def test_a_last_time_far_older_than_the_record_is_reported():
    text = "Crowds were the smallest for 20 years. The last time the gate sank so low, in 1965."
    assert records(text)


def test_a_record_the_other_way_is_another_record():
    text = "Ticket prices were the highest for 20 years. The last time the gate sank so low, in 1994."
    assert records(text) == []


def test_records_of_different_spans_leave_the_last_time_unclear():
    text = ("Crowds were the smallest for 20 years and sponsorship the lowest in eight years. The last time "
            "the gate sank so low, in 1994.")
    assert records(text) == []


def test_a_last_time_far_from_the_record_is_not_its():
    far = "\n\n".join(["Crowds were the smallest for 20 years.", "The mayor spoke.", "Bands played.", "It rained.",
                       "The last time the gate sank so low, in 1994."])
    assert records(far) == []


def test_a_last_time_told_before_the_record_or_without_a_date_is_silent():
    assert records("The last time the gate sank so low, in 1994. Crowds were the smallest for 20 years.") == []
    assert records("Crowds were the smallest for 20 years, organisers said, and sales fell 12% in 1994.") == []


def test_a_last_time_still_to_come_is_no_match():
    assert records("It was the first time in 20 years that Orvel lost money. The last time the fair is held "
                   "on the green will be in 2006.") == []


def test_a_plain_span_is_no_record():
    assert records("Hale has run the festival for 20 years. The last time it lost money was in 1994.") == []


@pytest.mark.parametrize("last", ["Prices were last this high in 1994.", "The pound was last so strong in 1994."])
@pytest.mark.parametrize(("record", "found"), [("hit a 20-year high", True), ("were the highest for 11 years", False),
                                               ("hit a 20-year low", False)])
def test_was_last_this_high_dates_the_last_time(last, record, found):
    assert bool(records(f"Orvel's house prices {record}. {last}")) is found


def test_was_last_year_is_no_last_time():
    assert records("It was the first time in 20 years that Orvel lost money. Its profit was last year's.") == []
    assert records("It was the first time in 20 years that Orvel lost money. The loss was last year 2m.") == []

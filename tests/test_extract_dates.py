"""Dates: absolute forms, relative forms resolved against a fixed publication date, tense."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from verify.extract.dateparts import Env, infer_year
from verify.extract.dates import find_dates
from verify.extract.tense import tense_at

FRIDAY = date(2026, 4, 10)


def resolve(text: str, published: date | None = FRIDAY) -> tuple[str, str | None, str | None]:
    (claim,) = find_dates(text, published)
    return text[claim.start:claim.end], claim.value["start"], claim.value["end"]


@pytest.mark.parametrize(("text", "surface", "start", "end"), [
    ("on January 5, 2026,", "January 5, 2026", "2026-01-05", "2026-01-05"),
    ("5 Jan 2026", "5 Jan 2026", "2026-01-05", "2026-01-05"),
    ("the 5th of March 2024", "the 5th of March 2024", "2024-03-05", "2024-03-05"),
    ("in March 2025", "March 2025", "2025-03-01", "2025-03-31"),
    ("growth in 2025 was", "2025", "2025-01-01", "2025-12-31"),
    ("Q3 2025", "Q3 2025", "2025-07-01", "2025-09-30"),
    ("the third quarter of 2025", "the third quarter of 2025", "2025-07-01", "2025-09-30"),
    ("mid-2024", "mid-2024", "2024-05-01", "2024-08-31"),
    ("early 2024", "early 2024", "2024-01-01", "2024-04-30"),
    ("late 2023", "late 2023", "2023-09-01", "2023-12-31"),
    ("the first half of 2025", "the first half of 2025", "2025-01-01", "2025-06-30"),
    ("spring 2024", "spring 2024", "2024-03-01", "2024-05-31"),
    ("the 1990s", "the 1990s", "1990-01-01", "1999-12-31"),
    ("2026-04-01", "2026-04-01", "2026-04-01", "2026-04-01"),
])
def test_absolute_dates(text, surface, start, end):
    assert resolve(text) == (surface, start, end)


@pytest.mark.parametrize(("text", "surface", "start", "end"), [
    ("last month", "last month", "2026-03-01", "2026-03-31"),
    ("two months ago", "two months ago", "2026-02-01", "2026-02-28"),
    ("It was announced on Friday.", "Friday", "2026-04-10", "2026-04-10"),  # publication day itself
    ("They met on Monday.", "Monday", "2026-04-06", "2026-04-06"),
    ("earlier this year", "earlier this year", "2026-01-01", "2026-04-10"),
    ("last year", "last year", "2025-01-01", "2025-12-31"),
    ("yesterday", "yesterday", "2026-04-09", "2026-04-09"),
    ("in February", "February", "2026-02-01", "2026-02-28"),
    ("In September, it led", "September", "2025-09-01", "2025-09-30"),
    ("last Friday", "last Friday", "2026-04-03", "2026-04-03"),
    ("next week", "next week", "2026-04-13", "2026-04-19"),
    ("three days ago", "three days ago", "2026-04-07", "2026-04-07"),
    ("later this year", "later this year", "2026-04-10", "2026-12-31"),
    ("on May 16", "May 16", "2026-05-16", "2026-05-16"),  # no tense: the nearest May 16
    ("It opened on May 16.", "May 16", "2025-05-16", "2025-05-16"),  # past: last year's
])
def test_relative_dates(text, surface, start, end):
    assert resolve(text) == (surface, start, end)


@pytest.mark.parametrize(("text", "start"), [
    ("The board will meet on Friday.", "2026-04-10"),  # a Friday article: that day
    ("The board will meet on Monday.", "2026-04-13"),
    ("It plans to launch in September.", "2026-09-01"),
    ("The vote is expected on May 16.", "2026-05-16"),
])
def test_future_tense_looks_forward(text, start):
    assert resolve(text)[1] == start


def test_relative_dates_are_unresolved_without_a_publication_date():
    (claim,) = find_dates("last month", None)
    assert claim.value == {"start": None, "end": None, "relative": True}


def test_absolute_dates_resolve_without_a_publication_date():
    assert resolve("March 2025", None)[1:] == ("2025-03-01", "2025-03-31")


@pytest.mark.parametrize("text", ["It rose 2025%.", "$2025 million", "a 3-2 win", "May I ask?", "2,025 people"])
def test_not_dates(text):
    assert find_dates(text, FRIDAY) == []


def test_weekday_with_a_date_is_one_claim():
    (claim,) = find_dates("on Monday, March 2, 2026, the", FRIDAY)
    assert claim.value["start"] == "2026-03-02"


@pytest.mark.parametrize(("label", "start", "end"), [
    ("3 days", "2026-04-07", "2026-04-07"),                 # a timestamp label: that long ago
    ("1 decade 2 years", "2014-01-01", "2014-12-31"),              # whole years: the year
    ("3 months later", "2026-07-01", "2026-07-31"),                # whole months: the month
    ("now - 1 day", "2026-04-09", "2026-04-09"),
    ("-1 decade +2 years", "2018-04-10", "2018-04-10"),
    ("15 hrs", "2026-04-09", "2026-04-10"),                 # published at an unknown hour
])
def test_a_relative_expression_alone_on_its_line_is_a_label(label, start, end):
    text = f"Headline\n{label}\nBody text follows."
    (claim,) = find_dates(text, FRIDAY)
    assert (text[claim.start:claim.end].strip(), claim.value["start"], claim.value["end"]) == (label, start, end)


@pytest.mark.parametrize("text", [
    "Three months later, the company collapsed.",
    "The strike lasted 3 days and cost millions.",
    "Four days before the vote, polls closed.",
])
def test_in_running_text_the_same_words_are_not_dates(text):
    assert find_dates(text, FRIDAY) == []


# ---- a date written without its year: the occurrence nearest publication in the clause's tense ----

WEDNESDAY = date(2023, 3, 8)


@pytest.mark.parametrize(("text", "start"), [
    ("The agency declared an emergency on Monday, March 7, after the quake.", "2023-03-07"),
    ("The hearing has been set for 14 June.", "2023-06-14"),   # no tense: the nearer June
    ("The new rate takes effect July 1.", "2023-07-01"),
    ("The search will continue until at least March 20.", "2023-03-20"),
    ("Crews said the road would reopen in February.", "2024-02-01"),  # future: next February
    ("The plant closed in November.", "2022-11-01"),             # past: the November before
    ("The ministry scheduled a vote on May 2.", "2023-05-02"),
    ("Who is left in April matters most.", "2023-04-01"),          # "is left": not a past verb
    ("A baby died in August.", "2022-08-01"),
])
def test_a_year_left_out_is_the_nearest_that_fits_the_tense(text, start):
    (claim,) = find_dates(text, WEDNESDAY)
    assert claim.value["start"] == start and claim.value["year_inferred"] is True


def test_a_weekday_never_chooses_the_year():
    # 7 March 2022 was a Monday, 7 March 2023 a Tuesday: the article's year stands, and the
    # date.weekday rule can see that the weekday is wrong.
    (claim,) = find_dates("It was announced on Monday, March 7.", WEDNESDAY)
    assert claim.value["start"] == "2023-03-07"


def test_a_written_year_is_not_marked_inferred():
    (claim,) = find_dates("on March 7, 2021", WEDNESDAY)
    assert "year_inferred" not in claim.value


@pytest.mark.parametrize(("text", "tense"), [
    ("Sales fell in May.", "past"), ("It will open in May.", "future"), ("It opens in May.", None),
    ("She said it would close in May.", "future"), ("In May, it grew.", "past"),
    ("They plan to build it in May.", "future"), ("It would have opened in May.", "past"),
    ("The proposed merger in May.", None), ("He agreed in May.", "past"), ("Costs exceed targets in May.", None),
])
def test_tense_of_a_clause(text, tense):
    at = text.index("May")
    assert tense_at(text, 0, len(text), at, at + 3) == tense


@given(st.text(alphabet="abdehilnorstwy ,;.'", max_size=80), st.text(alphabet="abdehilnorstwy ,;.'", max_size=40))
def test_tense_is_one_of_three_for_any_clause(before, after):
    text = f"{before}May{after}"
    at = len(before)
    assert tense_at(text, 0, len(text), at, at + 3) in ("future", "past", None)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)), st.integers(1, 12),
       st.one_of(st.none(), st.integers(1, 28)), st.sampled_from(["future", "past", None]))
def test_inferred_year_is_next_to_the_publication_year_and_fits_the_tense(published, month, day, tense):
    year = infer_year(month, day, Env(published, tense))
    assert year is not None and abs(year - published.year) <= 1
    written = date(year, month, day or 1)
    anchor = published if day else published.replace(day=1)
    if tense == "future":
        assert written >= anchor
    if tense == "past":
        assert written <= anchor
    if tense is None:  # the nearer of this year's and the neighbouring year's occurrence
        for other in (year - 1, year + 1):
            assert abs((written - anchor).days) <= abs((date(other, month, day or 1) - anchor).days)

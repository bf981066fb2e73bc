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


# ---- reporting periods (verify.extract.periods) ----

def span_of(text: str, published: date, phrase: str) -> tuple[str | None, str | None]:
    """The interval of the one claim that covers ``phrase``."""
    at = text.index(phrase)
    (claim,) = [c for c in find_dates(text, published) if c.start <= at < c.end]
    return claim.value["start"], claim.value["end"]


@pytest.mark.parametrize(("text", "published", "phrase", "start", "end"), [
    ("Third-quarter profit fell.", date(2019, 10, 24), "Third", "2019-07-01", "2019-09-30"),
    ("The deal will close in the fourth quarter.", date(2019, 4, 9), "fourth", "2019-10-01", "2019-12-31"),
    ("Fourth-quarter revenue rose 7%.", date(2024, 1, 17), "Fourth", "2023-10-01", "2023-12-31"),
    ("Output rose in the June quarter from the March quarter.", date(2015, 7, 23), "June", "2015-04-01",
     "2015-06-30"),
    ("Output rose in the June quarter from the March quarter.", date(2015, 7, 23), "March", "2015-01-01",
     "2015-03-31"),
    ("Food prices rose 9% in the year to October.", date(2013, 11, 6), "year", "2012-11-01", "2013-10-31"),
    ("Earnings for the three months to June slipped.", date(2021, 8, 5), "three", "2021-04-01", "2021-06-30"),
    ("Bookings for the first seven months of 2022 climbed.", date(2022, 9, 2), "first", "2022-01-01", "2022-07-31"),
    ("Its budget for fiscal 2024 passed.", date(2023, 6, 1), "fiscal", "2024-01-01", "2024-12-31"),
    ("Exports for fiscal 2019, the year to March 31, grew.", date(2019, 5, 20), "fiscal", "2018-04-01", "2019-03-31"),
    ("Costs rose in FY24.", date(2024, 6, 1), "FY24", "2024-01-01", "2024-12-31"),
    ("Our financial year ends in March. Sales in financial year 2023-24 rose.", date(2024, 6, 1), "2023-24",
     "2023-04-01", "2024-03-31"),
    ("The financial year ends in March. Growth in the current financial year will slow.", date(2021, 10, 3),
     "current", "2021-04-01", "2022-03-31"),
    ("Over the year to March 31 copper sales fell; the second half of the financial year will be weaker.",
     date(2019, 5, 20), "second half", "2019-10-01", "2020-03-31"),
    ("Higher wages will weigh on profits in the second half.", date(2026, 2, 19), "second", "2026-07-01",
     "2026-12-31"),
    ("The audit report is expected in the first week of March.", date(2022, 1, 12), "first", "2022-03-01",
     "2022-03-07"),
    ("Prices were raised in the spring.", date(2019, 10, 24), "spring", "2019-03-01", "2019-05-31"),
    ("The survey results will go to the regulator in the spring.", date(2021, 1, 15), "spring", "2021-03-01",
     "2021-05-31"),
    ("The fleet will reach 64 jets by the end of the year.", date(2026, 2, 19), "end", "2026-12-31", "2026-12-31"),
    ("Flu cases peaked by the end of the year.", date(2013, 3, 22), "end", "2012-12-31", "2012-12-31"),
    ("It had 21,000 staff at the end of June.", date(2019, 10, 24), "end", "2019-06-30", "2019-06-30"),
    ("Reserves were lower at the start of September.", date(2013, 11, 6), "start", "2013-09-01", "2013-09-01"),
    ("He took over in the late 1960s.", date(2015, 11, 14), "late", "1967-01-01", "1969-12-31"),
    ("Sales peaked by the mid-1980s.", date(2015, 11, 14), "mid", "1984-01-01", "1986-12-31"),
])
def test_reporting_periods(text, published, phrase, start, end):
    assert span_of(text, published, phrase) == (start, end)


@pytest.mark.parametrize("text", [
    "United equalised in the second half of the match.", "She scored twice in the second half.",
    "Kick-off is at 2000 GMT.", "The plane landed at 1930 local time.", "The meeting ran until 2100 hrs.",
])
def test_not_reporting_periods_nor_years(text):
    assert find_dates(text, date(2024, 5, 1)) == []


# ---- dates read together (verify.extract.date_links) ----

@pytest.mark.parametrize(("text", "published", "surface", "start", "end"), [
    ("Grants were paid between June 2008 and May 2011.", date(2016, 6, 17),
     "between June 2008 and May 2011", "2008-06-01", "2011-05-31"),
    ("He led the choir from 1995 to 2003.", date(2015, 11, 14), "from 1995 to 2003", "1995-01-01", "2003-12-31"),
    ("The airline flew 3.1 million people between October and December.", date(2026, 2, 19),
     "between October and December", "2025-10-01", "2025-12-31"),
    ("The ferry sailed from November to February.", date(2024, 6, 1), "from November to February",
     "2023-11-01", "2024-02-29"),
    ("Tariffs rise in February next year.", date(2026, 2, 8), "February next year", "2027-02-01", "2027-02-28"),
    ("The lantern festival falls on November 3 this year.", date(2020, 10, 10), "November 3 this year",
     "2020-11-03", "2020-11-03"),
    ("It has been the highest since 1998.", date(2017, 4, 24), "since 1998", "1998-01-01", "2017-04-24"),
    ("The rand had lost 3.2% since the start of September.", date(2013, 11, 6), "since the start of September",
     "2013-09-01", "2013-11-06"),
    ("Strikes since January have cancelled 2,950 operations.", date(2023, 11, 14), "since January", "2023-01-01",
     "2023-11-14"),
])
def test_ranges_and_since(text, published, surface, start, end):
    (claim,) = find_dates(text, published)
    assert (text[claim.start:claim.end], claim.value["start"], claim.value["end"]) == (surface, start, end)


@pytest.mark.parametrize(("text", "published", "phrase", "start", "end"), [
    ("Earnings for the three months to June slipped to €86m from €91m a year earlier.", date(2021, 8, 5),
     "a year earlier", "2020-04-01", "2020-06-30"),
    ("The county logged 7,315 burglaries in 2019, down from 7,902 the year before.", date(2020, 2, 3),
     "the year before", "2018-01-01", "2018-12-31"),
    ("In 1981 the mill had 310 workers. The following year it wove 45,000 rugs.", date(2022, 5, 21),
     "following", "1982-01-01", "1982-12-31"),
    ("The waiting list reached 12,640 at the end of July, against 11,050 twelve months before.",
     date(2023, 11, 14), "twelve", "2022-07-31", "2022-07-31"),
    ("The council last raised fees in March 2015. Since then it has frozen them.", date(2016, 9, 8),
     "Since then", "2015-03-01", "2016-09-08"),
    ("She joined in 2011. A year later the firm sold its first e-bike.", date(2022, 5, 21), "A year later",
     "2012-01-01", "2012-12-31"),
])
def test_dates_counted_from_the_date_just_mentioned(text, published, phrase, start, end):
    assert span_of(text, published, phrase) == (start, end)


@pytest.mark.parametrize("text", [
    "The strike was called off on October 9, 23 days later, after a new pay offer.",
    "He arrived in 2001 and was made head coach 9 years later, in 2010.",
    "The season started in early December, a month earlier than usual.",
    "The vote was held in May, two months before the deadline.",
    "Three months later, the company collapsed.",
])
def test_spans_that_are_not_dates_of_their_own(text):
    phrases = ("23 days later", "9 years later", "a month earlier", "two months before", "Three months later")
    for claim in find_dates(text, date(2024, 5, 1)):
        assert not any(p in text[claim.start:claim.end] for p in phrases), text[claim.start:claim.end]


_DATE_PIECES = st.sampled_from([
    "Sales rose", "in 2019", "a year earlier", "between March and May", "since 2011", "the year before", ".",
    "in the June quarter", "the year to June 30", "fiscal 2015", "the following year", "from 1995 to 2003", ",",
    "Since then", "February next year", "on Monday, March 7", "the end of June", "the late 1960s", "and",
    "the second half", "in the spring", "two months before the vote", "42 days later", "Q3", "at 2000 GMT",
])


@given(st.lists(_DATE_PIECES, max_size=14).map(" ".join),
       st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)))
def test_date_claims_are_ordered_disjoint_and_well_formed(text, published):
    previous_end = 0
    for claim in find_dates(text, published):
        assert previous_end <= claim.start < claim.end <= len(text)
        assert text[claim.start:claim.end].strip() == text[claim.start:claim.end]
        previous_end = claim.end
        if claim.value["start"] is not None:
            assert claim.value["start"] <= claim.value["end"]


def test_every_date_pattern_compiles():
    """The patterns compile on first use: a text that admits each of them once must not fail."""
    from verify.extract import dates

    for pattern, *_ in dates._RULES:
        assert pattern.groups >= 0  # compiles (a bad look-behind would raise here, not in some article)


@pytest.mark.parametrize(("text", "published", "phrase", "start", "end"), [
    ("Norland will release its February survey on March 4.", date(2025, 2, 8), "February", "2025-02-01",
     "2025-02-28"),
    ("The highlight was July's charity swim.", date(2014, 12, 5), "July", "2014-07-01", "2014-07-31"),
    ("The hotel group admitted that October had been slow.", date(2026, 2, 19), "October", "2025-10-01",
     "2025-10-31"),
    ("In October, 64.8% of callers were answered within a minute.", date(2023, 11, 14), "October", "2023-10-01",
     "2023-10-31"),
    ("The lease is set to last until the end of next April.", date(2014, 12, 5), "end", "2015-04-30",
     "2015-04-30"),
    ("The insurer lifted its year-end forecast.", date(2013, 11, 6), "year-end", "2013-12-31", "2013-12-31"),
    ("It is the best opening so far this year.", date(2025, 3, 3), "so far", "2025-01-01", "2025-03-03"),
    ("A quarter of a century ago the club had 40 members.", date(2019, 3, 2), "quarter", "1994-01-01",
     "1994-12-31"),
    ("Deliveries will begin in the second half of 2027.", date(2026, 1, 20), "second half", "2027-07-01",
     "2027-12-31"),
    ("The film opened in first place this weekend.", date(2025, 3, 3), "weekend", "2025-02-28", "2025-03-02"),
    ("If sales stay strong next weekend, the show will pass $40m.", date(2025, 3, 3), "weekend", "2025-03-07",
     "2025-03-09"),
    ("The fair runs this weekend.", date(2025, 3, 7), "weekend", "2025-03-07", "2025-03-09"),
])
def test_months_that_name_things_and_weekends(text, published, phrase, start, end):
    assert span_of(text, published, phrase) == (start, end)


def test_a_month_before_a_later_year_is_not_guessed():
    text = "Her induction that January day in 2011 was historic."
    assert [text[c.start:c.end] for c in find_dates(text, date(2013, 3, 21))] == ["2011"]


def test_an_offset_whose_units_do_not_shrink_is_two_phrases():
    text = "She missed the record by six seconds three years ago."
    assert [(text[c.start:c.end], c.value["start"]) for c in find_dates(text, date(2021, 6, 14))] == [
        ("three years ago", "2018-01-01")]


@pytest.mark.parametrize(("text", "start"), [
    ("The vote is next Thursday (4 March), officials said.", "2021-03-04"),
    ("It opened on Monday (March 7) in Leeds.", "2021-03-07"),  # past, but it restates a date near publication
])
def test_a_date_in_brackets_restates_the_one_before(text, start):
    *_, claim = find_dates(text, date(2021, 2, 26))
    assert claim.value["start"] == start


_ANCHORED_PIECES = st.tuples(
    st.sampled_from(["", "a ", "the ", "two ", "twenty-five ", "three hundred and twelve ", "(", "x"]),
    st.sampled_from(["year", "years", "months", "decade", "day", "quarter", "fortnight", "following", "since"]),
    st.sampled_from([" earlier", " later", " before", " after", " year", " then", " than", " the vote", ""]),
).map("".join)


@given(st.lists(_ANCHORED_PIECES, max_size=6).map(" ".join))
def test_anchored_dates_searched_near_direction_words_find_what_a_full_scan_finds(text):
    from verify.extract import date_links
    from verify.extract.anchors import anchored_finditer
    from verify.extract.numbers import words_of

    words = words_of(text) & date_links._LINK_WORDS
    if not words:  # no direction word and no "since": nothing to anchor, and nothing a full scan finds
        assert date_links._ANCHORED.search(text) is None
        return
    anchors = [(m.start() - date_links._REACH, m.start()) for m in date_links._direction_words(words).finditer(text)]
    assert [m.span() for m in anchored_finditer(date_links._ANCHORED, text, anchors)] == \
        [m.span() for m in date_links._ANCHORED.finditer(text)]


def test_the_year_before_a_day_is_the_whole_year_before():
    text = "The clinic opened on March 21, 2010. The year before, it had no staff."
    assert span_of(text, date(2011, 1, 1), "The year before") == ("2009-01-01", "2009-12-31")


@pytest.mark.parametrize("text", [
    "It would be the first yearly drop in six years.",
    "Prices will hit their lowest level in a decade.",
    "That would be the biggest rise in 15 years.",
])
def test_in_n_years_after_a_first_or_superlative_counts_back(text):
    from datetime import date

    from verify.extract.dates import find_dates

    assert find_dates(text, date(2005, 1, 10)) == [], text

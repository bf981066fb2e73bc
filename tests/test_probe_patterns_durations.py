"""Durations told against durations and dates:

1. Two lengths of one occasion (``number.mismatch``): "a 41-day strike" … "the walkout, which lasted
   44 days" / "the 44 days it took to settle the strike"; "a three-week trial" … "the 19-day trial"
   agree (rounding), "six weeks" and "30 days" do not. A gap counted from the occasion ("44 days after
   the strike began") is no length of it; two strikes each told as "a" strike may be two strikes.
2. A record told as "the first … since YEAR" or "for the first time in N years" against an occurrence
   of the same kind of event the article dates inside its period (``date.record``).
3. A stay built from a departure and a return against the length the article gives it (``date.span``).

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

WHEN = "2025-06-14"

STRIKE = "Bus drivers in Tarrowby ended a 41-day strike on Friday after accepting a 6% pay offer from Kelmar Transit."


def _mismatch(text: str) -> list[tuple[str, str]]:
    return [(f.severity, f.claims[0].text) for f in findings_of("number.mismatch", text, WHEN)]


@pytest.mark.parametrize("later", [
    "The walkout, which lasted 44 days, cost Kelmar about £2m in lost fares, the company said.",
    "The strike lasted 44 days and cost Kelmar about £2m in lost fares.",
    "Kelmar said the 44 days it took to settle the strike had cost it about £2m in lost fares.",
    "It took 44 days to end the walkout, which cost Kelmar about £2m in lost fares.",
    "Union officials said the 44-day stoppage had cost members about £900 each.",
    "The walkout, which ran for nearly seven weeks, cost Kelmar about £2m in lost fares.",
])
@pytest.mark.parametrize("between", [" ", "\n\nFares will rise in September, the operator said.\n\n"])
def test_two_lengths_of_one_strike_that_cannot_both_hold(later, between):
    found = _mismatch(STRIKE + between + later)
    assert len(found) == 1 and found[0][0] in ("error", "warning")


@pytest.mark.parametrize("later", [
    "The walkout, which lasted six weeks, cost Kelmar about £2m in lost fares.",
    "The strike lasted 42 days and cost Kelmar about £2m in lost fares.",
    "The walkout, which lasted 41 days, cost Kelmar about £2m in lost fares.",
    "Talks resumed 44 days after the strike began, Kelmar said.",
    "The union's previous walkout, in 2019, lasted 12 days.",
    "It was the longest stoppage since a 12-day walkout by cleaners in 2019.",
    "The drivers' last strike lasted only 9 days.",
])
def test_consistent_or_other_lengths_are_silent(later):
    assert _mismatch(STRIKE + " " + later) == []


def test_six_weeks_is_not_thirty_days():
    text = ("The walkout at the Brannoch ferry port lasted six weeks, the harbour board said. "
            "Pickets stood at the gates throughout the 30-day strike, the board added.")
    assert len(_mismatch(text)) == 1


def test_two_strikes_each_told_as_a_strike_may_be_two_strikes():
    text = ("Nurses at Orlen General staged a three-day strike in March. "
            "Junior doctors at the hospital held a 10-day strike in May.")
    assert _mismatch(text) == []


@pytest.mark.parametrize(("other", "count"), [("a three-week trial", 0), ("a five-week trial", 1)])
def test_a_trial_in_weeks_against_the_trial_in_days(other, count):
    text = (f"Dorran Vasse, 51, was convicted of fraud on Tuesday at the end of {other} at Hallam Crown Court. "
            f"The 19-day trial heard from 30 witnesses.")
    assert len(_mismatch(text)) == count


FINAL = ("Brackley Rovers will meet Tolland Athletic at Wembley on Saturday. It is the club's first cup final "
         "since 2009, and tickets sold out within hours.")
FINAL_WHEN = "2025-05-08"


def _records(text: str, published: str = FINAL_WHEN) -> list[tuple[str, str]]:
    return [(f.severity, f.claims[0].text) for f in findings_of("date.record", text, published)]


@pytest.mark.parametrize("occurrence", [
    "The club lost the 2015 final to Rask United on penalties.",
    "Rovers lost the 2015 final to Rask United on penalties.",
    "Brackley Rovers were beaten in the final in 2015 by Rask United.",
    "Corrado was a substitute when Brackley Rovers lost the 2015 final.",
])
@pytest.mark.parametrize("between", [" ", "\n\nManager Ines Corrado said her squad was ready.\n\n"])
def test_a_final_dated_inside_the_years_of_a_first_final(occurrence, between):
    found = _records(FINAL + between + occurrence)
    assert [text for _, text in found] == ["2015"]
    assert found[0][0] in ("warning", "info")


@pytest.mark.parametrize("occurrence", [
    "Brackley Rovers reached the semi-final in 2015.",
    "Brackley Rovers won the 2009 final against Rask United.",
    "Brackley Rovers lost the 2005 final to Rask United.",
    "Brackley Rovers missed the 2015 final after a points deduction.",
    "Rask United won the 2015 final against Tolland Athletic.",
    "Brackley Rovers lost the 2015 league final to Rask United.",
    "Brackley Rovers will host the 2027 final.",
])
def test_other_events_and_years_outside_the_first_are_silent(occurrence):
    assert _records(FINAL + "\n\n" + occurrence) == []


TIME = "Halden Rovers reached the final for the first time in 14 years on Sunday, beating Rask United 2-1."


@pytest.mark.parametrize(("occurrence", "count"), [
    ("Halden Rovers lost the 2017 final to Tolland Athletic.", 1),
    ("Halden Rovers lost the 2010 final to Tolland Athletic.", 0),
    ("Halden Rovers lost the 2012 final to Tolland Athletic.", 0),  # "in 14 years" may be written for 13
    ("Halden Rovers reached the quarter-final in 2019.", 0),
])
def test_a_final_against_the_first_time_in_fourteen_years(occurrence, count):
    assert len(_records(TIME + "\n\n" + occurrence, "2025-04-14")) == count


@pytest.mark.parametrize(("occurrence", "count"), [
    ("The club won the title in 2019 under a different manager.", 1),
    ("The club lost the title in 2019 on goal difference.", 0),
    ("The club's 2019 title race ended in April.", 0),
])
def test_a_title_against_the_first_title_in_fourteen_years(occurrence, count):
    text = "Orlen Town clinched their first title in 14 years with a 3-0 win over Rask on Saturday. " + occurrence
    assert len(_records(text, "2025-04-14")) == count


def test_a_rate_cut_dated_inside_the_first_rate_cut_since():
    text = ("The Bank of Orvia lowered its main rate to 3.25% on Thursday, its first rate cut since 2016.\n\n"
            "The bank's 2020 rate cut, made as the pandemic struck, was reversed a year later.")
    assert [text for _, text in _records(text, "2025-03-07")] == ["2020"]


@pytest.mark.parametrize("first", [
    "Halden Rovers reached the final for the first time since 2009 on Sunday.",
    "On Sunday Halden Rovers reached their first final since 2009.",
])
@pytest.mark.parametrize("occurrence", [
    "Halden Rovers lost the 2017 final to Tolland Athletic.",
    "They lost the 2017 final to Tolland Athletic.",
])
def test_a_final_against_the_first_time_since_a_year(first, occurrence):
    assert [text for _, text in _records(first + " " + occurrence, "2025-04-14")] == ["2017"]


def test_a_first_home_win_against_a_win_that_says_no_more_is_info():
    text = ("Orlen Town beat Rask 2-0 on Saturday, their first home win since 2019. "
            "Orlen Town's 2022 win over Tolland was their last before the slump.")
    assert _records(text, "2025-04-14") == [("info", "2022")]


TRIP = ("Mara Veltri left for Lisbon in March 2019 and came home to Ancona in June 2021, when the restaurant "
        "she ran there closed.")
TRIP_WHEN = "2025-06-13"


def _spans(text: str) -> list[tuple[str, str]]:
    return [(f.severity, f.claims[0].text) for f in findings_of("date.span", text, TRIP_WHEN)]


@pytest.mark.parametrize(("stay", "length"), [
    ("Friends say her five years in Lisbon changed her cooking.", "five years"),
    ("Veltri's five years in Lisbon changed her cooking, friends say.", "five years"),
    ("After five years abroad, Veltri opened a bistro by the harbour.", "five years"),
    ("Veltri spent 14 months in Lisbon before the restaurant closed.", "14 months"),
    ("Her four years overseas changed her cooking, friends say.", "four years"),
])
@pytest.mark.parametrize("between", [" ", "\n\nThe bistro seats 40 and opens at noon.\n\n"])
def test_a_stay_too_long_or_short_for_its_departure_and_return(stay, length, between):
    assert _spans(TRIP + between + stay) == [("warning", length)]


@pytest.mark.parametrize("stay", [
    "Friends say her two years in Portugal changed her cooking.",
    "After two years abroad, Veltri opened a bistro by the harbour.",
    "Veltri spent 27 months in Lisbon before the restaurant closed.",
    "Her husband, Tomas Reyes, said his five years in Portugal had been the happiest of his life.",
    "Veltri, who turned five years old in Ancona, later trained in Lisbon.",
])
def test_a_stay_that_fits_or_is_another_is_silent(stay):
    assert _spans(TRIP + " " + stay) == []


def test_any_trip_of_the_person_and_place_that_fits_keeps_it_silent():
    text = ("Mara Veltri moved to Lisbon in 2010 and returned to Ancona in 2015. " + TRIP +
            " Friends say her five years in Lisbon shaped her cooking.")
    assert _spans(text) == []


def test_a_country_may_hold_the_town_left_for_a_weak_link_reported_at_info():
    text = TRIP + " Friends say her five years in Portugal changed her cooking."
    assert _spans(text) == [("info", "five years")]


def test_two_countries_are_two_places():
    text = ("Mara Veltri moved to Portugal in March 2019 and came home in June 2021. "
            "Friends say her five years in Spain, before that, changed her cooking.")
    assert _spans(text) == []


@pytest.mark.parametrize("later", [
    "A 44-day strike by Orvane pilots in the spring is the longest on record in the region.",
    "The cleaners' strike at the depot lasted 12 days.",
    "The rail strike lasted 12 days.",
])
def test_a_strike_told_as_new_or_narrowed_to_another_is_silent(later):
    text = "The drivers' 41-day strike at Tarrowby ended on Friday. " + later
    assert _mismatch(text) == []


def test_the_narrowed_strike_against_its_own_length():
    text = "The 41-day rail strike ended on Friday. Ministers said the rail strike lasted 44 days too long."
    assert len(_mismatch(text)) == 1


def test_a_stay_dated_on_its_own_is_another():
    text = TRIP + " Her five years in Lisbon as a student, from 1994, had taught her the language."
    assert _spans(text) == []


@pytest.mark.parametrize("occurrence", [
    "The club's stadium hosted the 2015 final between Rask and Tolland.",
    "Brackley Rovers fans watched the 2015 final on a big screen.",
])
def test_taking_no_part_in_an_event_is_no_occurrence(occurrence):
    assert _records(FINAL + " " + occurrence) == []


def test_a_profit_warning_is_no_profit():
    text = ("Orvane Foods reported its first annual profit since 2016 on Tuesday. "
            "Orvane Foods issued a 2021 profit warning after a recall.")
    assert _records(text, "2025-03-07") == []

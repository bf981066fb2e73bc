"""Percentages, quantities, durations and ages, rankings: one table each."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from verify.extract import durations, hedges
from verify.extract.anchors import anchored_finditer
from verify.extract.durations import find_durations
from verify.extract.numbers import parse_number, scaled, words_of
from verify.extract.percent import find_percent
from verify.extract.quantities import find_quantities
from verify.extract.rankings import find_rankings


@pytest.mark.parametrize(("text", "value"), [
    ("1,200", 1200), ("12.5", 12.5), ("two", 2), ("twenty-five", 25), ("forty two", 42),
    ("three hundred and twelve", 312), ("a dozen", 12), ("a", 1),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


def test_scaled_keeps_integers_exact():
    assert scaled(1.2, "billion") == 1_200_000_000 and isinstance(scaled(1.2, "billion"), int)
    assert scaled(2.5, "k") == 2500


@pytest.mark.parametrize(("text", "surface", "amount"), [
    ("rose 40% in", "40%", 40.0), ("12.5 percent of", "12.5 percent", 12.5),
    ("40 per cent", "40 per cent", 40.0), ("nearly 40%", "nearly 40%", 40.0),
    ("a 40-percent rise", "40-percent", 40.0), ("three percent", "three percent", 3.0),
    ("3 percentage points", "3 percentage points", 3.0),
])
def test_percentages(text, surface, amount):
    (claim,) = find_percent(text)
    assert text[claim.start:claim.end] == surface and claim.value["amount"] == amount


@pytest.mark.parametrize(("text", "amount", "unit"), [
    ("It has 1,200 employees.", 1200, "employees"),
    ("Some 45 police officers came.", 45, "police officers"),
    ("with 3 million users", 3_000_000, "users"),
    ("a 12 km route", 12, "km"),
    ("three things matter", 3, "things"),
    ("hires 45 new police officers", 45, "new police officers"),
    ("12 confirmed cases", 12, "confirmed cases"),
    ("3 newly hired teachers", 3, "newly hired teachers"),
    ("12 injured people", 12, "injured people"),
    ("the 3 largest banks", 3, "largest banks"),
])
def test_quantities(text, amount, unit):
    (claim,) = find_quantities(text)
    assert claim.value["amount"] == amount and claim.value["unit"] == unit


@pytest.mark.parametrize("text", ["one of the best", "won 3 to 1", "for 2 years",
                                  "5 killed in the crash", "rose 45 more than last year", "the 5 new",
                                  "COVID-19 vaccine sales", "SARS-CoV-2 infections", "ordered F-35 jets"])
def test_not_quantities(text):
    assert find_quantities(text) == []


def test_words_after_a_quantity_do_not_hide_the_next_one():
    text = "1,200 staff and five offices"
    assert [(text[c.start:c.end], c.value["unit"]) for c in find_quantities(text)] == [
        ("1,200 staff", "staff"), ("five offices", "offices")]


@pytest.mark.parametrize(("text", "amount", "unit", "extra"), [
    ("a three-year-old startup", 3, "year", {"age": True}),
    ("the 18-month-old programme", 18, "month", {"age": True}),
    ("Jane Lindholm, 29, said", 29, "year", {"age": True}),
    ("aged 45", 45, "year", {"age": True}),
    ("two months after the deal", 2, "month", {"relation": "after"}),
    ("in under three years", 3, "year", {"bound": "max"}),
    ("for more than a decade", 10, "year", {"bound": "min"}),
    ("a six-week trial", 6, "week", {}),
])
def test_durations_and_ages(text, amount, unit, extra):
    (claim,) = find_durations(text)
    assert claim.value["amount"] == amount and claim.value["unit"] == unit
    assert extra.items() <= claim.value.items()


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("She died in 2011, at 91.", "91", {"amount": 91, "unit": "year", "age_at": True}),
    ("At 31, she sails like a novice.", "31", {"amount": 31, "unit": "year", "age_at": True}),
    ("He turned professional only at 27, late.", "27", {"amount": 27, "unit": "year", "age_at": True}),
    ("in May 2009, at the age of 67, she", "67", {"amount": 67, "unit": "year", "age_at": True}),
    ("Her nephew Tomas, now 54, left", "54", {"amount": 54, "unit": "year", "age": True}),
    ("Quinn, who is now 91, knitted", "91", {"amount": 91, "unit": "year", "age": True}),
    ("Brackwell, which turned 43 this year, shrank", "43", {"amount": 43, "unit": "year", "age": True}),
    ("And Hrubý, 26, deserves more.", "26", {"amount": 26, "unit": "year", "age": True}),
    ("a manager in his late forties", "in his late forties",
     {"amount": 47, "unit": "year", "max": 49, "range": True, "age_range": True}),
    ("at her 60th birthday party", "60th birthday", {"amount": 60, "unit": "year", "age": True, "anniversary": True}),
    ("The hospice celebrates its 25th anniversary", "25th anniversary",
     {"amount": 25, "unit": "year", "anniversary": True}),
    ("the club celebrates its centenary", "centenary", {"amount": 100, "unit": "year", "anniversary": True}),
    ("a year-long wait", "year-long", {"amount": 1, "unit": "year"}),
    ("three quakes in the past decade", "the past decade", {"amount": 10, "unit": "year"}),
    ("banned for three and a half years", "three and a half years", {"amount": 3.5, "unit": "year"}),
    ("87 concerts in a single week", "a single week", {"amount": 1, "unit": "week"}),
    ("a surplus in the first full year of trading", "the first full year", {"amount": 1, "unit": "year"}),
])
def test_ages_and_spans_in_news_copy(text, surface, value):
    (claim,) = find_durations(text)
    assert (text[claim.start:claim.end], claim.value) == (surface, value)


def test_aged_n_to_m_is_two_ages_and_a_pension_age_is_a_limit():
    text = "Teenagers aged 13 to 17 took part; the state pension age will rise to 65 from 63."
    assert [(text[c.start:c.end], c.value.get("age"), c.value.get("age_limit")) for c in find_durations(text)] == [
        ("aged 13", True, None), ("17", True, None), ("65", None, True), ("63", None, True)]


@pytest.mark.parametrize("text", [
    "It records 5,000 earthquakes a year.", "The hospice costs £3.2 million a year.", "It grew 5% a year.",
    "The tally had stood at 318.", "Shares closed at 24, down.", "about 450 visitors a month",
])
def test_rates_and_levels_are_not_durations_or_ages(text):
    assert find_durations(text) == []


def test_ago_is_a_date_not_a_duration():
    assert find_durations("two months ago") == []


@pytest.mark.parametrize(("text", "value"), [
    ("It ranked third.", {"rank": 3}), ("the No. 1 seller", {"rank": 1}),
    ("among the top 10 models", {"top": 10}), ("a top-five finish", {"top": 5}),
    ("the second-largest bank", {"rank": 2, "superlative": "largest"}),
    ("a fourth place finish", {"rank": 4}), ("She finished 12th", {"rank": 12}),
    ("missing the podium by one place", {"rank": 4}), ("on the podium", {"top": 3}),
])
def test_rankings(text, value):
    (claim,) = find_rankings(text)
    assert claim.value == value


_HEDGES = sorted({*hedges._LOWER_BOUND, *hedges._UPPER_BOUND, *hedges._AROUND} - {"~"})


@given(prefix=st.text(max_size=20), separator=st.sampled_from([" ", "(", "“", "\n", ". "]),
       hedge=st.sampled_from(_HEDGES), upper=st.booleans(), space=st.sampled_from(["", " ", "  "]))
def test_every_hedge_is_read_before_its_figure(prefix, separator, hedge, upper, space):
    """The quick last-word check in hedge_before never hides a hedge the full pattern finds."""
    written = hedge.upper() if upper else hedge
    if hedge[-1].isalpha() and not space:
        space = " "  # "nearly40%" is one token, not a hedge
    text = f"{prefix}{separator}{written}{space}40%"
    found, start = hedges.hedge_before(text, len(text) - 3)
    assert found is not None and " ".join(found.lower().split()) == hedge
    assert text[start:].startswith(written)


@given(prefix=st.text(alphabet="bxyz .,(", max_size=30))
def test_no_hedge_no_shift(prefix):
    text = f"{prefix} 40%"
    found, start = hedges.hedge_before(text, len(text) - 3)
    assert (found, start) == (None, len(text) - 3)


_DURATION_PIECES = st.tuples(
    st.sampled_from(["", " ", "a ", "(", "x", "in ", "Lee, "]),
    st.sampled_from(["3", "1,200", "two", "twenty-five", "three hundred and twelve", "a", "an", "half a",
                     "one and a half", "A", "x"]),
    st.sampled_from([" ", "-", "  "]),
    st.sampled_from(["year", "Years", "month", "DAYS", "decade", "fortnight", "week", "yr"]),
    st.sampled_from(["", "s", "-old", " old", " after", " ago", " later"]),
).map("".join)


@given(st.lists(_DURATION_PIECES, max_size=6).map(" ".join))
def test_duration_patterns_searched_near_unit_words_find_what_a_full_scan_finds(text):
    anchors = [(m.start() - durations._COUNT_REACH, m.start()) for m in durations._UNIT_WORD.finditer(text)]
    for pattern in (durations._AGE_ADJECTIVE, durations._SPAN):
        assert [m.span() for m in anchored_finditer(pattern, text, anchors)] == \
            [m.span() for m in pattern.finditer(text)]


# ---- ranks in prose (verify.extract.places) ----

@pytest.mark.parametrize(("text", "surface", "value"), [
    ("It is the second-largest lender in Asia.", "second-largest", {"rank": 2, "superlative": "largest"}),
    ("It is now the largest lender in Asia.", "the largest", {"rank": 1, "superlative": "largest"}),
    ("Farmers expect their biggest harvest in years.", "their biggest", {"rank": 1, "superlative": "biggest"}),
    ("Dorset was the slowest of the 9 counties.", "the slowest of the 9", {"rank": 9, "superlative": "slowest"}),
    ("a charge in the three largest harbour towns", "the three largest", {"top": 3, "superlative": "largest"}),
    ("It is among the five largest banks.", "among the five largest", {"top": 5, "superlative": "largest"}),
    ("It is Japan's third largest bank.", "third largest", {"rank": 3, "superlative": "largest"}),
    ("Asia's biggest lender", "biggest", {"rank": 1, "superlative": "biggest"}),
    ("the region's two biggest firms", "two biggest", {"top": 2, "superlative": "biggest"}),
    ("Okafor was fourth in 13.02.", "was fourth", {"rank": 4}),
    ("She hopes to finish sixth.", "finish sixth", {"rank": 6}),
    ("He came in fourth, behind Lee.", "came in fourth", {"rank": 4}),
    ("The musical slipped to third with $4.6 million.", "slipped to third", {"rank": 3}),
    ("with the Czech Pavel Hrubý fifth, 2:31 down", "Hrubý fifth", {"rank": 5}),
    ("She finished runner-up in Oslo.", "runner-up", {"rank": 2}),
    ("Adeoye took silver in 12.68.", "took silver", {"rank": 2, "medal": "silver"}),
    ("She won a bronze medal in 2012.", "won a bronze medal", {"rank": 3, "medal": "bronze"}),
    ("The fourth seed lost.", "The fourth seed", {"rank": 4, "seed": True}),
    ("fifth seed Marek won", "fifth seed", {"rank": 5, "seed": True}),
    ("the world number three from Spain", "world number three", {"rank": 3}),
    ("Britain topped the medal table.", "topped the medal table", {"rank": 1}),
    ("It handled a record 3.8 million parcels.", "a record", {"rank": 1, "record": True}),
    ("The crop is at a five-year high.", "a five-year high", {"rank": 1, "record": True}),
    ("A podium in his second season", "A podium", {"top": 3}),
    ("It opened ninth, just outside the top 10.", "just outside the top 10", {"top": 10}),
    ("The horror film rounded out the top five.", "rounded out the top five", {"rank": 5}),
])
def test_ranks_in_prose(text, surface, value):
    claims = [c for c in find_rankings(text) if surface in text[c.start:c.end]]
    assert [(text[c.start:c.end], c.value) for c in claims] == [(surface, value)]


@pytest.mark.parametrize("text", [
    "It took the best part of six hours.", "It is one of the best in Africa.", "Send it by Friday at the latest.",
    "My eldest spent three nights in hospital.", "His personal best, 47.31, dates from 2016.",
    "The gold price rose; gold reserves fell.", "The first, the second and the third.", "Mahler's Second Symphony won.",
    "a tailwind of 0.8 metres per second", "the least we can do",
])
def test_not_ranks_in_prose(text):
    assert find_rankings(text) == []


def test_superlatives_and_seeds_are_ranked_on_their_own_lists():
    """A superlative ranks its own list ("the highest total") and a seed the seedings: the rank rules
    never set them against a place in a race or a table."""
    from datetime import date

    from verify.document import Document
    from verify.extract import extract_claims

    text = "Acme posted the highest total. Analysts say Acme ranks fourth-lowest on costs. Second seed Jo Lee won."
    claims = extract_claims(Document.from_plain("x.txt", text), date(2024, 5, 1))
    lists = {c.text: sorted(c.frame.qualifiers) for c in claims if c.type == "ranking"}
    assert lists["the highest"] == ["list:highest"] and lists["Second seed"] == ["list:seed"]
    seed = next(c for c in claims if c.text == "Second seed")
    assert seed.frame.entity_name == "Jo Lee"
    assert next(c for c in claims if c.text == "fourth-lowest").frame.entity_name == "Acme"


@pytest.mark.parametrize(("text", "surface", "amount"), [
    ("Thirty-two pupils, about one in nine of the school, were absent.", "about one in nine", 11.1),
    ("Now roughly two in five of its vans run on batteries.", "roughly two in five", 40.0),
    ("a pass rate of 71.2%, up 3.6 points from 67.6%", "3.6 points", 3.6),
    ("Growth was one point four per cent.", "one point four per cent", 1.4),
    ("the waits, more than half, were orthopaedic", "more than half", 50.0),
    ("It will shrink its office in Porto by half.", "half", 50.0),
])
def test_shares_written_as_ratios_points_and_halves(text, surface, amount):
    (claim,) = [c for c in find_percent(text) if "%" not in text[c.start:c.end]]
    assert (text[claim.start:claim.end], claim.value["amount"]) == (surface, amount)


@pytest.mark.parametrize("text", ["in the second half of 2028", "a quarter of a century ago", "half an hour",
                                  "She scored 27 points.", "two in 2019", "one in 10 minutes"])
def test_not_shares(text):
    assert find_percent(text) == []


_NUMBER_PIECES = st.sampled_from(["two", "Twenty-five", "a hundred", "three hundred and twelve", "a dozen", "1,200",
                                  "percent", "%", "per cent", "percentage points",
                                  "3.5", "B12", "one", "staff", "new police officers", "and", "km", "people", ",",
                                  "x2", "ten", "tenth", "million", "a", "dozen", "hundred", "forty two"])


@given(st.lists(_NUMBER_PIECES, max_size=12).map(" ".join))
def test_a_pattern_tried_where_numbers_start_finds_what_a_full_scan_finds(text):
    from verify.extract.percent import _PERCENT
    from verify.extract.quantities import _QUANTITY

    words = words_of(text)
    for pattern in (_QUANTITY, _PERCENT):
        assert [m.span() for m in pattern.finditer_at_numbers(text, words)] == \
            [m.span() for m in pattern.choose(words).finditer(text)]


_RANK_PIECES = st.sampled_from(["second", "Second", "21st", "3rd", "largest", "place", "-largest", " position", "spot",
                                "x1st", "the", "fourth-busiest", "Third place", "seventh", "in", "ninety"])


@given(st.lists(_RANK_PIECES, max_size=10).map(" ".join))
def test_ordinal_patterns_tried_where_ordinals_start_find_what_a_full_scan_finds(text):
    from verify.extract import rankings
    from verify.extract.numbers import matches_at, ordinals_in

    words = words_of(text)
    starts = [m.start() for m in ordinals_in(text, words)]
    for pattern in (rankings._ORDINAL_SUPERLATIVE, rankings._PLACE):
        assert [m.span() for m in matches_at(pattern.full, text, starts)] == \
            [m.span() for m in pattern.choose(words).finditer(text)]

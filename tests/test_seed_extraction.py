"""The seed article: every figure, date, age, ranking and quote, pinned with its value."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout

import pytest

from tests.conftest import SEED
from verify.cli import main


@pytest.fixture(scope="module")
def claims():
    buffer = io.StringIO()
    with redirect_stdout(buffer):
        status = main(["extract", "--format", "json", "--date", "2026-04-10", str(SEED)])
    assert status == 0
    return json.loads(buffer.getvalue())["claims"]


def of_type(claims, kind):
    return [c for c in claims if c["type"] == kind]


def test_all_six_money_amounts_with_currency(claims):
    money = [(c["text"], c["value"]["amount"], c["value"]["currency"]) for c in of_type(claims, "money")]
    assert money == [
        ("$290 million", 290_000_000, "USD"),
        ("2 billion yuan", 2_000_000_000, "CNY"),
        ("600 million yuan", 600_000_000, "CNY"),
        ("$50 million", 50_000_000, "USD"),
        ("$60 million", 60_000_000, "USD"),
        ("$290 million", 290_000_000, "USD"),
    ]


def test_the_percentage_is_hedged(claims):
    (percent,) = of_type(claims, "percent")
    assert percent["text"] == "nearly 40%"
    assert percent["value"]["amount"] == 40.0 and percent["value"]["approx"] is True


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Friday", "2026-04-10", "2026-04-10"),          # announced on Friday: the publication day itself
    ("January", "2026-01-01", "2026-01-31"),         # released in January
    ("last month", "2026-03-01", "2026-03-31"),
    ("September", "2025-09-01", "2025-09-30"),       # "In September": the latest September before April
    ("earlier this year", "2026-01-01", "2026-04-10"),
    ("February", "2026-02-01", "2026-02-28"),
    ("March", "2026-03-01", "2026-03-31"),           # Kelly's commentary, published in March
    ("next year", "2027-01-01", "2027-12-31"),
    ("2025", "2025-01-01", "2025-12-31"),
])
def test_date_expressions_resolve_against_the_given_date(claims, text, start, end):
    dates = [c for c in of_type(claims, "date") if c["text"] == text]
    assert dates, f"{text!r} not extracted"
    assert all((d["value"]["start"], d["value"]["end"]) == (start, end) for d in dates)


def test_every_date_expression_is_found(claims):
    texts = [c["text"] for c in of_type(claims, "date")]
    assert texts == ["Friday", "Friday", "January", "last month", "September", "earlier this year",
                     "February", "Friday", "last month", "March", "next year", "now", "2025"]


def test_ages_and_durations(claims):
    durations = {c["text"]: c["value"] for c in of_type(claims, "duration")}
    assert durations["three-year-old"] == {"amount": 3, "unit": "year", "age": True}
    assert durations["under three years"]["amount"] == 3
    assert durations["under three years"]["bound"] == "max"
    assert durations["two months after"]["unit"] == "month"


def test_ranking_top_ten(claims):
    (ranking,) = of_type(claims, "ranking")
    assert ranking["text"] == "among the top 10" and ranking["value"] == {"top": 10}


def test_three_quotes_with_their_speakers(claims):
    quotes = [(c["value"]["speaker"], c["value"]["quote"][:30]) for c in of_type(claims, "quote")]
    assert quotes == [
        ("ShengShu", "ShengShu believes that a gener"),
        ("Zhu Jun", "We aim to connect perception a"),
        ("Kevin Kelly", "Ultimately, to replicate human"),
    ]


def test_scare_quoted_term_is_not_a_quote(claims):
    assert not any(c["value"]["quote"] == "general world model," or c["value"]["quote"] == "general world model"
                   for c in of_type(claims, "quote"))


def test_subjects_tell_the_funding_rounds_apart(claims):
    subjects: dict[str, str] = {}
    for claim in of_type(claims, "money"):
        subjects.setdefault(claim["text"], claim["subject"])  # the first statement of each amount
    assert subjects["$290 million"] == "ShengShu investment"
    assert subjects["$50 million"] == "Tripo AI investment"
    assert subjects["$60 million"] == "PixVerse funding"


def test_relative_dates_stay_unresolved_without_a_date(run):
    result = run("extract", "--format", "json", SEED)
    relative = [c for c in result.json()["claims"] if c["type"] == "date" and c["value"].get("relative")]
    assert relative and all(c["value"]["start"] is None and c["value"]["end"] is None for c in relative)
    assert result.json()["published"] is None

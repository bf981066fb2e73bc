"""Behaviour of the issue-11 figure rules beyond their fixtures: unit factors and their ranges,
temperatures below zero, direction words whose sense depends on the metric, gaps to a figure, and
shares given as "k in n". Every sentence is invented for this file."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verify.checks.units import dimension, to_base
from verify.document import Document
from verify.engine import RuleSet, run_rules
from verify.extract import extract_claims

RULES = RuleSet.default()
PUBLISHED = date(2026, 4, 10)


def findings(text: str) -> list[tuple[str, str]]:
    doc = Document.from_plain("article.txt", text)
    return [(f.rule, f.message) for f in run_rules(doc, extract_claims(doc, PUBLISHED), PUBLISHED, RULES)
            if f.severity != "info"]


def rules(text: str) -> set[str]:
    return {rule for rule, _ in findings(text)}


def test_a_word_for_several_units_stands_for_all_of_them():
    assert to_base(1, "tons") == (907.18474, 1016.0469)
    assert dimension("gallons") == "volume" and to_base(1, "gallons")[1] == 4.54609
    assert rules("The barge carried 2,000 tonnes (2,200 tons) of coal.") == set()  # short tons
    assert rules("The barge carried 2,000 tonnes (1,970 tons) of coal.") == set()  # long tons
    assert "unit.conversion" in rules("The barge carried 2,000 tonnes (3,000 tons) of coal.")


@pytest.mark.parametrize(("text", "wrong"), [
    ("The flat, at around 900 sq ft (84 sq m), has two bedrooms.", False),
    ("The flat, at around 900 sq ft (62 sq m), has two bedrooms.", True),
    ("The studio covers 400 m² (4,300 sq ft) on one floor.", False),
    ("The studio covers 400 m² (3,000 sq ft) on one floor.", True),
    ("The park spans 12 sq mi (31 sq km) of moorland.", False),
    ("The park spans 12 square miles (12 square kilometres) of moorland.", True),
])
def test_areas_in_abbreviated_units_are_converted(text, wrong):
    assert ("unit.conversion" in rules(text)) is wrong


def test_a_temperature_below_zero_converts_with_its_sign():
    assert rules("By night it was minus 5°C (23°F) in the valley.") == set()
    found = findings("By night it was minus 5°C (41°F) in the valley.")
    assert [rule for rule, _ in found] == ["unit.conversion"] and "23 °F" in found[0][1]


def test_the_message_gives_the_measure_in_the_restatement_unit():
    [(rule, message)] = findings("The new trail runs 12 km (12 miles) along the ridge.")
    assert rule == "unit.conversion" and "7.46 miles" in message and "tolerance 5 %" in message


def test_a_later_figure_of_another_place_is_not_a_slipped_unit():
    text = ("The quake struck 40 km (25 miles) south of Vell.\n\n"
            "A second tremor hit Brenn, 40 miles to the east, an hour later.")
    assert "unit.conversion" not in rules(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Corvane's operating margin improved to 7.2% from 8.0%.", {"arithmetic.direction"}),
    ("Unemployment in Vell improved to 4.1% from 4.6%.", set()),
    ("Unemployment in Vell worsened to 4.1% from 4.6%.", {"arithmetic.direction"}),
    ("The average commute improved to 34 minutes from 31 minutes.", set()),  # better is not known
    ("Halden Power's net loss widened to €48 million from €61 million.", {"arithmetic.direction"}),
])
def test_improved_and_worsened_follow_the_metric(text, expected):
    assert rules(text) & {"arithmetic.direction"} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Red Party won 30 seats, 5 fewer than the 35 it won in 2021.", set()),
    ("The Red Party won 30 seats, 7 fewer than the 35 it won in 2021.", {"arithmetic.difference"}),
    ("Brenn's revenue fell by €1.4 million to €6.1 million from €7.5 million.", set()),
    ("Brenn's revenue fell by €2.4 million to €6.1 million from €7.5 million.", {"arithmetic.difference"}),
])
def test_a_gap_is_checked_by_size_and_way(text, expected):
    assert rules(text) & {"arithmetic.difference"} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Three in ten of the 2,000 members, or 600, voted.", set()),
    ("Three in ten of the 2,000 members, or 800, voted.", {"arithmetic.percent-of"}),
    ("About 12% of its 5,000 staff, some 640 people, work abroad.", set()),
    ("The lab employs 210 people, about a quarter of them chemists.", set()),
])
def test_a_share_of_a_count_against_its_part(text, expected):
    assert rules(text) & {"arithmetic.percent-of"} == expected


_UNITS = {"length": [("km", 1000.0), ("miles", 1609.344), ("metres", 1.0), ("feet", 0.3048)],
          "area": [("hectares", 10000.0), ("acres", 4046.856)],
          "mass": [("kg", 1.0), ("tonnes", 1000.0)]}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(sorted(_UNITS)), st.integers(min_value=2, max_value=90_000), st.data())
def test_a_conversion_rounded_to_three_figures_is_never_flagged(dim, amount, data):
    (first, f1), (second, f2) = data.draw(st.permutations(_UNITS[dim]))[:2]
    converted = float(f"{amount * f1 / f2:.3g}")
    if converted < 1:
        return
    written = f"{converted:,.0f}" if converted >= 100 else f"{converted:g}"
    text = f"The site measures {amount:,} {first} ({written} {second}) in all."
    assert "unit.conversion" not in rules(text), text

"""``number.digit-slip``: a figure written as already known, one slipped digit away from the figure stated.

Unit tests of the digit comparison and of what counts as a reference, then metamorphic variants in
the shape of :mod:`test_metamorphic` (the reference by name, short name, pronoun, description and
title; in the next sentence, another paragraph, after another sentence), and consistent texts that
must stay silent. Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest
from checking import findings_of
from hypothesis import given
from hypothesis import strategies as st
from test_metamorphic import ORG, PERSON, Case, case_id, render, rules_found, variants

from verify.checks.restatement import slipped
from verify.engine import RuleSet

RULE = "number.digit-slip"
RESTATEMENT_RULES = {RULE, "number.mismatch"}  # where both pair the sides, one finding says it (the error)


@pytest.mark.parametrize(("a", "b"), [("127", "172"), ("14.60", "14.06"), ("41.2", "42.1"), ("3.5", "3.8"),
                                      ("2040", "2140"), ("10.91", "10.93"), ("13", "12")])
def test_one_slipped_digit_is_a_slip(a, b):
    assert slipped(a, b) and slipped(b, a)


@pytest.mark.parametrize(("a", "b"), [("127", "127"), ("127", "1270"), ("12.5", "125"), ("7", "9"),
                                      ("1234", "4231"), ("1234", "2143"), ("127", "721"), ("2.05", "20.5"),
                                      ("800", "100"), ("2000", "3000")])
def test_other_differences_are_not(a, b):
    assert not slipped(a, b)


@given(st.integers(min_value=10, max_value=10**9))
def test_a_number_is_never_its_own_slip_and_a_swap_always_is(number):
    digits = str(number)
    assert not slipped(digits, digits)
    for i in range(len(digits) - 1):
        swapped = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:]
        if swapped[0] != "0" and min(len(x.rstrip("0")) for x in (digits, swapped)) >= 2:
            assert slipped(digits, swapped) == (swapped != digits)


def test_the_finding_names_both_figures():
    found = findings_of(RULE, "Kelso Foods made a profit of €127 million last year.\n\n"
                        "Analysts praised the €172 million profit.", "2026-04-10")
    assert [(f.severity, [c.text for c in f.claims]) for f in found] == [
        ("warning", ["€172 million", "€127 million"])]
    assert "slipped digit" in found[0].message


def test_a_bare_reference_restates_a_counted_figure():
    found = findings_of(RULE, "Duarte won the final in 11.42 seconds. Her 11.24 was a national record.",
                        "2026-04-10")
    assert [[c.text for c in f.claims] for f in found] == [["11.24", "11.42 seconds"]]


def test_different_owners_are_reported_at_info():
    found = findings_of(RULE, "Kelso Foods made a profit of €127 million. Rival Marrin Dairy said "
                        "the Marrin Dairy €172 million profit was its best.", "2026-04-10")
    assert all(f.severity == "info" for f in found)


CASES = [
    Case(RULE, "2026-04-10",
         "Nordvik Energy made a net profit of €127 million last year.",
         "Analysts said {P} €172 million net profit beat their forecasts.",
         "Analysts said {P} €127 million net profit beat their forecasts.", ORG),
    Case(RULE, "2026-04-10",
         "Nordvik Energy raised its basic hourly rate to £14.60 from £13.80 in March.",
         "Unions said {P} £14.06 rate was still too low.",
         "Unions said {P} £14.60 rate was still too low.", ORG),
    Case(RULE, "2026-04-10",
         "Lena Duarte won the final in 11.42 seconds on Sunday.",
         "{P} 11.24 was the fastest time of the year.",
         "{P} 11.42 was the fastest time of the year.", PERSON),
]


@pytest.mark.parametrize(("case", "form", "place"), list(variants(CASES)), ids=case_id)
def test_wrong_renderings_are_caught(case, form, place):
    text = render(case, case.wrong, form, place)
    assert rules_found(text, case.published) & RESTATEMENT_RULES, text


@pytest.mark.parametrize(("case", "form", "place"), list(variants(CASES)), ids=case_id)
def test_right_renderings_are_silent(case, form, place):
    text = render(case, case.right, form, place)
    assert rules_found(text, case.published) == set(), text


@pytest.mark.parametrize("text", [
    # new information after the figure: a relative clause, a partitive, "new"
    "Tollan Steel employs 2,300 workers. The 2,100 workers who stay will move to Leeds.",
    "Tollan Steel employs 2,300 workers. Of the 2,100 of them in Leeds, most are welders.",
    "Tollan Steel employs 2,300 workers. The 2,400 new jobs will come later.",
    # the reference restates a figure that was stated
    "Tollan Steel made a profit of £18.1m, up from £11.8m. The £18.1m profit was a record.",
    # a reference whose counted noun is another
    "Tollan Steel has 14 plants. The 12 warehouses it leases are in Wales.",
    # one-digit numbers say nothing
    "Tollan Steel has seven plants and 5 mills. The 6 mills are old.",
    # the two figures in one sentence are a contrast
    "Tollan Steel's £181m profit compares with £118m a year earlier.",
])
def test_consistent_texts_stay_silent(text):
    assert RULE not in rules_found(text, "2026-04-10"), text


def test_a_slip_another_rule_reports_as_an_error_is_said_once():
    text = ("Nordvik Energy's revenue reached €4.8bn last year. "
            "Analysts said the company's €8.4bn revenue beat forecasts.")
    from test_metamorphic import RULES, Document, date, extract_claims, run_rules

    when = date(2026, 4, 10)
    doc = Document.from_plain("invented.txt", text)
    claims = extract_claims(doc, when)
    alone = RuleSet({RULE: RULES.rules[RULE]}, RULES.config)
    assert [f.rule for f in run_rules(doc, claims, when, alone)] == [RULE]  # the slip is there to be found
    found = [(f.rule, f.severity) for f in run_rules(doc, claims, when, RULES)]
    assert found == [("number.mismatch", "error")]

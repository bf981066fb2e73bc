"""Metamorphic tests for the figure rules of issue 11 (unit.conversion, arithmetic.direction,
arithmetic.difference, arithmetic.percent-of), in the shape of :mod:`test_metamorphic`: each wrong
rendering of the second side (name, short name, pronoun, description, title; next sentence, another
paragraph, after another sentence) is caught, each right one and each contrast stays silent.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest
from test_metamorphic import ORG, PERSON, Case, Forms, case_id, render, rules_found, variants

CASES = [
    Case("unit.conversion", "2026-04-10",
         "Nordvik Energy's new wind farm lies 30 km (19 miles) off the coast.",
         "{S} said the turbines, 30 miles offshore, would turn by May.",
         "{S} said the turbines, 19 miles offshore, would turn by May.", ORG,
         "Nordvik Energy's new wind farm lies 30 km (19 miles) off the coast. Halden Power's older farm "
         "stands 30 miles offshore."),
    Case("arithmetic.direction", "2026-04-10",
         "Nordvik Energy published its annual results on Tuesday.",
         "{P} operating margin improved to 7.2% from 8.0%, helped by lower gas prices.",
         "{P} operating margin improved to 8.0% from 7.2%, helped by lower gas prices.", ORG,
         "Nordvik Energy's operating margin rose to 8.0% this year. Halden Power's margin fell to 7.2% from 8.4%."),
    Case("arithmetic.percent-of", "2026-04-10",
         "Nordvik Energy employs 2,400 people at its plants in Hamar.",
         "{S} will cut 940 jobs, or about 30% of its 2,400 staff, by June.",
         "{S} will cut 720 jobs, or about 30% of its 2,400 staff, by June.", ORG,
         "Nordvik Energy employs 2,400 people. Halden Power will cut 720 jobs, or about 30% of its 2,400 staff."),
    Case("arithmetic.percent-of", "2026-04-10",
         "Nordvik Energy surveyed 1,250 of its customers in May.",
         "Of those, 410, or 48%, told {S} they would switch to its green tariff.",
         "Of those, 410, or 33%, told {S} they would switch to its green tariff.", ORG,
         "Nordvik Energy surveyed 1,250 customers. Halden Power asked 800; of those, 410, or 51%, wanted a "
         "green tariff."),
    Case("arithmetic.difference", "2026-04-10",
         "Nordvik Energy reported its annual results on Tuesday.",
         "{P} operating profit rose by €90 million to €610 million from €540 million.",
         "{P} operating profit rose by €70 million to €610 million from €540 million.", ORG,
         "Nordvik Energy's operating profit reached €610 million. Halden Power's profit rose by €70 million to "
         "€540 million from €470 million."),
    Case("arithmetic.difference", "2026-04-10",
         "The Green Alliance won 58 seats in Sunday's election.",
         "{S} won 12 more seats than the 48 it took in 2021, officials said.",
         "{S} won 10 more seats than the 48 it took in 2021, officials said.",
         Forms(("The Green Alliance", "The Green Alliance's"), ("the Alliance", "the Alliance's"), ("it", "its"),
               ("the party", "the party's"), ("the opposition Green Alliance", "the opposition Green Alliance's")),
         "The Green Alliance won 58 seats. The Red Party won 12 more seats than the 48 it took in 2021."),
]


@pytest.mark.parametrize(("case", "form", "place"), list(variants(CASES)), ids=case_id)
def test_wrong_renderings_are_caught(case, form, place):
    text = render(case, case.wrong, form, place)
    assert case.rule in rules_found(text, case.published), text


@pytest.mark.parametrize(("case", "form", "place"), list(variants(CASES)), ids=case_id)
def test_right_renderings_are_silent(case, form, place):
    text = render(case, case.right, form, place)
    assert rules_found(text, case.published) == set(), text


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_two_entities_of_one_kind_are_never_confused(case):
    assert rules_found(case.contrast, case.published) == set(), case.contrast


@pytest.mark.parametrize("text", [
    # a measure and a different measure in another unit, with no restatement cue between them
    "The ferry sails 40 km to Brekka and then 12 miles to Sol.",
    # conversions rounded as writers round them
    "The race covers 100 km (62 miles); the climb is 1,200 metres (about 3,900 feet).",
    # a ton that is a short ton, a gallon that is an imperial gallon
    "The barge carried 2,000 tonnes (2,200 tons) of coal and 1,000 litres (220 gallons) of oil.",
    # "improved" for a figure whose better direction is not known says nothing of the figures
    "The average response time improved to 14 minutes from 11 minutes, the council said.",
    # a direction word that governs another figure of the sentence
    "Exports rose 4% in March; imports were $2.1bn, against $2.4bn a year earlier.",
    # equal figures as written
    "The jobless rate rose to 4.1% from 4.1% once revised, the agency said.",
    # a share of the figure before it, not a restatement of it
    "The bakery employs 210 people, about a quarter of them apprentices.",
    # a share of a whole that is not stated as a figure
    "Turnout reached 61%, or 3.2 million voters, the highest since 1994.",
    # hedged shares and rounded parts
    "Nearly four in ten of the 1,200 pupils, or 460, passed; about 5% of the 6,000 applicants, some 300, "
    "were refused.",
    # a change rounded as coarsely as its levels
    "Its debt fell by €2bn to €7bn from €10bn, and its sales rose by about $70m to $610m from $540m.",
    # a gap to another party's figure, with two figures now in the paragraph
    "The Greens won 58 seats and the Reds 40. The Reds won five more than the 35 they took in 2021.",
])
def test_consistent_contrasts_stay_silent(text):
    assert rules_found(text, "2026-04-10") == set(), text


AGE_CASES = [
    Case("age.conflict", "2026-04-10",
         "Lena Duarte, 30, won the final in Oslo on Sunday.",
         "{S} now leads the world rankings, and the 31-year-old said the season had gone well.",
         "{S} now leads the world rankings, and the 30-year-old said the season had gone well.", PERSON,
         "Lena Duarte, 30, won the final in Oslo on Sunday. Mia Sola, 31, finished second."),
]


@pytest.mark.parametrize(("case", "form", "place"), list(variants(AGE_CASES)), ids=case_id)
def test_two_ages_of_one_person_are_caught(case, form, place):
    found = rules_found(render(case, case.wrong, form, place), case.published)
    assert case.rule in found, found


@pytest.mark.parametrize(("case", "form", "place"), list(variants(AGE_CASES)), ids=case_id)
def test_one_age_of_one_person_is_silent(case, form, place):
    assert rules_found(render(case, case.right, form, place), case.published) == set()


def test_two_people_of_two_ages_are_never_confused():
    assert rules_found(AGE_CASES[0].contrast, "2026-04-10") == set()

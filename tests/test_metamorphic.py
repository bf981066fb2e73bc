"""Metamorphic tests: the same contradiction, the second side written another way, is still found;
the same consistent text written those ways stays silent.

Each case states a fact about an entity in full, then states it again (right or wrong) referring to
the entity another way: by name again, a short name, a pronoun, a description, a title and surname,
a possessive, after an apposition or a copula, in the next sentence or in another paragraph. The
wrong renderings must be caught (at least 90 % of them: the frames issue's measure; each miss is
listed), the right ones and the two-entity contrasts never.

Every sentence is invented for this file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from verify.document import Document
from verify.engine import RuleSet, run_rules
from verify.extract import extract_claims

RULES = RuleSet.default()


@dataclass(frozen=True)
class Forms:
    """How the second side may refer to the entity: subject form and possessive form."""

    name: tuple[str, str]
    short: tuple[str, str]
    pronoun: tuple[str, str]
    description: tuple[str, str]
    title: tuple[str, str]


ORG = Forms(("Nordvik Energy", "Nordvik Energy's"), ("Nordvik", "Nordvik's"), ("it", "its"),
            ("the company", "the company's"), ("the Oslo utility Nordvik", "the Oslo utility Nordvik's"))
PERSON = Forms(("Lena Duarte", "Lena Duarte's"), ("Duarte", "Duarte's"), ("she", "her"),
               ("the runner", "the runner's"), ("the Danish runner Duarte", "the Danish runner Duarte's"))
FOUNDER = Forms(("Brightwater", "Brightwater's"), ("Brightwater", "Brightwater's"), ("it", "its"),
                ("the startup", "the startup's"), ("the Leeds startup Brightwater", "the Leeds startup Brightwater's"))


@dataclass(frozen=True)
class Case:
    rule: str
    published: str
    first: str  # the first side, naming the entity in full
    wrong: str  # the second side with {S} (subject) or {P} (possessive), contradicting the first
    right: str  # the same, agreeing
    forms: Forms
    contrast: str = ""  # a consistent text with a second entity of the same kind, which must stay silent


CASES = [
    Case("number.mismatch", "2026-04-10",
         "Nordvik Energy's revenue reached €4.8bn last year, the company said.",
         "Analysts noted that {P} revenue of €4.6bn beat forecasts.",
         "Analysts noted that {P} revenue of €4,800 million beat forecasts.", ORG,
         "Nordvik Energy's revenue reached €4.8bn last year. Its rival Halden Power's revenue was €4.6bn."),
    Case("number.mismatch", "2026-04-10",
         "Nordvik Energy employs 1,200 workers at its plants.",
         "By March, {S} had 1,450 workers on its payroll.",
         "By March, {S} still had 1,200 workers on its payroll.", ORG,
         "Nordvik Energy employs 1,200 workers at its plants. Halden Power, a rival, employs 1,450 workers."),
    Case("ranking.conflict", "2026-04-10",
         "In the final standings, Lena Duarte finished third.",
         "Missing the podium by one place, {S} said she would return.",
         "Missing the podium by one place was not her fate; {S} said she would return.", PERSON,
         "In the final standings, Lena Duarte finished third. Mia Holt, the Norwegian runner, finished fourth."),
    Case("age.founding", "2026-04-10",
         "Brightwater, a six-year-old startup, makes sensors in Leeds.",
         "{S} was founded in 2023 by two engineers.",
         "{S} was founded in 2020 by two engineers.", FOUNDER,
         "Brightwater, a six-year-old startup, makes sensors. Its founder, Ana Lis, 41, was born in 1985."),
    Case("age.founding", "2026-04-10",
         "Lena Duarte, 29, won the race on Sunday.",
         "Born in 1990, {S} trained in Leeds.",
         "Born in 1996, {S} trained in Leeds.", PERSON,
         "Lena Duarte, 29, won the race. Her coach, Mia Holt, was born in 1970."),
    Case("age.span", "2026-04-10",
         "Brightwater, a two-year-old startup, makes drones.",
         "{S} has sold them to farmers for more than five years.",
         "{S} has sold them to farmers for under two years.", FOUNDER),
    Case("date.same-event", "2026-06-12",
         "Lena Duarte wrote last month on her blog that prices would fall.",
         "{P} post, published in March, was widely shared.",
         "{P} post, published in May, was widely shared.", PERSON),
    Case("attribution.title", "2026-04-10",
         "Chief executive Lena Duarte opened the meeting.",
         "At the dinner, {S} was finance chief of the group as well.",
         "At the dinner, {S} was chief executive of the group as well.", PERSON),
    Case("quote.speaker", "2026-04-10",
         '"Nobody saw this coming," said Lena Duarte.',
         'Later, Mia Holt said: "Nobody saw this coming."',
         'Later, {S} said: "Nobody saw this coming."', PERSON),
]
# How the second side refers to the entity, and where it stands.
FORMS = ("name", "short", "pronoun", "description", "title")
PLACES = ("next sentence", "another paragraph", "after another sentence")
_FILLER = "The weather on the day was mild."


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def render(case: Case, template: str, form: str, place: str) -> str:
    subject, possessive = getattr(case.forms, form)
    second = template.replace("{S}", subject).replace("{P}", possessive)
    second = _capitalise(second)
    if place == "next sentence":
        return f"{case.first} {second}"
    if place == "another paragraph":
        return f"{case.first}\n\n{second}"
    return f"{case.first} {_FILLER} {second}"


def rules_found(text: str, published: str) -> set[str]:
    when = date.fromisoformat(published)
    doc = Document.from_plain("variant.txt", text)
    return {f.rule for f in run_rules(doc, extract_claims(doc, when), when, RULES) if f.severity != "info"}


def variants(cases: list[Case]):
    """Every (case, form of the reference, place of the second side) to render."""
    for case in cases:
        for form in FORMS:
            for place in PLACES:
                yield case, form, place


def case_id(value: object) -> str:
    """A test id that names a case by its rule."""
    return value.rule if isinstance(value, Case) else str(value)


def _variants():
    return variants(CASES)


def test_at_least_nine_in_ten_wrong_renderings_are_caught():
    missed, total = [], 0
    for case, form, place in _variants():
        total += 1
        text = render(case, case.wrong, form, place)
        if case.rule not in rules_found(text, case.published):
            missed.append(f"{case.rule} [{form}, {place}]: {text}")
    caught = total - len(missed)
    assert caught / total >= 0.9, f"{caught}/{total} caught; missed:\n" + "\n".join(missed)


@pytest.mark.parametrize(("case", "form", "place"), list(_variants()),
                         ids=[f"{c.rule}-{f}-{p}" for c, f, p in _variants()])
def test_right_renderings_are_silent(case, form, place):
    text = render(case, case.right, form, place)
    assert rules_found(text, case.published) == set(), text


@pytest.mark.parametrize("case", [c for c in CASES if c.contrast], ids=lambda c: c.rule)
def test_two_entities_of_one_kind_are_never_confused(case):
    assert rules_found(case.contrast, case.published) == set(), case.contrast


@pytest.mark.parametrize("text", [
    # a founder's birth is not the company's founding
    "Priya Nand, 47, founded Corvane in 2015.",
    # the founder after an opening participle is not the subject; the name after the apposition is
    "Brightwater, a Leeds startup, makes sensors. Founded in 2023 by Ana Sousa and Rui Neves, two former "
    "engineers at a chipmaker, Brightwater is now a three-year-old company.",
    # a quarter's figures are not the year's
    "Corvel said fourth-quarter revenue rose 3.9% to $27.4bn from $26.4bn. For the whole of 2025, its annual "
    "revenue climbed 5.2% to $104bn.",
    "Corvel said fourth quarter orders rose 3% to $9.27bn from $9bn.\n\nFor the full year, Corvel's orders "
    "grew 7.1% to $31.56bn.",
    # an age at an event is not the age at publication
    "Tomas Berg was a 31-year-old baker when he opened the shop. Born in 1940, he ran it for 40 years.",
    "Born in 1940, Tomas Berg opened the shop in 1971. He was 31 at the time and ran it for 40 years.",
    # "N months before/after" relates its own events, not the nearest dates
    "The plant opened in March, eight months before the first shipment in November and two months after the "
    "permit in January.",
    # a winning margin is not a vote count
    "Irena Dalca won 1,704 votes to 1,532, a margin of 172 votes. Turnout was 3,236 votes.",
    # two funding rounds of one company
    "Corvel raised $10 million in its series A round in 2024. Corvel raised $25 million in its series B round "
    "this year.",
])
def test_consistent_contrasts_stay_silent(text):
    assert rules_found(text, "2026-04-10") == set(), text


@pytest.mark.parametrize("subject", ["Brightwater", "the startup"])
def test_the_subject_after_an_opening_participle_and_an_apposition_owns_the_event(subject):
    text = ("Brightwater, a Leeds startup, makes sensors. Founded in 2023 by Ana Sousa and Rui Neves, two former "
            f"engineers at a chipmaker, {subject} is now a six-year-old company.")
    assert "age.founding" in rules_found(text, "2026-04-10")


@pytest.mark.parametrize("owner", ["", " at the company", " at Halden", " at the Oslo retailer"])
@pytest.mark.parametrize(("stated", "found"), [("40%", True), ("30%", False)])
def test_a_change_and_both_its_levels_in_one_sentence_need_no_named_owner(owner, stated, found):
    text = (f"Halden Retail shares slid 6% on Thursday. Despite net profits{owner} rising by {stated} to $93.6m "
            "during October to December, from $72m a year earlier, analysts were unimpressed.")
    assert ("arithmetic.change" in rules_found(text, "2005-01-20")) is found


@pytest.mark.parametrize(("stated", "found"), [("40%", True), ("30%", False)])
@pytest.mark.parametrize("earlier", ["from the £90m recorded a year earlier", "from £90m a year ago"])
def test_a_rise_to_a_level_from_one_dated_a_year_before(stated, found, earlier):
    text = f"Halden Retail topped estimates, reporting a {stated} rise in earnings for the year to £117m {earlier}."
    assert ("arithmetic.change" in rules_found(text, "2005-02-10")) is found


@pytest.mark.parametrize(("place", "found"), [("ninth", True), ("tenth", True), ("11th", False), ("12th", False)])
@pytest.mark.parametrize("second", [", just outside the top 10.", ". That left it just outside the top 10."])
def test_a_rank_said_to_be_just_outside_a_top_n(place, found, second):
    text = f"Quiet Hours, a comedy, opened in {place} place at the box office{second}"
    assert ("ranking.top" in rules_found(text, "2025-03-03")) is found


@pytest.mark.parametrize(("stated", "found"), [("13%", True), ("8%", False)])
@pytest.mark.parametrize("tail", [".", " last year.", ", the council said."])
def test_a_change_of_bare_counts_reads_to_and_from(stated, found, tail):
    text = f"Halden City Council published its figures. Robberies fell {stated} to 1,426 from 1,550{tail}"
    assert ("arithmetic.change" in rules_found(text, "2025-03-03")) is found


def test_the_levels_of_another_clause_are_not_a_changes():
    text = "Pickpocketing rose 3.1% to 2,240 reports, while card fraud cases climbed to 814 from 702, police said."
    assert "arithmetic.change" not in rules_found(text, "2025-03-03")

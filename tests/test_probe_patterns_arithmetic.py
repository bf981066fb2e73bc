"""Arithmetic patterns of fresh probe articles, each in invented sentences with variants and a
silent contrast case.

- A change's levels stay on its side of a clause about something else: "Parts sales rose 6% to
  €3.2bn, while servicing slipped to €1.4bn from €1.5bn" — the €1.5bn is servicing's, not where the
  parts sales started.
- The earlier level named by a day's possessive ("from Friday's close of 38.10 euros") is the start of
  the change, read on past a bracketed aside without a figure ("per barrel (bbl) by noon").
- A direction word several words before its levels ("fell 1.2 per cent last month to £291,300, from
  £288,100 in May") contradicts them when the earlier side, dated or not, is the larger.
- A contest's margin ("lost the ward by 412 votes, polling 2,706 to his 3,018") is the distance between
  the two tallies that follow it.
- Shares a classing verb sorts into classes ("51% were graded minor, 33% as moderate and 22% as major")
  are exclusive: past 100 % they contradict each other.
- A count of what a sum is spent on ("will be split between three projects") against the amounts told
  one by one after it ("The biggest, £900,000, … A further £500,000 … Another £400,000 …").

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

WHEN = "2025-06-12"
OPENING = "Brannock Motors, the Sheffield-based car dealer group, reported annual results on Wednesday.\n\n"


def _loud(rule: str, text: str) -> list[str]:
    """The first claim of each warning or error of ``rule`` on the opening plus ``text``."""
    return [f.claims[0].text for f in findings_of(rule, OPENING + text, WHEN) if f.severity != "info"]


@pytest.mark.parametrize("opener", ["while", "whereas", "but"])
@pytest.mark.parametrize("subject", ["Parts sales", "Its parts revenue", "Brannock's parts sales"])
def test_a_level_across_a_contrast_clause_is_not_the_change_s_start(opener, subject):
    text = (f"Revenue rose 3.1 per cent to €5.1bn from €4.95bn. {subject} climbed 6 per cent to €3.2bn, "
            f"{opener} servicing slipped to €1.4bn from €1.5bn.")
    assert _loud("arithmetic.change", text) == []


@pytest.mark.parametrize("opener", ["while", "whereas"])
def test_a_change_with_both_levels_before_the_contrast_is_still_checked(opener):
    text = (f"Parts sales climbed 6 per cent to €3.2bn from €2.5bn, {opener} servicing slipped to €1.4bn "
            "from €1.5bn.")
    assert _loud("arithmetic.change", text) == ["6 per cent"]


def test_a_change_after_the_contrast_reads_its_own_levels():
    text = "Servicing slipped to €1.4bn from €1.5bn, while parts sales climbed 9 per cent to €3.2bn from €2.5bn."
    assert _loud("arithmetic.change", text) == ["9 per cent"]


@pytest.mark.parametrize("earlier", ["Thursday's close of", "last week's close of",
                                     "yesterday's close of"])
@pytest.mark.parametrize(("stated", "flagged"), [("2.1%", True), ("3.9%", False), ("about 4%", False)])
def test_an_earlier_level_named_by_a_day_s_possessive(earlier, stated, flagged):
    text = (f"Brent crude was up {stated} at $88.40 a barrel (bbl) by midday in London, from {earlier} $85.10, "
            "traders said.")
    assert _loud("arithmetic.change", text) == ([stated] if flagged else [])


@pytest.mark.parametrize(("stated", "flagged"), [("2.1%", True), ("3.9%", False)])
def test_the_possessive_earlier_level_without_an_aside(stated, flagged):
    text = f"The benchmark rose {stated} to 412.30 pence, from Tuesday's close of 396.80 pence."
    assert _loud("arithmetic.change", text) == ([stated] if flagged else [])


def test_an_aside_with_a_figure_of_its_own_still_ends_the_clause():
    text = ("The contract was up 2.1% at 41.30 euros (against 39 euros in London) by noon, while a second "
            "contract, from a low of 20.10 euros, also climbed.")
    assert _loud("arithmetic.change", text) == []


@pytest.mark.parametrize("subject", ["The average asking rent in the city", "It", "Brannock's used-car price"])
@pytest.mark.parametrize(("verb", "earlier", "flagged"), [
    ("fell 1.1 per cent last month", "£1,412 in May", True), ("slipped 0.9% over the quarter", "£1,412", True),
    ("fell 1.1 per cent last month", "£1,430 in May", False), ("rose 1.1 per cent last month", "£1,412 in May", False),
])
def test_a_direction_word_against_its_dated_earlier_level(subject, verb, earlier, flagged):
    text = f"{subject} {verb} to £1,427, from {earlier}, according to the agents."
    expected = ["£1,427"] if flagged else []
    assert _loud("arithmetic.direction", text) == expected


def test_a_distant_direction_word_of_another_clause_does_not_govern():
    text = "Rents fell in the spring, and the index reached 1,427 from 1,412 in May."
    assert _loud("arithmetic.direction", text) == []


@pytest.mark.parametrize("lead", ["Councillor Dunmore lost the Abbey ward to Labour's Tom Reece by",
                                  "She lost the seat by", "The Green candidate won by a margin of",
                                  "Mr Okafor beat his rival by"])
@pytest.mark.parametrize(("tallies", "flagged"), [(", polling 2,706 to his 3,018", True),
                                                   (", taking 3,118 votes to 2,706", False),
                                                   (" (2,706 against 3,218)", True), (", 2,706-3,118", False)])
def test_a_margin_against_its_two_tallies(lead, tallies, flagged):
    text = f"{lead} 412 votes{tallies}."
    assert _loud("arithmetic.difference", text) == (["412 votes"] if flagged else [])


@pytest.mark.parametrize("text", [
    "The motion was carried by 31 votes to 19, with two abstentions.",
    "She won by 412 votes after a recount, and turnout was 2,706 against 3,018 last time.",
    "He lost by 412 votes; 2,706 people voted to 3,018 in 2021.",
])
def test_no_margin_without_its_tallies(text):
    assert _loud("arithmetic.difference", text) == []


@pytest.mark.parametrize("fronted", ["Of the 340 injuries recorded, ", "Of those, ", "Among them, ", ""])
@pytest.mark.parametrize("verb", ["were graded", "were classed as", "had been rated"])
@pytest.mark.parametrize(("rest", "flagged"), [("33% as moderate and 22% as major", True),
                                               ("33% moderate and 16% major", False),
                                               ("33% as moderate, 10% as major and 9% as fatal", True)])
def test_classed_shares_past_the_whole(fronted, verb, rest, flagged):
    text = f"{fronted}51% {verb} minor, {rest}, the inspectors said."
    assert bool(_loud("arithmetic.shares", text)) is flagged


@pytest.mark.parametrize("text", [
    "Of the voters polled, 51% rated the economy as important, 48% health and 40% housing.",
    "Some 51% were rated minor last year, while 62% of claims were paid in full.",
    "51% of staff were graded senior in 2023; 62% of the budget went on pay.",
    "Of the teams, 61% cited cost, 52% cited staffing and 30% cited training.",
])
def test_shares_not_sorted_into_classes_are_not_added(text):
    assert _loud("arithmetic.shares", text) == []


_ITEMS = ("The biggest, £900,000, will resurface the high street. A further £500,000 will pay for new "
          "lighting in the park. Another £400,000 will go on a youth centre, and the remaining £200,000 "
          "will be kept for repairs.")


@pytest.mark.parametrize(("count", "counted"), [
    ("The £2m grant will be split between three projects.", "three projects"),
    ("It will be spent on three projects, the mayor said.", "three projects"),
    ("Councillors agreed the money would go towards three schemes.", "three schemes"),
])
def test_more_allotted_amounts_than_counted(count, counted):
    assert _loud("count.listed", f"{count} {_ITEMS}") == [counted]


@pytest.mark.parametrize("text", [
    f"The £2m grant will be split between four projects. {_ITEMS}",
    f"The £2m grant will be split between five projects. {_ITEMS}",
    f"The town has three projects in mind. {_ITEMS}",
    ("It will be spent on three projects. The biggest, £900,000, will resurface the high street. The park "
     "needs £500,000 for lighting, and a youth centre £400,000."),
])
def test_allotted_amounts_that_fit_or_are_not_told_as_items(text):
    assert _loud("count.listed", text) == []

"""Patterns found on probe articles of our own (a city election and its tram budget, a road race, a
council's budget vote):

- a relative weekday restated by its date after a comma ("last Thursday, 9 June") is one date, so
  the weekday is checked against it (date.weekday);
- the same words under a second speaker who is said to be quoting someone ("…," Corda said,
  quoting her opponent's slogan) are no misattribution (quote.speaker);
- a change set after a comparison's earlier side ("€410 million, up from an estimate of €360 million
  in 2021, an increase of 22%") is read against both levels, the earlier named by its noun ("from an
  estimate of"), and a date in an aside before them (", first proposed in 2009,") dates neither;
- the members said to be present ("All 47 councillors were present") size the body that voted, so a
  tally past them is reported (arithmetic.capacity), as a "47-member council" would be;
- the opposition's leader and its deputy leader are two posts on one ladder (attribution.title).

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of
from verify.claims import Claim
from verify.frames.periods import introduced_as_prior

WHEN = "2023-06-14"  # a Wednesday


def _reported(rule: str, text: str) -> bool:
    return bool(findings_of(rule, text, WHEN))


@pytest.mark.parametrize(("when", "flagged"), [
    ("approved the budget last Thursday, 9 June", True), ("approved the budget last Friday, 9 June", False),
    ("approved the budget on Thursday, 9 June", True), ("will vote on the budget next Wednesday, 21 June", False),
    ("will vote on the budget next Tuesday, 21 June", True)])
def test_a_relative_weekday_restated_by_its_date_is_checked(when, flagged):
    found = findings_of("date.weekday", f"The city council {when}.", WHEN)
    assert bool(found) is flagged


QUOTE = '"We will keep building this city," Teodor Rask told a rally on Sunday.\n\n'


@pytest.mark.parametrize(("second", "flagged"), [
    ('"We will keep building this city," Ines Corda said later, quoting her opponent.', False),
    ('"We will keep building this city," Ines Corda said later, echoing the mayor\'s slogan.', False),
    ('"We will keep building this city," Ines Corda said later.', True),
])
def test_words_said_to_be_quoted_from_another_are_no_misattribution(second, flagged):
    assert _reported("quote.speaker", QUOTE + second) is flagged


@pytest.mark.parametrize(("change", "flagged"), [("an increase of 22%", True), ("an increase of 14%", False)])
@pytest.mark.parametrize("aside", [", first proposed in 2009,", ""])
def test_a_change_after_a_comparisons_earlier_side_is_read_against_both_levels(change, flagged, aside):
    text = (f"The tram line{aside} is now expected to cost €410 million, up from an estimate of €360 million "
            f"in 2021, {change}.")
    assert _reported("arithmetic.change", text) is flagged


@pytest.mark.parametrize("lead", ["up from an estimate of ", "down from a peak of ", "from an earlier forecast of "])
def test_an_earlier_figure_named_by_its_noun_is_the_comparisons_earlier_side(lead):
    text = f"It now costs $5m, {lead}$4m."
    figure = text.index("$4m")
    assert introduced_as_prior(text, Claim("money", figure, figure + 3, {}))


@pytest.mark.parametrize("owner", ["the race's", "the festival's", "the club's"])
def test_a_figure_a_possessive_description_owns_is_not_the_clause_subjects(owner):
    text = (f"Grace Okafor, 26, won in a course record. Okafor's margin of 79 seconds was the largest in "
            f"{owner} 30-year history.")
    assert findings_of("age.span", text, WHEN) == []
    assert findings_of("age.span", "Grace Okafor, 26, won again. It was the best result in her 30-year career.",
                       WHEN) != []


@pytest.mark.parametrize(("text", "whole"), [
    ("Libraries take 4% of the council's £85 million revenue budget.", "revenue budget"),
    ("Exports were 40% of Hollin's sales.", "sales"),
    ("Exports were 40% of its sales.", "sales"),
])
def test_the_whole_of_a_share_may_have_an_owner_and_a_size(text, whole):
    from verify.frames.qualifiers import whole_of

    end = text.index("%") + 1
    assert whole_of(text, end, (0, len(text))) == whole


def test_shares_of_one_whole_at_two_times_are_not_added_up():
    text = ("Orvale TV intends to cover 35% of Tarland's population at launch, using 12 transmitters. Regulator "
            "Ofcast said its goal of covering 85% of the population by 2027 could be met.")
    assert findings_of("arithmetic.shares", text, WHEN) == []
    same_time = "In a survey of Tarland residents, 58% of homes backed the plan and 47% rejected it."
    assert findings_of("arithmetic.shares", same_time, WHEN) != []


@pytest.mark.parametrize(("present", "flagged"), [
    ("All 47 councillors were present, the council said.", True),
    ("Forty-nine councillors attended the meeting.", False),
    ("The council has 51 councillors, and 47 councillors were present.", True),
])
def test_members_present_size_the_vote(present, flagged):
    text = ("Tarrow District Council voted on Tuesday to shut two libraries. The cut was approved by 28 votes to 19 "
            f"with two abstentions.\n\n{present}")
    assert _reported("arithmetic.capacity", text) is flagged


def test_members_present_at_another_body_do_not_size_the_councils_vote():
    text = ("The council approved the cut by 28 votes to 19 with two abstentions. At the county's board, "
            "12 directors were present.")
    assert findings_of("arithmetic.capacity", text, WHEN) == []


@pytest.mark.parametrize(("second", "flagged"), [
    ('"It is short-sighted," said Osei, the deputy leader of the opposition group.', True),
    ('"It is short-sighted," said Osei, the leader of the opposition.', False),
])
def test_the_opposition_leader_and_her_deputy_are_two_posts(second, flagged):
    text = f"Opposition leader Rachel Osei voted against the cut.\n\n{second}"
    assert _reported("attribution.title", text) is flagged


@pytest.mark.parametrize(("second", "flagged"), [
    ("The company said its $2.4 billion plant would employ 1,800 people.", True),
    ("The company said its $2.1 billion battery plant would employ 1,800 people.", False),
    ("The company raised $2.4 billion from investors in 2023.", False),
])
def test_an_amount_before_a_thing_built_is_its_cost(second, flagged):
    text = f"Norvik Energy opened a $2.1 billion plant near Lorain on Wednesday.\n\n{second}"
    assert _reported("number.mismatch", text) is flagged


@pytest.mark.parametrize(("headline", "flagged"), [("Norvik opens $2.4bn battery plant in Ohio", True),
                                                   ("Norvik opens $2.1bn battery plant in Ohio", False)])
def test_a_headline_cost_of_a_plant_where_it_stands_is_the_bodys_cost(headline, flagged):
    text = (f"{headline}\n\nNorvik Energy opened its first US factory on Wednesday, a $2.1 billion plant near "
            "Lorain, Ohio.")
    assert _reported("headline.figure", text) is flagged

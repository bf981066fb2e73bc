"""arithmetic.total, arithmetic.capacity and count.listed: parts told against the whole they make up.

Pattern one: a counted group's total and its members' figures, told in the sentences after it, with
bounds. "The nine guilds received £7,210,400 in levies in 2025. The biggest, Forgeworks, took more than
£4m …": the least each member's figure allows ("more than £4m", exact, "just over £1m", "between £150,000
and £180,000", nothing for "up to") may not add up past the most the total allows. Maximums past a total
written "up to" are silent: a cap for each member and a cap for all are set apart.

Pattern two: a breakdown by nationality or kind that outnumbers the whole. "The ferry was carrying 154
people. Among them were 150 Filipinos, two Japanese and one passenger each from Chile, Peru and Norway" ("one
each from A, B and C" is three); "Of the 148 on board, 140 were passengers and 12 crew". "Among them" may
list a subset, so only a sum above the whole contradicts; counts with their own verbs may overlap.

Pattern three: a group's stated size against the members the article names for it, in another sentence
or paragraph: "the four defendants" after three are named as defendants; "Both founders" after three are
named as founders; appositive lists ("The four defendants, A, B and C, …").

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

WHEN = "2026-03-10"


def _warned(rule: str, text: str) -> list[str]:
    return [f.severity for f in findings_of(rule, text, WHEN) if f.severity in ("warning", "error")]


# ---- pattern one: a group's total and its members' figures ---------------------------------------------

GUILDS = "The nine guilds of Marren received £7,210,400 in levies in 2025. "


@pytest.mark.parametrize("text", [
    GUILDS + "The biggest, Forgeworks, took more than £4m. The Harbour Guild received levies totalling "
             "£3,802,118, while the weavers' guild received just over £1m.",
    # in the next paragraph, other verbs of the same family
    GUILDS + "\n\nForgeworks got more than £4m. The Harbour Guild collected £3,802,118.",
    "All 12 unions received £9,410,220 in levies last year. The largest of them, Corvel, took over £5m, "
    "while the Stonemasons' Union received £4,902,118.",
    # a description of one member ("the teachers' union") and a name
    "The six unions received £2,400,000 from members in 2025. Delvan received £1,600,000 and the teachers' "
    "union received at least £900,000.",
    # a lead before the group
    "Between them, the four trusts received £2,050,000 in 2025. Alder Trust received £1,200,000 and "
    "Birch Trust received more than £900,000.",
    # a total written "up to": the parts' minimums pass its maximum
    "The six councils will share up to £480,000 from the fund this year. Harwick will get between £150,000 "
    "and £180,000, Stell between £200,000 and £250,000 and Brode at least £150,000.",
])
def test_members_figures_past_the_groups_total_are_an_error(text):
    assert _warned("arithmetic.total", text) == ["error"], text


@pytest.mark.parametrize("text", [
    # the parts fit the total
    GUILDS + "The biggest, Forgeworks, took more than £4m. The Harbour Guild received levies totalling "
             "£2,002,118, while the weavers' guild received just over £1m.",
    # caps for each member past a cap for all: no contradiction
    "The six councils will share up to £480,000 from the fund this year. Harwick will get up to £200,000, "
    "Stell between £150,000 and £180,000 and Brode up to £190,000.",
    # each member's figure, not the group's
    "The nine guilds each received £800,000 in 2025. Forgeworks took £4m and the Harbour Guild took £3.9m.",
    # another metric of a member
    "The 12 unions received £9,410,220 in levies in 2025. The largest, Corvel, has reserves of more than "
    "£40m. The Stonemasons' Union has assets of £12m.",
    # another year
    GUILDS + "In 2024, Forgeworks took £5m and the Harbour Guild took £3.8m.",
    # a member's figure over a longer time
    GUILDS + "Forgeworks has received more than £40m since 2010, and the Harbour Guild has received £30m "
             "since 2012.",
    # a member's figure besides its part, and a change from an earlier figure
    GUILDS + "Forgeworks also received £5m in grants. The Harbour Guild received £3.9m, up from £3.1m.",
    # the rest of the group together is no member
    GUILDS + "Forgeworks took £4m, while the other guilds received £3.2m between them.",
    # a pronoun: which member is not said
    GUILDS + "It took £4m. They received £3.9m.",
])
def test_members_figures_that_fit_or_are_no_parts_are_silent(text):
    assert _warned("arithmetic.total", text) == [], text


# ---- pattern two: a breakdown that outnumbers the whole --------------------------------------------------

@pytest.mark.parametrize("text", [
    "The ferry was carrying 148 people. Among them were 150 Filipinos, two Japanese and one passenger each "
    "from Chile, Peru and Norway.",
    # only the three of "one each" takes it past the whole
    "The ferry was carrying 154 people. Among them were 150 Filipinos, two Japanese and one passenger each "
    "from Chile, Peru and Norway.",
    "The coach was carrying 52 passengers, among them 40 pensioners, nine students and four drivers.",
    "The lifeboat picked up 31 survivors. They included 20 Britons, eight Danes and one each from Iceland, "
    "Spain, Malta and Chile.",
])
def test_a_breakdown_past_the_count_it_breaks_down_is_an_error(text):
    assert _warned("arithmetic.total", text) == ["error"], text


@pytest.mark.parametrize("text", [
    "The ferry was carrying 155 people. Among them were 150 Filipinos, two Japanese and one passenger each "
    "from Chile, Peru and Norway.",
    # "among them" may be a subset: fewer is fine
    "The ferry was carrying 160 people. Among them were 150 Filipinos and two Japanese.",
    # counts with their own verbs may overlap
    "The ferry was carrying 148 people. Among them, 100 were rescued and 60 were injured.",
    # "them" may be the larger count of the sentence before
    "The ferry was carrying 40 crew and 300 passengers. Among them were 120 Filipinos and 90 Japanese.",
])
def test_breakdowns_that_fit_or_may_overlap_are_silent(text):
    assert _warned("arithmetic.total", text) == [], text


# A roll call of everyone aboard, by nationality, set in a later paragraph than the count of those carried.
FERRY = "A ferry carrying 240 people ran aground off Corfu on Sunday. "
LATER = "\n\nDivers searched the wreck through the night.\n\n"


@pytest.mark.parametrize("text", [
    FERRY + LATER + "On board were 238 Greeks, three South Koreans and one passenger each from Chile and Peru.",
    FERRY + LATER + "On board Flight KT4410 were 230 Greeks, 12 New Zealanders and two Britons.",
    FERRY + LATER + "Among those on board were 236 Greeks and five Sri Lankans.",
    # another flight in the story, with more people on it, is not this one's count
    FERRY + LATER + "In May, Flight MH88 vanished with 310 people on board.\n\n"
    "On board Flight KT4410 were 238 Greeks, three South Koreans and one each from Chile and Peru.",
])
def test_a_roll_call_of_those_aboard_past_the_count_carried_is_an_error(text):
    assert _warned("arithmetic.total", text) == ["error"], text


@pytest.mark.parametrize("text", [
    FERRY + LATER + "On board were 230 Greeks, three South Koreans and one passenger each from Chile and Peru.",
    # not a roll call by nationality: crew and passengers may be counted otherwise
    FERRY + LATER + "On board were 230 passengers, 14 crew and two pilots.",
    # a count of people carried that is not this vessel's: a count for another flight, and no count at all
    "Flight MH88 vanished with 200 people on board." + LATER + "On board Flight KT4410 were 238 Greeks and "
    "three South Koreans.",
    "The ferry ran aground off Corfu on Sunday." + LATER + "On board were 238 Greeks and three South Koreans.",
])
def test_roll_calls_that_fit_or_have_no_count_of_their_own_are_silent(text):
    assert _warned("arithmetic.total", text) == [], text


@pytest.mark.parametrize("text", [
    "Of the 148 on board, 140 were passengers and 12 crew.",
    "Of the 148 on board, 140 were passengers and 12 were crew.",
    "Of the 148 people on board, 140 passengers and 12 crew were rescued.",
    "Of the school's 60 pupils, 40 were girls and 21 boys.",
])
def test_kinds_of_a_group_past_the_group_are_an_error(text):
    assert _warned("arithmetic.capacity", text) == ["error"], text


@pytest.mark.parametrize("text", [
    "Of the 152 on board, 140 were passengers and 12 crew.",
    "Of the 148 on board, 136 were passengers and 12 crew.",
    # counts with their own verbs may overlap
    "Of its 120 staff, 80 were retrained and 60 resigned.",
    "Of its 120 staff, 80 were women and 60 work part-time.",
    "Of its 120 staff, 80 were women and 60 left.",
    "Of the 148 people on board, 100 were rescued and 60 were injured.",
])
def test_kinds_that_fit_or_may_overlap_are_silent(text):
    assert _warned("arithmetic.capacity", text) == [], text


# ---- pattern three: a group's size against the members named for it -------------------------------------

@pytest.mark.parametrize("text", [
    # the count and its list in one sentence, the list as an apposition
    "The four defendants, Anna Pell, Tomas Reyd and Iris Kant, denied the charges.",
    "Pell, Reyd and Kant, the firm's four co-founders, met at university.",
    # named in one paragraph, counted in another
    "The defendants Anna Pell, Tomas Reyd, Iris Kant and Ole Brun deny fraud.\n\n"
    "All three defendants were remanded in custody until June.",
    "The directors, Anna Pell, Tomas Reyd and Iris Kant, signed the letter.\n\n"
    "The two directors had run Vessa since 2004.",
    "Vessa was founded in 2009 by Anna Pell, Tomas Reyd and Iris Kant.\n\n"
    "The two founders sold the company to Rask in 2021.",
    "Pell, Reyd and Kant, the firm's co-founders, met at university. Its two founders still own it.",
    "Vessa's directors, Anna Pell, Tomas Reyd and Iris Kant, signed the letter. Later, the firm's two "
    "directors met the regulator.",
])
def test_a_group_counted_otherwise_than_its_named_members_warns(text):
    assert _warned("count.listed", text) == ["warning"], text


@pytest.mark.parametrize("text", [
    "The three defendants, Anna Pell, Tomas Reyd and Iris Kant, denied the charges.",
    "The defendants Anna Pell, Tomas Reyd, Iris Kant and Ole Brun deny fraud.\n\n"
    "All four defendants were remanded in custody until June.",
    # a count confined to some of the group
    "The defendants Anna Pell, Tomas Reyd, Iris Kant and Ole Brun deny fraud.\n\n"
    "The three other defendants were remanded. The three defendants who pleaded guilty were jailed.",
    "The defendants Anna Pell, Tomas Reyd, Iris Kant and Ole Brun deny fraud.\n\n"
    "The two defendants convicted on Friday will be sentenced in May.",
    # the count may be of a group the article names too
    "The defendants Anna Pell, Tomas Reyd, Iris Kant and Ole Brun deny fraud. Pell, Reyd and Kant were "
    "convicted on Friday.\n\nThe three defendants will be sentenced in May.",
    # another owner's group
    "Halden's directors, Anna Pell, Tomas Reyd and Iris Kant, signed the letter.\n\n"
    "Rask's two directors did not.",
    # the names are not all of the group
    "The four defendants, Anna Pell, Tomas Reyd and Iris Kant, and a man who cannot be named, deny fraud.",
    # another noun
    "The directors, Anna Pell, Tomas Reyd and Iris Kant, signed the letter.\n\n"
    "The two founders did not.",
    # a count of years, not of people
    "In the three years, Anna Pell, Tomas Reyd and Iris Kant, all partners, grew the firm.",
])
def test_group_counts_that_match_or_are_of_other_groups_are_silent(text):
    assert _warned("count.listed", text) == [], text

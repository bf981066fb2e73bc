"""ranking.conflict: a rank in an apposition belongs to the name it follows, even after "at" or with the
name's head noun between them ("an outage at Kestrel, Norway's third-largest field", "the Kestrel field,
Norway's third-largest"). A name after "at" is otherwise where a figure holds, not whose it is.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

RULE = "ranking.conflict"
WHEN = "2025-10-06"
LATER = "The loss of Kestrel, Norway's second-biggest gas field, unsettled the market."


@pytest.mark.parametrize("first", [
    "Fjellvik said an outage at Kestrel, Norway's third-largest field, would last until late October.",
    "An outage at the Kestrel field, Norway's third-largest, would last until late October.",
    "Work at the Kestrel field, Norway's third-largest by output, stopped on Monday.",
])
@pytest.mark.parametrize("between", [" ", "\n\nPrices rose 9% in Amsterdam.\n\n"])
def test_a_rank_in_an_apposition_after_at_is_the_name_s(first, between):
    found = findings_of(RULE, first + between + LATER, WHEN)
    assert [(f.claims[0].text, f.claims[1].text) for f in found] in (
        [("second-biggest", "third-largest")], [("third-largest", "second-biggest")])


def test_a_lender_ranked_twice():
    text = ("Staff walked out at Halden Bank, Sweden's fourth-largest lender, on Monday. "
            "Halden, Sweden's third-biggest lender, said talks would resume.")
    assert len(findings_of(RULE, text, WHEN)) == 1


@pytest.mark.parametrize("first", [
    "An outage at the Kestrel field, Norway's second-largest, would last until late October.",
    "An outage at the Kestrel field, Europe's third-largest, would last until late October.",
])
def test_the_same_rank_or_another_region_is_silent(first):
    assert findings_of(RULE, f"{first} {LATER}", WHEN) == []


@pytest.mark.parametrize("home", ["the country's", "the nation's"])
def test_the_country_s_rank_is_in_the_one_country_the_article_ranks_in(home):
    text = f"An outage at the Kestrel field, {home} third-largest, would last until late October. {LATER}"
    assert len(findings_of(RULE, text, WHEN)) == 1


@pytest.mark.parametrize("other", [
    "The loss of Kestrel, Europe's second-biggest gas field, unsettled the market.",
    "The loss of Kestrel, Norway's second-biggest gas field, and of Brisa, Denmark's largest, unsettled the market.",
])
def test_the_country_s_rank_with_no_country_or_two_keeps_its_own_list(other):
    text = f"An outage at the Kestrel field, the country's third-largest, would last until late October. {other}"
    assert findings_of(RULE, text, WHEN) == []


@pytest.mark.parametrize("first", [
    "Torvane Systems, which is the third-largest supplier of warehouse software in Europe, raised its forecast.",
    "Torvane Systems is the third-largest maker of industrial robot arms in Europe, it said.",
])
@pytest.mark.parametrize("later", [
    "Analysts see Torvane, Europe's second-largest provider of logistics software, as a target.",
    # a one-word short name opening its sentence: the company named in full before
    "Torvane, Europe's second-largest provider of logistics software, competes with Ambrel.",
    "The company, Europe's second-largest provider of logistics software, competes with Ambrel.",
])
def test_a_region_after_the_ranked_nouns_scopes_the_rank(first, later):
    # "… supplier of warehouse software in Europe" is Europe's list, as "Europe's second-largest" is
    found = findings_of(RULE, first + "\n\nSales rose 8% in the quarter.\n\n" + later, WHEN)
    assert len(found) == 1 and found[0].severity in ("warning", "error")


def test_ranks_in_other_regions_are_silent():
    text = ("Torvane Systems is the third-largest supplier of warehouse software in Europe.\n\n"
            "Analysts see Torvane, Asia's second-largest provider of logistics software, as a target.")
    assert findings_of(RULE, text, WHEN) == []

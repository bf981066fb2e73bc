"""Alignment across rewordings a summary makes of its source: a change told as a noun against one
told as a verb ("a sharp increase in profit" / "profits dropped"), a sentence that names only whom
the source names elsewhere, and lengths written in other units ("30 years" / "30 days"). Every
sentence is invented.
"""

from __future__ import annotations

import pytest

from tests.test_evidence_slots import flagged
from verify.evidence.alignment import Aligned, Gate, Sentence, counterparts
from verify.evidence.spans import spans_of_text

BAKERY = ("The head of bakery chain Crumbwell has admitted the firm misjudged its menus when it raised "
          "prices after the business reported that half-year profits dropped sharply. "
          "Shares in Crumbwell slid on the news, chief executive Aino Varga said.")


@pytest.mark.parametrize("article", [
    "Shares in the bakery chain slid after a sharp increase in profits, with Aino Varga admitting it misjudged menus.",
    "Shares in the bakery chain slid after profits increased sharply, with Aino Varga admitting it misjudged menus.",
    "Shares in the bakery chain slid after a sharp rise in profits, and Varga admitted it misjudged its menus.",
])
def test_a_change_told_as_a_noun_meets_one_told_as_a_verb(store_url, article):
    """"An increase in profits" and "profits increased" both reverse "profits dropped": the neighbour
    counts on either side of the word, and the article draws on the source that names its only
    person elsewhere (not in the aligned sentence)."""
    assert [rule for rule, _ in flagged(store_url, BAKERY, article)] == ["evidence.reversed"]


@pytest.mark.parametrize("article", [
    "Shares in the bakery chain slid after a sharp drop in profits, with Aino Varga admitting it misjudged menus.",
    "Shares in the bakery chain slid after profits fell sharply, with Aino Varga admitting it misjudged menus.",
])
def test_the_same_change_in_other_words_stays_silent(store_url, article):
    assert flagged(store_url, BAKERY, article) == []


def test_a_source_naming_none_of_the_sentence_s_names_is_not_drawn_on(store_url):
    """A person the source never names: the article may draw on another source for that sentence."""
    article = ("Shares in the bakery chain slid after a sharp increase in profits, with Ilse Brandt admitting "
               "it misjudged.")
    assert flagged(store_url, BAKERY, article) == []


COURT = ("A Velmar court on Monday agreed to keep the two brothers in custody for another 30 days, "
         "their lawyer said, while the investigation continues.")


@pytest.mark.parametrize(("article", "expected"), [
    ("The court agreed to keep the two brothers in custody for another 30 years while the investigation continues.",
     [("evidence.contradicted", "30 years")]),
    ("The court agreed to keep the two brothers in custody for another three weeks while the investigation continues.",
     [("evidence.contradicted", "three weeks")]),
    ("The court agreed to keep the two brothers in custody for another month while the investigation continues.",
     []),  # a month may be 30 days
    ("The court agreed to keep the two brothers in custody for another 30 days while the investigation continues.",
     []),
])
def test_a_length_in_another_unit_is_compared_in_days(store_url, article, expected):
    assert flagged(store_url, COURT, article) == expected


def test_an_age_is_not_a_length_of_time(store_url):
    """"A 30-year-old" is an age; the source's "30 days" is no counterpart of it."""
    article = "The court agreed to keep the 30-year-old brothers in custody while the investigation continues."
    assert flagged(store_url, COURT, article) == []


@pytest.mark.parametrize(("claim", "paired"), [
    ("The two brothers must spend another 30 years behind bars as detectives look into the claims.", True),
    ("The two brothers must spend another 3 years behind bars as detectives look into the claims.", False),
])
def test_a_length_whose_unit_slipped_is_its_counterpart(claim, paired):
    """In a passage aligned below the bar for a lone figure (0.65 here, 0.7 there), "30 years" pairs
    with "30 days" though their surrounding words match only a little; "3 years" does not."""
    sentence, passage = Sentence(claim, spans_of_text(claim, None)), Sentence(COURT, spans_of_text(COURT, None))
    span = next(s for s in sentence.spans if s.type == "duration")
    found = counterparts(sentence, span, [Aligned(passage, 0.65, None)], Gate(0.6, 2, 0.3, unique=0.7))
    assert [c.span.text for c in found] == (["30 days"] if paired else [])

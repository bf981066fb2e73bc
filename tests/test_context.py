"""Sentences, names and who a description means: the context the subjects are read from."""

from __future__ import annotations

from datetime import date

import pytest

from verify.document import Document
from verify.extract import extract_claims
from verify.extract.context import TextContext, without_title


def test_a_nationality_word_is_not_a_name():
    ctx = TextContext("The Danish runner won. Danish Crown raised prices.")
    assert [e.name for e in ctx.entities] == ["Danish Crown"]


@pytest.mark.parametrize(("opening", "meant"), [
    ("The Danish runner, born in 1996, won.", "Astrid Lindholm"),
    ("The 29-year-old was born in 1996.", "Astrid Lindholm"),
    ("The race was won in 1996.", None),
])
def test_a_description_opening_a_sentence_means_the_person_last_named(opening, meant):
    text = f"Astrid Lindholm, 29, won the Copenhagen Marathon. {opening}"
    ctx = TextContext(text)
    assert ctx.described_at(text.index(opening)) == meant


def test_claims_about_a_described_person_carry_their_name():
    text = "Astrid Lindholm, 29, won on Sunday. The Danish runner, born in 1996, finished first."
    claims = extract_claims(Document.from_plain("x.txt", text), date(2026, 5, 18))
    by_text = {c.text: c for c in claims}
    assert by_text["1996"].entity == "Astrid Lindholm" and by_text["1996"].head == "found"
    assert by_text["finished first"].entity == "Astrid Lindholm"


@pytest.mark.parametrize(("written", "name"), [
    ("CEO Stephane Bancel", "Stephane Bancel"), ("Republican Maine Sen. Susan Collins", "Susan Collins"),
    ("Mayor Ana Whitfield", "Ana Whitfield"), ("Zhu Jun", "Zhu Jun"), ("President", "President"),
])
def test_titles_in_front_of_a_name_are_dropped(written, name):
    assert without_title(written) == name


@pytest.mark.parametrize(("opening", "meant"), [
    ("The 28-year-old company, founded in 1998, grew.", "Seaborne Lines"),
    ("The company's founder left.", "Mette Lund"),
])
def test_a_description_of_an_organisation_means_the_one_named_most(opening, meant):
    text = f"Seaborne Lines is big. Seaborne Lines hired Mette Lund, 51. {opening}"
    assert TextContext(text).described_at(text.index(opening)) == meant


def test_a_currency_code_is_not_a_name():
    ctx = TextContext("Sales fell to NOK 4.2 billion. NOK weakness hurt Lumen Foods.")
    assert [e.name for e in ctx.entities] == ["Lumen Foods"]

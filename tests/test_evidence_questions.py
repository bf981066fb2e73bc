"""Places named with or without the word for their kind ("Ova State", "Ova"), and speakers given
with a social handle. Every sentence is invented."""

from __future__ import annotations

from datetime import date

import pytest

from verify.document import Document
from verify.evidence.ingest import ingest_document
from verify.evidence.matching import Matcher
from verify.evidence.store import open_store
from verify.extract import extract_claims

PUBLISHED = date(2021, 5, 3)


def statuses(store_url: str, source: str, article: str) -> dict[str, str]:
    """Each figure of ``article`` (dates aside) and its evidence status against a store holding ``source``."""
    store = open_store(store_url)
    ingest_document(store, Document.from_plain("source.txt", source, published=PUBLISHED), "https://example.org/qa")
    doc = Document.from_plain("draft.txt", article)
    claims = extract_claims(doc, PUBLISHED)
    Matcher(store).annotate(claims, PUBLISHED, doc)
    return {c.text: c.status for c in claims if c.type not in ("date", "quote")}


UNEMPLOYMENT = "Ova had a 14% unemployment rate in April, the statistics office said."


@pytest.mark.parametrize(("article", "status"), [
    ("Ova State has a 19% unemployment rate.", "contradicted"),
    ("Ova State has a 14% unemployment rate.", "supported"),
    ("Ova Province has a 19% unemployment rate.", "contradicted"),
])
def test_a_place_is_the_source_s_place_without_the_word_for_its_kind(store_url, article, status):
    assert next(iter(statuses(store_url, UNEMPLOYMENT, article).values())) == status


def test_a_name_that_only_begins_with_the_source_s_place_is_another():
    from verify.evidence.keys import mentions

    assert mentions("unemployment in ova", "Ova State", loosely=True)
    assert not mentions("unemployment in ova", "Ova Bank", loosely=True)
    assert not mentions("unemployment in ova", "Ova State")  # only loosely


@pytest.mark.parametrize("speaker", ["Ana Ruiz", "Ana Ruiz @anaruiz", "Ana Ruiz (@anaruiz)"])
def test_a_speaker_with_a_handle_does_not_own_the_figures_they_report(speaker):
    doc = Document.from_plain("draft.txt", f"{speaker} said: 49 percent of pensioners are poor.")
    claims = extract_claims(doc, PUBLISHED)
    assert [c.entity for c in claims if c.type == "percent"] == [None]


POVERTY = "What share of Ovans were living in deep hardship last year? 33%"


@pytest.mark.parametrize(("article", "status"), [
    ("49 percent of Ovans live in deep hardship.", "contradicted"),
    ("33 percent of Ovans live in deep hardship.", "supported"),
    ("In deep hardship live 49 percent of Ovans.", "contradicted"),
    ("According to a survey, 49 percent of Ovans live in deep hardship.", "contradicted"),
    ("49 percent of Ovans own a car.", "unverified"),  # the subject is asked about, not the predicate
    ("49 percent of Ovans live in rented homes.", "unverified"),
    ("Living in deep hardship, 49 percent of Ovans own no car.", "unverified"),
])
def test_an_answer_s_figure_is_what_its_question_asks(store_url, article, status):
    assert statuses(store_url, POVERTY, article)["49 percent" if "49" in article else "33 percent"] == status


@pytest.mark.parametrize(("source", "article", "status"), [
    ("What was the population of Ova in 2020? 38,271,904", "Ova had a population of 38 million.", "supported"),
    ("What was the population of Ova in 2020? 38,271,904", "Ova had a population of 60 million.", "contradicted"),
    ("What was the population of Ova in 2020? About 38.3 million", "Its population was 60 million, Ova said.",
     "contradicted"),
    ("What was the population of Ova in 2020? 38,271,904", "Ova had 60 million cattle.", "unverified"),
])
def test_a_bare_answer_counts_the_total_its_question_asks_for(store_url, source, article, status):
    assert next(iter(statuses(store_url, source, article).values())) == status

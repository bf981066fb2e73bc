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

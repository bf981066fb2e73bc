"""Full-text passage search in the evidence store, on SQLite (FTS5) and on PostgreSQL (tsvector):
kept in step on ingest and removal, built for stores made before it, never query syntax."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from verify.document import Document
from verify.evidence.ingest import ingest_document
from verify.evidence.models import Source
from verify.evidence.passages import POSTING_BUDGET, terms_of
from verify.evidence.reader import Reader, open_reader
from verify.evidence.spans import Span, decode, encode
from verify.evidence.store import open_store

RETRIEVED = datetime(2026, 4, 10, 12, 0, tzinfo=UTC)
RELEASE = ("Halden Robotics raised $250 million in a series B round. "
           "The company employs 1,200 workers at its two plants in Ohio. "
           "Its chief executive, Dana Whitlock, expects a third plant by 2027.")


def reader_of(store_url: str, opener: str) -> Reader:
    return open_reader(store_url) if opener == "reader" else Reader(open_store(store_url).engine)


@pytest.mark.parametrize("opener", ["store", "reader"])
def test_every_sentence_is_a_passage_ranked_by_the_words_it_shares(store_url, opener):
    store = open_store(store_url)
    ingest_document(store, Document.from_plain("release.txt", RELEASE, published=date(2026, 4, 2)), "release")
    found = reader_of(store_url, opener).passages_like(terms_of("How many workers do the plants employ?", []), 5)
    first = found[0]
    assert first.text == "The company employs 1,200 workers at its two plants in Ohio."
    assert (first.location, first.published) == ("release", date(2026, 4, 2))
    assert [(s.type, s.text) for s in decode(first.spans)] == [
        ("quantity", "1,200 workers"), ("quantity", "two plants"), ("name", "Ohio")]


def test_removing_a_source_takes_its_passages_out_of_the_index(store_url):
    store = open_store(store_url)
    first, _ = ingest_document(store, Document.from_plain("a.txt", RELEASE), "a")
    ingest_document(store, Document.from_plain("b.txt", "Corvel Foods employs 900 workers in Lisbon."), "b")
    reader = Reader(store.engine)
    assert {row.location for row in reader.passages_like(["workers"], 10)} == {"a", "b"}
    assert store.remove(first)
    assert {row.location for row in Reader(store.engine).passages_like(["workers"], 10)} == {"b"}
    assert Reader(store.engine).passages_like(["halden robotics"], 10) == []


def test_a_store_made_before_passage_search_is_indexed_by_the_upgrade(store_url):
    """A 0001 store holds paragraphs with no spans: the upgrade indexes them, matching reads their figures."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, text

    from tests.conftest import ROOT
    from verify.evidence.matching import Matcher
    from verify.extract import extract_claims

    engine = create_engine(store_url)
    config = Config()
    config.set_main_option("script_location", str(ROOT / "verify" / "evidence" / "migrations"))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        paragraph = "Halden Robotics employs 1,200 workers. It has two plants."
        connection.execute(text("INSERT INTO sources (id, location, kind, retrieved_at, content_hash, text, published) "
                                "VALUES (1, 'old', 'text', :now, 'h', :text, '2026-04-02')"),
                           {"now": RETRIEVED, "text": paragraph})
        connection.execute(text("INSERT INTO passages (source_id, position, text) VALUES (1, 0, :text)"),
                           {"text": paragraph})
    engine.dispose()
    store = open_store(store_url)  # migrates to the head revision
    assert [row.location for row in Reader(store.engine).passages_like(["halden robotics"], 5)] == ["old"]
    draft = Document.from_plain("d.txt", "Halden Robotics employs 1,500 workers.")
    claims = extract_claims(draft, date(2026, 4, 10))
    Matcher(store).annotate(claims, date(2026, 4, 10), draft)
    assert [c.status for c in claims if c.type == "quantity"] == ["contradicted"]


@pytest.mark.parametrize("sentence", [
    'NEAR(halden robotics, 2) OR workers* AND -plants ^ohio text:"x"',
    "halden & robotics | !workers <-> plants:* 'quoted' \\ ; DROP TABLE passages; --",
])
def test_search_words_are_never_query_syntax(store_url, sentence):
    store = open_store(store_url)
    ingest_document(store, Document.from_plain("release.txt", RELEASE), "release")
    found = Reader(store.engine).passages_like(terms_of(sentence, ["Halden Robotics"]), 5)
    texts = [row.text for row in found]
    assert any(text.startswith("Halden Robotics") for text in texts) and all(text in RELEASE for text in texts)
    assert store.counts()["sources"] == 1


def test_a_large_store_searches_only_its_rarest_terms(store_url):
    """Past the posting budget, a word most passages hold is not ranked at all; a rare name is."""
    store = open_store(store_url)
    common = [(f"Quarterly revenue grew again in region {i}.", "[]") for i in range(POSTING_BUDGET + 100)]
    source = Source(location="bulk", retrieved_at=RETRIEVED, content_hash="bulk", text="")
    store.add_source(source, [*common, ("Tessel Dynamics revenue grew in Lisbon.", "[]")], [], [])
    reader = Reader(store.engine)
    search = reader.passage_search
    assert search.selective(["revenue", "grew", "tessel dynamics", "lisbon"]) == ["lisbon", "tessel dynamics"]
    assert search.selective(["revenue", "grew"]) == []
    assert [row.text for row in reader.passages_like(["revenue", "tessel dynamics"], 3)] == [
        "Tessel Dynamics revenue grew in Lisbon."]


def test_the_best_ranked_come_first_and_equal_ranks_by_id(store_url):
    """Most of the query's words first; passages ranked alike in the order they were stored, so
    a limit that cuts through a tie keeps the same passages on every run and on both back ends."""
    store = open_store(store_url)
    alike = [(f"Orsay Freight opened a depot in town {i}.", "[]") for i in range(12)]
    source = Source(location="depots", retrieved_at=RETRIEVED, content_hash="depots", text="")
    store.add_source(source, [*alike, ("Orsay Freight opened a depot and a freight depot.", "[]")], [], [])
    found = Reader(store.engine).passages_like(["orsay freight", "depot"], 5)
    assert found[0].text == "Orsay Freight opened a depot and a freight depot."
    assert [row.text for row in found[1:]] == [text for text, _ in alike[:4]]
    assert [row.id for row in found[1:]] == sorted(row.id for row in found[1:])


@given(st.text(max_size=200), st.lists(st.text(max_size=30), max_size=3))
def test_search_terms_are_plain_lower_case_words(sentence, names):
    for term in terms_of(sentence, names):
        assert term and all(word.isascii() and word.isalnum() and word.islower() and word[0].isalpha()
                            for word in term.split(" "))


@given(st.lists(st.builds(Span, st.sampled_from(["money", "date", "name"]), st.integers(0, 500),
                          st.integers(0, 500), st.text(max_size=20),
                          st.none() | st.dictionaries(st.sampled_from(["amount", "unit"]),
                                                      st.integers() | st.text(max_size=5), max_size=2)),
                max_size=5))
def test_spans_survive_storage(spans):
    assert decode(encode(spans)) == spans
    json.loads(encode(spans))


def test_evidence_search_lists_the_passages_most_like_the_query(run, store_url, tmp_path):
    release = tmp_path / "release.txt"
    release.write_text(RELEASE)
    assert run("evidence", "add", "--store", store_url, release).status == 0
    out = run("evidence", "search", "plants in Ohio", "--store", store_url).out.splitlines()
    passages = [line for line in out if line.startswith("passage ")]
    assert passages[0] == "passage The company employs 1,200 workers at its two plants in Ohio. (source 1)"

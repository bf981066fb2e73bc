"""The evidence store on SQLite and on a real PostgreSQL server: ingest, import, matching, safety."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from verify.errors import InputError
from verify.evidence.ingest import data_source, fact_rows, ingest_document
from verify.evidence.store import open_store
from verify.loaders import load_path

FILES = Path(__file__).resolve().parent / "evidence_files"


def filled_store(url: str):
    store = open_store(url)
    for name in ("press-release.md", "transcript.md"):
        ingest_document(store, load_path(str(FILES / name)), name)
    text = (FILES / "facts.csv").read_text()
    store.add_facts_bulk(data_source(FILES / "facts.csv", text), fact_rows(FILES / "facts.csv", text))
    return store


def test_documents_become_sources_with_facts_and_quotes(store_url):
    store = open_store(store_url)
    source_id, created = ingest_document(store, load_path(str(FILES / "press-release.md")), "press-release.md")
    assert created
    source, facts, quotes = store.source(source_id)
    assert source.title == "Halden Robotics closes $250 million series B"
    assert source.published.isoformat() == "2026-04-02"
    assert {(f.subject, f.value, f.currency or f.unit) for f in facts} >= {
        ("Halden Robotics", 250_000_000, "USD"), ("Halden Robotics", 1200, "workers")}
    assert [(q.speaker, q.words[:20]) for q in quotes] == [("Dana Whitlock", "We will build the pl")]


def test_re_adding_the_same_content_is_a_no_op(store_url):
    store = open_store(store_url)
    doc = load_path(str(FILES / "transcript.md"))
    first, created = ingest_document(store, doc, "a")
    again, created_again = ingest_document(store, doc, "b")
    assert created and not created_again and first == again and store.counts()["sources"] == 1


def test_import_is_all_or_nothing_with_row_numbers(store_url, tmp_path):
    store = open_store(store_url)
    bad = tmp_path / "bad.csv"
    bad.write_text("subject,value,currency\nAcme,5,USD\nBeta,lots,USD\n")
    with pytest.raises(InputError, match=r"bad.csv:3: value 'lots' is not a number"):
        fact_rows(bad, bad.read_text())
    assert store.counts() == {"sources": 0, "facts": 0, "quotes": 0}
    lines = tmp_path / "facts.jsonl"
    lines.write_text('{"subject": "Acme", "value": 5, "currency": "usd", "as_of": "2026"}\n')
    store.add_facts_bulk(data_source(lines, lines.read_text()), fact_rows(lines, lines.read_text()))
    (fact,) = store.search("acme")[0]
    assert (fact.currency, fact.as_of.isoformat(), fact.valid_until.isoformat()) == ("USD", "2026-01-01", "2026-12-31")


@pytest.mark.parametrize(("content", "message"), [
    ("subject,amount\nAcme,5\n", "header needs subject and value"),
    ("subject,value,colour\nAcme,5,red\n", "unknown column(s) colour"),
    ("subject,value,currency\nAcme,5,dollars\n", "not an ISO 4217 code"),
    ("subject,value,as_of\nAcme,5,2026-13-01\n", "not a real date"),
    ("subject,value\n", "no facts in the file"),
])
def test_import_errors(tmp_path, content, message):
    path = tmp_path / "f.csv"
    path.write_text(content)
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        fact_rows(path, content)


def test_check_with_evidence_end_to_end(run, store_url, tmp_path):
    filled_store(store_url)
    result = run("check", "--no-config", "--format", "json", "--evidence", "--store", store_url, FILES / "draft.md")
    report = result.json()["reports"][0]
    status = {c["text"]: c["status"] for c in report["claims"] if c["type"] in ("money", "quantity", "quote")}
    assert status["$250 million"] == "supported"
    assert status["1,500 workers"] == "contradicted"
    assert status["40 engineers"] == "unverified"
    findings = {f["rule"]: f for f in report["findings"]}
    contradicted = findings["evidence.contradicted"]
    assert "1,200" in contradicted["message"] and contradicted["evidence"][0]["excerpt"].startswith(
        "Halden Robotics employs 1,200 workers")
    assert "-[factory] +[plant]" in findings["evidence.quote-altered"]["message"] or \
        "-[plant] +[factory]" in findings["evidence.quote-altered"]["message"]
    assert "Arlo Menges" in findings["evidence.quote-misattributed"]["message"]
    assert findings["evidence.supported"]["severity"] == "info"
    assert result.status == 1


def test_old_facts_do_not_refute_new_claims(run, store_url, tmp_path):
    filled_store(store_url)
    draft = tmp_path / "d.md"
    draft.write_text("---\npublished: 2027-06-01\n---\nHalden Robotics employs 1,500 workers.\n")
    report = run("check", "--no-config", "--format", "json", "--evidence", "--store", store_url, draft).json()
    assert {c["text"]: c["status"] for c in report["reports"][0]["claims"]}["1,500 workers"] == "unverified"


def test_list_show_search_remove(run, store_url):
    filled_store(store_url)
    listed = run("evidence", "list", "--store", store_url).out.splitlines()
    assert len(listed) == 3 and "Halden Robotics closes" in listed[0]
    assert "Halden Robotics · revenue = 84,000,000 USD" in run("evidence", "search", "halden", "--store", store_url).out
    assert "quote Arlo Menges" in run("evidence", "show", "2", "--store", store_url).out
    assert run("evidence", "remove", "2", "--store", store_url).status == 0
    assert open_store(store_url).counts()["quotes"] == 1
    missing = run("evidence", "remove", "99", "--store", store_url)
    assert missing.status == 2 and "no source 99" in missing.err


def test_every_field_is_a_bound_parameter(store_url, tmp_path):
    store = open_store(store_url)
    nasty = "x'); DROP TABLE facts; -- \" /* */ ; \\\\ %_"
    path = tmp_path / "n.jsonl"
    path.write_text(json.dumps({"subject": nasty, "attribute": nasty, "value": 1, "unit": nasty,
                                "source": nasty, "url": nasty}) + "\n")
    store.add_facts_bulk(data_source(path, path.read_text()), fact_rows(path, path.read_text()))
    facts, _, _ = store.search(nasty)
    assert facts and facts[0].subject == nasty and facts[0].attribute == nasty
    assert store.counts()["facts"] == 1


def test_unreachable_store_is_exit_2(run, tmp_path):
    result = run("evidence", "list", "--store", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert result.status == 2 and result.err.startswith("verify: error: evidence store ")


IMPORTER = """
import sys
from pathlib import Path
from verify.evidence.ingest import data_source, fact_rows
from verify.evidence.store import open_store
path = Path(sys.argv[2])
store = open_store(sys.argv[1])
store.add_facts_bulk(data_source(path, path.read_text()), fact_rows(path, path.read_text()))
"""


def test_concurrent_imports_lose_nothing(store_url, tmp_path):
    files = []
    for number in range(4):
        path = tmp_path / f"facts{number}.csv"
        path.write_text("subject,value,currency\n" + "".join(f"Acme{number}-{i},{i},USD\n" for i in range(2_000)))
        files.append(path)
    processes = [subprocess.Popen([sys.executable, "-c", IMPORTER, store_url, str(p)], cwd=ROOT) for p in files]
    assert [p.wait(timeout=180) for p in processes] == [0, 0, 0, 0]
    assert open_store(store_url).counts() == {"sources": 4, "facts": 8_000, "quotes": 0}


def test_a_killed_import_leaves_no_partial_source(store_url, tmp_path):
    big = tmp_path / "big.csv"
    big.write_text("subject,value,currency\n" + "".join(f"Acme-{i},{i},USD\n" for i in range(400_000)))
    open_store(store_url)  # migrate first, so the kill lands in the import
    process = subprocess.Popen([sys.executable, "-c", IMPORTER, store_url, str(big)], cwd=ROOT)
    time.sleep(2.5)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=60)
    counts = open_store(store_url).counts()
    assert counts["sources"] in (0, 1)
    assert counts["facts"] == (400_000 if counts["sources"] else 0)


def test_head_revision_constant_matches_the_migrations():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from verify.evidence.location import HEAD_REVISION

    config = Config()
    config.set_main_option("script_location", str(ROOT / "verify" / "evidence" / "migrations"))
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD_REVISION


def test_check_with_evidence_reads_sqlite_without_sqlalchemy(tmp_path):
    store_url = f"sqlite:///{tmp_path / 'evidence.sqlite'}"  # the sqlite3 fast path is for SQLite stores
    filled_store(store_url)
    code = ("import sys; from verify.cli import main; "
            f"main(['check', '--no-cache', '--evidence', '--store', {store_url!r}, {str(FILES / 'draft.md')!r}]); "
            "print('sqlalchemy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.stdout.strip().splitlines()[-1] == "False"


def test_a_full_disk_during_an_import_leaves_no_partial_source(store_url, monkeypatch):
    """A write that fails half-way (as on a full disk) rolls the whole source back."""
    from sqlalchemy.exc import OperationalError
    from sqlmodel import Session

    store = open_store(store_url)
    ingest_document(store, load_path(str(FILES / "transcript.md")), "first")
    real_add = Session.add
    calls = {"n": 0}

    def failing_add(self, instance, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:  # after the source row, in the middle of its passages and facts
            raise OperationalError("INSERT", {}, Exception("database or disk is full"))
        return real_add(self, instance, *args, **kwargs)

    monkeypatch.setattr(Session, "add", failing_add)
    with pytest.raises(OperationalError):
        ingest_document(store, load_path(str(FILES / "press-release.md")), "second")
    monkeypatch.setattr(Session, "add", real_add)
    assert store.counts() == {"sources": 1, "facts": 0, "quotes": 2}
    ingest_document(store, load_path(str(FILES / "press-release.md")), "second")  # the store still works
    assert store.counts()["sources"] == 2


@pytest.mark.parametrize("opener", ["store", "reader"])
def test_a_value_the_source_itself_states_is_not_contradicted(store_url, opener):
    """Precision first: when the contradicting source also states the claimed value (under other
    words, or with no name beside it), the claim stays unverified; a value it never states is flagged."""
    from datetime import date

    from verify.document import Document
    from verify.evidence.matching import Matcher
    from verify.evidence.reader import open_reader
    from verify.extract import extract_claims

    store = open_store(store_url)
    source = ("Over the three months to September, Marlowe Bank made $2.4 billion, or $4.12 for each diluted "
              "share. Leaving out the one-off charge, the bank's earnings per share came to $4.31.")
    ingest_document(store, Document.from_plain("call.txt", source), "call.txt")
    matcher = Matcher(store if opener == "store" else open_reader(store_url))
    statuses = {}
    for stated in ("$4.31", "$4.55"):
        draft = Document.from_plain("draft.txt", f"Marlowe Bank made {stated} for each diluted share.")
        claims = extract_claims(draft, date(2021, 10, 27))
        matcher.annotate(claims, date(2021, 10, 27), draft)
        statuses[stated] = next(c.status for c in claims if c.text == stated)
    assert statuses == {"$4.31": "unverified", "$4.55": "contradicted"}


@pytest.mark.parametrize("opener", ["store", "reader"])
def test_a_figure_naming_no_one_is_read_against_the_sources_the_article_agrees_with(store_url, opener):
    from datetime import date

    from verify.document import Document
    from verify.evidence.matching import Matcher
    from verify.evidence.reader import open_reader
    from verify.extract import extract_claims

    store = open_store(store_url)
    release = ("Halden Robotics raised $250 million in a series B round. "
               "The group now employs 1,200 people in 14 countries.")
    ingest_document(store, Document.from_plain("release.txt", release, published=date(2026, 4, 2)), "release")
    ingest_document(store, Document.from_plain("other.txt", "Other firms employ 900 people."), "other")
    matcher = Matcher(store if opener == "store" else open_reader(store_url))

    def statuses(draft_text: str) -> dict[str, str]:
        draft = Document.from_plain("draft.txt", draft_text)
        claims = extract_claims(draft, date(2026, 4, 10))
        matcher.annotate(claims, date(2026, 4, 10), draft)
        return {c.text: c.status for c in claims if c.type in ("money", "quantity")}

    assert statuses("Halden Robotics raised $250 million. It now employs 1,400 people.") == {
        "$250 million": "supported", "1,400 people": "contradicted"}
    # With no source agreeing on a named figure, the nameless one is left alone.
    assert statuses("It now employs 1,400 people.") == {"1,400 people": "unverified"}

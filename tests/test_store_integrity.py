"""The evidence store keeps itself whole: migrations in one transaction, half-made stores recovered,
damaged files refused, driver errors one line, imports of one file by many processes all succeed,
and facts that are not finite numbers never stored (issue 15, items 11-14)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from verify.errors import InputError
from verify.evidence.ingest import fact_rows

ROOT = Path(__file__).resolve().parent.parent
KILL_AT_STATEMENT = textwrap.dedent("""
    import os, signal, sys
    from sqlalchemy import event
    from verify.evidence import database

    url, kill_at = sys.argv[1], int(sys.argv[2])
    count = [0]
    real_engine = database._engine

    def counting_engine(location, **options):
        engine = real_engine(location, **options)

        @event.listens_for(engine, "before_cursor_execute")
        def maybe_die(*args):
            count[0] += 1
            if count[0] == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)

        return engine

    database._engine = counting_engine
    database.open_engine(url)
    print(count[0])
""")


def migrate_and_die(url: str, kill_at: int) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", KILL_AT_STATEMENT, url, str(kill_at)], capture_output=True,
                          text=True, timeout=120, check=False, cwd=ROOT)


def verify(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "verify", *args], capture_output=True, text=True,
                          timeout=timeout, check=False, cwd=ROOT)


def fresh_store(store_url: str, request, tmp_path: Path, name: str) -> str:
    if store_url.startswith("sqlite"):
        return f"sqlite:///{tmp_path / name}"
    from tests.postgres import fresh_database

    return fresh_database(request.getfixturevalue("postgres_server"))


def test_a_sigkill_at_every_statement_of_the_first_migration_leaves_a_store_that_opens(store_url, request, tmp_path):
    statements = int(migrate_and_die(store_url, 10**9).stdout.split()[-1])
    assert statements > 5
    for kill_at in range(1, statements + 1):
        url = fresh_store(store_url, request, tmp_path, f"k{kill_at}.sqlite")
        killed = migrate_and_die(url, kill_at)
        assert killed.returncode == -9, (kill_at, killed.stderr)
        opened = verify("evidence", "import", "--store", url, str(ROOT / "tests/evidence_files/facts.csv"))
        assert opened.returncode == 0 and opened.stdout.startswith("imported "), (kill_at, opened.stderr)


def half_made(path: Path, rows: bool) -> str:
    """A store as the old code left it when killed mid-migration: some tables, no schema version."""
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE sources (id INTEGER PRIMARY KEY, location VARCHAR NOT NULL)")
        connection.execute("CREATE TABLE passages (id INTEGER PRIMARY KEY)")
        if rows:
            connection.execute("INSERT INTO sources (location) VALUES ('kept')")
    connection.close()
    return f"sqlite:///{path}"


def test_a_half_made_store_is_recovered(tmp_path):
    url = half_made(tmp_path / "half.sqlite", rows=False)
    result = verify("evidence", "import", "--store", url, str(ROOT / "tests/evidence_files/facts.csv"))
    assert result.returncode == 0 and result.stdout.startswith("imported ")
    assert len(verify("evidence", "list", "--store", url).stdout.splitlines()) == 1


def test_a_store_with_rows_but_no_version_is_refused_not_dropped(tmp_path):
    path = tmp_path / "half.sqlite"
    result = verify("evidence", "list", "--store", half_made(path, rows=True))
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "table sources holds rows but the store has no schema version" in result.stderr
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT location FROM sources").fetchall() == [("kept",)]
    connection.close()


def filled_store(tmp_path: Path) -> tuple[str, Path]:
    path = tmp_path / "e.sqlite"
    url = f"sqlite:///{path}"
    facts = tmp_path / "many.csv"
    facts.write_text("subject,attribute,value\n" + "".join(f"Org {i},revenue,{i}\n" for i in range(20_000)))
    assert verify("evidence", "import", "--store", url, str(facts)).returncode == 0
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return url, path


@pytest.mark.parametrize("command", [["evidence", "list"], ["evidence", "search", "Org 1"],
                                     ["evidence", "import", "tests/evidence_files/facts.csv"],
                                     ["check", "--evidence", "--no-cache", "seeds/harbor-city-budget.txt"]])
def test_a_damaged_store_is_refused_by_every_command(tmp_path, command):
    url, path = filled_store(tmp_path)
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(3 * page, len(data) - page, 7 * page):  # scribble over pages past the schema
        data[offset + 100:offset + 600] = os.urandom(500)
    path.write_bytes(bytes(data))
    result = verify(*command, "--store", url)
    assert result.returncode == 2, result.stdout
    assert result.stderr.count("\n") == 1 and "verify: error: evidence store" in result.stderr
    assert "damaged" in result.stderr or "malformed" in result.stderr
    assert "SELECT" not in result.stderr and "Traceback" not in result.stderr


def test_a_file_that_is_not_a_store_is_one_line(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("these are my notes, not a database\n" * 200)
    result = verify("evidence", "list", "--store", f"sqlite:///{path}")
    assert result.returncode == 2 and result.stderr == (
        f"verify: error: evidence store sqlite:///{path}: file is not a database\n")


def test_a_write_refused_by_the_driver_is_one_line_without_sql(tmp_path):
    _, path = filled_store(tmp_path)
    read_only = f"sqlite:///file:{path}?mode=ro&uri=true"  # the driver refuses every write
    result = verify("evidence", "import", "--store", read_only, str(ROOT / "tests/evidence_files/facts.csv"))
    assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
    assert "attempt to write a readonly database" in result.stderr
    assert "INSERT" not in result.stderr and "Org" not in result.stderr


def test_a_password_in_a_store_url_is_never_printed():
    result = verify("evidence", "list", "--store", "postgresql+psycopg://newsroom:s3cret@127.0.0.1:1/evidence",
                    timeout=60)
    assert result.returncode == 2 and "s3cret" not in result.stderr and "newsroom:***@" in result.stderr


@pytest.mark.parametrize("value", ["inf", "-inf", "nan", "1e400", "Infinity"])
def test_facts_that_are_not_finite_are_refused_at_import(tmp_path, value):
    path = tmp_path / "facts.csv"
    path.write_text(f"subject,value\nAcme,5\nAcme,{value}\n")
    with pytest.raises(InputError, match=rf"facts.csv:3: value '{value}' is not a finite number"):
        fact_rows(path, path.read_text())


def test_a_jsonl_number_out_of_range_is_refused_at_import(tmp_path):
    path = tmp_path / "facts.jsonl"
    path.write_text('{"subject": "Acme", "value": 1e400}\n{"subject": "Acme", "value": NaN}\n')
    result = verify("evidence", "import", "--store", f"sqlite:///{tmp_path / 'e.sqlite'}", str(path))
    assert result.returncode == 2 and result.stderr == (
        f"verify: error: {path}:1: value inf is not a finite number\n")


def test_four_importers_of_one_file_all_succeed_once(store_url, tmp_path):
    facts = tmp_path / "facts.csv"
    facts.write_text("subject,attribute,value\n" + "".join(f"Org {i},revenue,{i}\n" for i in range(20_000)))
    workers = [subprocess.Popen([sys.executable, "-m", "verify", "evidence", "import", "--store", store_url,
                                 str(facts)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
               for _ in range(4)]
    outputs = [(w.wait(timeout=300), *w.communicate()) for w in workers]
    assert [status for status, _, _ in outputs] == [0, 0, 0, 0], [err for _, _, err in outputs]
    lines = sorted(out.split(" as source")[0] for _, out, _ in outputs)
    assert lines == [f"already stored {facts}"] * 3 + [f"imported 20000 fact(s) from {facts}"]


def test_the_integrity_check_runs_again_only_when_the_file_changed(tmp_path, monkeypatch):
    from verify.evidence import integrity
    from verify.evidence.reader import open_reader

    url, _ = filled_store(tmp_path)
    checks = []
    real = integrity.refuse_if_damaged
    monkeypatch.setattr(integrity, "refuse_if_damaged", lambda rows, where: checks.append(rows) or real(rows, where))
    for _ in range(3):
        open_reader(url).close()
    assert checks == [[("ok",)]]
    assert verify("evidence", "import", "--store", url, str(ROOT / "tests/evidence_files/facts.csv")).returncode == 0
    open_reader(url).close()
    assert len(checks) == 2


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("huge.jsonl", '{"subject": "Acme", "value": ' + "9" * 5000 + "}\n", "huge.jsonl:1: not JSON (Exceeds the limit"),
    ("deep.jsonl", '{"subject": ' + "[" * 100_000 + "\n", "deep.jsonl:1: "),
    ("wide.csv", 'subject,value\n"' + "A" * 140_000 + '",5\n', "wide.csv:1: not CSV (field larger than field limit"),
    ("nul.csv", "subject,value\nAc\0me,5\n", "nul.csv:"),
    ("latin.csv", "subject,value\nRen\xe9e,5\n", "latin.csv:2: not UTF-8"),
])
def test_a_facts_file_the_parsers_choke_on_is_one_line(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content.encode("latin-1") if name == "latin.csv" else content.encode())
    result = verify("evidence", "import", "--store", f"sqlite:///{tmp_path / 'e.sqlite'}", str(path))
    assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith(f"verify: error: {tmp_path / reason}"), result.stderr
    assert verify("evidence", "list", "--store", f"sqlite:///{tmp_path / 'e.sqlite'}").stdout == ""

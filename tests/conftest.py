"""Shared fixtures: the repository layout, an in-process CLI runner, the contract schema."""

from __future__ import annotations

import io
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from verify.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "shengshu-world-model.md"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@dataclass
class Result:
    status: int
    out: str
    err: str

    def json(self) -> dict:
        return json.loads(self.out)


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """Run the CLI in-process: ``run("check", path, stdin="...")`` → Result."""

    def runner(*args: str, stdin: str | bytes | None = None) -> Result:
        if stdin is not None:
            data = stdin.encode() if isinstance(stdin, str) else stdin
            fake = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
            monkeypatch.setattr(sys, "stdin", fake)
        status = main([str(a) for a in args])
        captured = capsys.readouterr()
        return Result(status, captured.out, captured.err)

    return runner


@pytest.fixture(scope="session")
def schema_validator():
    import jsonschema

    schema = json.loads((ROOT / "verify" / "schema" / "report.schema.json").read_text())
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture
def snapshot():
    """Compare text with ``tests/snapshots/NAME``; ``VERIFY_UPDATE_SNAPSHOTS=1`` rewrites it.

    Review snapshot changes as diffs, like code.
    """
    import os

    folder = Path(__file__).resolve().parent / "snapshots"

    def check(name: str, text: str) -> None:
        path = folder / name
        if os.environ.get("VERIFY_UPDATE_SNAPSHOTS") == "1" or not path.exists():
            if not path.exists() and os.environ.get("CI") == "true":
                pytest.fail(f"snapshot {name} is missing; run the tests with VERIFY_UPDATE_SNAPSHOTS=1")
            path.write_text(text, encoding="utf-8")
        assert text == path.read_text(encoding="utf-8"), f"{name} changed; VERIFY_UPDATE_SNAPSHOTS=1 to accept"

    return check


@pytest.fixture(scope="session")
def postgres_server():
    """URL of a throwaway PostgreSQL server (see tests/postgres.py)."""
    import os

    from tests.postgres import server_binaries, throwaway_server

    if server_binaries() is None:
        if os.environ.get("CI") == "true":
            pytest.fail("PostgreSQL server binaries are missing; .ci/run installs Debian's postgresql")
        pytest.skip("no PostgreSQL server binaries on this machine (apt-get install postgresql)")
    with throwaway_server() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    """Each evidence test runs against SQLite and against a real PostgreSQL server (a fresh database)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'evidence.sqlite'}"
    from tests.postgres import fresh_database

    return fresh_database(request.getfixturevalue("postgres_server"))


@pytest.fixture(autouse=True)
def _close_evidence_stores():
    """Every store a test opened is closed after it (no pooled connection outlives its test)."""
    yield
    from verify.evidence import close_open_stores

    close_open_stores()


@pytest.fixture(autouse=True)
def _own_user_cache(tmp_path_factory, monkeypatch):
    """Each test has its own user cache folder (the report cache's secret lives there)."""
    from verify import cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("user-cache")))
    cache.user_secret.cache_clear()
    yield
    cache.user_secret.cache_clear()

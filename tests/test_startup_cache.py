"""The startup cache: the same pattern objects and tables as ``re`` and ``tomllib`` make, kept between runs,
never trusted blindly."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
import tomllib
from datetime import date
from pathlib import Path

import pytest

from verify import startup_cache
from verify.startup_cache import _MIN_CODE, _Store, _Tables, cache_path

# Long enough to be kept (an alternation of phrases, as the lexicons make), with groups and flags.
_LONG = r"\b(?P<office>" + "|".join(rf"office\s+number\s+{n}" for n in range(60)) + r")(?![\w-])"


def _store(folder: Path) -> _Store:
    return _Store(cache_path(folder))


def test_a_long_pattern_is_kept_and_comes_back_equal(tmp_path: Path) -> None:
    first = _store(tmp_path)
    compiled = first.compile(_LONG, re.IGNORECASE)
    assert compiled == re.compile(_LONG, re.IGNORECASE)  # equal: same text, flags and program
    assert compiled.groupindex == {"office": 1}
    first.save()
    second = _store(tmp_path)
    assert (_LONG, int(re.IGNORECASE)) in second.known
    again = second.compile(_LONG, re.IGNORECASE)
    assert again == compiled
    assert again.search("The Office Number 42 said").group("office") == "Office Number 42"
    assert second.used == {(_LONG, int(re.IGNORECASE))}
    assert not second.new


def test_short_patterns_are_compiled_but_not_kept(tmp_path: Path) -> None:
    store = _store(tmp_path)
    assert store.compile(r"\d+", 0) == re.compile(r"\d+")
    store.save()
    assert not cache_path(tmp_path).exists()


def test_a_run_that_compiled_nothing_new_does_not_write(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.compile(_LONG, 0)
    store.save()
    before = cache_path(tmp_path).stat().st_mtime_ns
    reread = _store(tmp_path)
    reread.compile(_LONG, 0)
    reread.save()
    assert cache_path(tmp_path).stat().st_mtime_ns == before


def test_a_corrupt_file_is_ignored_and_replaced(tmp_path: Path) -> None:
    cache_path(tmp_path).write_bytes(b"\x00not marshal at all")
    store = _store(tmp_path)
    assert store.known == {}
    assert store.compile(_LONG, 0) == re.compile(_LONG)
    store.save()
    assert (_LONG, 0) in _store(tmp_path).known


def test_malformed_entries_are_dropped(tmp_path: Path) -> None:
    good = startup_cache._stored(startup_cache._program(_LONG, 0))
    cache_path(tmp_path).write_bytes(marshal.dumps({
        (_LONG, 0): good,
        ("x", 0): "not a program",
        "not a key": good,
        (_LONG + "x", 0): (good[0], good[1] + b"x", *good[2:]),  # not a whole number of words
    }))
    assert list(_store(tmp_path).known) == [(_LONG, 0)]


def test_a_program_the_engine_refuses_is_compiled_afresh(tmp_path: Path) -> None:
    flags, code, groups, groupindex, indexgroup = startup_cache._program(_LONG, 0)
    refused = startup_cache._stored((flags, [999999] * len(code), groups, groupindex, indexgroup))
    cache_path(tmp_path).write_bytes(marshal.dumps({(_LONG, 0): refused}))
    store = _store(tmp_path)
    assert store.compile(_LONG, 0) == re.compile(_LONG)
    assert (_LONG, 0) in store.new  # rewritten at the end of the run


def test_the_file_is_bounded(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(startup_cache, "_MAX_ENTRIES", 2)
    store = _store(tmp_path)
    for n in range(3):
        store.compile(_LONG + "x" * n, 0)
    store.save()
    assert len(_store(tmp_path).known) == 3  # one run's own patterns are all kept
    later = _store(tmp_path)
    later.compile(_LONG + "y", 0)
    later.save()
    assert set(_store(tmp_path).known) == {(_LONG + "y", 0)}  # past the bound: only what the run used


def test_min_code_is_what_separates_long_from_short() -> None:
    assert len(startup_cache._program(_LONG, 0)[1]) >= _MIN_CODE > len(startup_cache._program(r"\d+", 0)[1])


def test_cold_runs_write_the_file_once_and_print_the_same(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text("Acme's revenue was €4.8bn in 2025. Later, Acme's revenue was €4.6bn in 2025.\n")
    environment = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    environment.pop("VERIFY_NO_STARTUP_CACHE", None)
    command = [sys.executable, "-m", "verify", "check", "--no-cache", "--no-config", "--format", "json",
               "--date", "2026-04-10", str(draft)]
    first = subprocess.run(command, capture_output=True, text=True, env=environment, check=False)
    written = sorted((tmp_path / "cache" / "verify").glob("*.marshal"))
    assert [path.name.split("-")[0] for path in written] == ["patterns", "toml"]
    assert all(path.stat().st_mode & 0o077 == 0 for path in written)
    stamps = [path.stat().st_mtime_ns for path in written]
    second = subprocess.run(command, capture_output=True, text=True, env=environment, check=False)
    assert (first.returncode, first.stdout, first.stderr) == (second.returncode, second.stdout, second.stderr)
    assert '"number.mismatch"' in second.stdout
    assert [path.stat().st_mtime_ns for path in written] == stamps  # nothing new to keep
    off = subprocess.run(command, capture_output=True, text=True, check=False,
                         env={**environment, "XDG_CACHE_HOME": str(tmp_path / "off"), "VERIFY_NO_STARTUP_CACHE": "1"})
    assert off.stdout == first.stdout
    assert not (tmp_path / "off").exists()


_TABLE = 'name = "roles"\n[[office]]\nname = "chief executive"\nforms = ["chief executive", "CEO"]\nweight = 0.5\n'


def test_a_parsed_table_comes_back_equal_and_fresh(tmp_path: Path) -> None:
    first = _Tables(cache_path(tmp_path, "toml"))
    parsed = first.loads(_TABLE)
    assert parsed == tomllib.loads(_TABLE)
    first.save()
    second = _Tables(cache_path(tmp_path, "toml"))
    again = second.loads(_TABLE)
    assert again == parsed and not second.new
    again["office"][0]["forms"].append("boss")  # a caller may change what it is given
    assert second.loads(_TABLE) == parsed


def test_tables_with_dates_and_bad_toml_are_not_kept(tmp_path: Path) -> None:
    tables = _Tables(cache_path(tmp_path, "toml"))
    assert tables.loads("published = 2026-04-10\n") == {"published": date(2026, 4, 10)}
    with pytest.raises(tomllib.TOMLDecodeError):
        tables.loads("name = \n")
    assert not tables.new
    tables.save()
    assert not cache_path(tmp_path, "toml").exists()


def test_a_damaged_table_entry_is_parsed_afresh(tmp_path: Path) -> None:
    tables = _Tables(cache_path(tmp_path, "toml"))
    tables.loads(_TABLE)
    tables.save()
    key = next(iter(_Tables(cache_path(tmp_path, "toml")).known))
    cache_path(tmp_path, "toml").write_bytes(marshal.dumps({key: b"\xff not marshal", b"not text": b""}))
    damaged = _Tables(cache_path(tmp_path, "toml"))
    assert list(damaged.known) == [key]
    assert damaged.loads(_TABLE) == tomllib.loads(_TABLE)
    assert key in damaged.new

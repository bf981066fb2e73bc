"""The report cache: hits give the same output, any change to the inputs misses, nothing forged is used."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import tempfile
from pathlib import Path

import pytest

from verify import cache

DRAFT = "Acme's revenue was €4.8bn.\n\nLater, Acme's revenue was €4.6bn.\n"


def entry_files(folder: Path) -> list[Path]:
    return sorted((folder / ".verify_cache").rglob("*.json"))


def entries(folder: Path) -> int:
    return len(entry_files(folder))


def test_second_run_hits_and_gives_the_same_json(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.md").write_text(DRAFT)
    first = run("check", "--format", "json", "draft.md")
    assert entries(tmp_path) == 1
    second = run("check", "--format", "json", "draft.md")
    assert second.out == first.out and entries(tmp_path) == 1


@pytest.mark.parametrize("text", [
    # a score is a count of nothing named; a restored report's suggestions rebuild its frames
    "---\npublished: 2026-04-10\n---\nHalden won 3-1 on Sunday. Halden's revenue reached €4.8bn.\n\n"
    "Later, its revenue was €4.6bn, and the club won 2-0.\n",
    "---\npublished: 2026-04-10\n---\nThe plant, 12 km (12 miles) from Oslo, opened. "
    "Sales rose 50% to $3m from $2.5m.\n",
])
def test_a_restored_report_is_the_report_it_stored(run, tmp_path, monkeypatch, text):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.md").write_text(text)
    first = run("check", "--format", "json", "draft.md")
    second = run("check", "--format", "json", "draft.md")
    assert first.status == second.status == 1 and second.out == first.out and entries(tmp_path) == 1


def test_changed_article_config_or_date_miss(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT)
    run("check", "draft.md")
    draft.write_text(DRAFT.replace("4.6", "4.5"))
    assert "€4.5bn" in run("check", "--format", "concise", "draft.md").out
    (tmp_path / "verify.toml").write_text('ignore = ["number"]\n')
    assert run("check", "--format", "concise", "draft.md").out == ""
    run("check", "--date", "2026-01-01", "draft.md")
    assert entries(tmp_path) == 4


def test_no_cache_writes_nothing_and_a_corrupt_entry_is_a_miss(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.md").write_text(DRAFT)
    run("check", "--no-cache", "draft.md")
    assert not (tmp_path / ".verify_cache").exists()
    first = run("check", "--format", "json", "draft.md")
    for entry in entry_files(tmp_path):
        entry.write_text('{"claims": "not a report"}')
    assert run("check", "--format", "json", "draft.md").out == first.out


def test_cached_reports_render_every_format_identically(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    for seed in seeds.iterdir():
        (tmp_path / seed.name).write_text(seed.read_text())
    for fmt in ("text", "json", "sarif", "html", "markdown", "github"):
        fresh = run("check", "--no-cache", "--format", fmt, ".")
        run("check", "--format", fmt, ".")  # fill the cache
        cached = run("check", "--format", fmt, ".")
        assert cached.out == fresh.out and cached.status == fresh.status, fmt


def forge(entry: Path, edit) -> None:
    """Rewrite an entry's report as someone without the user's secret can: a fresh SHA-256 'MAC'."""
    header, _, payload = entry.read_bytes().partition(b"\n")
    data = json.loads(payload)
    edit(data)
    payload = json.dumps(data).encode()
    entry.write_bytes(header.rsplit(b" ", 1)[0] + b" " + hashlib.sha256(payload).hexdigest().encode()
                      + b"\n" + payload)


def sign(entry: Path, edit) -> None:
    """Rewrite an entry's report with the user's own secret (what a bug in verify could write)."""
    header, _, payload = entry.read_bytes().partition(b"\n")
    data = json.loads(payload)
    edit(data)
    payload = json.dumps(data).encode()
    mac = hmac.new(cache.user_secret(), entry.stem.encode() + b"\n" + payload, hashlib.sha256).hexdigest()
    entry.write_bytes(header.rsplit(b" ", 1)[0] + b" " + mac.encode() + b"\n" + payload)


def clear_findings(data: dict) -> None:
    data["findings"] = []


def test_a_forged_entry_that_clears_the_findings_is_ignored(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.md").write_text(DRAFT)
    assert run("check", "draft.md").status == 1
    forge(entry_files(tmp_path)[0], clear_findings)
    again = run("check", "--format", "concise", "draft.md")
    assert again.status == 1 and "number.mismatch" in again.out


def test_a_committed_cache_from_another_user_is_ignored(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.md").write_text(DRAFT)
    run("check", "draft.md")
    sign(entry_files(tmp_path)[0], clear_findings)  # valid under *their* secret…
    assert run("check", "--format", "concise", "draft.md").out == ""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "someone-else"))  # …but this user has another
    cache.user_secret.cache_clear()
    result = run("check", "--format", "concise", "draft.md")
    assert result.status == 1 and "number.mismatch" in result.out


@pytest.mark.parametrize("edit", [
    lambda d: d["claims"][0].update(type='money" onmouseover="alert(1)'),   # markup in a class attribute
    lambda d: d["claims"][0].update(text="\x1b]52;c;ZXZpbA==\x07"),          # not what the article says
    lambda d: d["claims"][0].update(source_start=10**9),
    lambda d: d["findings"][0].update(rule="no.such-rule"),
    lambda d: d["findings"][0].update(severity="fatal"),
    lambda d: d["findings"][0].update(message=""),
    lambda d: d["findings"][0].update(claims=["c999"]),
    lambda d: d["claims"][0]["value"].update(currency="dollars"),
    lambda d: d.update(published="tomorrow"),
])
def test_an_authentic_entry_that_breaks_the_contract_is_a_miss(run, tmp_path, monkeypatch, edit):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.md").write_text(DRAFT)
    fresh = run("check", "--format", "json", "draft.md").out
    sign(entry_files(tmp_path)[0], edit)
    assert run("check", "--format", "json", "draft.md").out == fresh


def test_the_cache_is_at_the_project_root_and_ignored_by_git(run, tmp_path, monkeypatch):
    (tmp_path / "verify.toml").write_text("ignore = []\n")
    drafts = tmp_path / "drafts" / "2026"
    drafts.mkdir(parents=True)
    (drafts / "draft.md").write_text(DRAFT)
    monkeypatch.chdir(drafts)
    run("check", "draft.md")
    assert not (drafts / ".verify_cache").exists() and entries(tmp_path) == 1
    assert (tmp_path / ".verify_cache" / ".gitignore").read_text().splitlines()[-1] == "*"
    assert (tmp_path / ".verify_cache" / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f59")


def test_entries_are_keyed_by_content_and_settings_not_path(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(DRAFT)
    run("check", "a.md")
    (tmp_path / "a.md").rename(tmp_path / "b.md")
    moved = run("check", "--format", "concise", "b.md")
    assert entries(tmp_path) == 1 and moved.out.startswith("b.md:3:")
    (tmp_path / "c.txt").write_text(DRAFT)  # another parser: another entry
    run("check", "c.txt")
    assert entries(tmp_path) == 2


def test_per_file_settings_change_the_key_by_their_effect(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "verify.toml").write_text('[per-file."archive/**"]\nignore = ["number"]\n')
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "old.md").write_text(DRAFT)
    (tmp_path / "new.md").write_text(DRAFT)
    assert run("check", "--format", "concise", "archive/old.md").out == ""
    assert "number.mismatch" in run("check", "--format", "concise", "new.md").out
    assert entries(tmp_path) == 2


def test_the_rate_data_version_is_part_of_the_key(tmp_path, monkeypatch):
    from verify import rates
    from verify.document import Document

    document = Document.from_plain("a.txt", DRAFT)
    before = cache.cache_key(document, None, [])
    monkeypatch.setattr(rates, "data_version", lambda: "eurofxref-hist.zip:1:2")
    assert cache.cache_key(document, None, []) != before


def test_the_secret_lives_outside_the_workspace_and_only_its_owner_reads_it(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.md").write_text(DRAFT)
    run("check", "draft.md")
    secret = Path(os.environ["XDG_CACHE_HOME"]) / "verify" / "cache-secret"
    assert secret.stat().st_mode & 0o777 == 0o600 and len(secret.read_bytes()) == 32
    assert not list(tmp_path.rglob("cache-secret"))
    secret.chmod(0o644)  # readable by others: no longer a secret, so no cache at all
    cache.user_secret.cache_clear()
    assert cache.user_secret() is None
    assert run("check", "--format", "concise", "draft.md").status == 1


def test_a_full_disk_leaves_no_temporary_file(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.md").write_text(DRAFT)
    assert cache.user_secret() is not None  # made before the disk fills up
    real_mkstemp = tempfile.mkstemp

    def full_disk(*args, **kwargs):
        fd, name = real_mkstemp(*args, **kwargs)
        os.close(fd)
        return os.open("/dev/full", os.O_WRONLY), name  # every write fails with ENOSPC

    monkeypatch.setattr(cache.tempfile, "mkstemp", full_disk)
    result = run("check", "--format", "concise", "draft.md")
    assert result.status == 1 and "number.mismatch" in result.out
    leftovers = [p for p in (tmp_path / ".verify_cache").rglob("*") if p.is_file()]
    assert sorted(p.name for p in leftovers) == [".gitignore", "CACHEDIR.TAG"]


def test_a_planted_fifo_or_symlinked_cache_folder_is_not_used(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.md").write_text(DRAFT)
    run("check", "draft.md")
    entry = entry_files(tmp_path)[0]
    entry.unlink()
    os.mkfifo(entry)  # opening it for reading would block forever
    result = run("check", "--format", "concise", "draft.md")
    assert result.status == 1 and "number.mismatch" in result.out
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / ".verify_cache").rename(tmp_path / "old-cache")
    (tmp_path / ".verify_cache").symlink_to(elsewhere)
    assert run("check", "--format", "concise", "draft.md").status == 1
    assert list(elsewhere.iterdir()) == []


def test_the_fingerprint_covers_every_data_file_a_report_depends_on():
    """A change to the gazetteer (a .txt data file) must miss, as a change to a word list does."""
    from pathlib import Path

    import verify
    from verify.cache import _CODE_AND_DATA

    data = Path(verify.__file__).resolve().parent / "data"
    assert {path.suffix for path in data.iterdir() if path.is_file()} <= set(_CODE_AND_DATA)

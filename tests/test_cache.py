"""The report cache: hits give the same output, any change to the inputs misses."""

from __future__ import annotations

from pathlib import Path

DRAFT = "Acme's revenue was €4.8bn.\n\nLater, Acme's revenue was €4.6bn.\n"


def entries(folder: Path) -> int:
    return len([p for p in (folder / ".verify_cache").rglob("*") if p.is_file()])


def test_second_run_hits_and_gives_the_same_json(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.md").write_text(DRAFT)
    first = run("check", "--format", "json", "draft.md")
    assert entries(tmp_path) == 1
    second = run("check", "--format", "json", "draft.md")
    assert second.out == first.out and entries(tmp_path) == 1


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
    for entry in (tmp_path / ".verify_cache").rglob("*"):
        if entry.is_file():
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

"""Folder walks and globs: .gitignore, exclude / extend-exclude settings and the default skips."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from verify.inputs import Excludes, expand_paths

TREE = ["drafts/a.md", "drafts/b.txt", "node_modules/pkg/readme.md", "build/out.html", "venv/lib/notes.md",
        ".hidden/c.md", "drafts/.d.md", "drafts/generated/g.md", "drafts/keep/k.md", "archive/2019/old.md",
        "archive/2020/new.md", "image.png"]


@pytest.fixture
def tree(tmp_path, monkeypatch):
    for name in TREE:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Revenue rose 5%.\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def found(*paths: str, excludes_for=None) -> list[str]:
    return [Path(p).as_posix() for p in expand_paths(list(paths), excludes_for)]


def test_default_skips_and_hidden_files(tree):
    assert found(".") == ["archive/2019/old.md", "archive/2020/new.md", "drafts/a.md", "drafts/b.txt",
                          "drafts/generated/g.md", "drafts/keep/k.md"]


def test_gitignore_in_a_repository_with_a_deeper_negation(tree):
    subprocess.run(["git", "init", "-q"], cwd=tree, check=True)
    (tree / ".gitignore").write_text("generated/\nkeep/\n")
    (tree / "drafts" / ".gitignore").write_text("!keep/\n")
    assert found("drafts") == ["drafts/a.md", "drafts/b.txt", "drafts/keep/k.md"]
    # Globs are filtered the same way.
    assert found("drafts/**/*.md") == ["drafts/a.md", "drafts/keep/k.md"]


def test_a_walked_folder_whose_articles_are_all_ignored_says_so(tree, run):
    subprocess.run(["git", "init", "-q"], cwd=tree, check=True)
    (tree / ".gitignore").write_text("generated/\n")
    result = run("check", "drafts/generated")
    assert result.status == 2 and "outside the excluded folders" in result.err


def test_exclude_and_extend_exclude_from_the_config(tree, run):
    (tree / "verify.toml").write_text('extend-exclude = ["archive/2019/"]\n')
    result = run("check", "--format", "json", ".")
    sources = sorted(Path(r["source"]).as_posix() for r in result.json()["reports"])
    assert "archive/2019/old.md" not in " ".join(sources) and any("archive/2020" in s for s in sources)
    (tree / "verify.toml").write_text('exclude = ["drafts/"]\n')  # replaces the defaults: build/ is read again
    sources = sorted(Path(r["source"]).as_posix() for r in run("check", "--format", "json", ".").json()["reports"])
    assert any("build/out.html" in s for s in sources) and not any("drafts/" in s for s in sources)


def test_a_file_named_on_the_command_line_is_always_read(tree):
    assert found("node_modules/pkg/readme.md") == ["node_modules/pkg/readme.md"]


def test_excludes_are_relative_to_the_config_folder(tree):
    only_root_archive = Excludes(("/archive/",), tree)
    assert "drafts/a.md" in found("drafts", excludes_for=lambda folder: only_root_archive)
    assert not [p for p in found(".", excludes_for=lambda folder: only_root_archive) if "archive" in p]

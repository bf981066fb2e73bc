"""CI behaviour: --diff against a git ref, baselines, --jobs, --fail-on."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

FIRST = ("Acme's revenue was €4.8bn, the company said.\n\n"
         "CEO Jane Roe spoke first.\n\n"
         "Later, finance chief Jane Roe spoke.\n")


def git(folder: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@example.invalid", "PATH": "/usr/bin:/bin", "HOME": str(folder)})


@pytest.fixture
def repo(tmp_path):
    git(tmp_path, "init", "-q", "-b", "main")
    draft = tmp_path / "draft.md"
    draft.write_text(FIRST)
    git(tmp_path, "add", "draft.md")
    git(tmp_path, "commit", "-q", "-m", "first draft")
    return tmp_path


def rules_of(result) -> list[str]:
    return [line.split()[2] for line in result.out.splitlines()]


def test_diff_keeps_only_findings_touching_changed_lines(run, repo):
    draft = repo / "draft.md"
    draft.write_text(FIRST + "\nAcme's revenue was €4.6bn, analysts said.\n")
    git(repo, "commit", "-q", "-am", "second draft")
    everything = run("check", "--no-config", "--format", "concise", draft)
    assert sorted(rules_of(everything)) == ["attribution.title", "number.mismatch"]
    changed = run("check", "--no-config", "--format", "concise", "--diff", "HEAD~1", draft)
    assert rules_of(changed) == ["number.mismatch"]  # the new sentence is one side of it
    assert run("check", "--no-config", "--format", "concise", "--diff", "HEAD", draft).out == ""


def test_diff_counts_a_contradiction_when_the_other_side_changed(run, repo):
    draft = repo / "draft.md"
    draft.write_text(FIRST.replace("CEO Jane Roe", "CEO Jane Roe, 51,"))  # edits the earlier side only
    git(repo, "commit", "-q", "-am", "edit the first side")
    assert rules_of(run("check", "--no-config", "--format", "concise", "--diff", "HEAD~1", draft)) == [
        "attribution.title"]


def test_untracked_file_counts_as_changed_and_bad_ref_is_exit_2(run, repo):
    new = repo / "new.md"
    new.write_text(FIRST)
    assert len(rules_of(run("check", "--no-config", "--format", "concise", "--diff", "HEAD", new))) == 1
    bad = run("check", "--diff", "no-such-ref", new)
    assert bad.status == 2 and "unknown git ref 'no-such-ref'" in bad.err


def test_diff_uses_the_merge_base_not_the_tip_of_the_ref(run, repo):
    """main moves on after the branch leaves it: its new lines are not the branch's changes."""
    draft = repo / "draft.md"
    git(repo, "checkout", "-q", "-b", "feature")
    draft.write_text(FIRST + "\nThe board met on Tuesday.\n")  # the branch adds a harmless line
    git(repo, "commit", "-q", "-am", "feature line")
    git(repo, "checkout", "-q", "main")
    draft.write_text(FIRST.replace("CEO Jane Roe spoke first.", "CEO Jane Roe spoke first, briefly."))
    git(repo, "commit", "-q", "-am", "main edits the CEO line")
    git(repo, "checkout", "-q", "feature")
    # Diffed against main's tip, line 3 (the CEO's title, one side of attribution.title) looks changed.
    assert rules_of(run("check", "--no-config", "--format", "concise", "--diff", "main", draft)) == []
    draft.write_text(draft.read_text() + "\nAcme's revenue was €4.6bn, analysts said.\n")  # not committed
    assert rules_of(run("check", "--no-config", "--format", "concise", "--diff", "main", draft)) == [
        "number.mismatch"]


def test_diff_with_stdin_filename_diffs_the_buffer(run, repo):
    draft = repo / "draft.md"
    buffer = FIRST + "\nAcme's revenue was €4.6bn, analysts said.\n"  # unsaved: the file on disk is unchanged
    result = run("check", "--no-config", "--format", "concise", "--diff", "HEAD", "--stdin-filename", draft, "-",
                 stdin=buffer)
    assert rules_of(result) == ["number.mismatch"] and result.out.startswith(f"{draft}:7:")
    unchanged = run("check", "--no-config", "--format", "concise", "--diff", "HEAD", "--stdin-filename", draft,
                    "-", stdin=FIRST)
    assert unchanged.out == "" and unchanged.status == 0
    bare = run("check", "--diff", "HEAD", "-", stdin=buffer)
    assert bare.status == 2 and "needs --stdin-filename" in bare.err


def test_diff_outside_git_is_exit_2(run, tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(FIRST)
    result = run("check", "--diff", "HEAD", draft)
    assert result.status == 2 and "needs a git repository" in result.err


def test_baseline_hides_known_findings_but_not_new_ones(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    draft = tmp_path / "draft.md"
    draft.write_text(FIRST + "\nLater, Acme's revenue was €4.6bn.\n")
    written = run("baseline", "write", "--no-config", "draft.md")
    assert written.status == 0 and "2 finding(s)" in written.out
    assert run("check", "--no-config", "--baseline", "verify-baseline.json", "draft.md").status == 0
    draft.write_text("Intro line added on top.\n\n" + FIRST + "\nLater, Acme's revenue was €4.6bn.\n")
    moved = run("check", "--no-config", "--format", "concise", "--baseline", "verify-baseline.json", "draft.md")
    assert rules_of(moved) == []  # line numbers moved: keyed by text, so still known
    draft.write_text(FIRST + "\nLater, Acme's revenue was €4.5bn.\n")
    new = run("check", "--no-config", "--format", "concise", "--baseline", "verify-baseline.json", "draft.md")
    assert rules_of(new) == ["number.mismatch"]


def test_missing_baseline_is_exit_2(run, tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(FIRST)
    result = run("check", "--baseline", tmp_path / "none.json", draft)
    assert result.status == 2 and "baseline file not found" in result.err


def test_jobs_give_the_same_json_in_the_same_order(run, tmp_path):
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    articles = []
    for index in range(8):
        for seed in sorted(seeds.iterdir()):
            target = tmp_path / f"{index:02d}-{seed.name}"
            target.write_text(seed.read_text().replace("2026", str(2020 + index)))
            articles.append(target)
    one = run("check", "--no-config", "--format", "json", "--jobs", "1", *articles)
    two = run("check", "--no-config", "--format", "json", "--jobs", "2", *articles)
    assert one.out == two.out and one.status == two.status
    assert len(one.json()["reports"]) == 32


def test_jobs_must_be_positive(run, tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(FIRST)
    result = run("check", "--jobs", "0", draft)
    assert result.status == 2 and "--jobs must be 1 or more" in result.err


def test_baseline_prune_drops_fixed_findings(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    draft = tmp_path / "draft.md"
    draft.write_text(FIRST + "\nLater, Acme's revenue was €4.6bn.\n")
    run("baseline", "write", "--no-config", "draft.md")
    draft.write_text(FIRST)  # the revenue contradiction is fixed
    pruned = run("baseline", "prune", "--no-config", "draft.md")
    assert pruned.status == 0 and "1 entry no longer produced" in pruned.out
    import json

    keys = [e["key"] for e in json.loads((tmp_path / "verify-baseline.json").read_text())["entries"]]
    assert len(keys) == 1 and "attribution.title" in keys[0]


def test_baseline_write_o_writes_that_file_keyed_from_the_config_root(run, tmp_path, monkeypatch):
    import json

    project = tmp_path / "site"
    (project / "drafts").mkdir(parents=True)
    (project / "verify.toml").write_text("ignore = []\n")
    draft = project / "drafts" / "story.md"
    draft.write_text(FIRST)
    monkeypatch.chdir(project / "drafts")  # run from a subfolder
    target = tmp_path / "elsewhere.json"
    written = run("baseline", "write", "-o", target, "story.md")
    assert written.status == 0 and written.out.startswith(f"{target}: 1 finding(s)")
    assert not (project / "drafts" / "verify-baseline.json").exists()
    (entry,) = json.loads(target.read_text())["entries"]
    assert entry["key"].startswith("drafts/story.md|attribution.title|")
    monkeypatch.chdir(project)  # the same baseline applies from the project root
    assert run("check", "--format", "concise", "--baseline", target, "drafts/story.md").out == ""
    monkeypatch.chdir(tmp_path)
    assert run("check", "--format", "concise", "--baseline", target, draft).out == ""


def test_jobs_are_capped_at_the_cpus_with_a_line_saying_so(run, tmp_path):
    articles = []
    for index in range(4):
        path = tmp_path / f"a{index}.md"
        path.write_text(f"Acme's revenue was €4.{index}bn.\n\nLater, Acme's revenue was €4.9bn.\n")
        articles.append(path)
    cpus = len(os.sched_getaffinity(0))
    many = run("check", "--no-cache", "--no-config", "--format", "json", "--jobs", "100000", *articles)
    one = run("check", "--no-cache", "--no-config", "--format", "json", "--jobs", "1", *articles)
    assert many.out == one.out and many.status == one.status == 1
    assert many.err == f"verify: warning: --jobs 100000 is more than the {cpus} CPU(s) this process may use; " \
                       f"using {cpus}\n"


def _children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        found |= {int(child) for child in (task / "children").read_text().split()}
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc to find the workers")
def test_workers_die_with_the_parent(tmp_path):
    seed = (ROOT / "seeds" / "harbor-city-budget.txt").read_text()
    for index in range(400):
        (tmp_path / f"a{index}.txt").write_text(seed.replace("2026", str(1990 + index % 30)))
    parent = subprocess.Popen([sys.executable, "-m", "verify", "check", "--no-cache", "--no-config",
                               "--format", "json", "--jobs", "2", str(tmp_path)], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, cwd=ROOT)
    deadline = time.monotonic() + 60
    workers: set[int] = set()
    while time.monotonic() < deadline and len(workers) < 2 and parent.poll() is None:
        workers = {pid for pid in _children(parent.pid) if _alive(pid)}
        time.sleep(0.05)
    assert len(workers) >= 2, "the pool never started"
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in workers)

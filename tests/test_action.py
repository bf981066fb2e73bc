"""The GitHub Action's check step, run as GitHub runs it: in a shallow checkout of a pull request.

actions/checkout fetches one commit, so the step must fetch enough history for the merge base
that ``--diff`` counts from; main moving on after the branch left it must not be blamed on it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT

FIRST = ("Acme's revenue was €4.8bn, the company said.\n\nCEO Jane Roe spoke first.\n\n"
         "Later, finance chief Jane Roe spoke.\n")
ENV = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid", "GIT_COMMITTER_NAME": "t",
       "GIT_COMMITTER_EMAIL": "t@example.invalid", "GIT_CONFIG_NOSYSTEM": "1"}


def git(folder: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True,
                   env={**os.environ, **ENV, "HOME": str(folder)})


def check_step() -> str:
    steps = yaml.safe_load((ROOT / "action.yml").read_text())["runs"]["steps"]
    return next(step["run"] for step in steps if step.get("id") == "check")


@pytest.fixture
def pull_request(tmp_path):
    """A remote whose main moved on after a feature branch left it, and a depth-1 checkout of the branch."""
    origin = tmp_path / "origin"
    origin.mkdir()
    git(origin, "init", "-q", "-b", "main")
    (origin / "draft.md").write_text(FIRST)
    git(origin, "add", "draft.md")
    git(origin, "commit", "-q", "-m", "first draft")
    for index in range(3):
        (origin / f"other{index}.md").write_text("Text.\n")
        git(origin, "add", ".")
        git(origin, "commit", "-q", "-m", f"other {index}")
    git(origin, "checkout", "-q", "-b", "feature")
    (origin / "draft.md").write_text(FIRST + "\nAcme's revenue was €4.6bn, analysts said.\n")
    git(origin, "commit", "-q", "-am", "the branch adds a contradiction")
    git(origin, "checkout", "-q", "main")
    (origin / "draft.md").write_text(FIRST.replace("spoke first.", "spoke first, briefly."))
    git(origin, "commit", "-q", "-am", "main edits the CEO line")
    checkout = tmp_path / "checkout"
    subprocess.run(["git", "clone", "-q", "--depth=1", "--branch", "feature", origin.as_uri(), str(checkout)],
                   check=True, capture_output=True)
    return checkout


def test_the_check_step_finds_the_merge_base_in_a_shallow_checkout(pull_request, tmp_path):
    output, summary = tmp_path / "github-output", tmp_path / "step-summary"
    env = {**os.environ, **ENV, "HOME": str(tmp_path), "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
           "VERIFY_PATHS": "draft.md", "VERIFY_FORMAT": "github", "VERIFY_FAIL_ON": "error",
           "VERIFY_FILTER": "added", "VERIFY_ARGS": "--no-config", "BASE_REF": "main",
           "GITHUB_OUTPUT": str(output), "GITHUB_STEP_SUMMARY": str(summary)}
    result = subprocess.run(["bash", "-e", "-c", check_step()], cwd=pull_request, env=env, capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::")]
    # Only the branch's contradiction: the CEO's two titles sit on a line main changed, not the branch.
    assert len(annotations) == 1 and "number.mismatch" in annotations[0] and "line=7" in annotations[0]
    assert output.read_text().strip() == "status=1"

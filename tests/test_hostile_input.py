"""Hostile and broken input: bounded time, clear refusals.

The time limits are generous (a regression to quadratic behaviour takes minutes on
these sizes, linear code well under a second); benchmarks/adversarial.py measures.
"""

from __future__ import annotations

import os
import time
from datetime import date

import pytest

from verify.engine import RuleSet, run_rules
from verify.extract import extract_claims
from verify.loaders import parse

RULES = RuleSet.default()


def seconds_to_check(source: str, fmt: str = "text") -> float:
    start = time.perf_counter()
    doc = parse("hostile", source, fmt)
    run_rules(doc, extract_claims(doc, date(2026, 4, 10)), date(2026, 4, 10), RULES)
    return time.perf_counter() - start


@pytest.mark.parametrize(("source", "fmt"), [
    ("7" * 300_000, "text"),
    ("$" * 100_000, "text"),
    ('"' * 100_000, "text"),
    ("<div>" * 10_000 + "It cost $5m." + "</div>" * 10_000, "html"),
    ("$5 " * 30_000, "text"),                                                       # one run-on sentence of amounts
    ("Quillon ranked third. Quillon finished fourth. " * 3_000, "markdown"),        # thousands of conflicts
    ('"We will build plant number 7 in Ohio soon," said Dana Whitlock. ' * 2_000, "text"),
    ("<!-- verify-ignore number -- x -->\nAcme's revenue was €4.8bn.\n\n" * 2_000, "markdown"),
    ("# verify-ignore number" + " " * 300_000 + "date\nIt cost $5m.\n", "text"),  # blanks in a suppression
    ("<!-- verify-ignore number" + " " * 300_000 + "date -->\nIt cost $5m.\n", "markdown"),
    ("<!-- verify-ignore " + "--> " * 100_000 + "x\n", "text"),
    ("---\ntitle: " + "a" * 300_000 + "\n----x\n" * 2_000, "markdown"),          # front matter never closed
    ("+++\ntitle = 'x'\n" + "+++x\n" * 50_000, "markdown"),
])
def test_adversarial_input_finishes_in_bounded_time(source, fmt):
    assert seconds_to_check(source, fmt) < 20


def test_empty_file_is_an_article_with_no_claims(run, tmp_path):
    empty = tmp_path / "empty.md"
    empty.write_text("")
    result = run("check", "--format", "json", empty)
    assert result.status == 0 and result.json()["reports"][0]["claims"] == []


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks on this system")
def test_symlink_loop_is_refused_in_one_line(run, tmp_path):
    loop = tmp_path / "loop.md"
    os.symlink(loop, loop)
    result = run("check", loop)
    assert result.status == 2 and len(result.err.strip().splitlines()) == 1 and "loop.md" in result.err


def test_symlink_loop_in_a_folder_is_skipped(run, tmp_path):
    (tmp_path / "a.md").write_text("Acme raised $5m.\n")
    os.symlink(tmp_path, tmp_path / "again")  # a folder that contains itself
    result = run("check", "--format", "concise", tmp_path)
    assert result.status == 0


def test_crlf_and_lone_cr_keep_lines_and_columns_right(run, tmp_path):
    draft = tmp_path / "crlf.txt"
    draft.write_bytes("Intro.\r\nAcme's revenue was €4.8bn.\r\rLater, Acme's revenue was €4.6bn.\r\n".encode())
    line = run("check", "--format", "concise", draft).out.strip()
    assert line.startswith(f"{draft}:4:27: error number.mismatch")

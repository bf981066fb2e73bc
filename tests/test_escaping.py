"""Control and bidi characters from articles, sources and file names come out visible (issue 15, item 3)."""

from __future__ import annotations

import os
import re

import pytest

from verify.formats.escape import visible

ESC = "\x1b[2K\x1b]52;c;ZXZpbA==\x07"  # erase the line, then write the clipboard (OSC 52), then BEL
ARTICLE = (f"Acme's revenue was €4.8bn.{ESC} Meanwhile \u202e the rest \u2066here\u2069.\n\n"
           "Later, Acme's revenue was €4.6bn.\x1b[1A\x9b\n")
RAW = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def raw_controls(text: str) -> list[str]:
    """Raw control or bidi characters in output, newlines between lines aside."""
    return [c for line in text.split("\n") for c in RAW.findall(line)]


@pytest.mark.parametrize("fmt", ["text", "concise", "markdown", "github"])
def test_article_controls_are_visible_in_human_and_ci_formats(run, tmp_path, fmt):
    draft = tmp_path / "draft.md"
    draft.write_text(ARTICLE)
    result = run("check", "--no-cache", "--color", "never", "--format", fmt, draft)
    assert result.status == 1 and raw_controls(result.out) == []
    if fmt == "text":
        assert "Later, Acme's revenue was €4.6bn.\\x1b[1A\\x9b" in result.out


def test_the_caret_still_points_at_the_claim_when_escapes_widen_the_line(run, tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text("Acme's revenue was €4.8bn.\n\n\x1b[31m\x1b[0m Later, Acme's revenue was €4.6bn.\n")
    lines = run("check", "--no-cache", "--color", "never", draft).out.splitlines()
    excerpt, carets = lines[1], lines[2]
    start = carets.index("^")
    assert excerpt[start:start + len("€4.6bn")] == "€4.6bn" and carets[start:].strip() == "^" * len("€4.6bn")


def test_bidi_controls_cannot_reorder_a_figure(run, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("Acme's revenue was $5 million.\n\nLater, Acme's revenue was \u202e$7 million\u202c.\n")
    out = run("check", "--no-cache", "--color", "never", draft).out
    assert "was U+202E$7 millionU+202C." in out and "\u202e" not in out


@pytest.mark.parametrize("fmt", ["text", "concise", "markdown", "github"])
def test_a_file_name_with_a_newline_or_escape_cannot_inject_lines(run, tmp_path, fmt):
    name = "draft\n::error file=x.md,line=1::forged \x1b[2K|`x`|.md"
    draft = tmp_path / name
    draft.write_text("Acme's revenue was €4.8bn.\n\nLater, Acme's revenue was €4.6bn.\n")
    report = tmp_path / "report.out"
    result = run("check", "--no-cache", "--color", "never", "--format", fmt, "-o", report, draft)
    for text in (result.out, report.read_text()):
        assert raw_controls(text) == []
        assert not any(line.startswith("::error file=x.md") for line in text.splitlines())
    assert "draft\\x0a::error" in result.out  # the summary line names the file visibly
    if fmt == "markdown":
        rows = [line for line in report.read_text().splitlines() if line.startswith("| ") and "draft" in line]
        assert len(rows) == 1 and rows[0].replace("\\|", "").count("|") == 6  # the table keeps its columns
        link = re.search(r"\]\(([^)]*)\)", report.read_text()).group(1)
        assert " " not in link and "\n" not in link and "|" not in link


def test_an_error_about_a_file_shows_its_name_visibly(run, tmp_path):
    result = run("check", tmp_path / "gone\x1b]52;c;eA==\x07.md")
    assert result.status == 2 and raw_controls(result.err) == [] and "gone\\x1b]52;c;eA==\\x07.md" in result.err


def test_evidence_listings_show_controls_from_sources_visibly(run, tmp_path):
    store = f"sqlite:///{tmp_path / 'e.sqlite'}"
    page = tmp_path / "release.html"
    page.write_text(f"<html><head><title>Results {ESC}\u202e</title></head><body><p>Acme Corp's revenue "
                    f"rose to $5 million{ESC}, said Jane Roe.</p></body></html>")
    assert run("evidence", "add", "--store", store, page).status == 0
    for command in (["list"], ["search", "Results"], ["show", "1"]):
        out = run("evidence", *command, "--store", store).out
        assert out and raw_controls(out) == [] and "\\x1b]52" in out, command


def test_visible_escapes_every_control_and_nothing_else():
    for code in [*range(0x20), *range(0x7F, 0xA0)]:
        if code != 0x09:
            assert visible(chr(code)) == f"\\x{code:02x}"
    for char in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u2028\u2029":
        assert visible(char) == f"U+{ord(char):04X}"
    ordinary = "Tab\tcafé — ½ 你好 مرحبا \\ \u00a0 \u200b"
    assert visible(ordinary) == ordinary


def test_no_raw_control_survives_in_any_escaped_text():
    text = "".join(chr(c) for c in range(0x3000)) + os.urandom(64).decode("latin-1")
    assert raw_controls(visible(text)) == []

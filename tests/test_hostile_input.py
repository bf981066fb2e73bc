"""Hostile and broken input: bounded time, clear refusals.

The time limits are generous (a regression to quadratic behaviour takes minutes on
these sizes, linear code well under a second); benchmarks/adversarial.py measures.
"""

from __future__ import annotations

import codecs
import os
import subprocess
import sys
import time
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from verify.engine import RuleSet, run_rules
from verify.errors import InputError
from verify.extract import extract_claims
from verify.loaders import parse

RULES = RuleSet.default()


def seconds_to_check(source: str, fmt: str = "text") -> float:
    """CPU seconds (a machine busy with other work does not count against the bound)."""
    start = time.process_time()
    doc = parse("hostile", source, fmt)
    run_rules(doc, extract_claims(doc, date(2026, 4, 10)), date(2026, 4, 10), RULES)
    return time.process_time() - start


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


# Issue 15, item 7: non-regular inputs are refused with one line, never read without a bound.

def verify_process(*args: str, stdin=None, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "verify", *args], stdin=stdin, capture_output=True, text=True,
                          timeout=timeout, check=False)


@pytest.mark.parametrize(("path", "kind"), [("/dev/zero", "a character device"), ("/dev/null", "a character device")])
def test_a_device_named_as_an_article_is_refused_unread(run, path, kind):
    result = run("check", path)
    assert result.status == 2 and result.err == f"verify: error: {path}: not a regular file ({kind})\n"


def test_a_fifo_is_refused_at_once_alone_or_in_a_folder(tmp_path):
    os.mkfifo(tmp_path / "pipe.md")  # nobody ever writes to it: opening it for reading would block forever
    (tmp_path / "a.md").write_text("Acme raised $5m.\n")
    for target in (tmp_path / "pipe.md", tmp_path):
        result = verify_process("check", "--no-cache", str(target), timeout=30)
        assert result.returncode == 2
        assert f"{tmp_path / 'pipe.md'}: not a regular file (a FIFO)" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_dev_stdin_is_read_within_the_size_limit(tmp_path):
    big = tmp_path / "big.md"
    big.write_text("Acme raised $5m.\n" * 1000)
    with big.open("rb") as handle:  # stdin is a regular file: its size is checked
        result = verify_process("check", "--no-cache", "--max-size", "1k", "/dev/stdin", stdin=handle)
    assert result.returncode == 2 and "over the size limit of 1,024" in result.stderr
    with subprocess.Popen(["cat", str(big)], stdout=subprocess.PIPE) as pipe:  # stdin is a pipe: refused
        result = verify_process("check", "--no-cache", "--max-size", "1k", "/dev/stdin", stdin=pipe.stdout)
    assert result.returncode == 2 and "/dev/stdin: not a regular file (a FIFO)" in result.stderr
    piped = subprocess.run([sys.executable, "-m", "verify", "check", "--max-size", "1k", "-"],
                           input=big.read_bytes(), capture_output=True, check=False)
    assert piped.returncode == 2 and b"<stdin>: over the size limit of 1,024 bytes" in piped.stderr


def test_a_file_that_grows_past_its_stat_size_is_still_bounded(tmp_path, monkeypatch):
    from verify import files

    path = tmp_path / "a.md"
    path.write_text("x" * 5000)
    real_fstat = os.fstat
    monkeypatch.setattr(files.os, "fstat", lambda fd: os.stat_result((*real_fstat(fd)[:6], 10, *real_fstat(fd)[7:])))
    with pytest.raises(InputError, match="over the size limit of 1,000 bytes"):
        files.read_regular(path, 1000)


# Issue 15, item 15: what used to end in "internal error" is a one-line reason, exit 2.

def one_line_error(result, text: str) -> None:
    assert result.status == 2, result.err
    assert result.err.count("\n") == 1 and "internal error" not in result.err and text in result.err, result.err


@pytest.mark.parametrize("size", ["infM", "nanM", "-5", "0", "1e400", "20Q", ""])
def test_a_max_size_that_is_not_a_positive_size_is_a_usage_error(run, tmp_path, size):
    (tmp_path / "a.md").write_text("x\n")
    one_line_error(run("check", "--max-size", size, tmp_path / "a.md"), "invalid size")


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_extreme_publication_dates_resolve_what_they_can(run, tmp_path, day):
    draft = tmp_path / "a.md"
    draft.write_text("It happened last month, next year, a decade ago, in 10 years, on Friday, in March.\n")
    assert run("check", "--no-cache", "--format", "json", "--date", day, draft).status == 0


@pytest.mark.parametrize("sentence", ["It will happen in 8000 years.", "It ended 999999 weeks ago.",
                                      "Founded 9000 years ago, Acme is a 5-year-old firm."])
def test_relative_dates_past_the_calendar_are_left_out(run, tmp_path, sentence):
    draft = tmp_path / "a.md"
    draft.write_text(sentence + "\n")
    result = run("check", "--no-cache", "--format", "json", "--date", "2026-04-10", draft)
    assert result.status == 0 and all(c["type"] != "date" for c in result.json()["reports"][0]["claims"])


def test_an_impossible_front_matter_date_is_one_line(run, tmp_path):
    draft = tmp_path / "a.md"
    draft.write_text("---\ndate: 2026-02-30\n---\nAcme raised $5m.\n")
    one_line_error(run("check", "--no-cache", draft), "front matter holds an impossible date")


def test_a_config_that_is_a_folder_or_not_a_table_is_one_line(run, tmp_path):
    (tmp_path / "a.md").write_text("x\n")
    one_line_error(run("check", "--config", tmp_path, tmp_path / "a.md"), "is a directory")
    for text in ("tool = 5\n", "[tool]\nverify = 5\n"):
        (tmp_path / "pyproject.toml").write_text(text)
        one_line_error(run("check", "--config", tmp_path / "pyproject.toml", tmp_path / "a.md"),
                       "[tool.verify] must be a table")
    (tmp_path / "deep.toml").write_text("a = " + "[" * 5000 + "]" * 5000)
    one_line_error(run("check", "--config", tmp_path / "deep.toml", tmp_path / "a.md"), "nested too deeply")


@pytest.mark.parametrize(("data", "text"), [
    (codecs.BOM_UTF32_LE + "Acme raised $5m.".encode("utf-32-le"), None),
    (codecs.BOM_UTF32_BE + "Acme raised $5m.".encode("utf-32-be"), None),
    (b"Acme raised $5m. " * 5000 + b"\x00", "binary file, not an article"),  # a NUL after the first 64 KiB
])
def test_utf32_is_decoded_and_a_late_nul_is_binary(run, tmp_path, data, text):
    draft = tmp_path / "a.txt"
    draft.write_bytes(data)
    result = run("check", "--no-cache", "--format", "json", draft)
    if text:
        one_line_error(result, text)
    else:
        assert [c["text"] for c in result.json()["reports"][0]["claims"]] == ["$5m"]


# Issue 15, items 4 and 5: the loaders and the rule engine are linear on hostile shapes.

def cpu_seconds_to_check(source: str, fmt: str) -> float:
    start = time.process_time()  # CPU time: other processes on a busy machine do not count
    doc = parse("hostile", source, fmt)
    run_rules(doc, extract_claims(doc, date(2026, 4, 10)), date(2026, 4, 10), RULES)
    return time.process_time() - start


def growth(make, fmt: str, small: int) -> float:
    """How much longer a check takes on an input four times as large (linear code: about 4)."""
    cpu_seconds_to_check(make(small // 4), fmt)  # warm up the patterns
    times = [min(cpu_seconds_to_check(make(n), fmt) for _ in range(3)) for n in (small, small * 4)]
    return times[1] / max(times[0], 1e-2)


@pytest.mark.parametrize(("make", "fmt", "small"), [
    (lambda n: "[" * n, "markdown", 40_000),
    (lambda n: "![" * n, "markdown", 20_000),
    (lambda n: "[a](" * n, "markdown", 10_000),
    (lambda n: "<http:" * n, "markdown", 8_000),
    (lambda n: "```x\nAcme raised $5m.\n" * n, "markdown", 4_000),
    (lambda n: "<!-- verify-ignore number" + " " * n + "number -->\nAcme raised $5m.\n", "markdown", 40_000),
    (lambda n: "<p>" + "<a" * n, "html", 20_000),
    (lambda n: "<p>" + "<!x>" * n, "html", 10_000),
    (lambda n: "<p>" + "<!--x" * n, "html", 20_000),
    (lambda n: "<p>" + "<![x &#x; " * n + "</p>", "html", 10_000),
    (lambda n: "<!-- verify-disable number -- x -->\nAcme's revenue was €4.8bn.\n<!-- verify-enable number -->\n\n"
     * n, "markdown", 500),
])
def test_hostile_shapes_grow_linearly(make, fmt, small):
    assert growth(make, fmt, small) < 8  # quadratic code gives about 16


def test_marked_sections_and_broken_character_references_do_not_crash_the_html_parser():
    page = "<p>Acme raised $5m <![x]> and AT&#T, then &#; <![CDATA[ ok ]]> and <![if x]>y<![endif]>.</p>"
    doc = parse("a.html", page, "html")
    assert "Acme raised $5m" in doc.text and "AT&#T" in doc.text


def test_html_is_parsed_once():
    from unittest import mock

    from verify.loaders import html

    page = ('<html><head><title>T &amp; U</title><meta property="og:title" content="OG"><script '
            'type="application/ld+json">{"datePublished": "2026-03-02"}</script></head><body><p>x</p></body></html>')
    with mock.patch.object(html._ProseParser, "feed", autospec=True, side_effect=html._ProseParser.feed) as fed:
        doc = html.parse_html("a.html", page)
    assert fed.call_count == 1 and doc.title == "OG" and doc.published == date(2026, 3, 2)
    assert html.parse_html("b.html", page.replace('<meta property="og:title" content="OG">', "")).title == "T & U"


@given(st.lists(st.integers(0, 3), max_size=40))
def test_scope_look_up_gives_the_innermost_scope(depth_changes):
    from verify.document import Document

    scopes, stack, offset = [], [], 0
    for change in depth_changes:  # a random well-nested tree of scopes, closed in order (inner first)
        offset += 1
        if change and len(stack) < 4:
            stack.append((offset, ["list", "blockquote", "heading"][change - 1]))
        elif stack:
            start, name = stack.pop()
            scopes.append((start, offset, name))
    doc = Document.from_plain("a", "x" * (offset + 2))
    doc.scopes = scopes
    for at in range(offset + 2):
        expected = next((name for start, end, name in scopes if start <= at < end), "paragraph")
        assert doc.scope_at(at) == expected


@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 10), st.booleans()), max_size=25))
def test_claims_inside_quotes_are_found_in_one_sweep(spans):
    from verify.claims import Claim
    from verify.engine import _inside_quotes

    claims = [Claim("quote" if is_quote else "money", start, start + length, {}) for start, length, is_quote in spans]
    expected = {id(c) for c in claims
                if any(q.type == "quote" and q is not c and q.start <= c.start < q.end for q in claims)}
    assert _inside_quotes(claims) == expected


def test_a_fifo_matched_by_a_glob_is_refused_with_a_line(tmp_path):
    os.mkfifo(tmp_path / "pipe.md")
    (tmp_path / "a.md").write_text("Acme raised $5m.\n")
    result = verify_process("check", "--no-cache", str(tmp_path / "*.md"), timeout=30)
    assert result.returncode == 2 and result.stderr.strip().endswith("pipe.md: not a regular file (a FIFO)")

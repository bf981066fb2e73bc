"""``verify summarize``: totals of a ``--format jsonl`` run, and one-line errors for what is not one."""

from __future__ import annotations

CONTRADICTION = "Acme's revenue was €4.8bn in 2025.\n\nLater, Acme's revenue was €4.6bn in 2025.\n"


def test_text_totals_by_rule_and_folder(run, tmp_path):
    for folder in ("politics", "sport"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.md").write_text(CONTRADICTION)
    (tmp_path / "sport" / "b.md").write_bytes(b"\x00binary")
    report = tmp_path / "run.jsonl"
    assert run("check", "--no-config", "--no-cache", "--format", "jsonl", "-o", report, tmp_path).status == 2
    out = run("summarize", report).out.splitlines()
    assert out[0] == f"{report}: 3 articles (1 unreadable), 8 claims; 2 errors, 0 warnings, 0 infos"
    assert out[2:4] == ["rule             errors  warnings  infos  articles",
                        "number.mismatch       2         0      0         2"]
    assert [line.split() for line in out[5:]] == [
        ["folder", "articles", "unreadable", "errors", "warnings", "infos"],
        [str(tmp_path / "politics"), "1", "0", "1", "0", "0"],
        [str(tmp_path / "sport"), "2", "1", "1", "0", "0"]]
    assert run("summarize", "-", stdin=report.read_text()).out.splitlines()[1:] == out[1:]


def test_a_line_that_is_not_a_report_is_named(run, tmp_path):
    report = tmp_path / "run.jsonl"
    report.write_text('{"source": "a.md", "message": "a.md: no such file"}\n[1, 2]\n')
    result = run("summarize", report)
    assert result.status == 2 and result.out == ""
    assert result.err == f"verify: error: {report}:2: not a report of verify check --format jsonl " \
        "(no source and findings)\n"
    report.write_text("{truncated\n")
    assert run("summarize", report).err.startswith(f"verify: error: {report}:1: not JSON (")


def test_a_missing_or_binary_report_is_one_line(run, tmp_path):
    missing = run("summarize", tmp_path / "none.jsonl")
    assert missing.status == 2 and missing.err == f"verify: error: {tmp_path / 'none.jsonl'}: no such file\n"
    binary = tmp_path / "run.jsonl"
    binary.write_bytes(b"\xff\xfe\x00")
    result = run("summarize", binary)
    assert result.status == 2 and result.err == f"verify: error: {binary}: not UTF-8 text; is this verify " \
        "check --format jsonl output?\n"

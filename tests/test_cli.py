"""The command line: exit codes, one-line errors, formats, output files, stdin."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED, SEEDS

CONTRADICTION = "Acme's revenue was €4.8bn in the report.\n\nLater, Acme's revenue was €4.6bn.\n"


def assert_one_line_error(result, fragment: str) -> None:
    assert result.status == 2
    assert result.out == ""
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("verify: error: ") and fragment in lines[0]
    assert "Traceback" not in result.err


def test_missing_file(run):
    assert_one_line_error(run("check", "no/such/draft.md"), "no/such/draft.md: no such file")


def test_directory_without_articles(run, tmp_path):
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    assert_one_line_error(run("check", tmp_path), "directory has no articles")


def test_binary_file(run, tmp_path):
    path = tmp_path / "draft.txt"
    path.write_bytes(b"\x00\x01\x02binary")
    assert_one_line_error(run("check", path), "binary file")


def test_unreadable_file(run, tmp_path, monkeypatch):
    path = tmp_path / "draft.md"
    path.write_text("text")

    def refuse(*args):
        raise PermissionError(13, "Permission denied")

    from verify import files

    monkeypatch.setattr(files.os, "open", refuse)
    assert_one_line_error(run("check", path), "permission denied")


def test_bad_date(run):
    assert_one_line_error(run("check", "--date", "2026-13-40", SEED), "invalid date '2026-13-40'")


def test_unknown_format(run):
    assert_one_line_error(run("check", "--format", "yaml", SEED), "invalid choice: 'yaml'")


def test_glob_that_matches_nothing(run, tmp_path):
    assert_one_line_error(run("check", str(tmp_path / "*.md")), "no files match")


def test_file_over_the_size_limit(run, tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("x" * 2048)
    assert_one_line_error(run("check", "--max-size", "1k", path), "over the size limit")


def test_missing_command(run):
    assert_one_line_error(run(), "required")


def test_unknown_rule_in_explain(run):
    assert_one_line_error(run("explain", "no.such-rule"), "unknown rule 'no.such-rule'")


def test_clean_article_exits_zero(run):
    result = run("check", "--date", "2026-04-10", SEED)
    assert result.status == 0 and "28 claims, 0 errors, 0 warnings" in result.out


def test_error_finding_exits_one_and_fail_on_controls_it(run, tmp_path):
    path = tmp_path / "draft.md"
    path.write_text(CONTRADICTION)
    assert run("check", path).status == 1
    assert run("check", "--fail-on", "never", path).status == 0
    assert run("check", "--exit-zero", path).status == 0


def test_warning_fails_only_with_fail_on_warning(run):
    args = ("check", "--date", "2026-06-12", SEED)
    assert run(*args).status == 0
    assert run(*args, "--fail-on", "warning").status == 1


def test_json_is_valid_against_the_contract(run, schema_validator):
    result = run("check", "--format", "json", "--date", "2026-04-10", *sorted(SEEDS.iterdir()))
    document = result.json()
    schema_validator.validate(document)
    assert [Path(r["source"]).name for r in document["reports"]] == sorted(p.name for p in SEEDS.iterdir())
    assert document["tool"] == {"name": "verify", "version": "0.3.0"}


def test_extract_json_is_valid_against_the_contract(run, schema_validator):
    result = run("extract", "--format", "json", "--date", "2026-04-10", SEED)
    schema_validator.validate(result.json())
    assert result.json()["published"] == "2026-04-10"


def test_extract_reads_stdin(run, schema_validator):
    result = run("extract", "--format", "json", "--date", "2026-04-10", "-",
                 stdin="Revenue rose 5% last month to $3m.")
    schema_validator.validate(result.json())
    assert [c["type"] for c in result.json()["claims"]] == ["percent", "date", "money"]


def test_stdin_filename_chooses_the_parser(run):
    result = run("extract", "--stdin-filename", "draft.html", "-", stdin="<p>It cost &euro;5m.</p>")
    (claim,) = result.json()["claims"]
    assert claim["text"] == "&euro;5m" and claim["value"]["currency"] == "EUR"


def test_directory_expands_to_articles_in_stable_order(run):
    result = run("check", "--format", "json", SEEDS)
    names = [Path(r["source"]).name for r in result.json()["reports"]]
    assert names == sorted(names) and len(names) == 4


def test_concise_format(run, tmp_path):
    path = tmp_path / "draft.md"
    path.write_text(CONTRADICTION)
    result = run("check", "--format", "concise", path)
    (line,) = result.out.splitlines()
    assert line.startswith(f"{path}:3:27: error number.mismatch ")


def test_text_format_shows_both_sides_excerpt_and_summary(run, tmp_path):
    path = tmp_path / "draft.md"
    path.write_text(CONTRADICTION)
    lines = run("check", path).out.splitlines()
    assert lines[0].startswith(f"{path}:3:27: error number.mismatch \"€4.6bn\"")
    assert lines[1].strip().startswith("3 | Later, Acme's revenue was €4.6bn.")
    assert lines[2].strip() == "| " + " " * 26 + "^^^^^^"
    assert lines[3].strip() == f"= other side: {path}:1:20 '€4.8bn'"
    assert lines[-2] == f"{path}: 2 claims, 1 error, 0 warnings, 0 infos (no publication date)"
    assert lines[-1] == "1 error, 0 warnings in 1 of 1 article; 2 claims checked"


def test_text_format_orders_findings_by_line_and_totals_a_batch(run, tmp_path):
    draft = tmp_path / "b-draft.md"
    draft.write_text("CEO Jane Roe spoke. Later, finance chief Jane Roe spoke.\n\n" + CONTRADICTION)
    clean = tmp_path / "a-clean.md"
    clean.write_text("Acme's revenue was €4.8bn.\n")
    out = run("check", tmp_path).out.splitlines()
    heads = [line for line in out if line.startswith(str(tmp_path))]
    assert [h.split()[2] for h in heads[:2]] == ["attribution.title", "number.mismatch"]  # a warning on line 1
    assert heads[2].startswith(f"{draft}: 2 claims, 1 error, 1 warning")  # the clean one has no summary line
    assert len(heads) == 3 and out[-1] == "1 error, 1 warning in 1 of 2 articles; 3 claims checked"
    assert not any(line.endswith(": claims") for line in out)  # no claim listing by default
    listed = run("check", "--show-claims", tmp_path).out
    assert f"{clean}: claims" in listed and f"{clean}: 1 claim, 0 errors" in listed
    quiet = run("check", "--quiet", tmp_path).out.splitlines()
    assert [line.split()[2] for line in quiet if line.startswith(str(tmp_path))] == [
        "attribution.title", "number.mismatch"] and "checked" not in quiet[-1]


def test_text_summary_says_relative_dates_need_a_date(run):
    assert "relative dates left unresolved; give --date YYYY-MM-DD" in run("check", SEED).out


def test_no_colour_when_not_a_terminal(run):
    assert "\x1b[" not in run("check", SEED).out
    assert "\x1b[" in run("check", "--color", "always", SEED).out


def test_output_file_is_written_whole(run, tmp_path):
    target = tmp_path / "report.json"
    result = run("check", "--format", "json", "-o", target, SEED)
    assert json.loads(target.read_text())["reports"]
    assert result.out.startswith(f"{SEED}: 28 claims")  # the text summary still goes to stdout
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_nothing_is_written_when_the_command_line_fails(run, tmp_path):
    target = tmp_path / "report.json"
    result = run("check", "--format", "json", "--select", "nosuch", "-o", target, SEED)
    assert result.status == 2 and not target.exists()


def bad_batch(folder: Path) -> list[Path]:
    """A clean draft, a binary .md, one with a contradiction, UTF-16 cut in half, and a missing file."""
    (folder / "a-clean.md").write_text("Acme's revenue was €4.8bn.\n")
    (folder / "b-binary.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "c-flagged.md").write_text(CONTRADICTION)
    (folder / "d-utf16.md").write_bytes(b"\xff\xfe" + "Acme".encode("utf-16-le") + b"\x00")
    return [folder / "a-clean.md", folder / "b-binary.md", folder / "c-flagged.md", folder / "d-utf16.md",
            folder / "e-missing.md"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_unreadable_file_is_its_own_error_and_the_batch_goes_on(run, tmp_path, jobs):
    paths = bad_batch(tmp_path)
    result = run("check", "--format", "concise", "--jobs", jobs, *paths)
    assert result.status == 2
    assert result.err.splitlines() == [f"verify: error: {paths[1]}: binary file, not an article",
                                       f"verify: error: {paths[3]}: invalid UTF-16 text",
                                       f"verify: error: {paths[4]}: no such file"]
    assert result.out.splitlines()[0].startswith(f"{paths[2]}:3:27: error number.mismatch ")


def test_unreadable_files_in_every_machine_format(run, tmp_path, schema_validator):
    import jsonschema

    paths = bad_batch(tmp_path)
    document = run("check", "--format", "json", *paths).json()
    schema_validator.validate(document)
    assert [Path(r["source"]).name for r in document["reports"]] == ["a-clean.md", "c-flagged.md"]
    assert document["reports"][1]["summary"]["errors"] == 1
    assert [(Path(e["source"]).name, e["message"].split(": ", 1)[1]) for e in document["errors"]] == [
        ("b-binary.md", "binary file, not an article"), ("d-utf16.md", "invalid UTF-16 text"),
        ("e-missing.md", "no such file")]
    sarif = run("check", "--format", "sarif", *paths).json()
    jsonschema.Draft7Validator(json.loads((ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json").read_text())
                               ).validate(sarif)
    (invocation,) = sarif["runs"][0]["invocations"]
    assert not invocation["executionSuccessful"] and len(invocation["toolExecutionNotifications"]) == 3
    assert len(sarif["runs"][0]["results"]) == 1
    junit = run("check", "--format", "junit", *paths)
    assert junit.status == 2 and 'tests="5" failures="1" errors="3"' in junit.out
    github = run("check", "--format", "github", *paths).out.splitlines()
    assert github[0] == f"::error file={paths[1]},title=verify::{paths[1]}: binary file, not an article"
    assert len(github) == 4


def test_with_output_file_the_others_are_written_whole(run, tmp_path):
    paths = bad_batch(tmp_path)
    target = tmp_path / "out" / "report.json"
    target.parent.mkdir()
    result = run("check", "--format", "json", "-o", target, *paths)
    assert result.status == 2 and len(json.loads(target.read_text())["reports"]) == 2
    assert [p.name for p in target.parent.iterdir()] == ["report.json"]


def test_baseline_is_not_written_when_an_article_cannot_be_read(run, tmp_path):
    paths = bad_batch(tmp_path)
    baseline = tmp_path / "baseline.json"
    result = run("baseline", "write", "--baseline-file", baseline, *paths)
    assert result.status == 2 and "could not be read" in result.err and not baseline.exists()


def test_rules_lists_every_rule(run):
    from verify.rules import load_builtin_rules

    lines = run("rules").out.splitlines()
    assert len(lines) == len(load_builtin_rules()) + 1 == 46  # and suppression.unused
    assert lines[-1].startswith("suppression.unused ") and "silences nothing" in lines[-1]
    assert any(line.startswith("conversion.rate") and "VFY201" in line for line in lines)


def test_explain_shows_description_and_both_examples(run):
    out = run("explain", "conversion.rate").out
    assert "ECB" in out and "Fails (published 2026-04-10):" in out and "Passes:" in out
    assert run("explain", "VFY201").out == out


@pytest.mark.parametrize("args", [["--version"], ["check", "--help"]])
def test_version_and_help_exit_zero(args, capsys):
    from verify.cli import main

    with pytest.raises(SystemExit) as stop:
        main(args)
    assert stop.value.code == 0


def test_console_script_and_module_entry_point():
    env = {**os.environ, "NO_COLOR": "1"}
    module = subprocess.run([sys.executable, "-m", "verify", "check", "--date", "2026-04-10", str(SEED)],
                            capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert module.returncode == 0 and "28 claims" in module.stdout


def test_check_does_not_import_the_evidence_stack():
    code = (f"import sys; from verify.cli import main; main(['check', '--date', '2026-04-10', {str(SEED)!r}]);"
            "bad = [m for m in ('httpx', 'sqlmodel', 'sqlalchemy', 'bs4') if m in sys.modules];"
            "print(bad)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_an_unexpected_error_is_one_line_not_a_traceback(run, monkeypatch, tmp_path):
    import verify.cli

    def broken(*args, **kwargs):
        raise ValueError("boom")

    monkeypatch.setattr(verify.cli, "_check_paths", broken)
    draft = tmp_path / "draft.md"
    draft.write_text("text")
    result = run("check", draft)
    assert result.status == 2 and result.err.strip() == (
        "verify: internal error: ValueError: boom (please report it; VERIFY_DEBUG=1 shows the traceback)")


def test_output_file_has_the_usual_mode_and_keeps_an_existing_one(run, tmp_path):
    old = os.umask(0o022)
    try:
        fresh = tmp_path / "fresh.json"
        run("check", "--format", "json", "-o", fresh, SEED)
        assert fresh.stat().st_mode & 0o777 == 0o644
        kept = tmp_path / "kept.json"
        kept.write_text("{}")
        kept.chmod(0o640)
        run("check", "--format", "json", "-o", kept, SEED)
        assert kept.stat().st_mode & 0o777 == 0o640 and json.loads(kept.read_text())["reports"]
    finally:
        os.umask(old)


def test_rules_and_explain_find_house_rules_by_config_discovery(run, tmp_path, monkeypatch):
    house = tmp_path / "house"
    house.mkdir()
    builtin = (ROOT / "rules" / "number.mismatch.toml").read_text()
    (house / "style.money.toml").write_text(builtin.replace('code = "VFY101"', 'code = "HSE101"'))
    (tmp_path / "verify.toml").write_text('rules = ["house"]\n')
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    assert any(line.startswith("style.money") and "HSE101" in line for line in run("rules").out.splitlines())
    assert run("explain", "HSE101").out.startswith("style.money (HSE101): ")
    assert "style.money" in run("explain", "style.mony").err  # did you mean, among house rules too


def test_explain_suppression_unused_and_its_examples_hold(run, tmp_path):
    import tomllib

    out = run("explain", "suppression.unused").out
    assert out.startswith("suppression.unused: ") and "Fails:" in out and "Passes:" in out
    examples = tomllib.loads((ROOT / "verify" / "data" / "suppression.unused.toml").read_text())["examples"]
    for kind, expected in (("fail", ["suppression.unused"]), ("pass", [])):
        draft = tmp_path / f"{kind}.md"
        draft.write_text(examples[kind] + "\n")
        found = run("check", "--no-config", "--format", "concise", draft).out.splitlines()
        assert [line.split()[2] for line in found if "suppression" in line] == expected

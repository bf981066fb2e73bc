"""The public Python API: ``verify.Checker`` and the report it returns."""

from __future__ import annotations

import json
import pickle
from datetime import date

import pytest

import verify
from verify import Checker, InputError, Unreadable

CONTRADICTION = "Acme's revenue was €4.8bn in 2025.\n\nLater, Acme's revenue was €4.6bn in 2025.\n"


def test_check_text_gives_the_report_the_cli_gives_for_the_file(run, tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(CONTRADICTION)
    report = Checker(no_config=True).check_text(CONTRADICTION, name=str(draft))
    cli = run("check", "--no-config", "--no-cache", "--format", "json", draft).json()
    assert json.loads(report.to_json()) == cli["reports"][0]
    assert [f.rule for f in report.findings] == ["number.mismatch"]


def test_to_json_conforms_to_the_contract_and_one_line_is_a_jsonl_line(schema_validator):
    report = Checker(no_config=True).check_text(CONTRADICTION, name="draft.md")
    document = {"schema_version": "1", "tool": {"name": "verify", "version": verify.__version__},
                "reports": [json.loads(report.to_json())]}
    schema_validator.validate(document)
    line = report.to_json(indent=None)
    assert "\n" not in line and json.loads(line) == report.to_dict()


def test_check_path_reads_the_file_and_reports_an_unreadable_one(tmp_path):
    draft, binary = tmp_path / "a.md", tmp_path / "b.md"
    draft.write_text(CONTRADICTION)
    binary.write_bytes(b"\x89PNG\x00\x00")
    checker = Checker(no_config=True)
    assert checker.check_path(draft).count("error") == 1
    with pytest.raises(InputError, match="binary file"):
        checker.check_path(binary)
    assert checker.check_or_unreadable(str(binary)) == Unreadable(str(binary), f"{binary}: binary file, not an article")


def test_rules_select_and_ignore_what_runs(tmp_path):
    assert Checker(no_config=True, rules=["date"]).check_text(CONTRADICTION, name="a.md").findings == []
    assert Checker(no_config=True, ignore="number").check_text(CONTRADICTION, name="a.md").findings == []
    assert Checker(no_config=True, rules="number").check_text(CONTRADICTION, name="a.md").findings != []


def test_a_config_file_applies_to_every_article(tmp_path):
    config = tmp_path / "verify.toml"
    config.write_text('ignore = ["number.mismatch"]\n')
    assert Checker(config=config).check_text(CONTRADICTION, name="elsewhere/a.md").findings == []


def test_published_wins_over_the_documents_date_and_format_hint_picks_the_parser():
    text = "<html><head><title>Acme</title></head><body><p>Acme was founded 10 years ago.</p></body></html>"
    report = Checker(no_config=True).check_text(text, name="draft", published=date(2024, 5, 1),
                                                format_hint="html")
    assert report.document.title == "Acme" and report.published == date(2024, 5, 1)
    assert report.published_from == "option"
    plain = Checker(no_config=True).check_text(text, name="draft", format_hint="text")
    assert plain.document.title is None


def test_a_checker_pickles_its_settings_not_its_compiled_rules(tmp_path):
    checker = Checker(no_config=True, rules=["number"], max_bytes=1000)
    before = checker.check_text(CONTRADICTION, name="a.md")
    shipped = pickle.dumps(checker)
    assert len(shipped) < 1000  # the rule set it compiled (hundreds of kB) stays behind
    landed = pickle.loads(shipped)
    assert landed == checker and landed._rulesets is None
    assert landed.check_text(CONTRADICTION, name="a.md").to_json() == before.to_json()


def test_articles_in_an_fsspec_filesystem_are_checked_like_files(run, tmp_path):
    import fsspec

    with fsspec.open("memory://api-test/2025/a.md", "w") as handle:
        handle.write(CONTRADICTION)
    with fsspec.open("memory://api-test/2025/notes.bin", "w") as handle:
        handle.write("not an article")
    report = Checker(no_config=True).check_path("memory://api-test/2025/a.md")
    assert report.document.name == "memory://api-test/2025/a.md" and report.count("error") == 1
    config = tmp_path / "verify.toml"
    config.write_text('ignore = ["number.mismatch"]\n')
    assert Checker(config=config).check_path("memory://api-test/2025/a.md").findings == []  # --config applies
    result = run("check", "--no-config", "--format", "concise", "memory://api-test")
    assert result.out.startswith("memory:///api-test/2025/a.md:3:") and result.status == 1
    missing = run("check", "--no-config", "memory://api-test/none/*.md")
    assert missing.status == 2 and missing.err == "verify: error: memory://api-test/none/*.md: no articles " \
        "(.htm, .html, .markdown, .md, .text, .txt) match\n"


def test_a_protocol_whose_package_is_missing_is_a_one_line_error(run):
    result = run("check", "--no-config", "zz://bucket/a.md")
    assert result.status == 2 and result.err == "verify: error: zz://bucket/a.md: Protocol not known: zz\n"

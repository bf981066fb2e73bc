"""verify.toml / [tool.verify]: discovery, select/ignore, severity, per-file settings, errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ROOT
from verify.config import Config, discover, load_config

DRAFT = ("Acme's revenue was €4.8bn in the report.\n\nLater, Acme's revenue was €4.6bn.\n\n"
         "CEO Jane Roe spoke. Later, finance chief Jane Roe spoke.\n")


def article(folder: Path, name: str = "draft.md") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(DRAFT)
    return path


def rules_found(run, *args) -> list[str]:
    return [line.split()[2] for line in run("check", "--format", "concise", *args).out.splitlines()]


def test_no_config_runs_every_rule(run, tmp_path):
    assert rules_found(run, article(tmp_path)) == ["number.mismatch", "attribution.title"]


def test_ignore_and_select_by_prefix(run, tmp_path):
    (tmp_path / "verify.toml").write_text('ignore = ["attribution"]\n')
    assert rules_found(run, article(tmp_path)) == ["number.mismatch"]
    (tmp_path / "verify.toml").write_text('select = ["attribution"]\n')
    assert rules_found(run, article(tmp_path)) == ["attribution.title"]


def test_severity_override_changes_the_exit_status(run, tmp_path):
    (tmp_path / "verify.toml").write_text('severity = {"number.mismatch" = "info"}\n')
    result = run("check", "--format", "concise", article(tmp_path))
    assert " info number.mismatch " in result.out and result.status == 0


def test_per_file_settings_by_glob(run, tmp_path):
    (tmp_path / "verify.toml").write_text('[per-file."archive/**"]\nignore = ["number"]\n')
    assert rules_found(run, article(tmp_path / "archive" / "old")) == ["attribution.title"]
    assert rules_found(run, article(tmp_path / "drafts")) == ["number.mismatch", "attribution.title"]


def test_pyproject_tool_section_is_found_walking_up(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.verify]\nignore = ["date"]\n')
    draft = article(tmp_path / "a" / "b")
    found = discover(str(draft))
    assert found == tmp_path / "pyproject.toml"
    assert load_config(found).ignore == ["date"]


def test_pyproject_without_the_section_is_skipped(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert discover(str(article(tmp_path))) is None or discover(str(article(tmp_path))) != tmp_path / "pyproject.toml"


def test_config_option_and_no_config(run, tmp_path):
    (tmp_path / "verify.toml").write_text('ignore = ["number", "attribution"]\n')
    other = tmp_path / "other.toml"
    other.write_text('ignore = ["attribution"]\n')
    draft = article(tmp_path)
    assert rules_found(run, draft) == []
    assert rules_found(run, "--config", other, draft) == ["number.mismatch"]
    assert rules_found(run, "--no-config", draft) == ["number.mismatch", "attribution.title"]


def test_command_line_select_and_ignore(run, tmp_path):
    draft = article(tmp_path)
    assert rules_found(run, "--no-config", "--ignore", "number", draft) == ["attribution.title"]
    assert rules_found(run, "--no-config", "--select", "number.mismatch", draft) == ["number.mismatch"]


def test_bad_config_is_exit_2_with_the_file(run, tmp_path):
    (tmp_path / "verify.toml").write_text('severity = {"number.mismatch" = "fatal"}\n')
    result = run("check", article(tmp_path))
    assert result.status == 2 and "verify.toml: severity of 'number.mismatch' must be one of" in result.err
    (tmp_path / "verify.toml").write_text("ignore = [\n")
    assert run("check", article(tmp_path)).status == 2
    (tmp_path / "verify.toml").write_text('ignored = ["x"]\n')
    assert "unknown setting(s) ignored" in run("check", article(tmp_path)).err


def test_selects_matches_ids_and_prefixes():
    config = Config(select=["date", "number.mismatch"])
    assert config.selects("date.weekday") and config.selects("number.mismatch")
    assert not config.selects("numbers.other") and not config.selects("quote.altered")


def test_rules_can_be_named_by_code(run, tmp_path):
    (tmp_path / "verify.toml").write_text('ignore = ["VFY801"]\n')
    assert rules_found(run, article(tmp_path)) == ["number.mismatch"]


def test_min_level_hides_lower_findings(run, tmp_path):
    draft = article(tmp_path)
    assert rules_found(run, "--no-config", "--min-level", "error", draft) == ["number.mismatch"]


def test_init_and_dump_config(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run("init").status == 0 and (tmp_path / "verify.toml").exists()
    again = run("init")
    assert again.status == 2 and "already exists" in again.err
    (tmp_path / "verify.toml").write_text('ignore = ["date"]\nseverity = {"VFY101" = "warning"}\n')
    import json

    dumped = json.loads(run("dump-config", str(article(tmp_path))).out)
    assert dumped["config"].endswith("verify.toml") and dumped["ignore"] == ["date"]
    assert dumped["severity"]["number.mismatch"] == "warning" and "date.weekday" not in dumped["severity"]


def test_extend_select_adds_to_select(run, tmp_path):
    (tmp_path / "verify.toml").write_text('select = ["number"]\nextend-select = ["VFY801"]\n')
    assert rules_found(run, article(tmp_path)) == ["number.mismatch", "attribution.title"]


def test_a_misspelt_selector_on_the_command_line_is_a_usage_error(run, tmp_path):
    draft = article(tmp_path)
    for option, name, hint in (("--select", "arithmetc", "did you mean 'arithmetic'"),
                               ("--ignore", "VFY999", "did you mean 'VFY9"),
                               ("--select", "numbr.mismatch", "did you mean 'number.mismatch'")):
        result = run("check", "--no-config", option, name, draft)
        assert result.status == 2 and result.out == ""
        assert result.err.startswith(f"verify: error: {option}: unknown rule {name!r}; ") and hint in result.err


@pytest.mark.parametrize("setting", [
    'select = ["nosuchrule"]', 'extend-select = ["quote", "quotes.altered"]', 'ignore = ["dat"]',
    'severity = {"number.mismach" = "info"}', '[per-file."a/**"]\nignore = ["atribution"]',
    '[per-file."a/**"]\nseverity = {"VFY88" = "info"}',
])
def test_a_misspelt_selector_in_the_config_is_an_error_naming_the_file(run, tmp_path, setting):
    (tmp_path / "verify.toml").write_text(setting + "\n")
    result = run("check", article(tmp_path))
    assert result.status == 2 and result.out == ""
    assert f"{tmp_path / 'verify.toml'}: " in result.err and "unknown rule" in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_code_prefixes_select_like_ruff(run, tmp_path):
    draft = article(tmp_path)
    assert rules_found(run, "--no-config", "--select", "VFY8", draft) == ["attribution.title"]
    assert rules_found(run, "--no-config", "--select", "vfy1", draft) == ["number.mismatch"]
    assert rules_found(run, "--no-config", "--ignore", "VFY1,VFY8", draft) == []
    (tmp_path / "verify.toml").write_text('severity = {"VFY" = "info", "VFY101" = "warning"}\n')
    found = run("check", "--format", "concise", draft).out
    assert " warning number.mismatch " in found and " info attribution.title " in found


def test_house_rules_are_known_selectors(run, tmp_path):
    house = tmp_path / "house"
    house.mkdir()
    builtin = (ROOT / "rules" / "number.mismatch.toml").read_text()
    (house / "style.money.toml").write_text(builtin.replace('code = "VFY101"', 'code = "HSE101"'))
    (tmp_path / "verify.toml").write_text('rules = ["house"]\nselect = ["style"]\n')
    assert rules_found(run, article(tmp_path)) == ["style.money"]
    assert rules_found(run, "--select", "HSE1", article(tmp_path)) == ["style.money"]
    (tmp_path / "verify.toml").write_text('select = ["style"]\n')
    assert "unknown rule 'style'" in run("check", article(tmp_path)).err


def test_stdin_filename_takes_the_config_and_per_file_settings_of_that_name(run, tmp_path, monkeypatch):
    project = tmp_path / "project"
    (project / "archive").mkdir(parents=True)
    (project / "verify.toml").write_text('ignore = ["attribution"]\n[per-file."archive/**"]\nignore = ["number"]\n')
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # an editor runs verify from anywhere
    as_draft = run("check", "--format", "concise", "--stdin-filename", project / "draft.md", "-", stdin=DRAFT)
    assert [line.split()[2] for line in as_draft.out.splitlines()] == ["number.mismatch"]
    as_archive = run("check", "--format", "concise", "--stdin-filename", project / "archive" / "old.md", "-",
                     stdin=DRAFT)
    assert as_archive.out == "" and as_archive.status == 0
    unnamed = run("check", "--format", "concise", "-", stdin=DRAFT)
    assert [line.split()[2] for line in unnamed.out.splitlines()] == ["number.mismatch", "attribution.title"]


def test_dump_config_shows_the_per_file_settings_that_apply(run, tmp_path):
    import json

    (tmp_path / "verify.toml").write_text('[per-file."archive/**"]\nignore = ["VFY1"]\n'
                                          'severity = {"attribution" = "info"}\n')
    old = json.loads(run("dump-config", str(article(tmp_path / "archive" / "2019"))).out)
    assert old["per_file"] == {"archive/**": {"ignore": ["number.digit-slip", "number.measure", "number.mismatch"],
                                              "severity": {"attribution.holder": "info", "attribution.title": "info"}}}
    assert "number.mismatch" not in old["active"] and old["severity"]["attribution.title"] == "info"
    new = json.loads(run("dump-config", str(article(tmp_path / "drafts"))).out)
    assert new["per_file"] == {} and "number.mismatch" in new["active"]


def test_a_misspelt_setting_says_which_was_meant(run, tmp_path):
    (tmp_path / "verify.toml").write_text('extend-selct = ["quote"]\n')
    result = run("check", article(tmp_path))
    assert result.status == 2 and "unknown setting(s) extend-selct; did you mean 'extend-select'?" in result.err
    (tmp_path / "verify.toml").write_text('[per-file."archive/**"]\nignor = ["number"]\n')
    result = run("check", article(tmp_path))
    assert result.status == 2 and "per-file 'archive/**': unknown setting(s) ignor; did you mean 'ignore'?" \
        in result.err

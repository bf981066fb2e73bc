"""The README's commands are the ones CI and users run."""

from __future__ import annotations

from tests.conftest import ROOT


def test_readme_shows_the_ci_test_command():
    command = (ROOT / ".ci" / "run").read_text().strip().splitlines()[-1]
    assert command in (ROOT / "README.md").read_text()


def test_readme_lists_every_rule():
    from verify.rules import load_builtin_rules

    readme = (ROOT / "README.md").read_text()
    for rule_id, rule in load_builtin_rules().items():
        assert f"`{rule_id}`" in readme and rule.code in readme, rule_id

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


def test_readme_sample_reports_are_what_verify_prints(run, monkeypatch):
    """Every line of the README's sample outputs (bar the "…" elisions) is in today's output."""
    import re

    monkeypatch.chdir(ROOT)
    readme = (ROOT / "README.md").read_text()
    blocks = re.findall(r"```\n\$ (verify check[^\n]*)\n(.*?)```", readme, re.DOTALL)
    assert len(blocks) >= 2
    for command, shown in blocks:
        result = run(*command.split()[1:], "--no-cache")
        for line in shown.splitlines():
            if line.strip() and not line.strip().startswith("…"):
                assert line in result.out, (command, line)

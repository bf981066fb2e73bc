"""Every rule: its own examples, its fixture pair with inline expectations, and the conventions.

Fixtures live in ``tests/fixtures/<rule id>/{fail,pass}.md``. In ``fail.md`` an
HTML comment ``<!-- expect: RULE -->`` on a line says a finding of that rule
starts on that line; the test asserts the exact set of (rule, line) pairs.
``pass.md`` must produce no finding at all.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.conftest import FIXTURES
from verify.checks import CHECK_KINDS
from verify.document import Document
from verify.engine import RuleSet, run_rules
from verify.extract import extract_claims
from verify.loaders import load_path
from verify.rules import builtin_rules_dir, load_builtin_rules

RULES = load_builtin_rules()
RULESET = RuleSet.default()
_EXPECT = re.compile(r"<!--\s*expect:\s*([\w.-]+)\s*-->")


def with_evidence(doc, claims, published, evidence_doc, tmp_path) -> None:
    """Annotate claims from a store holding one evidence document (the evidence rules need one)."""
    from verify.evidence.ingest import ingest_document
    from verify.evidence.matching import Matcher
    from verify.evidence.store import open_store

    store = open_store(f"sqlite:///{tmp_path / 'evidence.sqlite'}")
    ingest_document(store, evidence_doc, evidence_doc.name)
    Matcher(store).annotate(claims, published, doc)


def findings_of(path, tmp_path) -> set[tuple[str, int]]:
    doc = load_path(str(path))
    claims = extract_claims(doc, doc.published)
    evidence = path.parent / "evidence.md"
    if evidence.exists():
        with_evidence(doc, claims, doc.published, load_path(str(evidence)), tmp_path)
    return {(f.rule, doc.index.line_column(f.source_span[0])[0])
            for f in run_rules(doc, claims, doc.published, RULESET)}


def expected_in(path) -> set[tuple[str, int]]:
    return {(match.group(1), number)
            for number, line in enumerate(path.read_text().splitlines(), start=1)
            for match in _EXPECT.finditer(line)}


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_fail_fixture_raises_exactly_the_expected_findings(rule_id, tmp_path):
    path = FIXTURES / rule_id / "fail.md"
    expected = expected_in(path)
    assert expected, f"{path} has no <!-- expect: --> marker"
    assert findings_of(path, tmp_path) == expected


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_pass_fixture_is_silent(rule_id, tmp_path):
    found = findings_of(FIXTURES / rule_id / "pass.md", tmp_path)
    assert {f for f in found if f[0] == rule_id or not rule_id.startswith("evidence.")} == set()


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_rule_examples_run(rule_id, tmp_path):
    rule = RULES[rule_id]
    published = date.fromisoformat(rule.examples["published"]) if "published" in rule.examples else None
    for kind in ("fail", "pass"):
        doc = Document.from_plain(f"{rule_id}.{kind}", rule.examples[kind])
        claims = extract_claims(doc, published)
        if "evidence" in rule.examples:
            evidence = Document.from_plain("press-release.txt", rule.examples["evidence"], published=published)
            with_evidence(doc, claims, published, evidence, tmp_path / kind)
        found = {f.rule for f in run_rules(doc, claims, published, RULESET)}
        assert (rule_id in found) == (kind == "fail"), (kind, found)
        if not rule_id.startswith("evidence."):
            assert found <= {rule_id}, (kind, found)


# ---- conventions (meta-tests) ------------------------------------------------------------

def test_every_rule_has_a_fixture_pair():
    for rule_id in RULES:
        assert (FIXTURES / rule_id / "fail.md").is_file(), rule_id
        assert (FIXTURES / rule_id / "pass.md").is_file(), rule_id


def test_every_fixture_folder_names_a_rule():
    assert {p.name for p in FIXTURES.iterdir() if p.is_dir()} == set(RULES)


def test_rule_ids_match_their_files():
    for path in builtin_rules_dir().glob("*.toml"):
        assert RULES[path.stem].path.endswith(path.name)


def test_codes_are_unique():
    codes = [r.code for r in RULES.values()]
    assert len(codes) == len(set(codes))


def test_every_check_kind_is_used_by_a_rule():
    assert {r.check for r in RULES.values()} == set(CHECK_KINDS)


def test_every_framed_rule_names_its_claims_policy_and_relation():
    """A rule over frames says what it compares, how it pairs and what relation it checks: no hidden facets."""
    for rule in RULES.values():
        if hasattr(CHECK_KINDS[rule.check], "RELATIONS"):
            assert rule.claims and rule.pair is not None and rule.relation in CHECK_KINDS[rule.check].RELATIONS
            assert "facet" not in rule.params, rule.id


def test_explain_renders_every_rule(run):
    for rule_id in RULES:
        out = run("explain", rule_id).out
        assert RULES[rule_id].summary in out and "Fails" in out and "Passes" in out

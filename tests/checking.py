"""Checking an invented sentence with the built-in rules, for the tests of one rule."""

from __future__ import annotations

from datetime import date

from verify.document import Document
from verify.engine import RuleSet, run_rules
from verify.extract import extract_claims
from verify.report import Finding

RULES = RuleSet.default()


def findings_of(rule: str, text: str, published: str) -> list[Finding]:
    """The findings of ``rule`` (every severity) on ``text`` as a plain-text article published then."""
    when = date.fromisoformat(published)
    doc = Document.from_plain("invented.txt", text)
    return [f for f in run_rules(doc, extract_claims(doc, when), when, RULES) if f.rule == rule]

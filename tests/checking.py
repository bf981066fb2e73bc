"""Checking an invented sentence with the built-in rules, for the tests of one rule; or its figures
against an evidence store of invented sources."""

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


def evidence_status(store_url: str, sources: list[str], article: str, figure: str, published: date | None) -> str:
    """The evidence status of the first claim of ``article`` whose text holds ``figure``, against a store
    holding each of ``sources`` (each its own source, published the same day as the article)."""
    from verify.evidence.ingest import ingest_document
    from verify.evidence.matching import Matcher
    from verify.evidence.store import open_store

    store = open_store(store_url)
    for number, text in enumerate(sources):
        ingest_document(store, Document.from_plain(f"source-{number}.txt", text, published=published),
                        f"https://example.org/source-{number}")
    doc = Document.from_plain("draft.txt", article)
    claims = extract_claims(doc, published)
    Matcher(store).annotate(claims, published, doc)
    return next(c.status for c in claims if figure in c.text)

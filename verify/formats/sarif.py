"""SARIF 2.1.0 for code-scanning tools: one run, the rules, one result per finding.

Each result has the primary location and, for a contradiction, ``relatedLocations``
for the other side(s); columns count Unicode code points (``columnKind``).
``partialFingerprints`` hash the rule and the claims' text, so a finding keeps
its identity when lines move. Suggested corrections are ``fixes``, each one
``artifactChanges`` replacement of the claim's text.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import Any

from verify import HOMEPAGE
from verify.claims import Claim
from verify.document import Document
from verify.report import ArticleReport, Finding, Unreadable
from verify.rules import Rule

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVELS = {"error": "error", "warning": "warning", "info": "note"}
INFORMATION_URI = HOMEPAGE


def _region(doc: Document, start: int, end: int) -> dict[str, Any]:
    line, column = doc.index.line_column(start)
    end_line, end_column = doc.index.line_column(end)
    return {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column,
            "charOffset": start, "charLength": end - start,
            "snippet": {"text": doc.source[start:end]}}


def _location(doc: Document, start: int, end: int, message: str | None = None,
              index: int | None = None) -> dict[str, Any]:
    location: dict[str, Any] = {"physicalLocation": {
        "artifactLocation": {"uri": doc.name.replace("\\", "/")},
        "region": _region(doc, start, end)}}
    if index is not None:
        location["id"] = index
    if message:
        location["message"] = {"text": message}
    return location


def _fingerprint(finding: Finding) -> str:
    key = "\x1f".join([finding.rule, *(" ".join(c.text.split()) for c in finding.claims)])
    return hashlib.sha256(key.encode()).hexdigest()[:32]


def _rule_entry(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "name": rule.id.replace(".", "-"),
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": " ".join(rule.description.split())},
        "help": {"text": f"{' '.join(rule.description.split())}\n\nFails: {rule.examples['fail']}\n"
                         f"Passes: {rule.examples['pass']}",
                 "markdown": f"{' '.join(rule.description.split())}\n\n**Fails:** {rule.examples['fail']}\n\n"
                             f"**Passes:** {rule.examples['pass']}"},
        "helpUri": rule.link,
        "defaultConfiguration": {"level": _LEVELS[rule.severity]},
        "properties": {"category": rule.category, "code": rule.code, "check": rule.check},
    }


def _related(doc: Document, others: list[Claim]) -> list[dict[str, Any]]:
    return [_location(doc, c.source_start, c.source_end, f"other side: {' '.join(c.text.split())}", i)
            for i, c in enumerate(others, start=1)]


def _fix(doc: Document, suggestion: Any) -> dict[str, Any]:
    """A suggested correction as a SARIF fix: one replacement of the claim's text in its artifact."""
    start, end = suggestion.span
    region = _region(doc, start, end)
    del region["snippet"]
    return {"description": {"text": f"replace with {suggestion.replacement!r}: {suggestion.why}"},
            "artifactChanges": [{"artifactLocation": {"uri": doc.name.replace("\\", "/")},
                                 "replacements": [{"deletedRegion": region,
                                                   "insertedContent": {"text": suggestion.replacement}}]}]}


def _invocation(failures: Sequence[Unreadable]) -> dict[str, Any]:
    """The run's invocation: unsuccessful, with one error notification per unreadable article."""
    return {"executionSuccessful": False, "toolExecutionNotifications": [
        {"level": "error", "message": {"text": failure.message},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": failure.source.replace("\\", "/")}}}]}
        for failure in failures]}


def render(reports: list[ArticleReport], rules: dict[str, Rule], version: str,
           failures: Sequence[Unreadable] = ()) -> str:
    """The SARIF log of all reports, as JSON text (with an invocation when articles could not be read)."""
    used = sorted({f.rule for r in reports for f in r.findings})
    entries = [_rule_entry(rules[rule_id]) for rule_id in used if rule_id in rules]
    extra = [rule_id for rule_id in used if rule_id not in rules]
    entries += [{"id": rule_id, "shortDescription": {"text": "A suppression comment that silences nothing."},
                 "defaultConfiguration": {"level": "warning"}} for rule_id in extra]
    index = {entry["id"]: i for i, entry in enumerate(entries)}
    results = []
    for report in reports:
        doc = report.document
        for finding in report.sorted_findings():
            start, end = finding.source_span
            result: dict[str, Any] = {
                "ruleId": finding.rule, "ruleIndex": index[finding.rule], "level": _LEVELS[finding.severity],
                "message": {"text": finding.message},
                "locations": [_location(doc, start, end)],
                "partialFingerprints": {"verifyFinding/v1": _fingerprint(finding)},
                "properties": {"category": finding.category, "claims": [c.id for c in finding.claims if c.id],
                               "links": list(finding.links)},
            }
            if len(finding.claims) > 1:
                result["relatedLocations"] = _related(doc, finding.claims[1:])
            fixes = [_fix(doc, s) for s in report.suggestions(finding)]
            if fixes:
                result["fixes"] = fixes
            results.append(result)
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "verify", "version": version, "semanticVersion": version,
                                "informationUri": INFORMATION_URI, "rules": entries}},
            "columnKind": "unicodeCodePoints",
            "artifacts": [{"location": {"uri": r.document.name.replace("\\", "/")},
                           "length": len(r.document.source.encode("utf-8"))} for r in reports],
            "results": results,
        }],
    }
    if failures:
        log["runs"][0]["invocations"] = [_invocation(failures)]
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"

"""Findings and per-article reports, and their contract JSON form.

>>> SEVERITIES.index("error") < SEVERITIES.index("info")
True
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from verify.claims import Claim
from verify.document import Document

SEVERITIES = ("error", "warning", "info")
CATEGORIES = ("number", "conversion", "date", "age", "arithmetic", "ranking", "quote",
              "attribution", "evidence")


def at_or_above(findings: list[Finding], level: str) -> list[Finding]:
    """The findings of severity ``level`` or worse (``--min-level``), in their order."""
    return [f for f in findings if SEVERITIES.index(f.severity) <= SEVERITIES.index(level)]


@dataclass
class Finding:
    """A problem: the first claim is the primary location, the rest the other side(s)."""

    rule: str
    category: str
    severity: str
    message: str
    claims: list[Claim]
    evidence: list[dict[str, Any]] = field(default_factory=list)
    # A finding about the document itself (an unused suppression) has a span but no claim.
    span: tuple[int, int] | None = None
    link: str = ""  # the rule's documentation
    links: list[str] = field(default_factory=list)  # how each side was tied to what it is about
    # Suggested corrections (verify.suggest.Suggestion), computed on first use by ArticleReport.suggestions.
    suggestions: list[Any] | None = field(default=None, compare=False, repr=False)

    @property
    def source_span(self) -> tuple[int, int]:
        if self.claims:
            return self.claims[0].source_start, self.claims[0].source_end
        return self.span or (0, 0)

    def referring_links(self) -> list[str]:
        """The links of sides that refer by a pronoun, a description or a short name ("“its” → Acme
        (…)"): how they were read, for the reports to show; a side named in full says nothing more."""
        return [link for link in self.links if "→" in link]


@dataclass
class ArticleReport:
    """Everything ``verify check`` knows about one article."""

    document: Document
    published: date | None
    published_from: str  # "option", "document" or "none"
    claims: list[Claim]
    findings: list[Finding] = field(default_factory=list)
    # What the reader should know that is not a finding ("conversion not checked: no ECB rate for …").
    notes: list[str] = field(default_factory=list)
    # The rules in force (id → verify.rules.Rule), so that a house rule's findings get its relation's
    # suggestions; None: the built-in rules.
    rules: dict[str, Any] | None = field(default=None, compare=False, repr=False)
    # Work shared by the suggestions of one report (the rules' view of the article), built on first use.
    memo: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    def sorted_findings(self) -> list[Finding]:
        return sorted(self.findings,
                      key=lambda f: (SEVERITIES.index(f.severity), f.source_span, f.rule))

    def findings_by_line(self) -> list[Finding]:
        """Findings in reading order (line, then column), the most severe first at one place."""
        return sorted(self.findings,
                      key=lambda f: (f.source_span, SEVERITIES.index(f.severity), f.rule))

    def suggestions(self, finding: Finding) -> list[Any]:
        """The suggested corrections of one of this report's findings (verify.suggest), computed once."""
        if finding.suggestions is None:
            from verify.suggest import suggest

            finding.suggestions = suggest(self, finding, self.rules)
        return finding.suggestions

    @property
    def unresolved_dates(self) -> int:
        return sum(1 for c in self.claims if c.type == "date" and c.value.get("start") is None)

    def to_dict(self) -> dict[str, Any]:
        """The report as the contract's ``report`` object (``verify/schema/report.schema.json``)."""
        return report_dict(self)

    def to_json(self, *, indent: int | None = 2) -> str:
        """The contract's ``report`` object as JSON: exactly one entry of ``verify check --format json``'s
        ``reports`` with ``indent=2``, one line of ``--format jsonl`` with ``indent=None``."""
        import json

        return json.dumps(report_dict(self), ensure_ascii=False, indent=indent)


@dataclass(frozen=True)
class Unreadable:
    """An article of a batch that could not be read or parsed: reported on its own, the run goes on.

    ``message`` is the one-line reason as ``verify: error:`` prints it, starting with the path.
    """

    source: str
    message: str

    def as_dict(self) -> dict[str, str]:
        return {"source": self.source, "message": self.message}


def span_dict(doc: Document, start: int, end: int) -> dict[str, int]:
    line, column = doc.index.line_column(start)
    end_line, end_column = doc.index.line_column(end)
    return {"start": start, "end": end, "line": line, "column": column,
            "end_line": end_line, "end_column": end_column}


def claim_dict(doc: Document, claim: Claim) -> dict[str, Any]:
    return {
        "id": claim.id,
        "type": claim.type,
        "text": claim.text,
        "span": span_dict(doc, claim.source_start, claim.source_end),
        "value": claim.value,
        "subject": claim.subject,
        "status": claim.status,
    }


def suggestion_dict(doc: Document, suggestion: Any) -> dict[str, Any]:
    """A suggested correction in the contract: the claim, its span and text, the replacement and why."""
    start, end = suggestion.span
    return {
        "claim": suggestion.claim.id or None,
        "span": span_dict(doc, start, end),
        "text": suggestion.claim.text,
        "replacement": suggestion.replacement,
        "why": suggestion.why,
        "applicable": suggestion.applicable,
    }


def finding_dict(doc: Document, finding: Finding, suggestions: Sequence[Any] = ()) -> dict[str, Any]:
    start, end = finding.source_span
    return {
        "rule": finding.rule,
        "category": finding.category,
        "severity": finding.severity,
        "message": finding.message,
        "span": span_dict(doc, start, end),
        "claims": [c.id for c in finding.claims if c.id],
        "evidence": finding.evidence,
        "link": finding.link,
        "suggestions": [suggestion_dict(doc, s) for s in suggestions],
        "links": list(finding.links),
    }


def report_dict(report: ArticleReport, *, lazy: bool = False) -> dict[str, Any]:
    """The contract form of a report; ``lazy`` gives its claims and findings as iterators, made one
    at a time as a streaming writer consumes them."""
    doc = report.document
    claims = (claim_dict(doc, c) for c in report.claims)
    findings = (finding_dict(doc, f, report.suggestions(f)) for f in report.sorted_findings())
    return {
        "source": doc.name,
        "published": report.published.isoformat() if report.published else None,
        "title": doc.title,
        "claims": claims if lazy else list(claims),
        "findings": findings if lazy else list(findings),
        "notes": list(report.notes),
        "summary": {
            "claims": len(report.claims),
            "errors": report.count("error"),
            "warnings": report.count("warning"),
            "infos": report.count("info"),
        },
    }

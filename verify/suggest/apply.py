"""``verify check --apply-suggestions``: write the unambiguous corrections into the articles.

Only suggestions marked ``applicable`` are written (a restatement of one amount in another currency
at the ECB rate of the day), the first of each finding, never two that touch the same text. A file
is rewritten only when it is still what was checked (read again, decoded as UTF-8, equal to the
source the report was made from, each claim's text where the report says), through a temporary file
and a rename, so it is never half-written. Each change is described in one line; the findings it
corrects leave the report.
"""

from __future__ import annotations

import os

from verify.report import ArticleReport, Finding
from verify.suggest.model import Suggestion


def _chosen(report: ArticleReport) -> list[tuple[Finding, Suggestion]]:
    """The applicable suggestion of each finding, in source order, none overlapping another."""
    picked: list[tuple[Finding, Suggestion]] = []
    for finding in report.findings:
        suggestion = next((s for s in report.suggestions(finding) if s.applicable), None)
        if suggestion is not None:
            picked.append((finding, suggestion))
    picked.sort(key=lambda item: item[1].span)
    kept: list[tuple[Finding, Suggestion]] = []
    for finding, suggestion in picked:
        if kept and suggestion.span[0] < kept[-1][1].span[1]:
            continue
        kept.append((finding, suggestion))
    return kept


def _current_source(path: str) -> str | None:
    try:
        with open(path, "rb") as handle:
            return handle.read().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def apply_suggestions(reports: list[ArticleReport]) -> tuple[list[str], list[str]]:
    """(one line per change written, one line per article left alone and why)."""
    from verify.output import write_atomically

    changes: list[str] = []
    problems: list[str] = []
    for report in reports:
        doc = report.document
        chosen = _chosen(report)
        if not chosen:
            continue
        if doc.name in ("-", "<stdin>") or not os.path.isfile(doc.name):
            problems.append(f"{doc.name}: suggestions not applied: not a file")
            continue
        source = _current_source(doc.name)
        if source != doc.source or any(source[s.span[0]:s.span[1]] != s.claim.text for _, s in chosen):
            problems.append(f"{doc.name}: suggestions not applied: the file is not UTF-8 or changed since it was read")
            continue
        text = source
        for _, suggestion in reversed(chosen):
            start, end = suggestion.span
            text = text[:start] + suggestion.replacement + text[end:]
        try:
            write_atomically(text.encode("utf-8"), doc.name)
        except OSError as exc:
            problems.append(f"{doc.name}: suggestions not applied: {exc.strerror}")
            continue
        for finding, suggestion in chosen:
            line, column = doc.index.line_column(suggestion.span[0])
            changes.append(f"{doc.name}:{line}:{column}: {' '.join(suggestion.claim.text.split())!r} → "
                           f"{suggestion.replacement!r} ({finding.rule}: {suggestion.why})")
        fixed = {id(finding) for finding, _ in chosen}
        report.findings = [f for f in report.findings if id(f) not in fixed]
    return changes, problems

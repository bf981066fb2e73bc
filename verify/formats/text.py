"""The default human format: findings compiler-style with an excerpt, in line order, and a total.

    seeds/a.md:3:12: error number.mismatch "€4.8bn" conflicts with "€4.6bn" (line 9) …
        3 | Revenue reached €4.8bn in 2025.
          |                 ^^^^^^
          = other side: seeds/a.md:9:5 "€4.6bn"
          = help: replace '€4.6bn' with '€4.8bn' (2 statements agree with "€4.8bn" …)
    seeds/a.md: 12 claims, 1 error, 0 warnings, 0 infos (published 2026-04-10, from --date)
    1 error, 0 warnings in 1 of 3 articles; 40 claims checked

An article's summary line is shown when it has something to say (findings, a note, relative
dates left unresolved) or is the only one; clean articles of a batch are counted in the total.
``show_claims`` adds every claim with its value and subject (``verify extract`` prints them too);
``quiet`` prints the findings alone. A ``help:`` line gives each suggested correction, most likely first.

>>> closing_total([], unreadable=0)
'no articles checked'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from verify.claims import Claim
from verify.document import Document
from verify.formats.describe import describe_value
from verify.formats.escape import visible
from verify.report import ArticleReport, Finding

if TYPE_CHECKING:
    from verify.suggest import Suggestion

_COLOURS = {"error": "31", "warning": "33", "info": "36", "path": "1", "dim": "2"}
_EXCERPT_WIDTH = 100


class _Paint:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def __call__(self, text: str, style: str) -> str:
        return f"\x1b[{_COLOURS[style]}m{text}\x1b[0m" if self.enabled else text


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _excerpt(doc: Document, start: int, end: int) -> list[str]:
    """The source line around a span, clipped to the width, with a caret underline."""
    line, column = doc.index.line_column(start)
    text = doc.index.line_text(line).replace("\t", " ")
    first = column - 1
    last = min(first + max(end - start, 1), len(text))
    left = max(0, min(first - 30, len(text) - _EXCERPT_WIDTH))
    shown = visible(text[left:left + _EXCERPT_WIDTH])
    prefix = "…" if left > 0 else ""
    suffix = "…" if left + _EXCERPT_WIDTH < len(text) else ""
    gutter = f"{line:>5} | "
    marked = visible(text[first:min(last, left + _EXCERPT_WIDTH)])
    carets = " " * (len(prefix) + len(visible(text[left:first]))) + "^" * max(1, len(marked))
    return [f"{gutter}{prefix}{shown}{suffix}", f"{' ' * (len(gutter) - 2)}| {carets}"]


def _location(doc: Document, claim: Claim) -> str:
    line, column = doc.index.line_column(claim.source_start)
    return f"{visible(doc.name)}:{line}:{column}"


def _finding_lines(report: ArticleReport, finding: Finding, paint: _Paint) -> list[str]:
    doc = report.document
    start, end = finding.source_span
    line, column = doc.index.line_column(start)
    head = (f"{paint(f'{visible(doc.name)}:{line}:{column}:', 'path')} "
            f"{paint(finding.severity, finding.severity)} {finding.rule} {visible(finding.message)}")
    lines = [head, *_excerpt(doc, start, end)]
    for other in finding.claims[1:]:
        lines.append(f"      = other side: {_location(doc, other)} {other.text!r}")
    for link in finding.referring_links():
        lines.append(f"      = linked: {visible(link)}")
    for item in finding.evidence:
        lines.append(f"      = evidence: {visible(str(item.get('source')))}: {item.get('excerpt', '')!r}")
    for number, suggestion in enumerate(report.suggestions(finding)):
        lines.append(f"      = help: {'or ' if number else ''}{visible(help_text(suggestion))}")
    return lines


def help_text(suggestion: Suggestion) -> str:
    """'replace "€2.1bn" with "€2.4bn" (£2.06bn at 1.158 EUR per GBP …)', for the text report and the editors."""
    old = " ".join(suggestion.claim.text.split())
    return f"replace {old!r} with {suggestion.replacement!r} ({suggestion.why})"


def _claim_line(doc: Document, claim: Claim) -> str:
    line, column = doc.index.line_column(claim.source_start)
    text = " ".join(claim.text.split())
    if len(text) > 60:
        text = text[:57] + "…"
    subject = f"  [{visible(claim.subject)}]" if claim.subject and claim.type != "quote" else ""
    return (f"  {line:>4}:{column:<4} {claim.type:<9} {text!r} → "
            f"{visible(describe_value(claim.type, claim.value))}{subject}")


def summary_line(report: ArticleReport) -> str:
    doc = report.document
    counts = ", ".join([_plural(len(report.claims), "claim"), _plural(report.count("error"), "error"),
                        _plural(report.count("warning"), "warning"),
                        _plural(report.count("info"), "info")])
    if report.published:
        origin = "from --date" if report.published_from == "option" else "from the document"
        when = f"published {report.published.isoformat()}, {origin}"
    else:
        when = "no publication date"
        if report.unresolved_dates:
            when += (f": {_plural(report.unresolved_dates, 'relative date')} left unresolved; "
                     "give --date YYYY-MM-DD")
    notes = "".join(f"; {note}" for note in report.notes)
    return f"{visible(doc.name)}: {counts} ({when}{notes})"


def _has_news(report: ArticleReport) -> bool:
    return bool(report.findings or report.notes or (report.published is None and report.unresolved_dates))


def closing_total(reports: list[ArticleReport], unreadable: int = 0) -> str:
    """``2 errors, 3 warnings in 1 of 4 articles; 128 claims checked`` (infos when there are some)."""
    count = len(reports)
    if not count:
        return f"{_plural(unreadable, 'article')} could not be read" if unreadable else "no articles checked"
    errors, warnings, infos = (sum(r.count(level) for r in reports) for level in ("error", "warning", "info"))
    flagged = sum(1 for r in reports if r.findings)
    counts = [_plural(errors, "error"), _plural(warnings, "warning")] + ([_plural(infos, "info")] if infos else [])
    where = f"in {flagged} of {_plural(count, 'article')}" if errors + warnings + infos else \
        f"no findings in {_plural(count, 'article')}"
    head = f"{', '.join(counts)} {where}" if errors + warnings + infos else where
    total = f"{head}; {_plural(sum(len(r.claims) for r in reports), 'claim')} checked"
    if unreadable:
        total += f"; {_plural(unreadable, 'article')} could not be read"
    return total


def render(reports: list[ArticleReport], *, color: bool = False, show_claims: bool = False, quiet: bool = False,
           unreadable: int = 0, total: bool = True) -> str:
    """The report; ``total=False`` leaves out the closing total (``verify extract`` runs no rules)."""
    if not reports:
        return ""
    paint = _Paint(color)
    out: list[str] = []
    for report in reports:
        for finding in report.findings_by_line():
            out.extend(_finding_lines(report, finding, paint))
        if quiet:
            continue
        if show_claims and report.claims:
            out.append(paint(f"{visible(report.document.name)}: claims", "dim"))
            out.extend(_claim_line(report.document, c) for c in report.claims)
        if show_claims or len(reports) == 1 or _has_news(report):
            out.append(paint(summary_line(report), "path"))
    if total and not quiet:
        out.append(paint(closing_total(reports, unreadable), "path"))
    return "\n".join(out) + "\n" if out else ""

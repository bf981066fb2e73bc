"""Markdown for a pull-request comment or ``$GITHUB_STEP_SUMMARY``: a summary table, then the findings.

Findings link to their lines (``path#L12``) so the comment works on GitHub; text from the
article is escaped so that it cannot break the table or inject markup.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from verify.formats.escape import visible
from verify.report import ArticleReport

# Characters that start markup anywhere in a line; "$" because GitHub renders $…$ as math.
_SPECIAL = re.compile(r"([\\`*_\[\]|<>~$])")
_ICONS = {"error": "🔴 error", "warning": "🟡 warning", "info": "🔵 info"}


def md(text: str) -> str:
    """Escape Markdown and HTML specials and make controls visible; fold whitespace (so a cell stays
    on one line). File names go through it too: a name can hold '|', '`' or a newline."""
    return _SPECIAL.sub(r"\\\1", visible(" ".join(text.split())))


def _target(name: str, line: int) -> str:
    """A link to a line of a file, the name percent-encoded so that it cannot end the link."""
    return f"{quote(name)}#L{line}"


def render(reports: list[ArticleReport]) -> str:
    lines = ["## verify report", "", "| article | claims | errors | warnings | infos |", "|---|---:|---:|---:|---:|"]
    for report in reports:
        lines.append(f"| {md(report.document.name)} | {len(report.claims)} | {report.count('error')} | "
                     f"{report.count('warning')} | {report.count('info')} |")
    for report in reports:
        findings = report.sorted_findings()
        if not findings:
            continue
        doc = report.document
        lines += ["", f"### {md(doc.name)}", ""]
        for finding in findings:
            line = doc.index.line_column(finding.source_span[0])[0]
            link = f"[{md(doc.name)}:{line}]({_target(doc.name, line)})"
            lines.append(f"- {_ICONS[finding.severity]} **{finding.rule}** {link}: {md(finding.message)}")
            for other in finding.claims[1:]:
                other_line = doc.index.line_column(other.source_start)[0]
                lines.append(f"  - other side, [line {other_line}]({_target(doc.name, other_line)}): {md(other.text)}")
            for tie in finding.referring_links():
                lines.append(f"  - linked: {md(tie)}")
            for suggestion in report.suggestions(finding):
                lines.append(f"  - suggested: {md(suggestion.claim.text)} → **{md(suggestion.replacement)}** "
                             f"({md(suggestion.why)})")
    return "\n".join(lines) + "\n"

"""One line per finding: ``path:line:col: severity rule message`` (for editors and grep).

Findings only; articles without findings print nothing.
"""

from __future__ import annotations

from verify.formats.escape import visible
from verify.report import ArticleReport


def render(reports: list[ArticleReport]) -> str:
    lines = []
    for report in reports:
        doc = report.document
        for finding in report.findings_by_line():
            line, column = doc.index.line_column(finding.source_span[0])
            message = visible(" ".join(finding.message.split()))
            lines.append(f"{visible(doc.name)}:{line}:{column}: {finding.severity} {finding.rule} {message}")
    return "\n".join(lines) + ("\n" if lines else "")

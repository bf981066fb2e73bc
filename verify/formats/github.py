"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` line per finding.

GitHub shows at most 10 annotations of each level per step (50 per job); when the
findings exceed that, one warning on stderr says so (the summary line still counts them all).

>>> escape_data("50% off\\nnow")
'50%25 off%0Anow'
>>> escape_property("a,b:c")
'a%2Cb%3Ac'
"""

from __future__ import annotations

from collections.abc import Sequence

from verify.formats.escape import visible
from verify.report import ArticleReport, Unreadable

_COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
ANNOTATION_CAP = 10


def escape_data(text: str) -> str:
    """A workflow command's message: GitHub's own escapes, other controls made visible."""
    return visible(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(reports: list[ArticleReport], failures: Sequence[Unreadable] = ()) -> tuple[str, str | None]:
    """The workflow commands (an ``::error`` on each unreadable article too), and a warning for
    stderr when GitHub will not show them all."""
    lines = [f"::error file={escape_property(f.source)},title=verify::{escape_data(f.message)}" for f in failures]
    counts = {"error": 0, "warning": 0, "info": 0}
    for report in reports:
        doc = report.document
        for finding in report.sorted_findings():
            start, end = finding.source_span
            line, column = doc.index.line_column(start)
            end_line, end_column = doc.index.line_column(end)
            counts[finding.severity] += 1
            others = "; ".join(f"line {doc.index.line_column(c.source_start)[0]}: {' '.join(c.text.split())}"
                               for c in finding.claims[1:])
            message = finding.message + (f" (other side: {others})" if others else "")
            ties = "; ".join(finding.referring_links())
            if ties:
                message += f" (linked: {ties})"
            suggestions = report.suggestions(finding)
            if suggestions:
                message += f" (suggested: {' '.join(suggestions[0].claim.text.split())} → {suggestions[0].replacement})"
            properties = ",".join([
                f"file={escape_property(doc.name)}", f"line={line}", f"col={column}",
                f"endLine={end_line}", f"endColumn={end_column}",
                f"title={escape_property(f'verify {finding.rule}')}"])
            lines.append(f"::{_COMMANDS[finding.severity]} {properties}::{escape_data(message)}")
    over = {level: n for level, n in counts.items() if n > ANNOTATION_CAP}
    warning = None
    if over:
        shown = ", ".join(f"{n} {level}s" for level, n in over.items())
        warning = (f"GitHub shows at most {ANNOTATION_CAP} annotations of each level per step; "
                   f"this run has {shown}. Use --format sarif for code scanning to see them all.")
    return "\n".join(lines) + ("\n" if lines else ""), warning

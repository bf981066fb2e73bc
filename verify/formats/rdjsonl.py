"""reviewdog's rdjsonl: one JSON diagnostic per line, with related locations for the other side and
the suggested corrections as ``suggestions`` (reviewdog shows them as suggested changes).

>>> import json
>>> render([]) == ""
True
"""

from __future__ import annotations

import json
from typing import Any

from verify.document import Document
from verify.report import ArticleReport

_SEVERITY = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}


def _range(doc: Document, start: int, end: int) -> dict[str, Any]:
    line, column = doc.index.line_column(start)
    end_line, end_column = doc.index.line_column(end)
    return {"start": {"line": line, "column": column}, "end": {"line": end_line, "column": end_column}}


def render(reports: list[ArticleReport]) -> str:
    lines = []
    for report in reports:
        doc = report.document
        for finding in report.sorted_findings():
            start, end = finding.source_span
            diagnostic: dict[str, Any] = {
                "message": finding.message,
                "location": {"path": doc.name, "range": _range(doc, start, end)},
                "severity": _SEVERITY[finding.severity],
                "source": {"name": "verify"},
                "code": {"value": finding.rule},
            }
            others = [{"location": {"path": doc.name, "range": _range(doc, c.source_start, c.source_end)},
                       "message": f"other side: {' '.join(c.text.split())}"} for c in finding.claims[1:]]
            if others:
                diagnostic["related_locations"] = others
            suggestions = [{"range": _range(doc, *s.span), "text": s.replacement}
                           for s in report.suggestions(finding)]
            if suggestions:
                diagnostic["suggestions"] = suggestions
            lines.append(json.dumps(diagnostic, ensure_ascii=False))
    return "\n".join(lines) + ("\n" if lines else "")

"""``--format jsonl``: one contract ``report`` object per line, written as each article is checked.

A line is made where the report is: on a Dask worker or a ``--jobs`` process when nothing on the
client still has to change the report (``--diff``, ``--baseline``, ``--apply-suggestions``), so the
client of an archive run only writes lines (about 4 ms of its CPU per article saved: past a few
workers, rendering on the client would be the limit). An article that could not be read is a line
``{"source", "message"}``, as the json format's ``errors``.

>>> from verify import Checker
>>> line = jsonl_line(Checker(no_config=True).check_text("Acme's revenue was €4.8bn. Later, Acme's revenue "
...                                                      "was €4.6bn.", name="a.txt"), "error")
>>> line.severities, line.text.count("\\n"), line.text.startswith('{"source": "a.txt"')
(frozenset({'error'}), 1, True)
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from verify.report import ArticleReport, Unreadable, at_or_above


@dataclass(frozen=True)
class JsonlLine:
    """One article's line, and the severities of the findings it holds (for the exit status)."""

    text: str
    severities: frozenset[str]


def jsonl_line(report: ArticleReport, min_level: str = "info") -> JsonlLine:
    """The report's line, with the findings below ``min_level`` left out."""
    report.findings = at_or_above(report.findings, min_level)
    return JsonlLine(report.to_json(indent=None) + "\n", frozenset(f.severity for f in report.findings))


def unreadable_line(failure: Unreadable) -> str:
    return json.dumps(failure.as_dict(), ensure_ascii=False) + "\n"


def line_of(result: ArticleReport | Unreadable, min_level: str = "info") -> JsonlLine | Unreadable:
    """What a worker sends back for ``--format jsonl``: the line, or the unreadable article itself."""
    return result if isinstance(result, Unreadable) else jsonl_line(result, min_level)

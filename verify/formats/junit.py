"""JUnit XML: one test case per article; a failure per finding at or above ``--fail-on``.

Control characters that XML 1.0 cannot carry are removed from every text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

from verify.formats.text import help_text
from verify.report import SEVERITIES, ArticleReport, Unreadable

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def render(reports: list[ArticleReport], fail_on: str, failures: Sequence[Unreadable] = ()) -> str:
    """The test suite; an article that could not be read is a test case with an ``<error>``."""
    threshold = SEVERITIES.index(fail_on) if fail_on in SEVERITIES else -1
    cases = []
    failures_total = 0
    for report in reports:
        doc = report.document
        failing = [f for f in report.sorted_findings() if SEVERITIES.index(f.severity) <= threshold]
        failures_total += bool(failing)
        body = []
        for finding in failing:
            line, column = doc.index.line_column(finding.source_span[0])
            text = f"{doc.name}:{line}:{column}: {finding.severity} {finding.rule} {finding.message}"
            text += "".join(f"\nlinked: {tie}" for tie in finding.referring_links())
            text += "".join(f"\nhelp: {help_text(s)}" for s in report.suggestions(finding))
            body.append(f"    <failure type={quoteattr(finding.rule)} message={quoteattr(_clean(finding.message))}>"
                        f"{escape(_clean(text))}</failure>")
        name = quoteattr(_clean(doc.name))
        cases.append(f"  <testcase classname=\"verify\" name={name} file={name}>\n" + "\n".join(body)
                     + ("\n" if body else "") + "  </testcase>")
    for failure in failures:
        name = quoteattr(_clean(failure.source))
        cases.append(f"  <testcase classname=\"verify\" name={name} file={name}>\n"
                     f"    <error message={quoteattr(_clean(failure.message))}>{escape(_clean(failure.message))}"
                     "</error>\n  </testcase>")
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            f"<testsuite name=\"verify\" tests=\"{len(reports) + len(failures)}\" failures=\"{failures_total}\" "
            f"errors=\"{len(failures)}\">\n"
            + "\n".join(cases) + "\n</testsuite>\n")

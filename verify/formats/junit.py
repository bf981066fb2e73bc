"""JUnit XML: one test case per article; a failure per finding at or above ``--fail-on``.

Control characters that XML 1.0 cannot carry are removed from every text.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

from verify.report import SEVERITIES, ArticleReport

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def render(reports: list[ArticleReport], fail_on: str) -> str:
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
            body.append(f"    <failure type={quoteattr(finding.rule)} message={quoteattr(_clean(finding.message))}>"
                        f"{escape(_clean(text))}</failure>")
        name = quoteattr(_clean(doc.name))
        cases.append(f"  <testcase classname=\"verify\" name={name} file={name}>\n" + "\n".join(body)
                     + ("\n" if body else "") + "  </testcase>")
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            f"<testsuite name=\"verify\" tests=\"{len(reports)}\" failures=\"{failures_total}\" errors=\"0\">\n"
            + "\n".join(cases) + "\n</testsuite>\n")

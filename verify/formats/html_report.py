"""A self-contained HTML report: summary, findings you can open, the article with its claims marked.

No external assets and no scripts: the page works offline, findings open as ``<details>``
elements, and a Content-Security-Policy of ``default-src 'none'`` stops anything in it from
running or loading, even if an article's text were not escaped (it always is: every piece of
article and evidence text goes through :func:`html.escape`).
"""

from __future__ import annotations

import hashlib
import html
import itertools
from bisect import bisect_left
from collections import Counter

from verify.claims import Claim
from verify.formats.describe import describe_value
from verify.report import ArticleReport, Finding

_STYLE = """
body{font:15px/1.55 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
header{background:#1d2b3a;color:#fff;padding:14px 24px}header h1{font-size:18px;margin:0}
main{max-width:1100px;margin:0 auto;padding:16px 24px}
section.article{background:#fff;border:1px solid #ddd;border-radius:8px;margin:18px 0;padding:16px 20px}
.summary{display:flex;gap:18px;flex-wrap:wrap;margin:8px 0 14px}
.summary div{background:#eef2f6;border-radius:6px;padding:6px 12px}
.summary b{font-size:18px;display:block}
details.finding{border-left:5px solid #999;background:#f7f7f7;margin:8px 0;padding:6px 10px;border-radius:4px}
details.error{border-color:#c62828}details.warning{border-color:#ef8f00}details.info{border-color:#1e88e5}
details.finding summary{cursor:pointer}.sev{font-weight:700;text-transform:uppercase;font-size:12px;margin-right:6px}
.error .sev{color:#c62828}.warning .sev{color:#b26a00}.info .sev{color:#1565c0}
.side{margin:6px 0 6px 12px}.side code{background:#fff;border:1px solid #ddd;padding:1px 4px;border-radius:3px}
.prose{white-space:pre-wrap;font-family:Georgia,serif;font-size:16px;border-top:1px solid #eee;padding-top:12px}
.c{border-radius:3px;padding:0 1px}.c-money{background:#fff2b3}.c-percent{background:#ffe0b2}
.c-quantity{background:#e1f5fe}.c-date{background:#dcedc8}.c-duration{background:#e8eaf6}
.c-ranking{background:#f8bbd0}.c-quote{background:#f3e5f5}
.f-error{text-decoration:underline wavy #c62828 2px}.f-warning{text-decoration:underline wavy #ef8f00 2px}
.f-info{text-decoration:underline dotted #1e88e5 2px}
.legend span{margin-right:8px;padding:0 4px;font-size:13px}
"""
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none'"
_TYPES = ("money", "quantity", "percent", "date", "duration", "ranking", "quote")


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _checked(claim: Claim) -> bool:
    """Could a rule compare this claim with another? (what the summary counts as checked)"""
    if claim.type == "quote":
        return True
    if claim.type == "date":
        return claim.value.get("start") is not None
    return bool(claim.entity or claim.subject)


def _finding_html(report: ArticleReport, finding: Finding, number: int) -> str:
    doc = report.document
    line = doc.index.line_column(finding.source_span[0])[0]
    sides = []
    for role, claim in zip(["this side"] + ["other side"] * len(finding.claims), finding.claims, strict=False):
        if not claim.id:
            sides.append(f'<div class="side">{role}: <code>{_e(" ".join(claim.text.split()))}</code></div>')
            continue
        claim_line = doc.index.line_column(claim.source_start)[0]
        sides.append(f'<div class="side">{role} (<a href="#{_e(report_key(report))}-{_e(claim.id)}">line '
                     f'{claim_line}</a>): <code>{_e(" ".join(claim.text.split()))}</code> = '
                     f'{_e(describe_value(claim.type, claim.value))}'
                     + (f"; subject: {_e(claim.subject)}" if claim.subject else "") + "</div>")
    for item in finding.evidence:
        sides.append(f'<div class="side">evidence from {_e(item.get("source", ""))}: '
                     f'<q>{_e(item.get("excerpt", ""))}</q> ({_e(item.get("value", ""))})</div>')
    return (f'<details class="finding {finding.severity}" id="{_e(report_key(report))}-f{number}">'
            f'<summary><span class="sev">{finding.severity}</span><b>{_e(finding.rule)}</b> '
            f'line {line}: {_e(finding.message)}</summary>{"".join(sides)}</details>')


def report_key(report: ArticleReport) -> str:
    """A stable anchor prefix for one article's claims and findings."""
    return "a" + hashlib.sha1(report.document.name.encode()).hexdigest()[:10]


def _prose_html(report: ArticleReport) -> str:
    """The article's prose with each claim wrapped in a span; claims may nest (a figure in a quote)."""
    text = report.document.text
    flags: dict[str, str] = {}
    for finding in report.findings:
        for claim in finding.claims:
            if claim.id and (claim.id not in flags or finding.severity == "error"):
                flags[claim.id] = finding.severity
    bounds = sorted({0, len(text), *(c.start for c in report.claims), *(c.end for c in report.claims)})
    key = report_key(report)
    out = []
    opened: set[str] = set()
    for left, right in itertools.pairwise(bounds):
        piece = _e(text[left:right])
        covering = [c for c in report.claims if c.start <= left and right <= c.end]
        for claim in sorted(covering, key=lambda c: c.end - c.start):
            classes = f"c c-{claim.type}" + (f" f-{flags[claim.id]}" if claim.id in flags else "")
            title = f"{claim.type}: {describe_value(claim.type, claim.value)}"
            if claim.subject:
                title += f" · subject: {claim.subject}"
            anchor = ""
            if claim.id not in opened:
                anchor = f' id="{key}-{_e(claim.id)}"'
                opened.add(claim.id)
            piece = f'<span class="{classes}"{anchor} title="{_e(title)}" data-claim="{_e(claim.id)}">{piece}</span>'
        out.append(piece)
    return "".join(out)


def _summary(report: ArticleReport) -> str:
    claims = report.claims
    flagged = {c.id for f in report.findings for c in f.claims if c.id}
    sentences = report.document.context.sentences
    starts = sorted(c.start for c in claims)
    covered = 0
    for start, end in sentences:
        first = bisect_left(starts, start)
        covered += first < len(starts) and starts[first] < end
    coverage = covered / len(sentences) if sentences else 0.0
    by_type = Counter(c.type for c in claims)
    cells = [("claims found", len(claims)), ("checked by the rules", sum(map(_checked, claims))),
             ("flagged", len(flagged)), ("errors", report.count("error")), ("warnings", report.count("warning")),
             ("extraction coverage", f"{coverage:.0%} of sentences")]
    legend = "".join(f'<span class="c c-{t}">{t} {by_type.get(t, 0)}</span>' for t in _TYPES)
    published = report.published.isoformat() if report.published else "unknown (relative dates unresolved)"
    return ('<div class="summary">' + "".join(f"<div><b>{_e(v)}</b>{_e(k)}</div>" for k, v in cells) + "</div>"
            f'<p>Published: {_e(published)}</p><p class="legend">{legend}</p>')


def render(reports: list[ArticleReport], version: str) -> str:
    sections = []
    for report in reports:
        findings = report.sorted_findings()
        items = "".join(_finding_html(report, f, i) for i, f in enumerate(findings, start=1)) or \
            "<p>No findings.</p>"
        title = report.document.title or report.document.name
        sections.append(f'<section class="article" id="{report_key(report)}"><h2>{_e(title)}</h2>'
                        f"<p><code>{_e(report.document.name)}</code></p>{_summary(report)}"
                        f"<h3>Findings</h3>{items}<h3>Article</h3>"
                        f'<div class="prose">{_prose_html(report)}</div></section>')
    total = sum(len(r.findings) for r in reports)
    return ("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
            "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
            f"<title>verify report</title><style>{_STYLE}</style></head><body>"
            f"<header><h1>verify {_e(version)}: {len(reports)} article(s), {total} finding(s)</h1></header>"
            f"<main>{''.join(sections)}</main></body></html>\n")

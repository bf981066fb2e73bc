"""A self-contained HTML report for editors: what is wrong stands out from what was merely found.

- Each article: a summary (claims found, checked, flagged, extraction coverage), a legend, the
  findings (``<details>`` whose summary shows the most likely suggested correction, and that open to
  show both sides, their values, any evidence and every suggestion with its arithmetic), and the
  article with every claim marked. Claims a finding names are marked strongly, by severity, and
  are focusable: hovering or focusing one shows the finding's message, and a numbered link after
  it leads to the finding, which links back. The other claims are quiet, and a checkbox (no
  script: a CSS sibling selector) hides them. A finding about no claim (an unused suppression) is
  marked where it stands, so every finding is in the article.
- A batch opens with an index of its articles and their counts, articles with findings first;
  clean articles are collapsed.

No external assets and no scripts: the page works offline, and a Content-Security-Policy of
``default-src 'none'`` stops anything in it from running or loading. Every piece of text and
every attribute value, whatever its source (article, evidence, rule, claim type), goes through
:func:`html.escape`. The article is rendered in one sweep over its claim boundaries: each stretch
of text is wrapped in the claims open over it, never by scanning all claims again.
"""

from __future__ import annotations

import hashlib
import html
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from verify.claims import Claim
from verify.formats.describe import describe_value
from verify.report import SEVERITIES, ArticleReport, Finding

_STYLE = """
body{font:15px/1.55 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
header{background:#1d2b3a;color:#fff;padding:14px 24px}header h1{font-size:18px;margin:0}
main{max-width:1100px;margin:0 auto;padding:16px 24px}
.toggle{margin:12px 0 0 24px}.toggle+label{font-size:14px;margin-left:4px}
section.article,details.article{background:#fff;border:1px solid #ddd;border-radius:8px;margin:18px 0;
padding:16px 20px}
details.article>summary{cursor:pointer;font-size:16px}
nav.index table{border-collapse:collapse;background:#fff}nav.index td,nav.index th{border:1px solid #ddd;
padding:4px 10px;text-align:left}nav.index .n{text-align:right}
.summary{display:flex;gap:18px;flex-wrap:wrap;margin:8px 0 14px}
.summary div{background:#eef2f6;border-radius:6px;padding:6px 12px}
.summary b{font-size:18px;display:block}
details.finding{border-left:5px solid #999;background:#f7f7f7;margin:8px 0;padding:6px 10px;border-radius:4px}
details.error{border-color:#b71c1c}details.warning{border-color:#e65100}details.info{border-color:#1565c0}
details.finding summary{cursor:pointer}.sev{font-weight:700;text-transform:uppercase;font-size:12px;margin-right:6px}
.error .sev{color:#b71c1c}.warning .sev{color:#a84300}.info .sev{color:#1565c0}
.side{margin:6px 0 6px 12px}.suggestion{display:block;margin:4px 0 0 2px;font-size:14px}
.suggestion del{color:#7f0000}.suggestion ins{color:#1b5e20;text-decoration:none;font-weight:700}
.fix code{background:#e8f5e9}.side code{background:#fff;border:1px solid #ddd;padding:1px 4px;border-radius:3px}
.prose{white-space:pre-wrap;font-family:Georgia,serif;font-size:16px;border-top:1px solid #eee;padding-top:12px}
.c{border-bottom:1px dotted #b0b7c0}
.c-money{background:#fbf6dc}.c-percent{background:#fdf0e0}.c-quantity{background:#eaf5fb}.c-date{background:#eef5e6}
.c-duration{background:#f0f1f8}.c-ranking{background:#fbeef3}.c-quote{background:#f7f1f8}
.c.flag{position:relative;font-weight:700;border-radius:3px;padding:0 2px;border-bottom:none;outline-offset:2px}
.c.sev-error{background:#ffcdd2;color:#7f0000;box-shadow:inset 0 -3px 0 #b71c1c}
.c.sev-warning{background:#ffe0b2;color:#6d2c00;box-shadow:inset 0 -3px 0 #e65100}
.c.sev-info{background:#d6e9fb;color:#0d3c70;box-shadow:inset 0 -3px 0 #1565c0}
.c.flag[data-tip]:hover::after,.c.flag[data-tip]:focus::after{content:attr(data-tip);position:absolute;left:0;top:100%;z-index:5;
margin-top:4px;width:max-content;max-width:420px;white-space:normal;font:13px/1.4 system-ui,sans-serif;
background:#1d2b3a;color:#fff;padding:6px 8px;border-radius:4px;box-shadow:0 2px 6px rgba(0,0,0,.3)}
.c.flag:focus{outline:2px solid #1d2b3a}
a.ref,a.mark{font:700 11px system-ui,sans-serif;vertical-align:super;text-decoration:none;margin-left:1px;
padding:0 3px;border-radius:3px;color:#fff}
.ref.sev-error,.mark.sev-error,.legend .sev-error{background:#b71c1c}
.ref.sev-warning,.mark.sev-warning,.legend .sev-warning{background:#e65100}
.ref.sev-info,.mark.sev-info,.legend .sev-info{background:#1565c0}
.legend span{margin-right:8px;padding:0 4px;font-size:13px}.legend .sev{color:#fff;border-radius:3px}
#hide-unflagged:checked~main .c:not(.flag){background:none;border-bottom:none}
"""
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none'"
_TYPES = ("money", "quantity", "percent", "date", "duration", "ranking", "quote")


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def report_key(report: ArticleReport) -> str:
    """A stable anchor prefix for one article's claims and findings."""
    return "a" + hashlib.sha1(report.document.name.encode()).hexdigest()[:10]


def _checked(claim: Claim) -> bool:
    """Could a rule compare this claim with another? (what the summary counts as checked)"""
    if claim.type == "quote":
        return True
    if claim.type == "date":
        return claim.value.get("start") is not None
    return bool(claim.entity or claim.subject)


def _anchors(report: ArticleReport) -> dict[int, str]:
    """An anchor name for every claim the article marks, by object: its id, or for a side that is
    not a claim of the article (a job title, for attribution.title) a made-up one."""
    names = {id(c): c.id for c in report.claims if c.id}
    for finding in report.findings:
        for claim in finding.claims:
            if id(claim) not in names and claim.end > claim.start:
                names[id(claim)] = f"s{len(names) + 1}"
    return names


def _tip(finding: Finding) -> str:
    return f"{finding.severity}: {finding.rule}: {finding.message}"


@dataclass
class _Flag:
    """What the article shows on a claim that findings name: the worst severity, every finding."""

    severity: str
    numbers: list[int] = field(default_factory=list)
    tips: list[str] = field(default_factory=list)


def _flags(numbered: list[tuple[int, Finding]], anchors: dict[int, str]) -> dict[str, _Flag]:
    flags: dict[str, _Flag] = {}
    for number, finding in numbered:
        for claim in finding.claims:
            if id(claim) not in anchors:
                continue
            flag = flags.setdefault(anchors[id(claim)], _Flag(finding.severity))
            if SEVERITIES.index(finding.severity) < SEVERITIES.index(flag.severity):
                flag.severity = finding.severity
            if number not in flag.numbers:
                flag.numbers.append(number)
                flag.tips.append(_tip(finding))
    return flags


def _finding_html(report: ArticleReport, finding: Finding, number: int, marker: str,
                  anchors: dict[int, str]) -> str:
    doc = report.document
    key = report_key(report)
    line = doc.index.line_column(finding.source_span[0])[0]
    sides = []
    for role, claim in zip(["this side"] + ["other side"] * len(finding.claims), finding.claims, strict=False):
        if id(claim) not in anchors:
            sides.append(f'<div class="side">{_e(role)}: <code>{_e(" ".join(claim.text.split()))}</code></div>')
            continue
        claim_line = doc.index.line_column(claim.source_start)[0]
        value = f" = {_e(describe_value(claim.type, claim.value))}" if claim.id else ""
        sides.append(f'<div class="side">{_e(role)} (<a href="#{_e(key)}-{_e(anchors[id(claim)])}">line '
                     f'{_e(claim_line)}</a>): <code>{_e(" ".join(claim.text.split()))}</code>{value}'
                     + (f"; subject: {_e(claim.subject)}" if claim.subject else "") + "</div>")
    for tie in finding.referring_links():
        sides.append(f'<div class="side">linked: {_e(tie)}</div>')
    for item in finding.evidence:
        sides.append(f'<div class="side">evidence from {_e(item.get("source", ""))}: '
                     f'<q>{_e(item.get("excerpt", ""))}</q> ({_e(item.get("value", ""))})</div>')
    suggestions = report.suggestions(finding)
    for suggestion in suggestions:
        sides.append(f'<div class="side fix">suggested: replace <code>{_e(" ".join(suggestion.claim.text.split()))}'
                     f'</code> with <code>{_e(suggestion.replacement)}</code>: {_e(suggestion.why)}</div>')
    severity = _e(finding.severity)
    shown = (f'<span class="suggestion">suggested: <del>{_e(" ".join(suggestions[0].claim.text.split()))}</del> '
             f'→ <ins>{_e(suggestions[0].replacement)}</ins></span>' if suggestions else "")
    return (f'<details class="finding {severity}" id="{_e(key)}-f{number}">'
            f'<summary><span class="sev">{severity}</span><b>{_e(finding.rule)}</b> line {_e(line)}: '
            f'<span class="msg" id="{_e(key)}-f{number}-msg">{_e(finding.message)}</span> '
            f'<a href="#{_e(marker)}">in the article</a>{shown}</summary>{"".join(sides)}</details>')


def _claim_open(claim: Claim, anchor: str, key: str, flag: _Flag | None, first: bool) -> str:
    description = f"{claim.type}: {describe_value(claim.type, claim.value)}" if claim.id else claim.type
    if claim.subject:
        description += f" · subject: {claim.subject}"
    attributes = [("class", f"c c-{claim.type}" + (f" flag sev-{flag.severity}" if flag else "")),
                  ("data-claim", anchor)]
    if first:
        attributes.append(("id", f"{key}-{anchor}"))
    if flag:
        attributes.append(("title", " · ".join([*flag.tips, description])))
        if first:
            attributes += [("tabindex", "0"), ("data-tip", " · ".join(flag.tips)),
                           ("aria-describedby", " ".join(f"{key}-f{n}-msg" for n in flag.numbers))]
    else:
        attributes.append(("title", description))
    return "<span " + " ".join(f'{name}="{_e(value)}"' for name, value in attributes) + ">"


def _refs(flag: _Flag, key: str) -> str:
    return "".join(f'<a class="ref sev-{_e(flag.severity)}" href="#{_e(key)}-f{n}" '
                   f'aria-label="{_e(f"finding {n}")}">{n}</a>' for n in flag.numbers)


def _prose_html(report: ArticleReport, numbered: list[tuple[int, Finding]]) -> str:
    """The prose with each claim wrapped in spans; claims may nest (a figure in a quote) or cross.

    One sweep over the sorted boundaries: the claims open over a stretch change only at its
    edges, so each stretch costs the claims open over it (the nesting depth), not all claims.
    """
    doc = report.document
    text = doc.text
    key = report_key(report)
    anchors = _anchors(report)
    flags = _flags(numbered, anchors)
    marked = {id(c): c for c in report.claims if c.end > c.start}
    marked.update({id(c): c for _, f in numbered for c in f.claims if id(c) in anchors and c.end > c.start})
    claims = list(marked.values())
    opening: dict[int, list[Claim]] = defaultdict(list)
    closing: dict[int, list[Claim]] = defaultdict(list)
    for claim in claims:
        opening[claim.start].append(claim)
        closing[claim.end].append(claim)
    markers: dict[int, list[str]] = defaultdict(list)
    for number, finding in numbered:
        if not any(id(c) in anchors for c in finding.claims):
            at = min(doc.mapping.to_prose(finding.source_span[0]), len(text))
            markers[at].append(f'<a class="mark sev-{_e(finding.severity)}" id="{_e(key)}-m{number}" '
                               f'href="#{_e(key)}-f{number}" title="{_e(_tip(finding))}" '
                               f'aria-label="{_e(f"finding {number}: {_tip(finding)}")}">&#9873;{number}</a>')
    bounds = sorted({0, len(text), *opening, *closing, *markers})
    active: dict[int, Claim] = {}
    started: set[int] = set()
    out: list[str] = []
    for index, left in enumerate(bounds):
        for claim in closing.get(left, ()):
            active.pop(id(claim), None)
            flag = flags.get(anchors.get(id(claim), ""))
            if flag:
                out.append(_refs(flag, key))
        out.extend(markers.get(left, ()))
        for claim in opening.get(left, ()):
            active[id(claim)] = claim
        if index + 1 == len(bounds):
            break
        piece = _e(text[left:bounds[index + 1]])
        for claim in sorted(active.values(), key=lambda c: c.end - c.start):  # innermost first
            first = id(claim) not in started
            started.add(id(claim))
            anchor = anchors.get(id(claim), claim.id)
            piece = _claim_open(claim, anchor, key, flags.get(anchor), first) + piece + "</span>"
        out.append(piece)
    return "".join(out)


def _legend(by_type: Counter[str]) -> str:
    severities = "".join(f'<span class="sev sev-{s}">{s}</span>' for s in SEVERITIES)
    types = "".join(f'<span class="c c-{t}">{t} {by_type.get(t, 0)}</span>' for t in _TYPES)
    return (f'<p class="legend">Flagged by a finding: {severities} (hover or focus one for the message; '
            f'the number leads to the finding). Other claims: {types}</p>')


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
    cells = [("claims found", len(claims)), ("checked by the rules", sum(map(_checked, claims))),
             ("flagged", len(flagged)), ("errors", report.count("error")), ("warnings", report.count("warning")),
             ("extraction coverage", f"{coverage:.0%} of sentences")]
    published = report.published.isoformat() if report.published else "unknown (relative dates unresolved)"
    notes = "".join(f"<p>Note: {_e(note)}</p>" for note in report.notes)
    return ('<div class="summary">' + "".join(f"<div><b>{_e(v)}</b>{_e(k)}</div>" for k, v in cells) + "</div>"
            f"<p>Published: {_e(published)}</p>{notes}{_legend(Counter(c.type for c in claims))}")


def _article_html(report: ArticleReport, collapsed: bool) -> str:
    key = report_key(report)
    numbered = list(enumerate(report.sorted_findings(), start=1))
    anchors = _anchors(report)
    markers = {}
    for number, finding in numbered:
        first = next((c for c in finding.claims if id(c) in anchors), None)
        markers[number] = f"{key}-{anchors[id(first)]}" if first else f"{key}-m{number}"
    items = "".join(_finding_html(report, f, n, markers[n], anchors) for n, f in numbered) or \
        "<p>No findings.</p>"
    title = report.document.title or report.document.name
    body = (f"<p><code>{_e(report.document.name)}</code></p>{_summary(report)}"
            f"<h3>Findings</h3>{items}<h3>Article</h3>"
            f'<div class="prose">{_prose_html(report, numbered)}</div>')
    if collapsed:
        return (f'<details class="article clean" id="{_e(key)}"><summary><b>{_e(title)}</b>: no findings, '
                f"{len(report.claims)} claims</summary>{body}</details>")
    return f'<section class="article" id="{_e(key)}"><h2>{_e(title)}</h2>{body}</section>'


def _order(reports: list[ArticleReport]) -> list[ArticleReport]:
    """Articles with findings first (most errors, then warnings), then the clean ones, each in input order."""
    return sorted(reports, key=lambda r: (not r.findings, -r.count("error"), -r.count("warning")))


def _index(reports: list[ArticleReport]) -> str:
    rows = "".join(
        f'<tr><td><a href="#{_e(report_key(r))}">{_e(r.document.title or r.document.name)}</a></td>'
        f'<td class="n">{r.count("error")}</td><td class="n">{r.count("warning")}</td>'
        f'<td class="n">{r.count("info")}</td><td class="n">{len(r.claims)}</td></tr>' for r in reports)
    return ('<nav class="index"><h2>Articles</h2><table><tr><th>article</th><th>errors</th><th>warnings</th>'
            f"<th>infos</th><th>claims</th></tr>{rows}</table></nav>")


STYLE = _STYLE  # for pages that embed reports (verify serve serves it as a style sheet)


def article_section(report: ArticleReport) -> str:
    """One article's report as an HTML fragment (summary, findings with suggestions, the marked
    article), escaped like the whole page, for embedding in another page."""
    return _article_html(report, collapsed=False)


def render(reports: list[ArticleReport], version: str) -> str:
    ordered = _order(reports)
    batch = len(reports) > 1
    sections = "".join(_article_html(r, collapsed=batch and not r.findings) for r in ordered)
    total = sum(len(r.findings) for r in reports)
    return ("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f'<meta http-equiv="Content-Security-Policy" content="{_e(_CSP)}">'
            "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
            f"<title>verify report</title><style>{_STYLE}</style></head><body>"
            f"<header><h1>verify {_e(version)}: {len(reports)} article(s), {total} finding(s)</h1></header>"
            '<input type="checkbox" id="hide-unflagged" class="toggle">'
            '<label for="hide-unflagged">Hide claims without findings</label>'
            f"<main>{_index(ordered) if batch else ''}{sections}</main></body></html>\n")

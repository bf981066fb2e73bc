"""``verify summarize REPORT.jsonl``: the totals of an archive run, by rule and by folder.

Reads ``verify check --format jsonl`` output one line at a time (memory grows with the number of
rules and folders, not of articles). A line with ``findings`` is a report; a line with a
``message`` and no findings is an article that could not be read. The folder of an article is its
source up to the last ``/`` (``s3://archive/2024/03`` for ``s3://archive/2024/03/a.md``).

>>> lines = ['{"source": "a/x.md", "claims": [], "findings": [{"rule": "number.mismatch", "severity": "error"}],'
...          ' "summary": {"claims": 2, "errors": 1, "warnings": 0, "infos": 0}}',
...          '{"source": "b/y.md", "message": "b/y.md: binary file, not an article"}']
>>> totals = summarize(lines, "run.jsonl")
>>> totals.articles, totals.unreadable, totals.claims, dict(totals.rules["number.mismatch"])
(2, 1, 2, {'error': 1, 'articles': 1})
>>> print(render_text(totals, "run.jsonl"))
run.jsonl: 2 articles (1 unreadable), 2 claims; 1 error, 0 warnings, 0 infos
<BLANKLINE>
rule             errors  warnings  infos  articles
number.mismatch       1         0      0         1
<BLANKLINE>
folder  articles  unreadable  errors  warnings  infos
a              1           0       1         0      0
b              1           1       0         0      0
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from verify.errors import InputError
from verify.report import SEVERITIES

_PLURAL = {"error": "errors", "warning": "warnings", "info": "infos"}


@dataclass
class Totals:
    """Counts over every line of a run's report."""

    articles: int = 0
    unreadable: int = 0
    claims: int = 0
    severities: Counter[str] = field(default_factory=Counter)
    rules: defaultdict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))  # + "articles"
    folders: defaultdict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))


def folder_of(source: str) -> str:
    """The folder (or prefix) an article is in: ``"."`` for a bare name."""
    return source.rsplit("/", 1)[0] if "/" in source.rstrip("/") else "."


def _item(line: str, where: str) -> dict[str, Any]:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: not JSON ({exc.msg}); is this verify check --format jsonl output?") from None
    if not isinstance(item, dict) or not isinstance(item.get("source"), str) or \
            ("findings" not in item and "message" not in item):
        raise InputError(f"{where}: not a report of verify check --format jsonl (no source and findings)")
    return item


def summarize(lines: Iterable[str], name: str) -> Totals:
    """The totals of a jsonl report; :class:`InputError` naming the line that is not a report."""
    totals = Totals()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        item = _item(line, f"{name}:{number}")
        folder = totals.folders[folder_of(item["source"])]
        totals.articles += 1
        folder["articles"] += 1
        if "findings" not in item:
            totals.unreadable += 1
            folder["unreadable"] += 1
            continue
        try:
            totals.claims += int(item.get("summary", {}).get("claims", len(item.get("claims", []))))
            seen: set[str] = set()
            for finding in item["findings"]:
                rule, severity = finding["rule"], finding["severity"]
                totals.severities[severity] += 1
                totals.rules[rule][severity] += 1
                folder[severity] += 1
                if rule not in seen:
                    seen.add(rule)
                    totals.rules[rule]["articles"] += 1
        except (AttributeError, KeyError, TypeError, ValueError):
            raise InputError(f"{name}:{number}: a report whose findings lack a rule or severity") from None
    return totals


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(cell) for cell in column) for column in zip(header, *rows, strict=True)]
    lines = []
    for row in [header, *rows]:
        cells = [row[0].ljust(widths[0])] + [cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True)]
        lines.append("  ".join(cells).rstrip())
    return lines


def render_text(totals: Totals, name: str) -> str:
    """A headline, then a table by rule (most findings first) and one by folder (in name order)."""
    counts = ", ".join(f"{totals.severities[s]:,} {_PLURAL[s] if totals.severities[s] != 1 else s}"
                       for s in SEVERITIES)
    lines = [f"{name}: {totals.articles:,} articles ({totals.unreadable:,} unreadable), {totals.claims:,} claims; "
             f"{counts}", ""]
    rules = sorted(totals.rules.items(), key=lambda item: (-sum(item[1][s] for s in SEVERITIES), item[0]))
    if rules:
        lines += _table(["rule", *(_PLURAL[s] for s in SEVERITIES), "articles"],
                        [[rule, *(f"{c[s]:,}" for s in SEVERITIES), f"{c['articles']:,}"] for rule, c in rules])
        lines.append("")
    lines += _table(["folder", "articles", "unreadable", *(_PLURAL[s] for s in SEVERITIES)],
                    [[folder, f"{c['articles']:,}", f"{c['unreadable']:,}", *(f"{c[s]:,}" for s in SEVERITIES)]
                     for folder, c in sorted(totals.folders.items())])
    return "\n".join(lines)


def render_json(totals: Totals) -> str:
    """The same totals as JSON: ``articles``, ``unreadable``, ``claims``, ``findings`` by severity, and
    ``rules`` and ``folders`` each mapping a name to its counts."""
    def counts(counter: Counter[str], keys: Iterable[str]) -> dict[str, int]:
        return {_PLURAL.get(key, key): counter[key] for key in keys}

    return json.dumps({
        "articles": totals.articles, "unreadable": totals.unreadable, "claims": totals.claims,
        "findings": counts(totals.severities, SEVERITIES),
        "rules": {rule: counts(c, [*SEVERITIES, "articles"]) for rule, c in sorted(totals.rules.items())},
        "folders": {folder: counts(c, ["articles", "unreadable", *SEVERITIES])
                    for folder, c in sorted(totals.folders.items())},
    }, indent=2, ensure_ascii=False)

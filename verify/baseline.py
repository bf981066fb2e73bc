"""Baselines: record today's findings of an archive, then report only new ones.

A finding is keyed by (file, rule, the normalised text of its claims), never by
line numbers, so edits elsewhere in a file do not resurrect it. Each key counts:
two identical findings need two entries. The file is named relative to the folder of
the config in force (the project root), not to the folder verify runs from, so CI and
a newsroom's laptops write the same keys.

>>> key_of("a.md", "number.mismatch", ["€4.6bn", "€4.8 bn"])
'a.md|number.mismatch|€4.6bn|€4.8 bn'
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from verify.errors import InputError
from verify.report import ArticleReport, Finding

BASELINE_VERSION = 1


def key_of(file: str, rule: str, texts: list[str]) -> str:
    return "|".join([Path(file).as_posix(), rule, *(" ".join(t.split()) for t in texts)])


Root = Callable[[str], Path]  # an article's path → the folder its baseline key is relative to


def relative_name(article: str, root: Path) -> str:
    """The article's path relative to ``root`` (absolute when it lies outside it).

    >>> relative_name("/news/site/drafts/a.md", Path("/news/site"))
    'drafts/a.md'
    """
    absolute = Path(os.path.abspath(article))
    try:
        return absolute.relative_to(os.path.abspath(root)).as_posix()
    except ValueError:
        return absolute.as_posix()


def _working_folder(article: str) -> Path:
    return Path.cwd()


def finding_key(report: ArticleReport, finding: Finding, root: Root = _working_folder) -> str:
    name = report.document.name
    return key_of(relative_name(name, root(name)), finding.rule, [c.text for c in finding.claims] or
                  [report.document.source[slice(*finding.source_span)]])


def write_baseline(reports: list[ArticleReport], root: Root = _working_folder) -> str:
    counts = Counter(finding_key(r, f, root) for r in reports for f in r.findings)
    entries = [{"key": key, "count": count} for key, count in sorted(counts.items())]
    return json.dumps({"version": BASELINE_VERSION, "tool": "verify", "entries": entries},
                      ensure_ascii=False, indent=2) + "\n"


def read_baseline(path: str) -> Counter[str]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return Counter({entry["key"]: int(entry["count"]) for entry in data["entries"]})
    except FileNotFoundError:
        raise InputError(f"{path}: baseline file not found (write one with 'verify baseline write')") from None
    except (ValueError, KeyError, TypeError) as exc:
        raise InputError(f"{path}: not a verify baseline ({exc})") from None


def apply_baseline(reports: list[ArticleReport], baseline: Counter[str], root: Root = _working_folder) -> None:
    """Drop findings the baseline records, each entry at most as many times as it counts."""
    remaining = Counter(baseline)
    for report in reports:
        kept = []
        for finding in report.findings:
            key = finding_key(report, finding, root)
            if remaining[key] > 0:
                remaining[key] -= 1
            else:
                kept.append(finding)
        report.findings = kept


def prune_baseline(reports: list[ArticleReport], baseline: Counter[str],
                   root: Root = _working_folder) -> tuple[str, int]:
    """The baseline without the entries today's findings no longer produce, and how many went."""
    current = Counter(finding_key(r, f, root) for r in reports for f in r.findings)
    kept = Counter({key: min(count, current[key]) for key, count in baseline.items() if current[key]})
    entries = [{"key": key, "count": count} for key, count in sorted(kept.items())]
    text = json.dumps({"version": BASELINE_VERSION, "tool": "verify", "entries": entries},
                      ensure_ascii=False, indent=2) + "\n"
    return text, sum(baseline.values()) - sum(kept.values())

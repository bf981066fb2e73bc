"""Checking one draft held in memory, exactly as ``verify check`` would check it as a file.

The long-running front ends (``verify serve``, ``verify lsp``) use this: the config and house rules
are found from the draft's name (``--config``, ``VERIFY_CONFIG``, else the nearest ``verify.toml`` or
``[tool.verify]`` above it) by the CLI's own resolver, the publication date is the one given, else
the document's own, and the report carries the same notes and suggested corrections.

>>> checker = Checker(no_config=True)
>>> report = checker.check("Acme's revenue was €4.8bn. Later, Acme's revenue was €4.6bn.", "draft.txt")
>>> [f.rule for f in report.findings]
['number.mismatch']
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from verify.report import ArticleReport


@dataclass
class Checker:
    """The settings of a front end: its ``--config``/``--no-config``, ``--evidence`` and ``--store``."""

    config: str | None = None
    no_config: bool = False
    evidence: bool = False
    store: str | None = None
    _rulesets: Any = field(default=None, init=False, repr=False)

    def _args(self, published: date | None = None) -> argparse.Namespace:
        return argparse.Namespace(config=self.config, no_config=self.no_config, select=None, ignore=None,
                                  date=published, evidence=self.evidence, store=self.store)

    def ruleset_for(self, name: str) -> Any:
        """The rules in force for an article of this name (a path: it decides which config applies)."""
        if self._rulesets is None:
            from verify.cli import _ruleset_factory

            self._rulesets = _ruleset_factory(self._args())
        return self._rulesets(name)

    def check(self, source: str, name: str, fmt: str | None = None, published: date | None = None) -> ArticleReport:
        """The report of ``source``, parsed as ``fmt`` (else by the extension of ``name``, else sniffed)."""
        from verify.cli import _report
        from verify.loaders import ARTICLE_SUFFIXES, detect_format, parse, sniff_format
        from verify.rates import missing_rate_note

        chosen = fmt or (detect_format(name) if any(name.lower().endswith(s) for s in ARTICLE_SUFFIXES)
                         else sniff_format(source))
        ruleset = self.ruleset_for(name)
        report = _report(parse(name, source, chosen), self._args(published), ruleset)
        note = missing_rate_note(report.published, {c.value["currency"] for c in report.claims if c.type == "money"})
        report.notes = [note] if note else []
        report.rules = ruleset.rules
        return report

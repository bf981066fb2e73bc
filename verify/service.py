"""The public Python API: a :class:`Checker` built once, then asked about drafts and files.

Every front end checks through it: ``verify check`` (one process, ``--jobs`` processes or a Dask
cluster), ``verify serve`` and ``verify lsp``. The config and house rules are found from an
article's name (the ``config`` given, ``VERIFY_CONFIG``, else the nearest ``verify.toml`` or
``[tool.verify]`` above it), the publication date is the one given, else the document's own, and
the report carries the same notes and suggested corrections as the CLI's.

>>> from verify import Checker
>>> checker = Checker(no_config=True)
>>> report = checker.check_text("Acme's revenue was €4.8bn. Later, Acme's revenue was €4.6bn.", name="draft.txt")
>>> [f.rule for f in report.findings]
['number.mismatch']
>>> import json; json.loads(report.to_json())["summary"]
{'claims': 2, 'errors': 1, 'warnings': 0, 'infos': 0}

A checker holds settings only; what it compiles (the rule sets, an evidence store's connection) is
built on first use in each process and left out when it is pickled, so shipping one to a worker
costs a few hundred bytes:

>>> import pickle
>>> len(pickle.dumps(checker)) < 1000
True
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import KW_ONLY, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from verify.document import Document
from verify.errors import InputError
from verify.limits import DEFAULT_MAX_BYTES
from verify.report import ArticleReport, Unreadable

# One evidence reader per store and thread: a worker's threads never share a connection (sqlite3's
# may not cross threads), and a process made by fork opens its own rather than inheriting one.
_READERS = threading.local()
_OPEN_MATCHERS: list[Any] = []
_OPEN_LOCK = threading.Lock()


def _matcher(store: str | None) -> Any:  # -> verify.evidence.matching.Matcher
    """The evidence matcher of this thread for ``store`` (None: the default location), opened once."""
    from verify.evidence.matching import Matcher
    from verify.evidence.reader import open_reader

    matchers = _READERS.__dict__.setdefault("matchers", {})
    key = (os.getpid(), store)
    if key not in matchers:
        matchers[key] = Matcher(open_reader(store))
        with _OPEN_LOCK:
            _OPEN_MATCHERS.append(matchers[key])
    return matchers[key]


def close_stores() -> None:
    """Close every evidence store this process opened (a no-op when the evidence package is unused)."""
    with _OPEN_LOCK:
        while _OPEN_MATCHERS:
            _OPEN_MATCHERS.pop().store.close()
    _READERS.__dict__.pop("matchers", None)
    if "verify.evidence" in sys.modules:
        sys.modules["verify.evidence"].close_open_stores()


def _selectors(names: Sequence[str] | str | None) -> list[str] | None:
    """``"a,b"`` or ``["a", "b"]`` → ``["a", "b"]``; an empty name (``a,,b``) is dropped."""
    if names is None:
        return None
    parts = names.split(",") if isinstance(names, str) else names
    return [name.strip() for name in parts if name.strip()]


@dataclass
class Checker:
    """The settings a check runs under; build it once, check any number of articles with it.

    ``config``: a ``verify.toml`` or ``pyproject.toml`` for every article (default: ``VERIFY_CONFIG``,
    else the nearest one above each article); ``no_config`` ignores config files. ``rules``: the rule
    ids, prefixes, codes or code prefixes to run (``["number", "VFY5"]``; default: the config's
    selection), ``ignore`` those to skip. ``evidence``: also check claims against an evidence store,
    ``True`` for the default one (``VERIFY_STORE``, else a per-user SQLite file) or its URL
    (``postgresql+psycopg://…``). ``max_bytes``: the largest article read. ``cache``: read and write
    ``.verify_cache/`` for local files. ``allow_private``: fetch http(s) addresses on private networks.
    ``stdin_name``: the name an article read from ``-`` goes by (its format, config and per-file
    settings). ``warn``: where warnings about an input go (a file read as cp1252), default stderr.
    """

    config: str | os.PathLike[str] | None = None
    rules: Sequence[str] | str | None = None
    evidence: bool | str = False
    _: KW_ONLY
    no_config: bool = False
    ignore: Sequence[str] | str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    cache: bool = False
    allow_private: bool = False
    stdin_name: str | None = None
    warn: Callable[[str], None] | None = None
    _rulesets: Callable[[str], Any] | None = field(default=None, init=False, repr=False, compare=False)

    def __getstate__(self) -> dict[str, Any]:
        """The settings alone: compiled rule sets are rebuilt where the checker lands."""
        return {**self.__dict__, "_rulesets": None}

    @property
    def store(self) -> str | None:
        """The evidence store's URL, None for the default location."""
        return self.evidence if isinstance(self.evidence, str) else None

    def ruleset_for(self, name: str) -> Any:  # -> verify.engine.RuleSet
        """The rules in force for an article of this name (a path: it decides which config applies).

        A bad config or rule file raises :class:`~verify.errors.VerifyError` here.
        """
        if self._rulesets is None:
            self._rulesets = self._ruleset_factory()
        return self._rulesets(name)

    def _ruleset_factory(self) -> Callable[[str], Any]:
        from verify.config import Config, discover, load_config
        from verify.engine import RuleSet
        from verify.inputs import is_remote

        explicit = self.config or os.environ.get("VERIFY_CONFIG")
        discovered: dict[Path, Path | None] = {}
        built: dict[Path | None, RuleSet] = {}
        select, ignore = _selectors(self.rules), _selectors(self.ignore)

        def for_article(path: str) -> RuleSet:
            if self.no_config or is_remote(path):  # an object in a store has no folder to find a config in
                config_path = Path(explicit) if explicit and not self.no_config else None
            else:
                config_path = Path(explicit) if explicit else discover(path, discovered)
            if config_path not in built:
                config = load_config(config_path) if config_path else Config()
                built[config_path] = RuleSet.for_config(config, select, ignore)
            return built[config_path]

        return for_article

    def _warn(self, message: str) -> None:
        if self.warn is not None:
            self.warn(message)
            return
        from verify.formats.escape import visible

        print(f"verify: warning: {visible(message)}", file=sys.stderr)

    def load(self, path: str) -> Document:
        """Read and parse one article: a file, ``-`` (standard input), an http(s) address, or an
        fsspec URL (``s3://bucket/a.md``; needs the ``dask`` extra). Raises :class:`InputError`."""
        from verify.inputs import is_remote, is_url

        if is_url(path):
            from verify.evidence.web import load_url

            return load_url(path, allow_private=self.allow_private, max_bytes=self.max_bytes, warn=self._warn)
        if is_remote(path):
            from verify.remote import load_remote

            return load_remote(path, max_bytes=self.max_bytes, warn=self._warn)
        from verify.loaders import load_path, load_stdin

        if path == "-":
            return load_stdin(name=self.stdin_name, max_bytes=self.max_bytes, warn=self._warn)
        return load_path(path, max_bytes=self.max_bytes, warn=self._warn)

    def extract(self, doc: Document, published: date | None = None) -> ArticleReport:
        """The claims of a parsed article (no rules run); ``published`` wins over the document's date."""
        return self._report(doc, published, None)

    def _report(self, doc: Document, published: date | None, ruleset: Any) -> ArticleReport:
        from verify.extract import extract_claims

        if published:
            origin = "option"
        elif doc.published:
            published, origin = doc.published, "document"
        else:
            origin = "none"
        claims = extract_claims(doc, published)
        report = ArticleReport(doc, published, origin, claims)
        if self.evidence:
            from verify.evidence.errors import store_errors
            from verify.evidence.location import default_location

            with store_errors(self.store or default_location()):
                _matcher(self.store).annotate(claims, published, doc)
        if ruleset is not None:
            from verify.engine import run_rules

            report.findings = run_rules(doc, claims, published, ruleset)
        return report

    def check_document(self, doc: Document, published: date | None = None, *, ruleset: Any = None) -> ArticleReport:
        """The report of a parsed article under the rules in force for its name (or ``ruleset``)."""
        ruleset = ruleset or self.ruleset_for(doc.name)
        return self._finish(self._report(doc, published, ruleset), ruleset)

    def check_text(self, text: str, *, name: str, published: date | None = None,
                   format_hint: str | None = None) -> ArticleReport:
        """The report of a draft held in memory, as ``verify check`` would report the file ``name``.

        ``format_hint`` ("markdown", "html" or "text") picks the parser; default: by the extension of
        ``name``, else sniffed from the text. ``published`` wins over the document's own date.
        """
        from verify.loaders import ARTICLE_SUFFIXES, detect_format, parse, sniff_format

        chosen = format_hint or (detect_format(name) if any(name.lower().endswith(s) for s in ARTICLE_SUFFIXES)
                                 else sniff_format(text))
        return self.check_document(parse(name, text, chosen), published)

    def check_path(self, path: str | os.PathLike[str], *, published: date | None = None) -> ArticleReport:
        """The report of one article (see :meth:`load` for what ``path`` may be); :class:`InputError`
        when it cannot be read. With ``cache``, a local file's report comes from ``.verify_cache/``
        when nothing that shapes it has changed."""
        name = os.fspath(path)
        # Standard input named by stdin_name takes that file's config and per-file settings, as ruff,
        # textlint and Vale do, so an editor and CI agree.
        ruleset = self.ruleset_for(self.stdin_name if name == "-" and self.stdin_name else name)
        if not self.cache or self.evidence or name == "-" or not os.path.isfile(name):
            return self.check_document(self.load(name), published, ruleset=ruleset)
        from verify import cache

        document = self.load(name)
        key = cache.cache_key(document, published, cache.effective_settings(ruleset, name))
        root = ruleset.config.path.parent if ruleset.config.path else Path.cwd()
        report = cache.load(key, document, root, set(ruleset.rules))
        if report is None:
            report = self._report(document, published, ruleset)
            cache.store(key, report, root)
        return self._finish(report, ruleset)

    def _finish(self, report: ArticleReport, ruleset: Any) -> ArticleReport:
        from verify.rates import missing_rate_note

        note = missing_rate_note(report.published, {c.value["currency"] for c in report.claims if c.type == "money"})
        report.notes = [note] if note else []
        report.rules = ruleset.rules  # a house rule's findings get its relation's suggested corrections
        return report

    def check_or_unreadable(self, path: str, *, published: date | None = None) -> ArticleReport | Unreadable:
        """:meth:`check_path`, with an article that cannot be read returned as an
        :class:`~verify.report.Unreadable` rather than raised: one bad file never stops a batch."""
        try:
            return self.check_path(path, published=published)
        except InputError as exc:
            return Unreadable(path, str(exc))

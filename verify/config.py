"""Settings from ``verify.toml`` or ``[tool.verify]`` in ``pyproject.toml``.

Discovery: the nearest config walking up from each article's folder
(``verify.toml`` first, then a ``pyproject.toml`` that has ``[tool.verify]``);
``--config PATH`` or ``VERIFY_CONFIG`` names one for every article, and
``--no-config`` uses the defaults. Keys::

    rules = ["rules", "house-rules"]      # extra rule folders, relative to the config
    select = ["number", "date.same-event"] # rule ids, prefixes or codes to run (default: all)
    extend-select = ["quote"]               # added to select (e.g. on top of a shared base)
    ignore = ["ranking"]                    # rule ids or prefixes to skip
    extend-exclude = ["archive/2019/"]       # folders a walk skips, on top of node_modules/, build/…
    severity = {"age.founding" = "warning"}
    [claimreview]                           # who publishes ClaimReview output
    author = "Harbor City Times"
    author_url = "https://news.example.org"
    [per-file."archive/**"]
    ignore = ["date"]
    severity = {"number.mismatch" = "info"}

>>> Config().selects("number.mismatch"), Config(ignore=["number"]).selects("number.mismatch")
(True, False)
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from verify.errors import ConfigError, InputError
from verify.report import SEVERITIES
from verify.selectors import matches, resolve_all

CONFIG_MAX_BYTES = 1024 * 1024  # a config or rule file is a few kilobytes; more is not a config


def _severity_by_id(table: dict[str, str], codes_by_id: dict[str, str], where: str) -> dict[str, str]:
    """A severity table keyed by selectors → keyed by rule id; the key naming fewer rules wins."""
    expanded = []
    for key, level in table.items():
        selected = [rule_id for rule_id in codes_by_id
                    if matches(rule_id, resolve_all([key], codes_by_id, where))]
        expanded.append((len(selected), selected, level))
    by_id: dict[str, str] = {}
    for _, selected, level in sorted(expanded, key=lambda item: -item[0]):
        by_id.update(dict.fromkeys(selected, level))
    return by_id


@dataclass
class Config:
    """Resolved settings for one article."""

    path: Path | None = None
    rule_dirs: list[Path] = field(default_factory=list)
    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)  # added to select (all rules run without one)
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    per_file: dict[str, dict[str, Any]] = field(default_factory=dict)
    exclude: list[str] | None = None  # folder-walk skips, replacing the defaults (gitignore syntax)
    extend_exclude: list[str] = field(default_factory=list)  # added to the skips
    # ClaimReview output: the newsroom that publishes the reviews (``author``, ``author_url``).
    claimreview: dict[str, str] = field(default_factory=dict)

    def resolve(self, codes_by_id: dict[str, str], select: list[str] | None = None,
                ignore: list[str] | None = None) -> None:
        """Check every rule name against the known rules and expand codes to ids.

        ``select`` and ``ignore`` come from the command line: they replace (select) or extend
        (ignore) the file's own. A name that matches no rule raises a usage error saying where it
        was written, with the closest names; ``severity`` keys may be prefixes or codes too, a
        more specific key winning over a broader one.
        """
        where = str(self.path) if self.path else "settings"
        extend = resolve_all(self.extend_select, codes_by_id, f"{where}: extend-select")
        if self.select is not None:
            self.select = [*resolve_all(self.select, codes_by_id, f"{where}: select"), *extend]
        self.ignore = resolve_all(self.ignore, codes_by_id, f"{where}: ignore")
        self.severity = _severity_by_id(self.severity, codes_by_id, f"{where}: severity")
        for pattern, options in self.per_file.items():
            label = f"{where}: per-file {pattern!r}"
            if "ignore" in options:
                options["ignore"] = resolve_all(options["ignore"], codes_by_id, f"{label} ignore")
            if "severity" in options:
                options["severity"] = _severity_by_id(options["severity"], codes_by_id, f"{label} severity")
        if select:
            self.select = resolve_all(select, codes_by_id, "--select")
        if ignore:
            self.ignore = [*self.ignore, *resolve_all(ignore, codes_by_id, "--ignore")]

    def selects(self, rule_id: str, article: str | None = None) -> bool:
        if self.select is not None and not matches(rule_id, self.select):
            return False
        ignored = list(self.ignore)
        for options in self.file_options(article).values():
            ignored += options.get("ignore", [])
        return not matches(rule_id, ignored)

    def severity_of(self, rule_id: str, default: str, article: str | None = None) -> str:
        chosen = self.severity.get(rule_id, default)
        for options in self.file_options(article).values():
            chosen = options.get("severity", {}).get(rule_id, chosen)
        return chosen

    def file_options(self, article: str | None) -> dict[str, dict[str, Any]]:
        """The ``per-file`` tables whose glob matches an article, by glob (what ``dump-config`` shows)."""
        if not article or not self.per_file:
            return {}
        import fnmatch
        base = self.path.parent if self.path else Path.cwd()
        try:
            relative = Path(os.path.abspath(article)).relative_to(base.resolve()).as_posix()
        except ValueError:
            relative = article
        return {pattern: opts for pattern, opts in self.per_file.items()
                if fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(article, pattern)}


def _string_list(path: Path, data: dict[str, Any], key: str) -> list[str] | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{path}: '{key}' must be a list of strings")
    return value


def _severity_table(path: Path, data: dict[str, Any]) -> dict[str, str]:
    table = data.get("severity", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: 'severity' must be a table of rule = level")
    for rule_id, level in table.items():
        if level not in SEVERITIES:
            raise ConfigError(f"{path}: severity of {rule_id!r} must be one of "
                              f"{', '.join(SEVERITIES)}, not {level!r}")
    return dict(table)


def _claimreview_table(path: Path, data: dict[str, Any]) -> dict[str, str]:
    table = data.get("claimreview", {})
    if not isinstance(table, dict) or set(table) - {"author", "author_url"} or \
            not all(isinstance(v, str) and v.strip() for v in table.values()):
        raise ConfigError(f"{path}: [claimreview] takes author = \"Newsroom\" and author_url = \"https://…\"")
    return dict(table)


_KNOWN_KEYS = {"rules", "select", "extend-select", "ignore", "severity", "per-file", "exclude", "extend-exclude",
               "claimreview"}


_PER_FILE_KEYS = {"ignore", "severity"}


def _known_keys(path: Path, where: str, data: dict[str, Any], known: set[str]) -> None:
    """A misspelt setting is an error with the closest names, never a setting quietly ignored."""
    import difflib

    unknown = sorted(set(data) - known)
    if unknown:
        close = sorted({m for key in unknown for m in difflib.get_close_matches(key, known, n=1)})
        hint = f"; did you mean {' or '.join(map(repr, close))}?" if close else ""
        raise ConfigError(f"{path}: {where}unknown setting(s) {', '.join(unknown)}{hint} "
                          f"(expected {', '.join(sorted(known))})")


def load_config(path: Path) -> Config:
    """Read one config file (``verify.toml`` or ``pyproject.toml``)."""
    from verify.files import read_regular

    try:
        data = tomllib.loads(read_regular(path, CONFIG_MAX_BYTES, hint="a config file").decode("utf-8"))
    except InputError as exc:
        raise ConfigError(str(exc).replace("no such file", "config file not found")) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from None
    except RecursionError:
        raise ConfigError(f"{path}: nested too deeply to be a config file") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        data = tool.get("verify", {}) if isinstance(tool, dict) else None
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: [tool.verify] must be a table")
    _known_keys(path, "", data, _KNOWN_KEYS)
    per_file = data.get("per-file", {})
    if not isinstance(per_file, dict):
        raise ConfigError(f"{path}: 'per-file' must be a table of glob = settings")
    for pattern, options in per_file.items():
        if not isinstance(options, dict):
            raise ConfigError(f"{path}: per-file {pattern!r} must be a table")
        _known_keys(path, f"per-file {pattern!r}: ", options, _PER_FILE_KEYS)
        _string_list(path, options, "ignore")
        _severity_table(path, options)
    rule_dirs = [path.parent / d for d in (_string_list(path, data, "rules") or [])]
    select = _string_list(path, data, "select")
    return Config(path=path, rule_dirs=rule_dirs, select=select,
                  extend_select=_string_list(path, data, "extend-select") or [],
                  ignore=_string_list(path, data, "ignore") or [],
                  severity=_severity_table(path, data), per_file=per_file,
                  exclude=_string_list(path, data, "exclude"),
                  extend_exclude=_string_list(path, data, "extend-exclude") or [],
                  claimreview=_claimreview_table(path, data))


def _head(path: Path) -> bytes:
    """A pyproject.toml's bytes for the [tool.verify] test; an unreadable one is then reported by load_config."""
    from verify.files import read_regular

    try:
        return read_regular(path, CONFIG_MAX_BYTES, hint="a config file")
    except InputError:
        return b"[tool.verify]"


def discover(article: str, cache: dict[Path, Path | None] | None = None) -> Path | None:
    """The nearest config file above an article (or the working directory for stdin)."""
    if article in ("-", "<stdin>"):
        start = Path.cwd()
    else:
        try:
            start = Path(article).resolve().parent
        except (OSError, RuntimeError):  # a symlink loop: the loader reports it; look beside the link
            start = Path(os.path.abspath(article)).parent
    for folder in (start, *start.parents):
        if cache is not None and folder in cache:
            return cache[folder]
        for name in ("verify.toml", "pyproject.toml"):
            candidate = folder / name
            if candidate.is_file() and (name == "verify.toml" or b"[tool.verify]" in _head(candidate)):
                if cache is not None:
                    cache[folder] = candidate
                return candidate
    return None

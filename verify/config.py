"""Settings from ``verify.toml`` or ``[tool.verify]`` in ``pyproject.toml``.

Discovery: the nearest config walking up from each article's folder
(``verify.toml`` first, then a ``pyproject.toml`` that has ``[tool.verify]``);
``--config PATH`` or ``VERIFY_CONFIG`` names one for every article, and
``--no-config`` uses the defaults. Keys::

    rules = ["rules", "house-rules"]      # extra rule folders, relative to the config
    select = ["number", "date.same-event"] # rule ids, prefixes or codes to run (default: all)
    extend-select = ["quote"]               # added to select (e.g. on top of a shared base)
    ignore = ["ranking"]                    # rule ids or prefixes to skip
    severity = {"age.founding" = "warning"}
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

CONFIG_MAX_BYTES = 1024 * 1024  # a config or rule file is a few kilobytes; more is not a config


def _matches(rule_id: str, patterns: list[str]) -> bool:
    return any(rule_id == p or rule_id.startswith(p.rstrip(".") + ".") for p in patterns)


@dataclass
class Config:
    """Resolved settings for one article."""

    path: Path | None = None
    rule_dirs: list[Path] = field(default_factory=list)
    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    per_file: dict[str, dict[str, Any]] = field(default_factory=dict)

    def use_codes(self, codes: dict[str, str]) -> None:
        """Let settings name rules by code ("VFY101") as well as by id."""
        def ids(names: list[str]) -> list[str]:
            return [codes.get(name.upper(), name) for name in names]

        if self.select is not None:
            self.select = ids(self.select)
        self.ignore = ids(self.ignore)
        self.severity = {codes.get(k.upper(), k): v for k, v in self.severity.items()}
        for options in self.per_file.values():
            if "ignore" in options:
                options["ignore"] = ids(options["ignore"])
            if "severity" in options:
                options["severity"] = {codes.get(k.upper(), k): v for k, v in options["severity"].items()}

    def selects(self, rule_id: str, article: str | None = None) -> bool:
        if self.select is not None and not _matches(rule_id, self.select):
            return False
        ignored = list(self.ignore)
        for options in self._file_options(article):
            ignored += options.get("ignore", [])
        return not _matches(rule_id, ignored)

    def severity_of(self, rule_id: str, default: str, article: str | None = None) -> str:
        chosen = self.severity.get(rule_id, default)
        for options in self._file_options(article):
            chosen = options.get("severity", {}).get(rule_id, chosen)
        return chosen

    def _file_options(self, article: str | None) -> list[dict[str, Any]]:
        if not article or not self.per_file:
            return []
        import fnmatch
        base = self.path.parent if self.path else Path.cwd()
        try:
            relative = Path(os.path.abspath(article)).relative_to(base.resolve()).as_posix()
        except ValueError:
            relative = article
        return [opts for pattern, opts in self.per_file.items()
                if fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(article, pattern)]


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


_KNOWN_KEYS = {"rules", "select", "extend-select", "ignore", "severity", "per-file"}


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
    unknown = sorted(set(data) - _KNOWN_KEYS)
    if unknown:
        raise ConfigError(f"{path}: unknown setting(s) {', '.join(unknown)}; "
                          f"expected {', '.join(sorted(_KNOWN_KEYS))}")
    per_file = data.get("per-file", {})
    if not isinstance(per_file, dict):
        raise ConfigError(f"{path}: 'per-file' must be a table of glob = settings")
    for pattern, options in per_file.items():
        if not isinstance(options, dict):
            raise ConfigError(f"{path}: per-file {pattern!r} must be a table")
        _string_list(path, options, "ignore")
        _severity_table(path, options)
    rule_dirs = [path.parent / d for d in (_string_list(path, data, "rules") or [])]
    select = _string_list(path, data, "select")
    extend = _string_list(path, data, "extend-select")
    if extend and select is not None:
        select = [*select, *extend]
    return Config(path=path, rule_dirs=rule_dirs, select=select,
                  ignore=_string_list(path, data, "ignore") or [],
                  severity=_severity_table(path, data), per_file=per_file)


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

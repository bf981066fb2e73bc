"""Command-line paths → article inputs: files, folders (walked recursively) and globs.

A folder walk (and a glob) skips what a repository does not want read, as ruff and other
linters do: hidden files and folders, the default skips in ``verify/data/walk.toml``
(``node_modules/``, ``build/``, ``venv/``…), the ``exclude`` / ``extend-exclude`` patterns of the
config (gitignore syntax, relative to the config file), and whatever the ``.gitignore`` files of
the repository ignore (those from the walked folder up to the repository root, and those found
on the way down; a deeper file's negation wins, as in git). A file named on the command line
is always read: the user asked for it. An fsspec URL (``s3://``, ``gs://``) is expanded by
:func:`verify.remote.expand_remote`: a glob, a prefix (every article below it) or one object.

>>> expand_paths(["-"])
['-']
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from verify.errors import InputError
from verify.loaders import ARTICLE_SUFFIXES

_GLOB_CHARS = set("*?[")


def is_url(path: str) -> bool:
    """An http(s) address (fetched), rather than a path."""
    return path.lower().startswith(("http://", "https://"))


_PROTOCOL = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*://")


def is_remote(path: str) -> bool:
    """An fsspec URL other than http(s) (``s3://bucket/a.md``, ``gs://…``, ``file://…``), read through fsspec.

    >>> is_remote("s3://archive/2024/*.md"), is_remote("https://example.org/a"), is_remote("drafts/a.md")
    (True, False, False)
    """
    return bool(_PROTOCOL.match(path)) and not is_url(path)


@cache
def default_excludes() -> tuple[str, ...]:
    """The folders a walk skips by default (``verify/data/walk.toml``)."""
    data = tomllib.loads(resources.files("verify.data").joinpath("walk.toml").read_text("utf-8"))
    return tuple(data["exclude"])


@dataclass(frozen=True)
class Excludes:
    """Gitignore-style patterns relative to ``base`` (the config's folder, else the working folder)."""

    patterns: tuple[str, ...] = field(default_factory=default_excludes)
    base: Path = field(default_factory=Path.cwd)


def _spec(lines: list[str] | tuple[str, ...]):  # -> pathspec.GitIgnoreSpec
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(lines)


def _relative(path: Path, base: Path) -> str | None:
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return None


class _Walker:
    """Decides what a walk skips; .gitignore files are read once each."""

    def __init__(self, excludes: Excludes) -> None:
        self.base = Path(os.path.abspath(excludes.base))
        self.excludes = _spec(excludes.patterns)
        self.gitignores: dict[Path, object | None] = {}

    def _gitignore(self, folder: Path):  # -> GitIgnoreSpec | None
        if folder not in self.gitignores:
            file = folder / ".gitignore"
            try:
                lines = file.read_text(encoding="utf-8", errors="replace").splitlines() if file.is_file() else None
            except OSError:
                lines = None
            self.gitignores[folder] = _spec(lines) if lines else None
        return self.gitignores[folder]

    @staticmethod
    def _git_folders(folder: Path) -> list[Path]:
        """The folders whose .gitignore applies in ``folder``: from the repository root down to it
        (only ``folder`` itself outside a repository)."""
        chain = [folder, *folder.parents]
        for depth, candidate in enumerate(chain):
            if (candidate / ".git").exists():
                return list(reversed(chain[:depth + 1]))
        return [folder]

    def skipped(self, path: Path, is_dir: bool, git_folders: list[Path]) -> bool:
        name = path.name
        if name.startswith("."):
            return True
        suffix = "/" if is_dir else ""
        relative = _relative(path, self.base)
        if relative is not None and self.excludes.match_file(relative + suffix):
            return True
        if relative is None and self.excludes.match_file(name + suffix):
            return True
        verdict = None
        for folder in git_folders:  # outermost first, so a deeper file has the last word
            spec = self._gitignore(folder)
            inside = _relative(path, folder)
            if spec is not None and inside is not None:
                result = spec.check_file(inside + suffix)  # type: ignore[attr-defined]
                if result.include is not None:
                    verdict = result.include
        return bool(verdict)

    def articles_in(self, directory: str) -> list[str]:
        top = Path(os.path.abspath(directory))
        found = []
        chains: dict[str, list[Path]] = {}
        for root, dirs, files in os.walk(directory):
            here = Path(os.path.abspath(root))
            chain = chains.get(root) or self._git_folders(top)
            if here != top:
                chain = [*chain, here]
            kept = sorted(d for d in dirs if not self.skipped(here / d, True, chain))
            dirs[:] = kept
            for sub in kept:
                chains[os.path.join(root, sub)] = chain
            for name in sorted(files):
                if Path(name).suffix.lower() in ARTICLE_SUFFIXES and not self.skipped(here / name, False, chain):
                    found.append(os.path.join(root, name))
        return found

    def keep_matched(self, path: str) -> bool:
        """A file a glob matched: kept unless a skip applies to it or to a folder above it that lies
        below the working folder (folders above it were chosen by the user)."""
        absolute = Path(os.path.abspath(path))
        chain = self._git_folders(absolute.parent)
        cwd = Path.cwd()
        folders = [p for p in absolute.parents if p != cwd and _relative(p, cwd) is not None]
        return not any(self.skipped(p, True, chain) for p in folders) and not self.skipped(absolute, False, chain)


def expand_paths(paths: list[str], excludes_for: Callable[[str], Excludes] | None = None) -> list[str]:
    """Article paths in a stable order; raise :class:`InputError` when one matches nothing.

    ``excludes_for(folder)`` gives the exclusion settings in force for a folder (its config's).
    """
    result: list[str] = []
    for path in paths:
        if path == "-" or is_url(path):
            result.append(path)
        elif is_remote(path):
            from verify.remote import expand_remote

            result.extend(expand_remote(path))
        elif os.path.isdir(path):
            walker = _Walker(excludes_for(path) if excludes_for else Excludes())
            articles = walker.articles_in(path)
            if not articles:
                raise InputError(f"{path}: directory has no articles "
                                 f"({', '.join(sorted(ARTICLE_SUFFIXES))}) outside the excluded folders")
            result.extend(articles)
        elif not os.path.lexists(path) and _GLOB_CHARS & set(path):
            import glob

            walker = _Walker(excludes_for(os.path.dirname(path) or ".") if excludes_for else Excludes())
            # Not only regular files: a FIFO or a device the glob matched is refused with a line when read.
            files = [m for m in sorted(glob.glob(path, recursive=True))
                     if os.path.exists(m) and not os.path.isdir(m) and walker.keep_matched(m)]
            if not files:
                raise InputError(f"{path}: no files match")
            result.extend(files)
        else:
            result.append(path)
    seen: set[str] = set()
    return [p for p in result if not (p in seen or seen.add(p))]

"""Command-line paths → article inputs: files, directories (recursively) and globs.

>>> expand_paths(["-"])
['-']
"""

from __future__ import annotations

import os
from pathlib import Path

from verify.errors import InputError
from verify.loaders import ARTICLE_SUFFIXES

_GLOB_CHARS = set("*?[")


def is_url(path: str) -> bool:
    """An http(s) address (fetched), rather than a path."""
    return path.lower().startswith(("http://", "https://"))


def _articles_in(directory: str) -> list[str]:
    found = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if Path(name).suffix.lower() in ARTICLE_SUFFIXES and not name.startswith("."):
                found.append(os.path.join(root, name))
    return found


def expand_paths(paths: list[str]) -> list[str]:
    """Article paths in a stable order; raise :class:`InputError` when one matches nothing."""
    result: list[str] = []
    for path in paths:
        if path == "-" or is_url(path):
            result.append(path)
        elif os.path.isdir(path):
            articles = _articles_in(path)
            if not articles:
                raise InputError(f"{path}: directory has no articles "
                                 f"({', '.join(sorted(ARTICLE_SUFFIXES))})")
            result.extend(articles)
        elif not os.path.lexists(path) and _GLOB_CHARS & set(path):
            import glob

            matches = sorted(glob.glob(path, recursive=True))
            # Not only regular files: a FIFO or a device the glob matched is refused with a line when read.
            files = [m for m in matches if os.path.exists(m) and not os.path.isdir(m)]
            if not files:
                raise InputError(f"{path}: no files match")
            result.extend(files)
        else:
            result.append(path)
    seen: set[str] = set()
    return [p for p in result if not (p in seen or seen.add(p))]

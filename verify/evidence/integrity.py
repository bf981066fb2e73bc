"""A SQLite store's integrity, checked when it opens: ``PRAGMA quick_check``, once per change of the file.

``quick_check`` reads every page (about 0.3 s for a store of a million facts), which would be
most of a cold ``check --evidence``. So a store that passed is remembered in the user's cache
by its files' size, modification time and inode; until one of them changes (any write does, and
so does a copy or a truncation) it is not read again. A damaged file is refused with one line.

>>> refuse_if_damaged([("ok",)], "sqlite:///e.sqlite") is None
True
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from verify.evidence.errors import StoreError, redact

QUICK_CHECK = "PRAGMA quick_check(3)"  # stops after three problems


def refuse_if_damaged(rows: list[tuple[str, ...]], location: str) -> None:
    """Raise :class:`StoreError` unless SQLite's ``quick_check`` answered ``ok``."""
    answers = [" ".join(str(row[0]).split()) for row in rows]
    if answers != ["ok"]:
        raise StoreError(f"evidence store {redact(location)}: the SQLite file is damaged "
                         f"(quick_check: {'; '.join(answers)[:160]}); restore it from a backup or use another --store")


def _fingerprint(path: str) -> str:
    parts = []
    for name in (path, path + "-wal"):
        with suppress(OSError):
            status = os.stat(name)
            parts.append(f"{status.st_size}:{status.st_mtime_ns}:{status.st_ino}")
    return " ".join(parts)


def _marker(path: str) -> Path:
    from verify.cache import user_cache_dir

    return user_cache_dir() / "checked-stores" / hashlib.sha256(os.path.abspath(path).encode()).hexdigest()


def check_sqlite_store(path: str, quick_check: Callable[[], list[tuple[str, ...]]], location: str) -> None:
    """Run ``quick_check`` unless this very file passed it before; refuse a damaged one."""
    marker = _marker(path)
    before = _fingerprint(path)
    with suppress(OSError):
        if marker.read_text(encoding="utf-8") == before:
            return
    refuse_if_damaged(quick_check(), location)
    with suppress(OSError):
        marker.parent.mkdir(parents=True, exist_ok=True)
        temporary = marker.with_name(marker.name + f".{os.getpid()}")
        temporary.write_text(before, encoding="utf-8")
        os.replace(temporary, marker)

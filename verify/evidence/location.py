"""Where the evidence store lives, and its schema revision (no database libraries imported).

>>> default_location().startswith("sqlite:///") or bool(default_location())
True
"""

from __future__ import annotations

import os
from pathlib import Path

STORE_ENV = "VERIFY_STORE"
HEAD_REVISION = "0002"  # the newest migration; tests/test_evidence.py checks it against Alembic's head


def default_location() -> str:
    """``VERIFY_STORE``, else one SQLite file per user (``$XDG_DATA_HOME/verify/evidence.sqlite``)."""
    if os.environ.get(STORE_ENV):
        return os.environ[STORE_ENV]
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return f"sqlite:///{base / 'verify' / 'evidence.sqlite'}"


def content_hash(text_value: str) -> str:
    import hashlib  # here, not above: a check reading the store never hashes, and the import costs 4 ms

    return hashlib.sha256(text_value.encode("utf-8")).hexdigest()


def sqlite_path(url: str) -> str | None:
    """The file of a ``sqlite:///…`` URL, else None."""
    return url.split("///", 1)[1] if url.startswith("sqlite:///") else None

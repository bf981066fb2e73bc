"""The store's own error, and the one place driver errors become it (no database library imported).

Whatever SQLite, PostgreSQL or SQLAlchemy raise while a command uses the store (a locked or
corrupt file, a lost connection, a constraint) reaches the user as one line that names the
store and the driver's reason, never the SQL or the rows it carried, and never a password.

>>> redact("postgresql+psycopg://newsroom:s3cret@db.example/evidence")
'postgresql+psycopg://newsroom:***@db.example/evidence'
>>> import sqlite3
>>> with store_errors("sqlite:///e.sqlite"):
...     raise sqlite3.DatabaseError("database disk image is malformed")
Traceback (most recent call last):
...
verify.evidence.errors.StoreError: evidence store sqlite:///e.sqlite: database disk image is malformed
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from verify.errors import VerifyError

_PASSWORD = re.compile(r"(//[^/:@]*:)[^@/]*@")


class StoreError(VerifyError):
    """The evidence store cannot be opened, read or written (exit 2, never a silent pass)."""


def redact(location: str) -> str:
    """A store URL fit to print: the password replaced by ***."""
    return _PASSWORD.sub(r"\1***@", location)


def _driver_errors() -> tuple[type[BaseException], ...]:
    """Error classes of the database libraries this process has loaded (none is imported here)."""
    kinds: list[type[BaseException]] = []
    for module, name in (("sqlite3", "Error"), ("sqlalchemy.exc", "SQLAlchemyError"), ("psycopg", "Error"),
                         ("alembic.util.exc", "CommandError")):
        loaded = sys.modules.get(module)
        if loaded is not None:
            kinds.append(getattr(loaded, name))
    return tuple(kinds)


def reason(exc: BaseException) -> str:
    """The driver's own words, first line only: SQLAlchemy appends the SQL and its parameters below."""
    original = getattr(exc, "orig", None) or exc
    text = str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__
    return text[:200]


@contextmanager
def store_errors(location: str) -> Iterator[None]:
    """Turn any driver error raised inside into a :class:`StoreError` naming ``location``."""
    try:
        yield
    except VerifyError:
        raise
    except Exception as exc:
        if not isinstance(exc, _driver_errors()):
            raise
        raise StoreError(f"evidence store {redact(location)}: {reason(exc)}") from None


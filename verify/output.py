"""Writing reports: to stdout, or atomically to a file (``-o``), never half-written.

>>> import tempfile, pathlib
>>> target = pathlib.Path(tempfile.mkdtemp()) / "r.json"
>>> write_output("{}\\n", str(target)); target.read_text()
'{}\\n'
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterable

from verify.errors import UsageError


def write_output(text: str | Iterable[str], path: str | None) -> None:
    """Print ``text`` (a string, or its pieces as they are made), or write it to ``path`` through a
    temporary file and a rename."""
    pieces = [text] if isinstance(text, str) else text
    if path is None or path == "-":
        for piece in pieces:
            sys.stdout.write(piece)
        sys.stdout.flush()
        return
    directory = os.path.dirname(os.path.abspath(path))
    try:
        fd, temporary = tempfile.mkstemp(prefix=".verify-", dir=directory)
    except OSError as exc:
        raise UsageError(f"{path}: cannot write the report ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            for piece in pieces:
                handle.write(piece)
        os.replace(temporary, path)
    except OSError as exc:
        os.unlink(temporary)
        raise UsageError(f"{path}: cannot write the report ({exc.strerror})") from None
    except BaseException:
        os.unlink(temporary)
        raise

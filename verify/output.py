"""Writing reports: to stdout, or atomically to a file (``-o``), never half-written.

A new file gets the usual permissions (0666 less the umask), as a shell redirect would give
it; an existing file keeps its mode. (``tempfile.mkstemp`` alone would leave every report
readable by its owner only.)

>>> import tempfile, pathlib
>>> target = pathlib.Path(tempfile.mkdtemp()) / "r.json"
>>> write_output("{}\\n", str(target)); target.read_text()
'{}\\n'
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Iterable

from verify.errors import UsageError


def _mode_for(path: str) -> int:
    """The mode the file should end with: an existing file's, else 0666 less the umask."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        umask = os.umask(0)  # the only way to read it; set straight back (the CLI runs one thread)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomically(data: bytes | Iterable[str], path: str) -> None:
    """Write ``data`` (bytes, or text in pieces as they are made) to ``path`` through a temporary
    file in the same folder and a rename.

    Raises :class:`OSError`; on failure (or an interruption) the temporary file is removed and
    ``path`` is untouched.
    """
    directory = os.path.dirname(os.path.abspath(path))
    fd, temporary = tempfile.mkstemp(prefix=".verify-", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            for piece in [data] if isinstance(data, bytes) else data:
                handle.write(piece if isinstance(piece, bytes) else piece.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, _mode_for(path))
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def write_output(text: str | Iterable[str], path: str | None) -> None:
    """Print ``text`` (a string, or its pieces as they are made), or write it to ``path``
    atomically (see :func:`write_atomically`)."""
    pieces = [text] if isinstance(text, str) else text
    if path is None or path == "-":
        for piece in pieces:
            sys.stdout.write(piece)
        sys.stdout.flush()
        return
    try:
        write_atomically(pieces, path)
    except OSError as exc:
        raise UsageError(f"{path}: cannot write the report ({exc.strerror})") from None

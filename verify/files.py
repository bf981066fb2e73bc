"""Reading files from the workspace: regular files only, and never more than a bound.

Anything under a drafts folder may be hostile: ``/dev/zero`` named ``draft.md`` (endless
bytes), a FIFO that blocks forever, a file that grows while it is read, a symlink loop. So a
file is checked before it is opened (a device or FIFO is never opened), opened without
blocking, checked again on the open descriptor (the name could have been swapped), and read
in chunks up to ``max_bytes + 1`` whatever ``stat`` said, so a limit holds even for a file
that lies about its size.

>>> import pathlib, tempfile
>>> path = pathlib.Path(tempfile.mkdtemp()) / "a.md"
>>> _ = path.write_text("Acme raised $5m.")
>>> read_regular(path, 100)
b'Acme raised $5m.'
>>> read_regular("/dev/null", 100)
Traceback (most recent call last):
...
verify.errors.InputError: /dev/null: not a regular file (a character device)
"""

from __future__ import annotations

import os
import stat

from verify.errors import InputError

_KINDS = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a directory"))
_CHUNK = 1 << 20


def kind_of(mode: int) -> str | None:
    """What a non-regular file is ("a FIFO"), or None for a regular file."""
    return next((name for test, name in _KINDS if test(mode)), None)


def _refuse_odd(path: str, mode: int) -> None:
    kind = kind_of(mode)
    if kind == "a directory":
        raise InputError(f"{path}: is a directory")
    if kind:
        raise InputError(f"{path}: not a regular file ({kind})")


def read_regular(path: str | os.PathLike[str], max_bytes: int, *, hint: str = "raise it with --max-size") -> bytes:
    """The bytes of a regular file, at most ``max_bytes``; :class:`InputError` with one line otherwise."""
    name = os.fspath(path)
    try:
        _refuse_odd(name, os.stat(name).st_mode)
        descriptor = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    try:
        status = os.fstat(descriptor)
        _refuse_odd(name, status.st_mode)
        if status.st_size > max_bytes:
            raise InputError(f"{name}: {status.st_size:,} bytes is over the size limit of {max_bytes:,} ({hint})")
        chunks, size = [], 0
        while size <= max_bytes:
            chunk = os.read(descriptor, min(_CHUNK, max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > max_bytes:
            raise InputError(f"{name}: over the size limit of {max_bytes:,} bytes ({hint})")
        return b"".join(chunks)
    except OSError as exc:
        raise InputError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    finally:
        os.close(descriptor)

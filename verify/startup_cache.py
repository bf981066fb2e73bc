r"""What every cold run would compute again, kept between runs as Python keeps its bytecode:
compiled regular expressions and parsed TOML data files.

``verify``'s extractors, reference layer and checks use a few hundred regular expressions, many
of them long alternations built from the lexicons. Python compiles a pattern with a parser and
code generator written in Python (``re._parser``, ``re._compiler``): for a 1,500-word article
that was about 40 % of a cold ``verify check``. The result of that work is a short list of
integers that ``_sre.compile`` turns into the pattern object in microseconds, so this module
keeps those lists in a file in the user's cache folder and hands them back on the next run.
The TOML files of ``verify/data`` and ``rules/`` (about 45, read on every run) took another 20 ms
to parse; their parsed tables are kept the same way, looked up by the text itself (no digest: importing
hashlib would cost a cold run more than the file's few hundred kilobytes of keys), and each
read returns a fresh copy (callers may change what they are given). A table holding dates or times
is parsed every time (marshal cannot keep them). Other TOML a run parses (a config, a front-matter
block) is kept the same way, in the user's own cache folder (files of mode 0600).

The command line installs both (:func:`install`) before it imports the extractors; a library user
compiles and parses as usual. ``VERIFY_NO_STARTUP_CACHE=1`` turns them off.

No library does this (the ``regex`` module compiles more slowly still), hence the code here.
It relies on the interpreter's private compiler interface, so it guards itself:

- the file is named after the interpreter's version, its regex engine's ``MAGIC`` and this
  module's format, and an entry is looked up by the pattern's text and flags;
- installing first compiles a probe pattern both ways and compares the pattern objects (they
  compare equal only if pattern, flags and compiled program are the same); any difference, or
  any error, and nothing is installed;
- every entry read is type-checked, and ``_sre.compile`` validates a program before use;
- the file lives in ``$XDG_CACHE_HOME/verify`` (the folder of the report cache's secret), is
  written through a temporary file renamed into place, and an unreadable, oversized or
  malformed file is ignored (then rewritten).

Only programs of at least ``_MIN_CODE`` words are kept (the short ones compile in microseconds).
Patterns some extractors build from the words an article holds are kept like the others; the file
holds at most ``_MAX_ENTRIES`` of them and past that starts again from the ones the run used. An
alternation built from a set must be sorted into a fixed order, or its text (and so its entry) would
change with every process's hash seed.

>>> import re
>>> program = _program(r"chief\s+executive", re.IGNORECASE)
>>> _build(r"chief\s+executive", re.IGNORECASE, program) == re.compile(r"chief\s+executive", re.IGNORECASE)
True
"""

from __future__ import annotations

import _sre
import atexit
import marshal
import os
import re
import sys
import tomllib
from array import array
from contextlib import suppress
from pathlib import Path
from typing import Any

_FORMAT = 3
_MIN_CODE = 32  # words of compiled program; shorter patterns compile in a few microseconds
_MAX_ENTRIES = 1024
_MAX_BYTES = 64 * 1024 * 1024
_PROBE = r"(?P<word>\b(?i:chief\s+executive|finance\s+chief)\b)(?=\s)|[€$]\d+(?:\.\d+)?"

Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
# As kept in the file: the program's words as the bytes of an array of C unsigned ints (what the engine
# stores them as), which marshal reads as one block instead of an int object per word.
Stored = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_WORD = "I" if array("I").itemsize == 4 else "L"


def _program(pattern: str | bytes, flags: int) -> Program:
    """What ``re._compiler.compile`` computes before handing it to ``_sre.compile``, as plain values."""
    from re import _compiler, _parser

    parsed = _parser.parse(pattern, flags)
    code = [int(word) for word in _compiler._code(parsed, flags)]  # its words are an int subclass
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _build(pattern: str | bytes, flags: int, program: Program) -> re.Pattern:
    final_flags, code, groups, groupindex, indexgroup = program
    return _sre.compile(pattern, final_flags, code, groups, groupindex, indexgroup)


def _stored(program: Program) -> Stored:
    return program[0], array(_WORD, program[1]).tobytes(), *program[2:]  # type: ignore[return-value]


def _loaded(stored: Stored) -> Program:
    words = array(_WORD)
    words.frombytes(stored[1])
    return stored[0], words.tolist(), *stored[2:]  # type: ignore[return-value]


def _valid(key: Any, stored: Any) -> bool:
    return (isinstance(key, tuple) and len(key) == 2 and isinstance(key[0], str | bytes) and isinstance(key[1], int)
            and isinstance(stored, tuple) and len(stored) == 5 and isinstance(stored[0], int)
            and isinstance(stored[1], bytes) and len(stored[1]) % array(_WORD).itemsize == 0
            and isinstance(stored[2], int) and isinstance(stored[3], dict) and isinstance(stored[4], tuple))


class _File:
    """A marshalled dict in the cache folder: the entries read, those used this run and those made anew."""

    prefix = ""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.known: dict[Any, Any] = self._read()
        self.used: set[Any] = set()
        self.new: dict[Any, Any] = {}

    @staticmethod
    def valid(key: Any, value: Any) -> bool:
        raise NotImplementedError

    def _read(self) -> dict[Any, Any]:
        try:
            with self.path.open("rb") as handle:
                if not self.path.is_file() or os.fstat(handle.fileno()).st_size > _MAX_BYTES:
                    return {}
                data = marshal.loads(handle.read())  # marshal.load would read the file piece by piece
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        if not isinstance(data, dict):
            return {}
        return {key: value for key, value in data.items() if self.valid(key, value)}

    def save(self) -> None:
        """Write the file if this run made an entry it did not hold."""
        if not self.new:
            return
        kept = {**self.known, **self.new}
        if len(kept) > _MAX_ENTRIES:
            kept = {key: kept[key] for key in (*self.used, *self.new)}
        import tempfile  # only when writing: importing it costs a cold run more than reading the file

        temporary = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.prefix}-")
            with os.fdopen(fd, "wb") as handle:
                handle.write(marshal.dumps(kept))
            os.replace(temporary, self.path)
            temporary = None
        except (OSError, ValueError):
            pass  # a read-only or full disk costs only the speed-up
        finally:
            if temporary:
                with suppress(OSError):
                    os.unlink(temporary)


class _Store(_File):
    """Compiled programs, by pattern text and flags."""

    prefix = "patterns"
    valid = staticmethod(_valid)

    def compile(self, pattern: str | bytes, flags: int = 0) -> re.Pattern:
        """Stands for ``re._compiler.compile``: the same pattern object, from the file when it is there."""
        flags = int(flags)
        if flags & re.DEBUG or not isinstance(pattern, str | bytes):
            return _original(pattern, flags)
        key = (pattern, flags)
        stored = self.known.get(key)
        if stored is not None:
            # A program the engine refuses (it validates every program it is given): compile afresh.
            with suppress(RuntimeError, TypeError, ValueError, OverflowError):
                compiled = _build(pattern, flags, _loaded(stored))
                self.used.add(key)
                return compiled
            del self.known[key]
        program = _program(pattern, flags)
        if len(program[1]) >= _MIN_CODE:
            self.new[key] = _stored(program)
        return _build(pattern, flags, program)


class _Tables(_File):
    """Parsed TOML, marshalled, by the text."""

    prefix = "toml"

    @staticmethod
    def valid(key: Any, value: Any) -> bool:
        return isinstance(key, str) and isinstance(value, bytes)

    def loads(self, text: str, /, **options: Any) -> dict[str, Any]:
        """Stands for ``tomllib.loads``: the same table, a fresh copy from the file when it is there."""
        if options or not isinstance(text, str):
            return _original_loads(text, **options)
        key = text
        stored = self.known.get(key)
        if stored is not None:
            with suppress(ValueError, EOFError, TypeError):
                table = marshal.loads(stored)
                if isinstance(table, dict):
                    self.used.add(key)
                    return table
            del self.known[key]
        table = _original_loads(text)
        with suppress(ValueError):  # dates and times: not marshallable, parsed every time
            self.new[key] = marshal.dumps(table)
        return table


_original = re._compiler.compile  # type: ignore[attr-defined]
_original_loads = tomllib.loads


def cache_path(folder: Path, kind: str = "patterns") -> Path:
    """The file for this interpreter: its version, its regex engine's format, this module's format."""
    tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}-{_FORMAT}"
    return folder / f"{kind}-{tag}.marshal"


def install(folder: Path | None = None) -> bool:
    """Serve this process's regex compilations and TOML parses from the files in ``folder`` (default:
    the user's cache folder) and save new ones at exit. Returns whether it was installed: not when
    ``VERIFY_NO_STARTUP_CACHE`` is set, when already installed, or when the probe disagrees."""
    if os.environ.get("VERIFY_NO_STARTUP_CACHE") or re._compiler.compile is not _original:  # type: ignore[attr-defined]
        return False
    try:
        if _build(_PROBE, 0, _program(_PROBE, 0)) != _original(_PROBE, 0):
            return False
    except Exception:  # an interpreter whose compiler differs: compile as usual
        return False
    if folder is None:  # verify.cache.user_cache_dir, without importing what the report cache needs
        folder = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "verify"
    store = _Store(cache_path(folder))
    re._compiler.compile = store.compile  # type: ignore[attr-defined]
    atexit.register(store.save)
    tables = _Tables(cache_path(folder, "toml"))
    tomllib.loads = tables.loads
    atexit.register(tables.save)
    return True

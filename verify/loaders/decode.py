"""Bytes → text, with a clear refusal for binary data.

Policy (documented in the README): UTF-8 (with or without BOM) and UTF-16
with a BOM are decoded as such. Other bytes that are not valid UTF-8 are read
as Windows-1252 (what word processors and old CMS exports write) with a
warning, because refusing a draft over one stray byte helps nobody. Data with
NUL bytes and no UTF-16 BOM is binary and refused.

>>> decode_bytes("a.txt", "café".encode())
'café'
>>> decode_bytes("a.txt", b"\\xff\\xfeh\\x00i\\x00")
'hi'
>>> decode_bytes("a.txt", b"caf\\xe9", warn=lambda m: None)
'café'
"""

from __future__ import annotations

import codecs
from collections.abc import Callable

from verify.errors import InputError


def decode_bytes(name: str, data: bytes, warn: Callable[[str], None] | None = None) -> str:
    """Decode an article's bytes; raise :class:`InputError` for binary data."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{name}: invalid UTF-16 text") from None
    if b"\x00" in data[:65536]:
        raise InputError(f"{name}: binary file, not an article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = data.decode("cp1252", errors="replace")
        if warn:
            warn(f"{name}: not valid UTF-8 (byte {exc.start}); read as Windows-1252")
        return text

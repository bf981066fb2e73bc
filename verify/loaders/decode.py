"""Bytes → text, with a clear refusal for binary data.

Policy (documented in the README): UTF-8 (with or without BOM), and UTF-16
and UTF-32 with a BOM, are decoded as such. Other bytes that are not valid
UTF-8 are read as Windows-1252 (what word processors and old CMS exports
write) with a warning, because refusing a draft over one stray byte helps
nobody. Data with a NUL byte anywhere and no UTF-16 or UTF-32 BOM is binary
and refused.

>>> decode_bytes("a.txt", "café".encode())
'café'
>>> decode_bytes("a.txt", b"\\xff\\xfeh\\x00i\\x00")
'hi'
>>> decode_bytes("a.txt", b"caf\\xe9", warn=lambda m: None)
'café'
>>> decode_bytes("a.txt", "hi".encode("utf-32"))
'hi'
"""

from __future__ import annotations

import codecs
from collections.abc import Callable

from verify.errors import InputError


def decode_bytes(name: str, data: bytes, warn: Callable[[str], None] | None = None) -> str:
    """Decode an article's bytes; raise :class:`InputError` for binary data."""
    for boms, codec in (((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE), "utf-32"),
                        ((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE), "utf-16")):
        if data.startswith(boms):  # UTF-32 first: its little-endian BOM begins with UTF-16's
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                raise InputError(f"{name}: invalid {codec.upper()} text") from None
            if "\x00" in text:
                raise InputError(f"{name}: binary file, not an article")
            return text
    if b"\x00" in data:
        raise InputError(f"{name}: binary file, not an article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = data.decode("cp1252", errors="replace")
        if warn:
            warn(f"{name}: not valid UTF-8 (byte {exc.start}); read as Windows-1252")
        return text

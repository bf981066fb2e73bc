"""Making article text safe to show on a terminal, in CI logs and in Markdown: one job, used by every format.

An article, a fetched page's title or a file name can carry control characters (ESC
starts terminal escape sequences that erase lines or write the clipboard, BEL rings, a
newline in a file name starts a new GitHub workflow command) and bidirectional controls
(U+202E turns "$100" into what reads as "001$"). They are shown as what they are instead:
C0 and C1 controls as ``\\x1b``, the bidi controls and the line and paragraph separators as
``U+202E``. Ordinary text (a tab too) comes out unchanged, and
the backslash itself is left alone: the escapes are for a person to read, not to decode.

>>> visible("revenue \\x1b[2K\\x1b]52;c;ZXZpbA==\\x07rose")
'revenue \\\\x1b[2K\\\\x1b]52;c;ZXZpbA==\\\\x07rose'
>>> visible("paid $\\u202e001")
'paid $U+202E001'
>>> visible("draft\\n::error ::pwned.md")
'draft\\\\x0a::error ::pwned.md'
>>> visible("Café — 5 %")
'Café — 5 %'
"""

from __future__ import annotations

import re

# C0 controls but the tab, DEL and C1 controls; bidi embeddings, overrides, isolates and marks; U+2028/2029.
_UNSAFE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def _shown(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0xA0 else f"U+{code:04X}"


def visible(text: str) -> str:
    """``text`` with every control and bidi character written out (``\\x1b``, ``U+202E``)."""
    return _UNSAFE.sub(_shown, text) if _UNSAFE.search(text) else text

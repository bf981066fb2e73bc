"""Reading articles: bytes from a path or stdin → a :class:`~verify.document.Document`.

Format is chosen by extension (``.md``/``.markdown``, ``.html``/``.htm``,
anything else is plain text), or sniffed for standard input.

>>> detect_format("draft.HTM"), detect_format("notes.txt")
('html', 'text')
>>> sniff_format("---\\ntitle: x\\n---\\nBody"), sniff_format("<!doctype html><p>x")
('markdown', 'html')
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from verify.document import Document
from verify.errors import InputError
from verify.limits import DEFAULT_MAX_BYTES
from verify.loaders.decode import decode_bytes

ARTICLE_SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html",
                    ".txt": "text", ".text": "text"}

_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype|html|head|body|article|main|p|div|h[1-6])\b",
                         re.IGNORECASE | re.DOTALL)
_MARKDOWN_HINT = re.compile(r"\A---\r?\n|^#{1,6} |\]\(", re.MULTILINE)


def detect_format(name: str) -> str:
    """Format of a file by its extension; unknown extensions are plain text."""
    return ARTICLE_SUFFIXES.get(Path(name).suffix.lower(), "text")


def sniff_format(text: str) -> str:
    """Format of text with no file name (standard input)."""
    if _HTML_START.match(text[:4096]):
        return "html"
    if _MARKDOWN_HINT.search(text[:65536]):
        return "markdown"
    return "text"


def parse(name: str, source: str, fmt: str) -> Document:
    """Build a Document from decoded source text in the given format.

    Markdown and plain text without a date in their metadata take the date of
    a news dateline at the top, if there is one. Metadata nested past Python's recursion
    limit (JSON-LD, YAML or TOML front matter) is a one-line :class:`InputError`.
    """
    try:
        return _parse(name, source, fmt)
    except RecursionError:
        raise InputError(f"{name}: metadata nested too deeply to read (front matter or JSON-LD)") from None


def _parse(name: str, source: str, fmt: str) -> Document:
    if fmt == "html":
        from verify.loaders.html import parse_html

        return parse_html(name, source)
    from verify.loaders.dateline import find_dateline

    if fmt == "markdown":
        from verify.loaders.markdown import parse_markdown

        doc = parse_markdown(name, source)
    else:
        from verify.loaders.plain import parse_plain

        doc = parse_plain(name, source)
    if doc.published is None:
        doc.published = find_dateline(doc.text)
    return doc


def load_path(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES, warn=None) -> Document:
    """Read and parse one article file; raise :class:`InputError` with a one-line reason.

    Only regular files are read (a FIFO or a device named as an article is refused, never
    opened), and never more than ``max_bytes`` whatever the file claims its size is.
    """
    from verify.files import read_regular

    source = decode_bytes(path, read_regular(path, max_bytes), warn=warn)
    return parse(path, source, detect_format(path))


def load_stdin(*, name: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
               warn=None) -> Document:
    """Read one article from standard input; ``name`` picks the parser by extension."""
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"<stdin>: over the size limit of {max_bytes:,} bytes "
                         "(raise it with --max-size)")
    label = name or "<stdin>"
    source = decode_bytes(label, data, warn=warn)
    fmt = detect_format(name) if name else sniff_format(source)
    return parse(label, source, fmt)

"""Articles and sources from the web: fetched defensively, then parsed like files.

>>> guess_format("text/html", "https://x.example/a")
'html'
>>> guess_format("text/plain", "https://x.example/a.md")
'markdown'
"""

from __future__ import annotations

from collections.abc import Callable

from verify.document import Document
from verify.loaders import DEFAULT_MAX_BYTES, parse
from verify.loaders.decode import decode_bytes


def guess_format(content_type: str, url: str) -> str:
    if content_type in ("text/html", "application/xhtml+xml"):
        return "html"
    if content_type in ("text/markdown", "text/x-markdown") or url.lower().split("?")[0].endswith((".md", ".markdown")):
        return "markdown"
    return "text"


def load_url(url: str, *, allow_private: bool = False, max_bytes: int = DEFAULT_MAX_BYTES,
             warn: Callable[[str], None] | None = None) -> Document:
    """Fetch and parse one document; its name is the URL as given."""
    from verify.evidence.fetch import fetch

    fetched = fetch(url, allow_private=allow_private, max_bytes=max_bytes)
    if fetched.encoding:
        try:
            text = fetched.body.decode(fetched.encoding)
        except (LookupError, UnicodeDecodeError):
            text = decode_bytes(url, fetched.body, warn=warn)
    else:
        text = decode_bytes(url, fetched.body, warn=warn)
    return parse(url, text, guess_format(fetched.content_type, fetched.final_url))

"""Articles in object storage or any other fsspec filesystem: ``s3://``, ``gs://``, ``file://``, ``memory://``.

fsspec (the ``dask`` extra) does the reading; the filesystem's own package does the talking
(``s3fs`` for ``s3://``, ``gcsfs`` for ``gs://``), with its own credentials, timeouts and
retries (set them as fsspec's configuration, e.g. ``FSSPEC_S3_ANON=true``). A URL is expanded
as a glob when it has one (``s3://archive/2024/**/*.md``), else as every article below a
prefix, else as one object; names starting with a dot are skipped, as in a folder walk.

>>> import fsspec
>>> with fsspec.open("memory://doctest/a.md", "w") as handle:
...     _ = handle.write("Acme raised $5m.")
>>> expand_remote("memory://doctest")
['memory:///doctest/a.md']
>>> load_remote("memory://doctest/a.md").text
'Acme raised $5m.'
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from verify.document import Document
from verify.errors import InputError, UsageError
from verify.limits import DEFAULT_MAX_BYTES
from verify.loaders import ARTICLE_SUFFIXES, detect_format, parse
from verify.loaders.decode import decode_bytes

_GLOB_CHARS = set("*?[")


def _filesystem(url: str) -> tuple[Any, str]:
    """(the fsspec filesystem of ``url``, the path inside it); a missing package is a usage error."""
    try:
        from fsspec.core import url_to_fs
    except ImportError:
        raise UsageError(f"{url}: reading URLs needs fsspec: pip install 'verify[dask]'") from None
    try:
        return url_to_fs(url)
    except ImportError as exc:  # fsspec names the package a protocol needs ("Install s3fs to access S3")
        raise UsageError(f"{url}: {exc}") from None
    except ValueError as exc:
        raise UsageError(f"{url}: {exc}") from None


def _is_article(name: str) -> bool:
    parts = name.rstrip("/").split("/")
    return not any(part.startswith(".") for part in parts) and \
        any(parts[-1].lower().endswith(suffix) for suffix in ARTICLE_SUFFIXES)


def expand_remote(url: str) -> list[str]:
    """The article URLs ``url`` stands for, sorted; :class:`InputError` when it matches nothing."""
    fs, path = _filesystem(url)
    try:
        if _GLOB_CHARS & set(path):
            found = [name for name, info in fs.glob(path, detail=True).items() if info.get("type") != "directory"]
        elif fs.isdir(path):
            found = [name for name in fs.find(path) if _is_article(name)]
        elif fs.exists(path):
            return [url]
        else:
            raise InputError(f"{url}: no such file or prefix")
    except OSError as exc:
        raise InputError(f"{url}: cannot be listed ({exc})") from None
    if not found:
        raise InputError(f"{url}: no articles ({', '.join(sorted(ARTICLE_SUFFIXES))}) match")
    return [fs.unstrip_protocol(name) for name in sorted(found)]


def load_remote(url: str, *, max_bytes: int = DEFAULT_MAX_BYTES, warn: Callable[[str], None] | None = None) -> Document:
    """Read and parse one article from its URL, never more than ``max_bytes``; :class:`InputError`
    with one line when it cannot be read."""
    fs, path = _filesystem(url)
    try:
        with fs.open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(f"{url}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{url}: is a directory") from None
    except (OSError, ValueError) as exc:
        raise InputError(f"{url}: cannot be read ({exc})") from None
    if len(data) > max_bytes:
        raise InputError(f"{url}: over the size limit of {max_bytes:,} bytes (raise it with --max-size)")
    return parse(url, decode_bytes(url, data, warn=warn), detect_format(url))

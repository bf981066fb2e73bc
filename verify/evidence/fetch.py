"""Fetching sources over HTTP(S), defensively.

- Only ``http`` and ``https``; a clear user agent.
- Timeouts: connect and read per request, and a total deadline for the whole fetch (a server
  that drips one byte a second is cut off).
- Redirects followed by hand, at most ``max_redirects``, every hop checked like the first.
- Addresses: the host is resolved and refused when any address is loopback, private,
  link-local, multicast or reserved, unless ``allow_private`` (so a page cannot make verify
  read the newsroom's intranet, and a DNS name pointing at 127.0.0.1 is refused too).
- Size: ``Content-Length`` over the cap is refused before reading; the body is counted as it
  streams and refused past the cap.
- Content type: HTML, plain text or Markdown only.
- Retries with exponential backoff on connection errors, timeouts and 5xx answers.

A failed fetch raises :class:`FetchError` with one line; nothing is stored.

>>> check_scheme("ftp://example.org/x")
Traceback (most recent call last):
...
verify.evidence.fetch.FetchError: ftp://example.org/x: only http and https addresses can be fetched
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from verify import HOMEPAGE, __version__
from verify.errors import VerifyError

USER_AGENT = f"verify/{__version__} (fact-checking; +{HOMEPAGE})"
ALLOWED_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown")
Resolver = Callable[[str], list[str]]


class FetchError(VerifyError):
    """A source could not be fetched; the message says why in one line."""


@dataclass(frozen=True)
class Fetched:
    url: str
    final_url: str
    content_type: str
    body: bytes
    encoding: str | None


def system_resolver(host: str) -> list[str]:
    try:
        return sorted({info[4][0] for info in socket.getaddrinfo(host, None)})
    except socket.gaierror as exc:
        raise FetchError(f"{host}: cannot be resolved ({exc.strerror})") from None


def check_scheme(url: str) -> None:
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        raise FetchError(f"{url}: only http and https addresses can be fetched")


def check_address(url: str, resolve: Resolver, allow_private: bool) -> None:
    check_scheme(url)
    host = urlsplit(url).hostname
    if not host:
        raise FetchError(f"{url}: no host name")
    if allow_private:
        return
    for address in resolve(host):
        ip = ipaddress.ip_address(address.split("%")[0])
        if (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast or ip.is_reserved
                or ip.is_unspecified):
            raise FetchError(f"{url}: {host} is a private or local address ({ip}); "
                             "use --allow-private to fetch it")


def fetch(url: str, *, client=None, resolve: Resolver | None = None, allow_private: bool = False,
          max_bytes: int = 10 * 1024 * 1024, connect_timeout: float = 5.0, read_timeout: float = 10.0,
          total_timeout: float = 30.0, max_redirects: int = 5, retries: int = 3,
          backoff: float = 0.5) -> Fetched:
    """Fetch one document; raise :class:`FetchError` with a one-line reason."""
    import httpx

    resolve = resolve or system_resolver  # looked up at call time, so it can be replaced
    own_client = client is None
    if client is None:
        client = httpx.Client(follow_redirects=False, headers={"User-Agent": USER_AGENT},
                              timeout=httpx.Timeout(read_timeout, connect=connect_timeout))
    deadline = time.monotonic() + total_timeout
    try:
        current = url
        for _ in range(max_redirects + 1):
            check_address(current, resolve, allow_private)
            response_url, status, headers, body = _get_with_retries(
                client, current, deadline, max_bytes, retries, backoff)
            if status in (301, 302, 303, 307, 308):
                location = headers.get("location")
                if not location:
                    raise FetchError(f"{current}: redirect ({status}) without a Location")
                current = urljoin(current, location)
                continue
            if status >= 400:
                raise FetchError(f"{current}: the server answered {status}")
            content_type = headers.get("content-type", "").split(";")[0].strip().lower()
            if content_type not in ALLOWED_TYPES:
                raise FetchError(f"{current}: content type {content_type or 'unknown'!r} is not a document "
                                 f"({', '.join(ALLOWED_TYPES)})")
            charset = None
            for part in headers.get("content-type", "").split(";")[1:]:
                key, _, value = part.strip().partition("=")
                if key.lower() == "charset":
                    charset = value.strip('"').lower() or None
            return Fetched(url, response_url, content_type, body, charset)
        raise FetchError(f"{url}: more than {max_redirects} redirects")
    finally:
        if own_client:
            client.close()


def _get_with_retries(client, url: str, deadline: float, max_bytes: int, retries: int,
                      backoff: float) -> tuple[str, int, dict[str, str], bytes]:
    import httpx

    for attempt in range(retries + 1):
        try:
            result = _get(client, url, deadline, max_bytes)
            if result[1] < 500 or attempt == retries:
                return result
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.ReadTimeout, httpx.RemoteProtocolError) as exc:
            if attempt == retries:
                raise FetchError(f"{url}: {_describe(exc)} (after {retries + 1} attempts)") from None
        except httpx.HTTPError as exc:
            raise FetchError(f"{url}: {_describe(exc)}") from None
        pause = backoff * (2 ** attempt)
        if time.monotonic() + pause > deadline:
            raise FetchError(f"{url}: gave up after {attempt + 1} attempts (total time limit)")
        time.sleep(pause)
    raise FetchError(f"{url}: no answer")


def _get(client, url: str, deadline: float, max_bytes: int) -> tuple[str, int, dict[str, str], bytes]:
    with client.stream("GET", url) as response:
        headers = {k.lower(): v for k, v in response.headers.items()}
        length = headers.get("content-length")
        if length and length.isdigit() and int(length) > max_bytes:
            raise FetchError(f"{url}: {int(length):,} bytes is over the size limit of {max_bytes:,}")
        chunks, size = [], 0
        for chunk in response.iter_raw():
            size += len(chunk)
            if size > max_bytes:
                raise FetchError(f"{url}: the body is over the size limit of {max_bytes:,} bytes")
            if time.monotonic() > deadline:
                raise FetchError(f"{url}: too slow (total time limit reached)")
            chunks.append(chunk)
        return str(response.url), response.status_code, headers, b"".join(chunks)


def _describe(exc: Exception) -> str:
    import httpx

    if isinstance(exc, httpx.TimeoutException):
        return "timed out"
    if isinstance(exc, httpx.ConnectError):
        text = str(exc)
        if "SSL" in text or "certificate" in text.lower():
            return f"TLS error ({text.splitlines()[0][:120]})"
        return f"cannot connect ({text.splitlines()[0][:120] if text else 'connection refused'})"
    return f"{type(exc).__name__}: {str(exc).splitlines()[0][:120] if str(exc) else ''}".rstrip(": ")

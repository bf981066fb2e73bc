"""Fetching sources over HTTP(S), defensively.

- Only ``http`` and ``https``; a clear user agent.
- Timeouts: connect and read per request, and a total deadline over the whole exchange, DNS,
  headers, redirects and retries included (a server that drips its headers or its body one byte
  at a time is cut off at the deadline): the exchange runs in a daemon thread that the caller
  stops waiting for.
- Redirects followed by hand, at most ``max_redirects``, every hop checked like the first.
- Addresses: the host is resolved and refused when any address is not globally routable
  (``ipaddress``'s ``is_global``: loopback, private, shared 100.64.0.0/10, link-local, reserved,
  documentation…), is multicast, or embeds such an IPv4 address (mapped, 6to4, Teredo, NAT64),
  unless ``allow_private`` (so a page cannot make verify read the newsroom's intranet, and a DNS
  name pointing at 127.0.0.1 is refused too).
- Size: ``Content-Length`` over the cap is refused before reading; the body is decoded
  (``gzip``, ``deflate``) as it streams and the cap applies to the decoded bytes, so a small
  compressed bomb is refused without being inflated.
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
import threading
import time
import zlib
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
        if not all(map(_routable, [ip, *_embedded_ipv4(ip)])):
            raise FetchError(f"{url}: {host} is a private or local address ({ip}); "
                             "use --allow-private to fetch it")


def _routable(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Globally routable unicast: "not globally routable" rather than a list of ranges to refuse."""
    return ip.is_global and not (ip.is_multicast or ip.is_private or ip.is_reserved or ip.is_link_local)


def _embedded_ipv4(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """IPv4 addresses an IPv6 address carries (mapped, 6to4, Teredo, NAT64): 64:ff9b::7f00:1 is 127.0.0.1.

    >>> [str(a) for a in _embedded_ipv4(ipaddress.ip_address("64:ff9b::7f00:1"))]
    ['127.0.0.1']
    """
    if ip.version == 4:
        return []
    assert isinstance(ip, ipaddress.IPv6Address)
    found = [a for a in (ip.ipv4_mapped, ip.sixtofour) if a is not None]
    if ip.teredo:
        found.extend(ip.teredo)
    if ip in ipaddress.ip_network("64:ff9b::/96"):
        found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return found


def fetch(url: str, *, client=None, resolve: Resolver | None = None, allow_private: bool = False,
          max_bytes: int = 10 * 1024 * 1024, connect_timeout: float = 5.0, read_timeout: float = 10.0,
          total_timeout: float = 30.0, max_redirects: int = 5, retries: int = 3,
          backoff: float = 0.5) -> Fetched:
    """Fetch one document; raise :class:`FetchError` with a one-line reason.

    ``total_timeout`` bounds the whole exchange, whatever the server does.
    """
    outcome: list[Fetched | BaseException] = []

    def exchange() -> None:
        try:
            outcome.append(_fetch(url, client, resolve, allow_private, max_bytes, connect_timeout, read_timeout,
                                  time.monotonic() + total_timeout, max_redirects, retries, backoff))
        except BaseException as exc:  # handed to the caller's thread
            outcome.append(exc)

    worker = threading.Thread(target=exchange, name="verify-fetch", daemon=True)
    worker.start()
    worker.join(total_timeout + 0.5)  # the exchange checks the deadline itself where it can
    if not outcome:  # still blocked (a header drip, a DNS server that never answers): leave it behind
        raise FetchError(f"{url}: too slow (total time limit of {total_timeout:g} s reached)")
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


def _fetch(url: str, client, resolve: Resolver | None, allow_private: bool, max_bytes: int, connect_timeout: float,
           read_timeout: float, deadline: float, max_redirects: int, retries: int, backoff: float) -> Fetched:
    import httpx

    resolve = resolve or system_resolver  # looked up at call time, so it can be replaced
    own_client = client is None
    if client is None:
        client = httpx.Client(follow_redirects=False, headers={"User-Agent": USER_AGENT,
                                                               "Accept-Encoding": ", ".join(_DECODABLE)},
                              timeout=httpx.Timeout(read_timeout, connect=connect_timeout))
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
        decode = _decoder(url, headers.get("content-encoding", ""), max_bytes)
        chunks, size = [], 0
        for chunk in response.iter_raw():
            if time.monotonic() > deadline:
                raise FetchError(f"{url}: too slow (total time limit reached)")
            chunk = decode(chunk, False)
            size += len(chunk)
            if size > max_bytes:
                raise FetchError(f"{url}: the body is over the size limit of {max_bytes:,} bytes")
            chunks.append(chunk)
        chunks.append(decode(b"", True))
        return str(response.url), response.status_code, headers, b"".join(chunks)


_DECODABLE = ("gzip", "deflate")


def _decoder(url: str, content_encoding: str, max_bytes: int) -> Callable[[bytes, bool], bytes]:
    """A function that decodes the body's next raw chunk (``final`` for the end), never producing
    more than ``max_bytes + 1`` bytes in all: httpx's own decoders inflate a chunk whole, so a
    64 kB gzip bomb would be a gigabyte before any cap could look at it."""
    codings = [c.strip().lower() for c in content_encoding.split(",") if c.strip().lower() not in ("", "identity")]
    unknown = [c for c in codings if c not in (*_DECODABLE, "x-gzip")]
    if unknown:
        raise FetchError(f"{url}: content encoding {unknown[0]!r} is not supported (only {', '.join(_DECODABLE)})")
    layers = [(c, zlib.decompressobj(zlib.MAX_WBITS | 32 if c != "deflate" else zlib.MAX_WBITS))
              for c in reversed(codings)]  # the last coding applied is the first undone
    room = [max_bytes + 1]

    def decode(chunk: bytes, final: bool = False) -> bytes:
        for coding, layer in layers:
            try:
                out = layer.decompress(chunk, room[0]) if chunk else b""
                if layer.unconsumed_tail:  # more output than the cap allows is waiting
                    raise FetchError(f"{url}: the body is over the size limit of {max_bytes:,} bytes (decoded)")
                if final:
                    out += layer.flush()
                    if not layer.eof:
                        raise FetchError(f"{url}: the body's {coding} encoding is cut short")
            except zlib.error:
                raise FetchError(f"{url}: the body's {coding} encoding is damaged") from None
            chunk = out
        if layers:
            room[0] = max(room[0] - len(chunk), 1)
        return chunk

    return decode


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

"""The safety layer of ``verify serve``, as one ASGI middleware in front of every route.

- **Host**: only requests addressed to the host the server was bound to (and, for a loopback bind,
  ``localhost``/``127.0.0.1``/``[::1]``) are answered, so a web page cannot reach the server through
  a DNS name rebound to 127.0.0.1 (answer 421).
- **Token**: when a token is set (required for a bind outside loopback), every request must carry it:
  ``Authorization: Bearer TOKEN``, or the ``verify_token`` cookie that opening ``/?token=TOKEN``
  sets (HttpOnly, SameSite=Strict), so the page and its script work in a browser. Compared in
  constant time; a missing or wrong token is answered 401.
- **Size**: a request body over the limit is refused with 413, whether it says its length or streams.
- **Headers**: every answer carries a strict Content-Security-Policy (scripts and styles from the
  server only, no inline script; the article's text is always escaped text), ``nosniff``,
  ``no-referrer`` and ``no-store``.

Written here rather than assembled from Starlette's middleware: Starlette checks hosts
(``TrustedHostMiddleware``) but has no token or body-size limit, and three layers would each parse
the headers; this is one pass, and the one place to read what the server lets in.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Awaitable, Callable, MutableMapping
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qs

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"), (b"cache-control", b"no-store"),
                    (b"x-frame-options", b"DENY")]
LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
COOKIE = "verify_token"


def is_loopback(host: str) -> bool:
    """Is a host name or address one of this machine's loopback ones?

    >>> is_loopback("127.0.0.1"), is_loopback("localhost"), is_loopback("0.0.0.0")
    (True, True, False)
    """
    import ipaddress

    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class Guard:
    """Host, token and size checks, and the security headers (see the module's docstring)."""

    def __init__(self, app: ASGIApp, *, bound_host: str, token: str | None, max_bytes: int) -> None:
        self.app = app
        self.token = token
        self.max_bytes = max_bytes
        self.hosts = {bound_host.lower()} | (set(LOOPBACK_NAMES) if is_loopback(bound_host) else set())

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {name.decode("latin-1").lower(): value.decode("latin-1") for name, value in scope["headers"]}
        host = headers.get("host", "")
        hostname = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        if hostname.lower() not in self.hosts:
            await _answer(send, 421, {"error": f"this server answers for {sorted(self.hosts)[0]} only"})
            return
        set_cookie = False
        if self.token is not None:
            offered = _offered_token(scope, headers)
            if offered is None or not hmac.compare_digest(offered.encode(), self.token.encode()):
                await _answer(send, 401, {"error": "a token is required: Authorization: Bearer TOKEN, "
                                                   "or open /?token=TOKEN once in the browser"})
                return
            set_cookie = COOKIE not in _cookies(headers)
        length = headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_bytes):
            await _answer(send, 413, {"error": f"the request is larger than {self.max_bytes:,} bytes"})
            return
        body = bytearray()  # read before the app runs, so that a body over the limit is refused cleanly
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            body += message.get("body", b"")
            if len(body) > self.max_bytes:
                await _answer(send, 413, {"error": f"the request is larger than {self.max_bytes:,} bytes"})
                return
            if not message.get("more_body"):
                break
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if delivered:
                return await receive()
            delivered = True
            return {"type": "http.request", "body": bytes(body), "more_body": False}

        async def guarded_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                extra = list(SECURITY_HEADERS)
                if set_cookie:
                    extra.append((b"set-cookie", f"{COOKIE}={self.token}; HttpOnly; SameSite=Strict; Path=/".encode()))
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, replay, guarded_send)


def _cookies(headers: dict[str, str]) -> dict[str, str]:
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(headers.get("cookie", ""))
    except Exception:  # a malformed Cookie header carries no token
        return {}
    return {name: morsel.value for name, morsel in jar.items()}


def _offered_token(scope: Scope, headers: dict[str, str]) -> str | None:
    authorization = headers.get("authorization", "")
    if authorization.lower().startswith("bearer "):
        return authorization[7:].strip()
    cookie = _cookies(headers).get(COOKIE)
    if cookie:
        return cookie
    query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
    return query.get("token", [None])[0]


async def _answer(send: Send, status: int, body: dict[str, str]) -> None:
    data = json.dumps(body).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode()),
                            *SECURITY_HEADERS]})
    await send({"type": "http.response.body", "body": data})

"""Recorded HTTP exchanges ("cassettes"), replayed through respx so tests need no network.

A cassette is a JSON file::

    {"description": "what the exchange shows",
     "interactions": [
        {"url": "https://example.org/a", "response": {"status": 200,
            "headers": {"content-type": "text/html; charset=utf-8"}, "body": "<html>…", "encoding": "text"}},
        {"url": "https://example.org/b", "error": "ConnectTimeout"}]}

Interactions for one URL are answered in order (a 503 then a 200 shows a retry). ``encoding``
is ``text`` or ``base64`` (for bytes that are not UTF-8). ``error`` is an httpx exception name.

Refresh a cassette from the live web (the only command here that uses the network)::

    python -m verify.evidence.cassettes record https://example.org/press cassettes/press-release.json
"""

from __future__ import annotations

import base64
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any


def load(path: Path) -> dict[str, Any]:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def _response(entry: dict[str, Any]):  # -> httpx.Response | Exception
    import httpx

    if "error" in entry:
        return getattr(httpx, entry["error"])(entry.get("message", entry["error"]))
    response = entry["response"]
    body = response.get("body", "")
    content = base64.b64decode(body) if response.get("encoding") == "base64" else body.encode("utf-8")
    # A raw stream adds no Content-Length: the body size is known only if the cassette declares it.
    return httpx.Response(response["status"], headers=response.get("headers", {}), stream=httpx.ByteStream(content))


def replay(router, path: Path) -> None:
    """Register a cassette's interactions on a respx router."""
    by_url: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for entry in load(path)["interactions"]:
        by_url[entry["url"]].append(entry)
    for url, entries in by_url.items():
        router.get(url).mock(side_effect=[_response(e) for e in entries])


def record(url: str, path: Path) -> None:
    """Fetch ``url`` live (following redirects) and write every hop as a cassette."""
    import httpx

    from verify.evidence.fetch import USER_AGENT

    interactions = []
    with httpx.Client(headers={"User-Agent": USER_AGENT}, timeout=30) as client:
        current = url
        for _ in range(10):
            response = client.get(current)
            try:
                body, encoding = response.content.decode("utf-8"), "text"
            except UnicodeDecodeError:
                body, encoding = base64.b64encode(response.content).decode(), "base64"
            headers = {k: v for k, v in response.headers.items() if k.lower() in ("content-type", "location")}
            interactions.append({"url": current, "response": {"status": response.status_code, "headers": headers,
                                                              "body": body, "encoding": encoding}})
            if not response.is_redirect:
                break
            current = str(response.next_request.url) if response.next_request else current
    Path(path).write_text(json.dumps({"description": f"recorded from {url}", "interactions": interactions},
                                     ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] != "record":
        raise SystemExit("usage: python -m verify.evidence.cassettes record URL FILE")
    record(sys.argv[2], Path(sys.argv[3]))

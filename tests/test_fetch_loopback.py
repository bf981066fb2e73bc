"""Network faults against real servers on loopback (issue 15, item 10): each is refused in one line,
within the total deadline, and an `evidence add` that meets one stores nothing."""

from __future__ import annotations

import gzip
import http.server
import threading
import time
import zlib
from collections.abc import Iterator
from typing import ClassVar

import pytest

from verify.evidence.fetch import FetchError, check_address, fetch

PAGE = (b"<html><head><title>Halden Robotics</title></head><body><p>Halden Robotics raised $250 million "
        b"in its series B round, the company said.</p></body></html>")


def _bomb(megabytes: int) -> bytes:
    """gzip of ``megabytes`` MB of zeros, made a megabyte at a time (never held inflated)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    zeros = bytes(1024 * 1024)
    return b"".join(packer.compress(zeros) for _ in range(megabytes)) + packer.flush()


BOMB = _bomb(64)  # 64 MB of zeros in about 64 kB


class _Faults(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    seen: ClassVar[list[str]] = []

    def _send(self, body: bytes, encoding: str | None = None, content_type: str = "text/html") -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        _Faults.seen.append(self.path)
        if self.path == "/header-drip":  # headers that never end, one byte at a time, well inside the read timeout
            self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Pad: ")
            for _ in range(600):
                self.wfile.write(b"a")
                self.wfile.flush()
                time.sleep(0.05)
        elif self.path == "/body-drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(600):
                self.wfile.write(b"<p>x</p>")
                self.wfile.flush()
                time.sleep(0.05)
        elif self.path == "/gzip":
            self._send(gzip.compress(PAGE), "gzip")
        elif self.path == "/deflate":
            self._send(zlib.compress(PAGE), "deflate")
        elif self.path == "/gzip-bomb":
            self._send(BOMB, "gzip")
        elif self.path == "/gzip-damaged":
            self._send(b"\x1f\x8b\x08\x00 this is not deflate data at all", "gzip")
        elif self.path == "/gzip-cut":
            self._send(gzip.compress(PAGE)[:40], "gzip")
        elif self.path == "/brotli":
            self._send(b"\x0b\x02\x80hello\x03", "br")
        elif self.path == "/server-error":
            self.send_error(503)
        elif self.path == "/binary":
            self._send(b"\x89PNG\r\n", content_type="image/png")
        else:
            self._send(PAGE)

    def log_message(self, *args: object) -> None:
        pass


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that gave up mid-drip is the point of these tests, not a server error


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = _Server(("127.0.0.1", 0), _Faults)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def get(url: str, **options):
    return fetch(url, allow_private=True, retries=0, backoff=0.01, **options)


@pytest.mark.parametrize("path", ["/header-drip", "/body-drip"])
def test_a_drip_is_cut_off_at_the_total_deadline_headers_included(server, path):
    started = time.monotonic()
    with pytest.raises(FetchError, match="too slow") as error:
        get(server + path, total_timeout=1.5, read_timeout=10)
    assert time.monotonic() - started < 3.5 and "\n" not in str(error.value)


@pytest.mark.parametrize("path", ["/gzip", "/deflate"])
def test_compressed_answers_are_decoded(server, path):
    page = get(server + path)
    assert page.body == PAGE


def test_the_size_cap_applies_to_the_decoded_bytes(server):
    import tracemalloc

    tracemalloc.start()
    try:
        with pytest.raises(FetchError, match=r"over the size limit of 1,048,576 bytes \(decoded\)"):
            get(server + "/gzip-bomb", max_bytes=1024 * 1024)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024  # the 64 MB were never inflated


@pytest.mark.parametrize(("path", "reason"), [
    ("/gzip-damaged", "gzip encoding is damaged"), ("/gzip-cut", "gzip encoding is cut short"),
    ("/brotli", "content encoding 'br' is not supported"), ("/server-error", "the server answered 503"),
    ("/binary", "content type 'image/png' is not a document"),
])
def test_broken_answers_are_one_line_refusals(server, path, reason):
    with pytest.raises(FetchError, match=reason) as error:
        get(server + path)
    assert "\n" not in str(error.value)


@pytest.mark.parametrize("address", ["127.0.0.1", "100.64.1.2", "100.127.255.254", "192.168.1.1", "169.254.169.254",
                                     "198.18.0.1", "0.0.0.0", "::1", "::ffff:127.0.0.1", "64:ff9b::7f00:1",
                                     "2002:7f00:1::1", "fc00::1", "fe80::1", "224.0.0.1", "ff02::1", "2001:db8::1"])
def test_addresses_that_are_not_globally_routable_are_refused(address):
    with pytest.raises(FetchError, match="is a private or local address"):
        check_address("http://name.example.org/", lambda host: [address], allow_private=False)


def test_a_public_name_that_resolves_to_the_loopback_server_is_refused_before_any_request(server):
    port = server.rsplit(":", 1)[1]
    before = len(_Faults.seen)
    with pytest.raises(FetchError, match=r"inside\.example\.org is a private or local address \(127\.0\.0\.1\)"):
        fetch(f"http://inside.example.org:{port}/", resolve=lambda host: ["127.0.0.1"], retries=0)
    assert len(_Faults.seen) == before


def test_global_addresses_pass():
    for address in ("93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"):
        check_address("http://news.example.org/", lambda host, a=address: [a], allow_private=False)


@pytest.mark.parametrize("path", ["/header-drip", "/gzip-bomb", "/gzip-damaged", "/gzip-cut", "/brotli",
                                  "/server-error", "/binary"])
def test_a_network_fault_stores_nothing(run, server, store_url, path, monkeypatch):
    from verify.evidence import fetch as fetching

    real = fetching.fetch
    monkeypatch.setattr(fetching, "fetch", lambda url, **kw: real(url, **{**kw, "total_timeout": 1.5, "retries": 0,
                                                                         "backoff": 0.01}))
    result = run("evidence", "add", "--allow-private", "--store", store_url, server + "/page", server + path)
    assert result.status == 2 and result.err.count("\n") == 1 and result.err.startswith("verify: error: ")
    from verify.evidence.store import open_store

    assert open_store(store_url).counts()["sources"] == 0


def test_a_gzipped_page_is_stored_as_its_text(run, server, store_url):
    assert run("evidence", "add", "--allow-private", "--store", store_url, server + "/gzip").status == 0
    found = run("evidence", "search", "--store", store_url, "Halden").out
    assert "Halden Robotics" in found

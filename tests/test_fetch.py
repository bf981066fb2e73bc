"""Fetching sources: every path replayed from cassettes (no network), plus a slow server on loopback."""

from __future__ import annotations

import http.server
import threading
import time
from pathlib import Path

import pytest
import respx

from tests.conftest import ROOT
from verify.evidence import fetch as fetching
from verify.evidence.cassettes import replay
from verify.evidence.fetch import FetchError, fetch

CASSETTES = ROOT / "cassettes"
PUBLIC = {"news.example.org": ["93.184.216.34"], "ir.example.org": ["93.184.216.35"],
          "slow.example.org": ["93.184.216.36"], "a.example.org": ["93.184.216.37"],
          "b.example.org": ["93.184.216.38"], "inside.example.org": ["127.0.0.1"],
          "intranet.example.org": ["10.1.2.3", "93.184.216.39"]}


def resolver(host: str) -> list[str]:
    if host in PUBLIC:
        return PUBLIC[host]
    try:
        __import__("ipaddress").ip_address(host)
        return [host]
    except ValueError:
        raise FetchError(f"{host}: cannot be resolved (test resolver)") from None


@pytest.fixture
def cassette():
    with respx.mock(assert_all_called=False) as router:
        def use(name: str):
            replay(router, CASSETTES / f"{name}.json")
            return router
        yield use


def get(url: str, **kwargs):
    return fetch(url, resolve=resolver, backoff=0.01, **kwargs)


def test_success_returns_the_document(cassette):
    cassette("press-release")
    page = get("https://news.example.org/halden/series-b")
    assert page.content_type == "text/html" and page.encoding == "utf-8" and b"series B round" in page.body


def test_redirect_is_followed(cassette):
    cassette("transcript")
    page = get("https://ir.example.org/calls/q1")
    assert page.final_url == "https://ir.example.org/calls/2026-q1" and b"Arlo Menges" in page.body


@pytest.mark.parametrize(("name", "url", "message"), [
    ("not-found", "https://news.example.org/gone", "the server answered 404"),
    ("timeout", "https://slow.example.org/", "timed out (after 4 attempts)"),
    ("oversized", "https://news.example.org/huge", "over the size limit"),
    ("wrong-type", "https://news.example.org/photo", "content type 'image/png' is not a document"),
    ("redirect-loop", "https://a.example.org/", "more than 5 redirects"),
    ("redirect-to-private", "https://news.example.org/jump", "10.0.0.8 is a private or local address"),
])
def test_refusals_are_one_line(cassette, name, url, message):
    cassette(name)
    with pytest.raises(FetchError) as error:
        get(url)
    assert message in str(error.value) and "\n" not in str(error.value)


def test_streamed_body_over_the_cap(cassette):
    cassette("oversized-stream")
    with pytest.raises(FetchError, match="body is over the size limit"):
        get("https://news.example.org/stream", max_bytes=100_000)


def test_5xx_is_retried_then_succeeds(cassette):
    router = cassette("flaky")
    assert b"$5 million" in get("https://news.example.org/flaky").body
    assert router.calls.call_count == 3


def test_bad_encoding_is_decoded_with_a_warning(cassette):
    from verify.evidence.web import load_url

    cassette("bad-encoding")
    warnings: list[str] = []
    original = fetching.system_resolver
    fetching.system_resolver = resolver
    try:
        doc = load_url("https://news.example.org/latin", warn=warnings.append)
    finally:
        fetching.system_resolver = original
    assert "Renée Roux raised €5 million" in doc.text and "Windows-1252" in warnings[0]


@pytest.mark.parametrize(("url", "message"), [
    ("ftp://news.example.org/x", "only http and https"),
    ("file:///etc/passwd", "only http and https"),
    ("http://127.0.0.1:8080/", "127.0.0.1 is a private or local address"),
    ("http://[::1]/", "::1 is a private or local address"),
    ("http://169.254.169.254/latest/meta-data", "is a private or local address"),
    ("https://inside.example.org/", "inside.example.org is a private or local address (127.0.0.1)"),
    ("https://intranet.example.org/", "intranet.example.org is a private or local address (10.1.2.3)"),
])
def test_addresses_refused_before_any_request(url, message):
    with respx.mock(assert_all_called=False) as router, pytest.raises(FetchError, match=message.replace("(", r"\(")
                                                                     .replace(")", r"\)").replace(".", r"\.")):
        get(url)
    assert router.calls.call_count == 0


class _Drip(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        for _ in range(50):
            self.wfile.write(b"x")
            self.wfile.flush()
            time.sleep(0.1)

    def log_message(self, *args):
        pass


def test_slow_drip_server_on_loopback_is_cut_off_by_the_total_deadline():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Drip)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        started = time.monotonic()
        with pytest.raises(FetchError, match="too slow"):
            fetch(f"http://127.0.0.1:{server.server_address[1]}/", allow_private=True, total_timeout=1.0,
                  read_timeout=2.0, retries=0)
        assert time.monotonic() - started < 4
    finally:
        server.shutdown()
        server.server_close()


def test_closed_port_on_loopback_is_a_clear_error():
    with pytest.raises(FetchError, match="cannot connect"):
        fetch("http://127.0.0.1:9/", allow_private=True, retries=1, backoff=0.01)


def test_evidence_add_from_cassettes_then_check_end_to_end(run, cassette, store_url, monkeypatch, tmp_path):
    monkeypatch.setattr(fetching, "system_resolver", resolver)
    cassette("press-release")
    cassette("transcript")
    added = run("evidence", "add", "--store", store_url, "https://news.example.org/halden/series-b",
                "https://ir.example.org/calls/q1")
    assert added.status == 0 and added.out.count("added") == 2
    facts = Path(__file__).resolve().parent / "evidence_files" / "facts.csv"
    assert run("evidence", "import", "--store", store_url, facts).status == 0
    draft = Path(__file__).resolve().parent / "evidence_files" / "draft.md"
    report = run("check", "--no-config", "--format", "json", "--evidence", "--store", store_url, draft).json()
    claims = report["reports"][0]["claims"]
    status = {c["text"]: c["status"] for c in claims if c["type"] in ("money", "quantity")}
    assert (status["$250 million"], status["1,500 workers"], status["40 engineers"]) == (
        "supported", "contradicted", "unverified")
    rules = sorted(f["rule"] for f in report["reports"][0]["findings"])
    assert rules == ["evidence.contradicted", "evidence.quote-altered", "evidence.quote-misattributed",
                     "evidence.supported", "evidence.supported"]  # the $250 million and "next year"
    sources = {f["rule"]: f["evidence"][0]["source"] for f in report["reports"][0]["findings"]}
    assert "https://news.example.org/halden/series-b" in sources["evidence.contradicted"]
    assert "https://ir.example.org/calls/q1" in sources["evidence.quote-misattributed"]


def test_a_failed_fetch_stores_nothing(run, cassette, store_url, monkeypatch):
    monkeypatch.setattr(fetching, "system_resolver", resolver)
    cassette("press-release")
    cassette("not-found")
    result = run("evidence", "add", "--store", store_url, "https://news.example.org/halden/series-b",
                 "https://news.example.org/gone")
    assert result.status == 2 and "404" in result.err
    from verify.evidence.store import open_store

    assert open_store(store_url).counts()["sources"] == 0


def test_tls_failure_is_a_clear_refusal():
    import httpx

    with respx.mock(assert_all_called=False) as router:
        router.get("https://news.example.org/tls").mock(
            side_effect=httpx.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed"))
        with pytest.raises(FetchError, match="TLS error"):
            get("https://news.example.org/tls", retries=0)

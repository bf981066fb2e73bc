"""``verify serve``: the JSON API and the script-free page, over HTTP against the running app (httpx)."""

from __future__ import annotations

import httpx
import pytest

from tests.serving import running

DRAFT = ("Halden Robotics raised $290 million, equivalent to 2.4 billion yuan, in its latest round.\n\n"
         "The board met on Wednesday, May 16, 2026, to approve the deal.\n")


@pytest.fixture(scope="module")
def server():
    with running() as url:
        yield url


def test_healthz_rules_and_openapi(server):
    assert httpx.get(f"{server}/healthz").json()["status"] == "ok"
    rules = httpx.get(f"{server}/api/rules").json()
    assert {"conversion.rate", "number.mismatch"} <= {r["id"] for r in rules}
    spec = httpx.get(f"{server}/openapi.json").json()
    assert spec["openapi"].startswith("3.1") and "/api/check" in spec["paths"]


def test_check_returns_the_contract_with_suggestions(server, schema_validator):
    answer = httpx.post(f"{server}/api/check", json={"text": DRAFT, "date": "2026-06-12", "html": True})
    assert answer.status_code == 200
    document = answer.json()
    html = document.pop("html")
    schema_validator.validate(document)
    findings = {f["rule"]: f for f in document["reports"][0]["findings"]}
    assert findings["conversion.rate"]["suggestions"][0]["replacement"] == "2.0 billion yuan"
    assert findings["date.weekday"]["suggestions"][0]["replacement"] == "Saturday, May 16, 2026"
    assert '<ins>Saturday, May 16, 2026</ins>' in html and 'class="c c-money flag sev-warning"' in html


def test_every_answer_carries_the_strict_policy(server):
    answer = httpx.get(server)
    policy = answer.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "default-src 'none'" in policy and "unsafe-inline" not in policy
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert '<script src="/static/app.js" defer></script>' in answer.text and "<script>" not in answer.text


def test_bad_requests_get_a_one_line_reason(server):
    cases = [({"text": "x", "date": "26-04-10"}, "invalid date '26-04-10': expected YYYY-MM-DD"),
             ({"text": 5}, "text must be a string"),
             ({"text": "x", "format": "pdf"}, "unknown format 'pdf': choose markdown, html or text"),
             ({}, "give the draft as text (or a file) or a url")]
    for body, reason in cases:
        answer = httpx.post(f"{server}/api/check", json=body)
        assert (answer.status_code, answer.json()) == (400, {"error": reason})
    answer = httpx.post(f"{server}/api/check", content=b"{not json")
    assert answer.status_code == 400 and answer.json() == {"error": "the body is not valid JSON"}


def test_urls_keep_the_fetchers_guard_against_private_addresses(server):
    answer = httpx.post(f"{server}/api/check", json={"url": f"{server}/healthz"})
    assert answer.status_code == 400
    assert answer.json()["error"] == (f"{server}/healthz: 127.0.0.1 is a private or local address (127.0.0.1); "
                                      "use --allow-private to fetch it")


def test_a_request_over_the_limit_is_refused():
    with running(max_bytes=1000) as url:
        answer = httpx.post(f"{url}/api/check", json={"text": "x" * 2000})
        assert answer.status_code == 413

        def chunks():
            yield b'{"text": "'
            yield b"y" * 2000
            yield b'"}'

        streamed = httpx.post(f"{url}/api/check", content=chunks())  # no Content-Length: counted as it arrives
        assert streamed.status_code == 413


def test_a_name_rebound_to_loopback_is_not_answered(server):
    answer = httpx.get(f"{server}/healthz", headers={"Host": "attacker.example"})
    assert answer.status_code == 421


def test_with_a_token_every_request_must_carry_it():
    with running(token="s3cret") as url:
        assert httpx.get(f"{url}/healthz").status_code == 401
        assert httpx.get(f"{url}/healthz", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert httpx.get(f"{url}/healthz", headers={"Authorization": "Bearer s3cret"}).status_code == 200
        with httpx.Client() as browser:  # opening /?token= once sets the cookie the page then uses
            first = browser.get(f"{url}/?token=s3cret")
            assert first.status_code == 200 and "HttpOnly" in first.headers["set-cookie"]
            assert browser.post(f"{url}/api/check", json={"text": DRAFT}).status_code == 200


def test_the_form_post_works_without_javascript(server):
    answer = httpx.post(server, data={"text": DRAFT, "date": "2026-06-12", "format": "text"})
    assert answer.status_code == 200
    assert "date.weekday" in answer.text and "<ins>Saturday, May 16, 2026</ins>" in answer.text
    assert "Halden Robotics raised $290 million" in answer.text  # the draft stays in the form


def test_a_file_upload_is_parsed_by_its_extension(server):
    page = "<html><body><p>Halden Robotics raised $290 million, equivalent to 2.4 billion yuan.</p></body></html>"
    answer = httpx.post(server, data={"date": "2026-06-12"}, files={"file": ("draft.html", page.encode(), "text/html")})
    assert answer.status_code == 200 and "conversion.rate" in answer.text
    assert '<div class="prose">\n\nHalden Robotics raised <span' in answer.text  # the prose, not the markup


def test_serve_refuses_a_public_bind_without_a_token(run, monkeypatch):
    monkeypatch.delenv("VERIFY_TOKEN", raising=False)
    result = run("serve", "--host", "0.0.0.0")
    assert result.status == 2
    assert result.err == ("verify: error: --host 0.0.0.0 is reachable from other machines: give --token "
                          "(or VERIFY_TOKEN)\n")

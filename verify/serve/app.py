"""``verify serve``: a local page for editors and a JSON API for newsroom tools (Starlette on uvicorn).

Routes:

- ``GET /``: the page. Paste a draft, upload a file (Markdown, HTML, text) or give a URL, pick the
  publication date: the report (findings, both sides, suggestions, the article with its claims
  marked) appears below. With JavaScript on, it is re-checked as you type (debounced, no reload);
  with it off, the form posts to ``POST /`` and the answer is the page with the report.
- ``POST /api/check``: JSON ``{"text" | "url", "name", "format", "date", "html"}`` → the contract's
  check output (``verify check --format json``), plus ``"html"`` (the report fragment) when asked.
- ``GET /api/rules``, ``GET /healthz``, ``GET /openapi.json`` (the API described in OpenAPI 3.1).

Checks run in worker threads, at most ``CONCURRENT_CHECKS`` at once; URLs are fetched through the
evidence fetcher's guard (no private or loopback addresses, bounded size and time). Everything the
article says reaches the page as escaped text inside the report fragment.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from typing import Any

import anyio
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from verify import __version__
from verify.errors import VerifyError
from verify.serve.guard import Guard
from verify.service import Checker

CONCURRENT_CHECKS = 2
FORMATS = ("markdown", "html", "text")
_DEFAULT_NAMES = {"markdown": "draft.md", "html": "draft.html", "text": "draft.txt"}


class BadRequest(Exception):
    """A request the API cannot use; the message says why in one line."""


@dataclass
class Settings:
    """What ``verify serve`` was started with."""

    host: str = "127.0.0.1"
    port: int = 8765
    token: str | None = None
    max_bytes: int = 2 * 1024 * 1024
    checker: Checker = field(default_factory=Checker)
    allow_private: bool = False


def _static(name: str) -> bytes:
    return resources.files("verify.serve").joinpath("static", name).read_bytes()


def _date(value: Any) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise BadRequest(f"invalid date {value!r}: expected YYYY-MM-DD") from None


def _name(value: Any, fmt: str | None) -> str:
    """The draft's name: a file name (no folders: it only picks the parser and the per-file settings)."""
    name = str(value or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
    return name or _DEFAULT_NAMES.get(fmt or "markdown", "draft.md")


class App:
    """The routes over one :class:`Settings`."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.limiter = anyio.CapacityLimiter(CONCURRENT_CHECKS)

    def _check(self, text: str | None, url: str | None, name: str, fmt: str | None, published: date | None):
        """(the report, the rendered contract document); runs in a worker thread."""
        from verify.formats.json_format import render_check

        if fmt is not None and fmt not in FORMATS:
            raise BadRequest(f"unknown format {fmt!r}: choose markdown, html or text")
        checker = self.settings.checker
        if url:
            from verify.evidence.web import load_url
            from verify.inputs import is_url

            if not is_url(url):
                raise BadRequest(f"{url!r} is not an http(s) address")
            doc = load_url(url, allow_private=self.settings.allow_private, max_bytes=self.settings.max_bytes)
            report = checker.check_text(doc.source, name=url, published=published, format_hint=doc.format)
        elif text is not None:
            report = checker.check_text(text, name=name, published=published, format_hint=fmt)
        else:
            raise BadRequest("give the draft as text (or a file) or a url")
        return report, json.loads(render_check([report], __version__))

    async def _run(self, *args: Any):
        try:
            return await anyio.to_thread.run_sync(self._check, *args, limiter=self.limiter)
        except VerifyError as exc:
            raise BadRequest(str(exc)) from None

    # ---- API --------------------------------------------------------------------------------

    async def api_check(self, request: Request) -> Response:
        try:
            body = json.loads(await request.body())
            if not isinstance(body, dict):
                raise BadRequest("the body must be a JSON object")
            text, url = body.get("text"), body.get("url")
            if text is not None and not isinstance(text, str):
                raise BadRequest("text must be a string")
            fmt = body.get("format")
            report, document = await self._run(text, url, _name(body.get("name"), fmt), fmt, _date(body.get("date")))
        except (ValueError, BadRequest) as exc:
            message = str(exc) if isinstance(exc, BadRequest) else "the body is not valid JSON"
            return JSONResponse({"error": message}, status_code=400)
        if body.get("html"):
            from verify.formats.html_report import article_section

            document["html"] = article_section(report)
        return JSONResponse(document)

    async def api_rules(self, request: Request) -> Response:
        rules = self.settings.checker.ruleset_for("draft.md").rules
        return JSONResponse([{"id": r.id, "code": r.code, "check": r.check, "category": r.category,
                              "severity": r.severity, "summary": r.summary} for r in rules.values()])

    async def healthz(self, request: Request) -> Response:
        return JSONResponse({"status": "ok", "version": __version__})

    async def openapi(self, request: Request) -> Response:
        return Response(_static("openapi.json"), media_type="application/json")

    # ---- the page ---------------------------------------------------------------------------

    async def page(self, request: Request) -> Response:
        from verify.serve.page import render_page

        return HTMLResponse(render_page({"format": "markdown"}))

    async def page_post(self, request: Request) -> Response:
        """The form post (the page without JavaScript): the same page, with the report below the form."""
        from verify.formats.html_report import article_section
        from verify.serve.page import render_page

        async with request.form() as form:
            values = {key: form.get(key) for key in ("text", "url", "date", "format")}
            upload = form.get("file")
            text = values["text"] if isinstance(values["text"], str) else None
            name = None
            if upload is not None and not isinstance(upload, str) and upload.filename:
                from verify.loaders.decode import decode_bytes

                name = upload.filename
                try:
                    text = decode_bytes(name, await upload.read())
                except VerifyError as exc:
                    return HTMLResponse(render_page(values, error=str(exc)), status_code=400)
        fmt = values["format"] if values["format"] in FORMATS else None
        if name:
            fmt = None  # the file's extension decides, as for verify check
        try:
            report, _ = await self._run(text if text else None, values["url"] or None,
                                        _name(name, fmt), fmt, _date(values["date"]))
        except BadRequest as exc:
            return HTMLResponse(render_page(values, error=str(exc)), status_code=400)
        shown = {**values, "text": text or ""}
        return HTMLResponse(render_page(shown, report=article_section(report)))

    async def script(self, request: Request) -> Response:
        return Response(_static("app.js"), media_type="text/javascript")

    async def style(self, request: Request) -> Response:
        from verify.formats.html_report import STYLE

        return Response(STYLE.encode() + _static("page.css"), media_type="text/css")


def create_app(settings: Settings) -> Any:
    """The ASGI application: the routes behind the :class:`~verify.serve.guard.Guard`."""
    app = App(settings)
    routes = [
        Route("/", app.page, methods=["GET"]),
        Route("/", app.page_post, methods=["POST"]),
        Route("/api/check", app.api_check, methods=["POST"]),
        Route("/api/rules", app.api_rules, methods=["GET"]),
        Route("/healthz", app.healthz, methods=["GET"]),
        Route("/openapi.json", app.openapi, methods=["GET"]),
        Route("/static/app.js", app.script, methods=["GET"]),
        Route("/static/page.css", app.style, methods=["GET"]),
    ]
    return Guard(Starlette(routes=routes), bound_host=settings.host, token=settings.token,
                 max_bytes=settings.max_bytes)

"""``verify lsp``: the Language Server Protocol over stdio (pygls), for Markdown, HTML and text drafts.

- Diagnostics on open and save at once, and on change after a pause of ``DEBOUNCE_SECONDS`` (each
  keystroke restarts the wait; a check whose document changed meanwhile is not published). Each
  diagnostic names its rule (``code``, with the rule's documentation as ``codeDescription``) and
  carries the other side(s) of a contradiction as ``relatedInformation``.
- Hover on a claim: its type, normalised value and subject, and the findings it is part of.
- Code actions: each suggested correction of the findings under the cursor, as a quick fix (the
  most likely one preferred).
- Config and house rules: found from the document's path exactly as ``verify check`` finds them
  (``--config``, ``VERIFY_CONFIG``, else the nearest ``verify.toml`` or ``[tool.verify]`` above the
  file); saving a ``verify.toml`` or ``pyproject.toml`` reloads them. A config or rule file that
  cannot be used is shown as one diagnostic at the top of the draft.

Positions are converted with the client's position encoding (UTF-16 by default) by pygls.
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import replace
from typing import Any
from urllib.parse import unquote, urlsplit

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from verify import __version__
from verify.errors import VerifyError
from verify.report import ArticleReport, Finding
from verify.service import Checker

DEBOUNCE_SECONDS = 0.1
_SEVERITY = {"error": types.DiagnosticSeverity.Error, "warning": types.DiagnosticSeverity.Warning,
             "info": types.DiagnosticSeverity.Information}
_FORMATS = {"markdown": "markdown", "html": "html", "plaintext": "text", "text": "text"}
_CONFIG_FILES = ("verify.toml", "pyproject.toml")


class VerifyLanguageServer(LanguageServer):
    """The server, with the last report of each open document."""

    def __init__(self, checker: Checker | None = None) -> None:
        super().__init__("verify", __version__)
        self.checker = checker or Checker()
        self.reports: dict[str, ArticleReport] = {}
        self.languages: dict[str, str] = {}
        self.pending: dict[str, asyncio.Task[None]] = {}


def _name(uri: str) -> str:
    """The draft's path (it decides which config applies), or a name for an unsaved buffer."""
    parts = urlsplit(uri)
    if parts.scheme == "file":
        return unquote(parts.path)
    return unquote(parts.path.rsplit("/", 1)[-1]) or "draft.md"


def _range(document: Any, start: int, end: int) -> types.Range:
    return types.Range(document.client_position_at_offset(start), document.client_position_at_offset(end))


def _diagnostic(document: Any, uri: str, finding: Finding) -> types.Diagnostic:
    start, end = finding.source_span
    related = [types.DiagnosticRelatedInformation(
        types.Location(uri, _range(document, c.source_start, c.source_end)),
        f"other side: {' '.join(c.text.split())}") for c in finding.claims[1:] if c.source_start >= 0]
    return types.Diagnostic(
        range=_range(document, start, end), message=finding.message, severity=_SEVERITY[finding.severity],
        code=finding.rule, source="verify", related_information=related or None,
        code_description=types.CodeDescription(href=finding.link) if finding.link else None)


def _check(server: VerifyLanguageServer, uri: str) -> tuple[int | None, list[types.Diagnostic]]:
    """Check the document as it is now (in a worker thread); its version and diagnostics."""
    document = server.workspace.get_text_document(uri)
    version = document.version
    fmt = _FORMATS.get(server.languages.get(uri, ""))
    try:
        report = server.checker.check_text(document.source, name=_name(uri), format_hint=fmt)
    except VerifyError as exc:
        server.reports.pop(uri, None)
        return version, [types.Diagnostic(types.Range(types.Position(0, 0), types.Position(0, 0)),
                                          f"verify: error: {exc}", types.DiagnosticSeverity.Error, source="verify")]
    server.reports[uri] = report
    return version, [_diagnostic(document, uri, f) for f in report.findings_by_line()]


async def publish(server: VerifyLanguageServer, uri: str, delay: float = 0.0) -> None:
    """Check and publish, after ``delay`` seconds; not published if the document changed meanwhile."""
    if delay:
        await asyncio.sleep(delay)
    version, diagnostics = await asyncio.to_thread(_check, server, uri)
    current = server.workspace.get_text_document(uri).version
    if uri in server.languages and current == version:
        server.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri, diagnostics, version))


def _schedule(server: VerifyLanguageServer, uri: str, delay: float) -> None:
    earlier = server.pending.pop(uri, None)
    if earlier is not None:
        earlier.cancel()
    server.pending[uri] = asyncio.ensure_future(publish(server, uri, delay))


def create_server(checker: Checker | None = None) -> VerifyLanguageServer:
    server = VerifyLanguageServer(checker)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: VerifyLanguageServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.languages[params.text_document.uri] = params.text_document.language_id
        _schedule(ls, params.text_document.uri, 0.0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: VerifyLanguageServer, params: types.DidChangeTextDocumentParams) -> None:
        _schedule(ls, params.text_document.uri, DEBOUNCE_SECONDS)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: VerifyLanguageServer, params: types.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        if _name(uri).endswith(_CONFIG_FILES):
            ls.checker = replace(ls.checker)  # the same settings, the config and rules read again
            for open_uri in list(ls.languages):
                _schedule(ls, open_uri, 0.0)
        elif uri in ls.languages:
            _schedule(ls, uri, 0.0)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: VerifyLanguageServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        task = ls.pending.pop(uri, None)
        if task is not None:
            task.cancel()
        ls.languages.pop(uri, None)
        ls.reports.pop(uri, None)
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri, []))

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: VerifyLanguageServer, params: types.HoverParams) -> types.Hover | None:
        report = ls.reports.get(params.text_document.uri)
        if report is None:
            return None
        document = ls.workspace.get_text_document(params.text_document.uri)
        offset = document.offset_at_position(params.position)
        claim = next((c for c in report.claims if c.source_start <= offset < c.source_end), None)
        if claim is None:
            return None
        from verify.formats.describe import describe_value
        from verify.formats.text import help_text

        lines = [f"**{claim.type}**: {describe_value(claim.type, claim.value)}"
                 + (f" · subject: {claim.subject}" if claim.subject and claim.type != "quote" else "")]
        for finding in report.findings_by_line():
            if any(c is claim for c in finding.claims):
                lines.append(f"- {finding.severity} `{finding.rule}`: {finding.message}")
                lines.extend(f"  - {help_text(s)}" for s in report.suggestions(finding))
        return types.Hover(types.MarkupContent(types.MarkupKind.Markdown, "\n".join(lines)),
                           _range(document, claim.source_start, claim.source_end))

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                    types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]))
    def code_action(ls: VerifyLanguageServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        uri = params.text_document.uri
        report = ls.reports.get(uri)
        if report is None:
            return []
        document = ls.workspace.get_text_document(uri)
        start = document.offset_at_position(params.range.start)
        end = document.offset_at_position(params.range.end)
        actions = []
        for finding in report.findings_by_line():
            spans = [finding.source_span] + [(c.source_start, c.source_end) for c in finding.claims]
            if not any(a <= end and start <= b for a, b in spans):
                continue
            diagnostic = _diagnostic(document, uri, finding)
            for number, suggestion in enumerate(report.suggestions(finding)):
                old = " ".join(suggestion.claim.text.split())
                edit = types.TextEdit(_range(document, *suggestion.span), suggestion.replacement)
                actions.append(types.CodeAction(
                    title=f"verify: replace {old!r} with {suggestion.replacement!r} ({finding.rule})",
                    kind=types.CodeActionKind.QuickFix, diagnostics=[diagnostic], is_preferred=number == 0,
                    edit=types.WorkspaceEdit(changes={uri: [edit]})))
        return actions

    return server


def serve_stdio(checker: Checker | None = None) -> None:
    """Run the server on standard input and output until the client says exit."""
    server = create_server(checker)
    with contextlib.suppress(KeyboardInterrupt):
        server.start_io()

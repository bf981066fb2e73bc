"""The page of ``verify serve``: a form, and the report below it.

Works without JavaScript (the form posts to ``/``); ``/static/app.js`` re-checks as the editor types.
Every value put in the page is escaped; the report fragment is escaped by the HTML report itself.

>>> page = render_page({"text": "<b>x</b>", "format": "html"}, error="bad <date>")
>>> "&lt;b&gt;x&lt;/b&gt;" in page and "bad &lt;date&gt;" in page and "<b>x</b>" not in page
True
"""

from __future__ import annotations

import html
from typing import Any

from verify import __version__


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _options(chosen: str | None) -> str:
    return "".join(f'<option value="{name}"{" selected" if name == chosen else ""}>{label}</option>'
                   for name, label in (("markdown", "Markdown"), ("html", "HTML"), ("text", "plain text")))


def render_page(values: dict[str, Any], report: str = "", error: str = "") -> str:
    """The whole page, with the form filled with ``values`` and ``report`` (an HTML fragment) below."""
    text, url, when = (values.get(k) or "" for k in ("text", "url", "date"))
    fmt = values.get("format") or "markdown"
    problem = f'<p class="problem" role="alert">{_e(error)}</p>' if error else ""
    body = report or '<p class="empty">Paste a draft above: its findings appear here.</p>'
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        '<title>verify</title><link rel="stylesheet" href="/static/page.css">'
        '<script src="/static/app.js" defer></script></head><body>'
        f'<header><h1>verify {_e(__version__)}: check a draft</h1></header><main>'
        '<form id="draft" method="post" action="/" enctype="multipart/form-data">'
        '<label for="text">Draft</label>'
        f'<textarea id="text" name="text" rows="7" spellcheck="true">{_e(text)}</textarea>'
        '<div class="row"><label>File <input type="file" name="file" accept=".md,.markdown,.html,.htm,.txt,.text">'
        f'</label><label>or URL <input type="url" name="url" value="{_e(url)}" placeholder="https://"></label></div>'
        f'<div class="row"><label>Published <input type="date" id="date" name="date" value="{_e(when)}"></label>'
        f'<label>Format <select id="format" name="format">{_options(fmt)}</select></label>'
        '<button type="submit">Check</button><span id="status" aria-live="polite"></span></div>'
        f'</form>{problem}<div id="report">{body}</div></main></body></html>\n')

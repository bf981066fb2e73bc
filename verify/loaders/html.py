"""HTML → prose with a source map, plus title and publication date.

The article text comes from ``<article>`` when the page has one, else
``<main>``, else ``<body>``; scripts, styles, navigation, forms and the like
are skipped. Text is read with the standard library's ``HTMLParser`` because
it reports the source position of every text run and entity, which
beautifulsoup4 does not keep; beautifulsoup4 reads the metadata (title,
``article:published_time``, JSON-LD ``datePublished``, ``<time datetime>``).

>>> doc = parse_html("a.html", '<html><head><meta property="article:published_time" '
...     'content="2026-04-10T09:00:00Z"></head><body><p>It rose 5&nbsp;%.</p></body></html>')
>>> doc.published.isoformat(), doc.text.strip()
('2026-04-10', 'It rose 5\\xa0%.')
"""

from __future__ import annotations

import html
import json
import re
from datetime import date
from html.parser import HTMLParser

from verify.document import Directive, Document
from verify.loaders.dates import parse_date_string
from verify.textmap import TextMapBuilder

_SKIP = {"script", "style", "noscript", "template", "svg", "head", "nav", "footer", "aside",
         "form", "button", "select", "textarea", "iframe", "object", "title", "math"}
_INLINE = {"a", "abbr", "b", "bdi", "bdo", "cite", "data", "dfn", "em", "i", "kbd", "mark", "q",
           "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "font",
           "ins", "del"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
         "source", "track", "wbr"}
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")
_SCOPES = {"h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading",
           "li": "list", "blockquote": "blockquote", "figcaption": "caption", "caption": "caption"}
_CONTAINER = re.compile(r"<(article|main)\b", re.IGNORECASE)


class _ProseParser(HTMLParser):
    def __init__(self, source: str, container: str | None) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.builder = TextMapBuilder(source)
        self.directives: list[Directive] = []
        self._line_starts = [0] + [i + 1 for i, ch in enumerate(source) if ch == "\n"]
        self._container = container
        self.scopes: list[tuple[int, int, str]] = []
        self._open_scopes: list[tuple[str, int, str]] = []
        self._inside = 0 if container else 1  # depth inside the chosen container
        self._skip = 0

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    @property
    def _reading(self) -> bool:
        return self._inside > 0 and self._skip == 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == self._container:
            self._inside += 1
        if tag in _SKIP and tag not in _VOID:
            self._skip += 1
        elif self._reading and tag not in _INLINE:
            self.builder.separate(self._offset(), "\n" if tag == "br" else "\n\n")
        if self._reading and tag in _SCOPES:
            self._open_scopes.append((tag, self.builder.length, _SCOPES[tag]))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._reading and tag not in _INLINE:
            self.builder.separate(self._offset(), "\n")

    def handle_endtag(self, tag: str) -> None:
        if self._open_scopes and self._open_scopes[-1][0] == tag:
            _, start, name = self._open_scopes.pop()
            self.scopes.append((start, self.builder.length, name))
        if tag in _SKIP and tag not in _VOID:
            self._skip = max(self._skip - 1, 0)
        elif self._reading and tag not in _INLINE:
            self.builder.separate(self._offset(), "\n\n")
        if tag == self._container:
            self._inside = max(self._inside - 1, 0) if self._container else 1

    def handle_data(self, data: str) -> None:
        if self._reading:
            start = self._offset()
            self.builder.copy(start, start + len(data))

    def _entity(self) -> None:
        if not self._reading:
            return
        start = self._offset()
        match = _ENTITY.match(self.source, start)
        if match:
            self.builder.replace(start, match.end(), html.unescape(match.group()))

    def handle_entityref(self, name: str) -> None:
        self._entity()

    def handle_charref(self, name: str) -> None:
        self._entity()

    def handle_comment(self, data: str) -> None:
        start = self._offset()
        end = self.source.find("-->", start)
        self.directives.append(
            Directive(data.strip(), start, end + 3 if end >= 0 else len(self.source)))


def _jsonld_dates(node: object) -> list[str]:
    found: list[str] = []
    if isinstance(node, dict):
        value = node.get("datePublished")
        if isinstance(value, str):
            found.append(value)
        for child in node.values():
            found.extend(_jsonld_dates(child))
    elif isinstance(node, list):
        for child in node:
            found.extend(_jsonld_dates(child))
    return found


def _metadata(source: str) -> tuple[str | None, date | None, str | None]:
    """Title, publication date and canonical address from the page's metadata, via beautifulsoup4."""
    import warnings

    from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning

    with warnings.catch_warnings():  # a draft that reads like a file name ("notes.txt") is still a draft
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(source, "html.parser")
    candidates: list[str] = []
    for selector in ('meta[property="article:published_time"]', 'meta[itemprop="datePublished"]',
                     'meta[name="date"]', 'meta[name="pubdate"]', 'meta[name="DC.date.issued"]'):
        tag = soup.select_one(selector)
        if tag and tag.get("content"):
            candidates.append(str(tag["content"]))
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            candidates.extend(_jsonld_dates(json.loads(script.string or "")))
        except ValueError:
            continue
    time_tag = soup.select_one("article time[datetime]") or soup.select_one("time[datetime]")
    if time_tag:
        candidates.append(str(time_tag["datetime"]))
    published = next((d for d in map(parse_date_string, candidates) if d), None)
    title_tag = soup.select_one('meta[property="og:title"]')
    title = str(title_tag["content"]) if title_tag and title_tag.get("content") else None
    if not title and soup.title and soup.title.string:
        title = soup.title.string.strip()
    link = soup.select_one('link[rel="canonical"][href]') or soup.select_one('meta[property="og:url"][content]')
    url = str(link.get("href") or link.get("content")) if link else None
    return title, published, url


def parse_html(name: str, source: str) -> Document:
    """Parse an HTML page into a :class:`Document` of its article text."""
    container = _CONTAINER.search(source)
    parser = _ProseParser(source, container.group(1).lower() if container else None)
    parser.feed(source)
    parser.close()
    text, mapping = parser.builder.build()
    title, published, url = _metadata(source)
    return Document(name=name, source=source, text=text, mapping=mapping, format="html",
                    published=published, title=title, url=url, directives=parser.directives, scopes=parser.scopes)

"""HTML → prose with a source map, plus title and publication date, in one pass.

The article text comes from ``<article>`` when the page has one, else
``<main>``, else ``<body>``; scripts, styles, navigation, forms and the like
are skipped. Text is read with the standard library's ``HTMLParser`` because
it reports the source position of every text run and entity, which
beautifulsoup4 does not keep. The same pass reads the metadata: the title
(``og:title``, else ``<title>``) and the publication date
(``article:published_time`` and its kin, JSON-LD ``datePublished``,
``<time datetime>``).

The page is never parsed twice, and the parser never sees markup it would
scan to the end of the page again and again: Python's ``HTMLParser`` before
the fix of CVE-2025-6069 (3.11.7 here) is quadratic on unclosed markup
(``<a<a<a…`` with no ``>``: each ``<`` scans to the end) and raises on a
marked section it does not know (``<![x``). So the parser is fed a copy of the
page of the same length in which a ``<`` that cannot start complete markup (none
after the page's last ``>``, or ``<![`` of no known section) and a ``&#`` that is
no character reference are blanked; offsets still point into the page as
written, and those characters stay in the prose, as browsers show them.

>>> doc = parse_html("a.html", '<html><head><meta property="article:published_time" '
...     'content="2026-04-10T09:00:00Z"></head><body><p>It rose 5&nbsp;%.</p></body></html>')
>>> doc.published.isoformat(), doc.text.strip()
('2026-04-10', 'It rose 5\\xa0%.')
>>> parse_html("b.html", "<p>Revenue rose to $5m <a<a<a").text.strip()
'Revenue rose to $5m <a<a<a'
"""

from __future__ import annotations

import html
import json
import re
from datetime import date
from html.parser import HTMLParser

from verify.document import Directive, Document
from verify.errors import InputError
from verify.loaders.dates import parse_date_string
from verify.textmap import TextMapBuilder

# What the parser may see (see the module docstring): everything else is blanked in its copy.
_MARKED_SECTION = re.compile(r"<!\[(?:temp|cdata|ignore|include|rcdata|if|else|endif)(?![-_.a-zA-Z0-9])", re.IGNORECASE)
_CHARREF = re.compile(r"&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]")
_SUSPECT = re.compile(r"<!\[|&#")
_DATE_META = (("property", "article:published_time"), ("itemprop", "datePublished"), ("name", "date"),
              ("name", "pubdate"), ("name", "DC.date.issued"))

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


def parser_view(source: str) -> str:
    """The page as the parser may see it: same length, hostile markup blanked (see above).

    >>> parser_view("<p>a &#x; b <![x <a")
    '<p>a  #x; b  ![x  a'
    """
    last = source.rfind(">")
    unclosed = "<" in source[last + 1:]
    suspects = [m.start() for m in _SUSPECT.finditer(source)
                if not (_CHARREF if m.group() == "&#" else _MARKED_SECTION).match(source, m.start())]
    if not unclosed and not suspects:
        return source
    chars = list(source)
    if unclosed:
        for at in range(last + 1, len(source)):
            if chars[at] == "<":
                chars[at] = " "
    for at in suspects:
        chars[at] = " "
    return "".join(chars)


class _ProseParser(HTMLParser):
    def __init__(self, source: str, container: str | None) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.builder = TextMapBuilder(source)
        self.directives: list[Directive] = []
        self._line_starts = [0, *(m.end() for m in re.finditer("\n", source))]
        self._container = container
        self.scopes: list[tuple[int, int, str]] = []
        self._open_scopes: list[tuple[str, int, str]] = []
        self._inside = 0 if container else 1  # depth inside the chosen container
        self._skip = 0
        self.meta: dict[tuple[str, str], str] = {}  # first content of each (attribute, value) of <meta>
        self.jsonld: list[str] = []
        self.times: list[tuple[bool, str]] = []  # (inside <article>, datetime)
        self._articles = 0
        self._title: list[str] | None = None
        self.title: str | None = None
        self._script: list[str] | None = None
        self.canonical: str | None = None  # <link rel="canonical" href="…">: the article's address

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    @property
    def _reading(self) -> bool:
        return self._inside > 0 and self._skip == 0

    def _metadata_tag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value for name, value in attrs if value is not None}
        if tag == "meta" and values.get("content"):
            for name in ("property", "itemprop", "name"):
                if name in values:
                    self.meta.setdefault((name, values[name]), values["content"])
        elif tag == "time" and "datetime" in values:
            self.times.append((self._articles > 0, values["datetime"]))
        elif tag == "script" and values.get("type") == "application/ld+json":
            self._script = []
        elif tag == "title" and self.title is None and self._title is None:
            self._title = []
        elif tag == "article":
            self._articles += 1
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split() and values.get("href"):
            self.canonical = self.canonical or values["href"]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._metadata_tag(tag, attrs)
        if tag == self._container:
            self._inside += 1
        if tag in _SKIP and tag not in _VOID:
            self._skip += 1
        elif self._reading and tag not in _INLINE:
            self.builder.separate(self._offset(), "\n" if tag == "br" else "\n\n")
        if self._reading and tag in _SCOPES:
            self._open_scopes.append((tag, self.builder.length, _SCOPES[tag]))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("meta", "time"):
            self._metadata_tag(tag, attrs)
        if self._reading and tag not in _INLINE:
            self.builder.separate(self._offset(), "\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            self.jsonld.append("".join(self._script))
            self._script = None
        elif tag == "title" and self._title is not None:
            self.title = html.unescape("".join(self._title)).strip() or None
            self._title = None
        elif tag == "article":
            self._articles = max(self._articles - 1, 0)
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
        start = self._offset()
        for buffer in (self._script, self._title):
            if buffer is not None:
                buffer.append(self.source[start:start + len(data)])
        if self._reading:
            self.builder.copy(start, start + len(data))

    def _entity(self) -> None:
        start = self._offset()
        match = _ENTITY.match(self.source, start)
        if match and self._title is not None:
            self._title.append(match.group())
        if match and self._reading:
            self.builder.replace(start, match.end(), html.unescape(match.group()))

    def handle_entityref(self, name: str) -> None:
        self._entity()

    def handle_charref(self, name: str) -> None:
        self._entity()

    def handle_comment(self, data: str) -> None:
        """A comment ("<!--" data "-->") or a bogus one ("<!x>", "</3>"): its end is just past its
        data (found by looking there, not by searching the rest of the page for "-->")."""
        start = self._offset()
        opening = 4 if self.source.startswith("<!--", start) else 2
        closing = self.source.find(">", start + opening + len(data))
        body = self.source[start + opening:start + opening + len(data)]
        self.directives.append(Directive(body.strip(), start, closing + 1 if closing >= 0 else len(self.source)))


def _jsonld_dates(node: object) -> list[str]:
    """Every ``datePublished`` string in a JSON-LD value, in document order (no recursion: the
    value can be nested as deep as the JSON parser allowed)."""
    found: list[str] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            value = current.get("datePublished")
            if isinstance(value, str):
                found.append(value)
            stack.extend(reversed(list(current.values())))
        elif isinstance(current, list):
            stack.extend(reversed(current))
    return found


def _published(parser: _ProseParser) -> date | None:
    candidates = [parser.meta[key] for key in _DATE_META if key in parser.meta]
    for block in parser.jsonld:
        try:
            candidates.extend(_jsonld_dates(json.loads(block)))
        except ValueError:  # not JSON: no date
            continue
        except RecursionError:
            raise InputError("its JSON-LD metadata is nested too deeply to be read") from None
    in_article = [when for inside, when in parser.times if inside]
    if in_article or parser.times:
        candidates.append((in_article or [when for _, when in parser.times])[0])
    return next((d for d in map(parse_date_string, candidates) if d), None)


def parse_html(name: str, source: str) -> Document:
    """Parse an HTML page into a :class:`Document` of its article text."""
    container = _CONTAINER.search(source)
    parser = _ProseParser(source, container.group(1).lower() if container else None)
    parser.feed(parser_view(source))
    parser.close()
    text, mapping = parser.builder.build()
    title = parser.meta.get(("property", "og:title")) or parser.title
    url = parser.canonical or parser.meta.get(("property", "og:url"))
    try:
        published = _published(parser)
    except InputError as exc:
        raise InputError(f"{name}: {exc}") from None
    return Document(name=name, source=source, text=text, mapping=mapping, format="html",
                    published=published, title=title, url=url, directives=parser.directives,
                    scopes=parser.scopes)

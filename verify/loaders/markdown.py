"""Markdown → prose with a source map.

Skipped (never claims): YAML or TOML front matter (:mod:`verify.loaders.front_matter`), fenced code, inline code, HTML
comments (kept as directives), HTML tags, link targets, images, reference
definitions, heading/list/blockquote markers and emphasis markers. Escapes
and entities are decoded into prose but map back to their source characters.

Written by hand rather than with a Markdown library because no common
Markdown parser exposes character offsets for text nodes, and exact offsets
are the contract (claims must satisfy ``source[start:end] == text``).

>>> doc = parse_markdown("a.md", "---\\ntitle: T\\npublished: 2026-04-10\\n---\\n# Big **$5m** deal\\n")
>>> doc.title, doc.published.isoformat(), doc.text.strip()
('T', '2026-04-10', 'Big $5m deal')
"""

from __future__ import annotations

import html
import re

from verify.document import Directive, Document
from verify.loaders.front_matter import read_front_matter
from verify.textmap import TextMapBuilder

# Order matters: earlier alternatives win at the same position. Every alternative either
# matches or fails within a bounded distance, or consumes what it scanned, so the tokenizer is
# linear: link text and destinations stop at the next bracket (one level of nested brackets is
# allowed in link text), possessive quantifiers (``*+``, Python 3.11) never backtrack into a run
# of '[' or '<', and a fence matches only its opening line (its end is searched for once, below).
_TOKEN = re.compile(
    r"""
    (?P<comment><!--.*?(?:-->|\Z))
  | (?P<fence>^[ ]{0,3}(?P<fchar>`{3,}(?=[^`\n]*+(?:\n|\Z))|~{3,})[^\n]*+(?:\n|\Z))
  | (?P<refdef>^[ ]{0,3}\[[^\[\]\n]++\]:[^\n]*+)
  | (?P<hr>^[ ]{0,3}(?:[-*_][ \t]*+){3,}$)
  | (?P<prefix>^[ ]{0,3}(?:\#{1,6}[ \t]+|(?:>[ ]?)+|(?:[-*+]|\d{1,9}[.)])[ \t]+))
  | (?P<image>!\[[^\[\]\n]*+\]\([^()\[\]\n]*+\))
  | (?P<link>\[(?P<linktext>[^\[\]\n]*+(?:\[[^\[\]\n]*+\][^\[\]\n]*+)*+)\]\([^\[\]\n)]*+\))
  | (?P<autolink><(?:https?|mailto):[^<>\s]++>)
  | (?P<tag></?[A-Za-z][A-Za-z0-9-]*+(?:\s[^<>]*+)?>)
  | (?P<code>``[^\n]+?``|`[^`\n]++`)
  | (?P<escape>\\[!-/:-@\[-`{-~])
  | (?P<entity>&(?:\#[0-9]{1,7}|\#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)
  | (?P<emphasis>(?<![\\\w*_])[*_]{1,3}(?=[^\s*_])|(?<=[^\s*_])[*_]{1,3}(?![\w*_]))
    """,
    re.VERBOSE | re.MULTILINE | re.DOTALL,
)


def _fence_end(source: str, opener: re.Match[str]) -> int:
    """Where a fenced block that opens at ``opener`` ends: after its closing fence (the same
    character, at least as many), else at the end of the document, as CommonMark has it."""
    run = opener.group("fchar")
    closing = re.compile(rf"^[ ]{{0,3}}{re.escape(run)}{re.escape(run[0])}*[ \t]*(?:\n|\Z)", re.MULTILINE)
    found = closing.search(source, opener.end())
    return found.end() if found else len(source)


def parse_markdown(name: str, source: str) -> Document:
    """Parse Markdown source into a :class:`Document`."""
    builder = TextMapBuilder(source)
    front = read_front_matter(name, source)
    position = front.body_start
    directives: list[Directive] = []
    scope_starts: list[tuple[int, str]] = []
    while (match := _TOKEN.search(source, position)) is not None:
        kind = match.lastgroup
        builder.copy(position, match.start())
        position = match.end()
        if kind == "comment":
            directives.append(Directive(match.group()[4:].removesuffix("-->").strip(),
                                        match.start(), match.end()))
        elif kind == "link" or kind == "linktext":
            builder.copy(match.start("linktext"), match.end("linktext"))
        elif kind == "escape":
            builder.replace(match.start(), match.end(), match.group()[1])
        elif kind == "entity":
            builder.replace(match.start(), match.end(), html.unescape(match.group()))
        elif kind == "fence":
            position = _fence_end(source, match)
            builder.replace(match.start(), position, "\n")
        elif kind in ("hr", "refdef"):
            builder.replace(match.start(), match.end(), "\n")
        elif kind == "tag":
            builder.replace(match.start(), match.start(), " ")
        elif kind == "prefix":
            marker = match.group().strip()[:1]
            scope_starts.append((builder.length, "heading" if marker == "#" else
                                 "blockquote" if marker == ">" else "list"))
    builder.copy(position, len(source))
    text, mapping = builder.build()
    scopes = []
    for start, scope in scope_starts:
        end = text.find("\n", start)
        scopes.append((start, len(text) if end < 0 else end, scope))
    return Document(
        name=name, source=source, text=text, mapping=mapping, format="markdown",
        published=front.published, title=front.title, url=front.url, directives=directives, scopes=scopes,
        standfirst=front.standfirst,
    )

"""Plain text → prose, with suppression comments read and left out of the prose.

Plain text has no comment syntax of its own, so two forms are read as suppressions, each on a
line of its own:

- a line comment: ``# verify-ignore RULE -- reason`` (or ``// verify-ignore …``),
- the HTML comment form Markdown and HTML drafts use: ``<!-- verify-ignore RULE -- reason -->``.

Only lines whose comment starts with ``verify-ignore``, ``verify-disable`` or ``verify-enable``
are taken; a line such as ``# Budget 2026`` stays prose. A taken line is left out of the prose
(its line break stays), so the reason's words are never claims and the paragraph below stays
the next paragraph.

>>> doc = parse_plain("a.txt", "# verify-ignore number -- restated\\nRevenue was €4.8bn.\\n")
>>> [d.body for d in doc.directives], doc.text
(['verify-ignore number -- restated'], '\\nRevenue was €4.8bn.\\n')
"""

from __future__ import annotations

import re

from verify.document import Directive, Document
from verify.loaders.front_matter import FrontMatter, read_front_matter
from verify.textmap import TextMapBuilder

# The line form takes the rest of the line greedily (trailing blanks are stripped in code): a lazy
# body followed by optional blanks would backtrack quadratically over a long run of spaces.
_COMMENT_LINE = re.compile(r"^[ \t]*(?:(?:#|//)[ \t]*(?P<line>verify-(?:ignore|disable|enable)\b[^\n]*)"
                           r"|<!--[ \t]*(?P<html>verify-(?:ignore|disable|enable)\b[^\n]*?)-->[ \t]*)$",
                           re.MULTILINE)


def parse_plain(name: str, source: str) -> Document:
    """Parse plain text into a :class:`Document`; suppression comment lines become directives, and YAML
    or TOML front matter gives the date, title and address (never claims), as it does in Markdown.

    >>> doc = parse_plain("a.txt", "---\\npublished: 2014-06-10\\n---\\nRevenue was €4.8bn.\\n")
    >>> doc.published.isoformat(), doc.text
    ('2014-06-10', 'Revenue was €4.8bn.\\n')
    """
    front = read_front_matter(name, source) if source.startswith(("---", "+++")) else FrontMatter()
    if "verify-" not in source and not front.body_start:
        return Document.from_plain(name, source, format="text")
    builder = TextMapBuilder(source)
    directives = []
    position = front.body_start
    for match in _COMMENT_LINE.finditer(source, front.body_start):
        builder.copy(position, match.start())
        directives.append(Directive((match["line"] or match["html"]).strip(), match.start(), match.end()))
        position = match.end()
    builder.copy(position, len(source))
    text, mapping = builder.build()
    return Document(name=name, source=source, text=text, mapping=mapping, format="text", directives=directives,
                    published=front.published, title=front.title, url=front.url)

"""Inline suppressions in HTML comments.

- ``<!-- verify-ignore RULE[, RULE…] -- reason -->`` silences those rules in
  the next paragraph (block) after the comment.
- ``<!-- verify-disable RULE -- reason -->`` … ``<!-- verify-enable RULE -->``
  silences them in between (to the end without an enable).

A rule is named by id or prefix. A suppression that silences nothing is
reported as ``suppression.unused``; one naming an unknown rule is an input
error (exit 2), like a bad config.

>>> parse_directive("verify-ignore conversion.rate -- rate fixed by contract")
('ignore', ['conversion.rate'], 'rate fixed by contract')
>>> parse_directive("verify-disable date.same-event, number")
('disable', ['date.same-event', 'number'], '')
>>> parse_directive("expect: number.mismatch") is None
True
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from verify.document import Directive, Document
from verify.errors import InputError, UsageError
from verify.lazy_re import LazyPattern
from verify.selectors import matches, resolve

# Rule ids may contain hyphens ("date.same-event"); the reason follows a " -- " separator.
_BARE = LazyPattern(r"^verify-(?:ignore|disable)\s*(?:--.*)?$", re.DOTALL)
_HEAD = LazyPattern(r"verify-(ignore|disable|enable)\s+")
# The reason starts at the first " --"; found with a plain search, because a lazy rule list followed
# by an optional "\s+--" group backtracks quadratically over a long run of blanks.
_REASON = LazyPattern(r"\s--")


def parse_directive(body: str) -> tuple[str, list[str], str] | None:
    text = body.strip()
    head = _HEAD.match(text)
    if not head:
        return None
    rest = text[head.end():]
    separator = _REASON.search(" " + rest)  # the rule list may be empty: "verify-ignore -- why"
    names, reason = (rest, "") if separator is None else (rest[:separator.start()], rest[separator.end() - 1:])
    rules = [r for r in re.split(r"[\s,]+", names) if r]
    if not rules:
        return None
    return head.group(1), rules, reason.strip()


@dataclass
class Suppression:
    rules: list[str]
    reason: str
    start: int  # source range it silences
    end: int
    directive: Directive
    used: bool = False

    def covers(self, rule_id: str, offset: int) -> bool:
        return matches(rule_id, self.rules) and self.start <= offset < self.end


def _block_sources(doc: Document) -> list[tuple[int, int]]:
    return [doc.source_span(start, end) for start, end in doc.blocks]


def _next_block_span(blocks: list[tuple[int, int]], starts: list[int], after: int) -> tuple[int, int]:
    """Source range of the first paragraph that starts after a source offset."""
    index = bisect_left(starts, after)
    return blocks[index] if index < len(blocks) else (after, after)


def read_suppressions(doc: Document, codes_by_id: dict[str, str]) -> list[Suppression]:
    """The suppressions of a document; rules may be named by id, prefix, code or code prefix
    (``VFY101``, ``VFY1``), as in the settings (:mod:`verify.selectors`).

    A bare ``verify-disable`` (no rule named) is kept as a suppression that silences
    nothing, so that it is reported: disabling everything must be explicit.
    """
    found: list[Suppression] = []
    open_disables: list[Suppression] = []
    blocks = _block_sources(doc)
    starts = [start for start, _ in blocks]
    for directive in doc.directives:
        if _BARE.match(directive.body.strip()):
            found.append(Suppression(["(no rule named)"], "", directive.end, directive.end, directive))
            continue
        parsed = parse_directive(directive.body)
        if parsed is None:
            continue
        kind, rules, reason = parsed
        try:
            rules = [rule_id for name in rules for rule_id in resolve(name, codes_by_id)]
        except UsageError as exc:
            line = doc.index.line_column(directive.start)[0]
            raise InputError(f"{doc.name}:{line}: {exc} (in verify-{kind})") from None
        if kind == "ignore":
            start, end = _next_block_span(blocks, starts, directive.end)
            found.append(Suppression(rules, reason, start, end, directive))
        elif kind == "disable":
            suppression = Suppression(rules, reason, directive.end, len(doc.source), directive)
            open_disables.append(suppression)
            found.append(suppression)
        else:
            for suppression in open_disables:
                if set(suppression.rules) & set(rules) and suppression.end == len(doc.source):
                    suppression.end = directive.start
    return found

"""Inline suppressions in HTML comments.

- ``<!-- verify-ignore RULE[, RULE…] -- reason -->`` silences those rules in
  the next paragraph (block) after the comment.
- ``<!-- verify-disable RULE -- reason -->`` … ``<!-- verify-enable RULE -->``
  silences them in between (to the end without an enable).

A rule is named by id or prefix. A suppression that silences nothing is
reported as ``suppression.unused``; one naming an unknown rule is an input
error (exit 2), like a bad config.

Linear in the numbers of directives and findings: directives are parsed without
backtracking, an enable closes the open disables of its rules through an index,
and findings meet suppressions in one sweep by offset (:func:`silence`), never
every finding against every suppression.

>>> parse_directive("verify-ignore conversion.rate -- rate fixed by contract")
('ignore', ['conversion.rate'], 'rate fixed by contract')
>>> parse_directive("verify-disable date.same-event, number")
('disable', ['date.same-event', 'number'], '')
>>> parse_directive("expect: number.mismatch") is None
True
>>> parse_directive("verify-disable -- no rule") is None
True
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from dataclasses import dataclass, field

from verify.document import Directive, Document
from verify.errors import InputError, UsageError
from verify.lazy_re import LazyPattern
from verify.report import Finding
from verify.selectors import resolve

# Rule ids may contain hyphens ("date.same-event"); the reason follows a " -- " separator.
_KIND = LazyPattern(r"verify-(ignore|disable|enable)(?=\s|$)")
_REASON = LazyPattern(r"(?:^|\s)--")  # one step per character: no backtracking over long blanks
_RULE_SEPARATORS = LazyPattern(r"[\s,]+")


def _parts(body: str) -> tuple[str, list[str], str] | None:
    """(kind, rules, reason) of a directive; rules may be empty (a bare disable)."""
    text = body.strip()
    kind = _KIND.match(text)
    if not kind:
        return None
    rest = text[kind.end():]
    reason = _REASON.search(rest)
    names = rest[:reason.start()] if reason else rest
    rules = [r for r in _RULE_SEPARATORS.split(names) if r]
    return kind.group(1), rules, rest[reason.end():].strip() if reason else ""


def parse_directive(body: str) -> tuple[str, list[str], str] | None:
    parsed = _parts(body)
    return parsed if parsed and parsed[1] else None


@dataclass(eq=False)
class Suppression:
    rules: list[str]
    reason: str
    start: int  # source range it silences
    end: int
    directive: Directive
    used: bool = False
    names: tuple[str, ...] = field(init=False)  # the rules as prefixes ("number", "date.same-event")

    def __post_init__(self) -> None:
        self.names = tuple(dict.fromkeys(r.rstrip(".") for r in self.rules))


def _prefixes(rule_id: str) -> list[str]:
    """'date.same-event' → ['date', 'date.same-event']: the names that select a rule."""
    parts = rule_id.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts) + 1)]


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
    open_disables: dict[str, list[Suppression]] = {}
    blocks = _block_sources(doc)
    starts = [start for start, _ in blocks]
    for directive in doc.directives:
        parsed = _parts(directive.body)
        if parsed is None:
            continue
        kind, rules, reason = parsed
        if not rules:
            if kind != "enable":
                found.append(Suppression(["(no rule named)"], "", directive.end, directive.end, directive))
            continue
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
            for rule in rules:
                open_disables.setdefault(rule, []).append(suppression)
            found.append(suppression)
        else:
            for rule in rules:
                for suppression in open_disables.pop(rule, []):
                    if suppression.end == len(doc.source):  # not closed yet by another of its rules
                        suppression.end = directive.start
    return found


def silence(findings: list[Finding], suppressions: list[Suppression]) -> list[Finding]:
    """The findings no suppression covers, in their order; every covering suppression is marked used.

    One sweep by offset: suppressions become active at their start and inactive at their end
    (a heap), each finding asks only the names that select its rule, and a suppression is marked
    used once and then forgotten, so the work is linear (plus sorting) however they overlap.
    """
    pending = sorted(suppressions, key=lambda s: s.start)
    ending: list[tuple[int, int, Suppression]] = []
    active: dict[str, int] = {}
    unused: dict[str, dict[int, Suppression]] = {}
    silenced = [False] * len(findings)
    upcoming = 0
    for index in sorted(range(len(findings)), key=lambda i: findings[i].source_span[0]):
        offset = findings[index].source_span[0]
        while upcoming < len(pending) and pending[upcoming].start <= offset:
            suppression = pending[upcoming]
            heapq.heappush(ending, (suppression.end, upcoming, suppression))
            upcoming += 1
            for name in suppression.names:
                active[name] = active.get(name, 0) + 1
                if not suppression.used:
                    unused.setdefault(name, {})[id(suppression)] = suppression
        while ending and ending[0][0] <= offset:
            _, _, suppression = heapq.heappop(ending)
            for name in suppression.names:
                active[name] -= 1
                unused.get(name, {}).pop(id(suppression), None)
        for name in _prefixes(findings[index].rule):
            if active.get(name):
                silenced[index] = True
                for suppression in unused.pop(name, {}).values():
                    suppression.used = True
                    for other in suppression.names:
                        unused.get(other, {}).pop(id(suppression), None)
    return [finding for finding, quiet in zip(findings, silenced, strict=True) if not quiet]

"""``attribution``: one person given two incompatible job titles.

Titles are read from "CEO Jane Roe", "Jane Roe, chief financial officer of
Acme," and "Acme's CEO, Jane Roe"; synonyms compare equal ("CEO", "chief
executive", "finance director" and "CFO"). Only offices one person rarely
holds at once conflict (the C-suite roles, treasurer, mayor, deputy mayor,
city manager, police chief); "founder and CEO" is fine.
"""

from __future__ import annotations

import re
from typing import Any

from verify.checks.common import CheckContext, Hit, HitIterator
from verify.claims import Claim
from verify.lazy_re import LazyPattern

FIELDS = frozenset({"person", "first", "second", "first_line", "second_line"})
_OFFICES = {
    "chief executive": r"CEO|chief\s+executive(?:\s+officer)?|Chief\s+Executive(?:\s+Officer)?",
    "chief financial officer": r"CFO|chief\s+financial\s+officer|Chief\s+Financial\s+Officer|"
                               r"finance\s+chief|financial\s+chief|finance\s+director",
    "chief operating officer": r"COO|chief\s+operating\s+officer|Chief\s+Operating\s+Officer|operating\s+chief",
    "chief technology officer": r"CTO|chief\s+technology\s+officer|Chief\s+Technology\s+Officer|"
                                r"technology\s+chief|tech\s+chief",
    "chief marketing officer": r"CMO|chief\s+marketing\s+officer|Chief\s+Marketing\s+Officer|marketing\s+chief",
    "treasurer": r"[Tt]reasurer",
    "mayor": r"(?<![Dd]eputy\s)[Mm]ayor",
    "deputy mayor": r"[Dd]eputy\s+[Mm]ayor",
    "city manager": r"[Cc]ity\s+[Mm]anager",
    "police chief": r"[Pp]olice\s+[Cc]hief|[Cc]hief\s+of\s+[Pp]olice",
}
_ANY_OFFICE = "|".join(f"(?P<o{i}>(?i:{p}))" for i, p in enumerate(_OFFICES.values()))
_NAME = r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})"
_TITLE_BEFORE = LazyPattern(rf"\b(?:{_ANY_OFFICE})\s*,?\s+{_NAME}")
_TITLE_AFTER = LazyPattern(rf"{_NAME},\s+(?:the\s+)?(?:[\w’']+\s+)?(?:{_ANY_OFFICE})\b")


def _office(match: re.Match[str]) -> str:
    names = list(_OFFICES)
    for i in range(len(names)):
        if match.group(f"o{i}"):
            return names[i]
    raise ValueError("no office group matched")


_OFFICE_HINT = LazyPattern(r"CEO|CFO|COO|CTO|CMO|[Cc]hief|[Tt]reasurer|[Mm]ayor|[Mm]anager|[Pp]olice|[Dd]irector")


def run(ctx: CheckContext, params: dict[str, Any]) -> HitIterator:
    text = ctx.document.text
    if not _OFFICE_HINT.search(text):
        return
    titles: dict[str, list[tuple[str, int, int, str]]] = {}
    for pattern in (_TITLE_BEFORE, _TITLE_AFTER):
        for match in pattern.finditer(text):
            person = ctx.text.canonical(match["name"])
            written = next(g for i in range(len(_OFFICES)) if (g := match.group(f"o{i}")))
            titles.setdefault(person, []).append((_office(match), match.start(), match.end(), written))
    for person, held in titles.items():
        held.sort(key=lambda t: t[1])
        first = held[0]
        for other in held[1:]:
            if other[0] != first[0]:
                a = _mention(ctx, first)
                b = _mention(ctx, other)
                yield Hit([b, a], {"person": person, "first": f"\"{first[3]}\" ({first[0]})",
                                   "second": f"\"{other[3]}\" ({other[0]})",
                                   "first_line": ctx.line(a), "second_line": ctx.line(b)})
                break


def _mention(ctx: CheckContext, title: tuple[str, int, int, str]) -> Claim:
    """A claim-like location for a title mention (titles are not contract claims)."""
    doc = ctx.document
    start, end = doc.source_span(title[1], title[2])
    return Claim("title", title[1], title[2], {}, text=doc.source[start:end],
                 source_start=start, source_end=end)

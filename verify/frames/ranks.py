"""Which list a rank is on, and whether "the top N" is said to include or exclude its entity.

>>> text = "Adeoye, the world No. 5, finished third; the film sat just outside the top 10."
>>> from verify.claims import Claim
>>> rank_list(text, Claim("ranking", 18, 23, {}), (0, 39)), rank_list(text, Claim("ranking", 25, 39, {}), (0, 39))
('world', 'main')
>>> outside_top(text, Claim("ranking", 71, 77, {"top": 10}), (40, 78))
True
"""

from __future__ import annotations

import re
from functools import cache

from verify.claims import Claim
from verify.lexicon import phrase_pattern, table

_REACH = 50
_GENERIC = frozenset({"result", "standings", "chart"})
_NAMED_LISTS = 2  # the first lists of ranklists.toml ("seed", "world") name themselves
_NAMED_REACH = 2


@cache
def _lists() -> list[tuple[str, re.Pattern[str]]]:
    return [(entry["name"], re.compile(rf"(?<![\w-]){phrase_pattern(entry['cues']).pattern}(?![\w-])", re.IGNORECASE))
            for entry in table("ranklists")["list"]]


@cache
def _outside() -> re.Pattern[str]:
    return re.compile(rf"\b{phrase_pattern(table('ranklists')['outside']).pattern}\s+(?:of\s+)?(?:the\s+)?$",
                      re.IGNORECASE)


def rank_list(text: str, claim: Claim, clause: tuple[int, int]) -> str:
    """The list a rank is on: a list that names itself close by ("world No. 5", "the fourth seed") wins;
    else the list whose cue stands nearest the rank ("finished third" is a result)."""
    low, high = max(clause[0], claim.start - _REACH), min(clause[1], claim.end + _REACH)
    best: tuple[int, int, str] | None = None
    for order, (name, cue) in enumerate(_lists()):
        for match in cue.finditer(text, low, high):
            distance = max(0, match.start() - claim.end, claim.start - match.end())
            if order < _NAMED_LISTS and distance <= _NAMED_REACH:
                return name
            if best is None or (distance, order) < best[:2]:
                best = (distance, order, name)
    if best is None or best[2] in _GENERIC:
        return "main"  # results, standings and charts of one article are one list unless one is named
    return best[2]


def outside_top(text: str, claim: Claim, clause: tuple[int, int]) -> bool:
    """Does the text put its entity outside "the top N" ("just outside the top 10")?"""
    lead = text[max(clause[0], claim.start - 30):claim.start]
    written = text[claim.start:claim.end]
    lead = lead + written[:max(written.lower().find("top"), 0)]
    return bool(_outside().search(lead))

"""What happened to the things a count counts (``verify/data/happenings.toml``).

A count told with its happening ("230 homes were evacuated", "the 320 evacuated homes", "left 31
people in hospital") is one set of the story, whoever the sentence around it is about: its frame is
keyed by the happening and by the kind of thing counted, so the two tellings are compared.

>>> text = "Residents of 230 homes in Ashby Mallet were evacuated. Officers arrested 12 men."
>>> at = text.index("12 men")
>>> happening_of(text, 13, 22, "homes", (0, 54)), happening_of(text, at, at + 6, "men", (55, len(text)))
('evacuated', 'arrested')
>>> happening_of("Three more crew were also taken to hospital.", 0, 15, "more crew", (0, 43)) is None
True
>>> counted_kind("passengers"), counted_kind("evacuated homes"), counted_kind("people")
('people', 'home', 'people')
"""

from __future__ import annotations

import re
from functools import cache

from verify.frames.metrics import singular
from verify.lexicon import phrase_pattern, table, words

_REACH_BEFORE = 24  # characters back to a verb that says what happened ("police evacuated about 230 homes")
_HEDGE = r"(?:(?:about|around|some|nearly|almost|roughly|over|at\s+least|more\s+than|an\s+estimated)\s+)?"
_LEFT = re.compile(rf"\bleft\s+{_HEDGE}$", re.IGNORECASE)
_PLACE = r"(?:\s+(?:in|at|on|near|across|around|along|from)(?:\s+the)?(?:\s+[A-Z][\w'’-]*)+)?"


@cache
def _patterns() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """Each phrase's happening; the phrase after a counted noun, and after one that "left" opens; the phrase
    before a figure; the adjectives."""
    data = table("happenings")
    name_of: dict[str, str] = {}
    before: set[str] = set()
    left: set[str] = set()
    for happening in data["happening"]:
        for phrase in (*happening.get("after", ()), *happening.get("before", ()), *happening.get("after_left", ())):
            name_of.setdefault(" ".join(phrase.lower().split()), happening["name"])
        before |= set(happening.get("before", ()))
        left |= set(happening.get("after_left", ()))
    between = phrase_pattern(data["between_after"]).pattern
    told = phrase_pattern(set(name_of) - left).pattern
    after = re.compile(rf"{_PLACE}(?:\s+{between})*\s+(?P<cue>{told})\b")
    after_left = re.compile(rf"{_PLACE}\s+(?P<cue>{phrase_pattern(left).pattern})\b")
    ahead = re.compile(rf"\b(?P<cue>{phrase_pattern(before).pattern})\s+{_HEDGE}$", re.IGNORECASE)
    return name_of, after, after_left, ahead, frozenset(p for p in before if " " not in p)


def _another() -> re.Pattern[str]:
    return re.compile(rf"\b{phrase_pattern(words('happenings', 'another')).pattern}\b", re.IGNORECASE)


def happening_of(text: str, start: int, end: int, unit: str, clause: tuple[int, int]) -> str | None:
    """What happened to the things the count at ``[start, end)`` counts (its counted noun ``unit``), or None;
    None too for a count the clause marks as another set ("three more", "were also taken")."""
    name_of, after, after_left, ahead, adjectives = _patterns()
    if _another().search(text, max(clause[0], start - _REACH_BEFORE), start) or \
            any(word in words("happenings", "another") for word in unit.lower().split()):
        return None
    found = next((name_of[w] for w in unit.lower().split() if w in adjectives), None)  # "320 evacuated homes"
    if found:
        return found
    before = ahead.search(text, max(clause[0], start - _REACH_BEFORE), start)
    if before:
        return name_of[" ".join(before["cue"].lower().split())]
    told = after.match(text, end, clause[1])
    if told is None and _LEFT.search(text, max(clause[0], start - _REACH_BEFORE), start):
        told = after_left.match(text, end, clause[1])  # "left 31 people in hospital"
    if told is None or _another().search(text, end, told.start("cue")):
        return None
    return name_of[" ".join(told["cue"].lower().split())]


def counted_kind(unit: str) -> str:
    """The kind of thing a count of one happening counts: "people" for any noun of people (passengers,
    residents), else the counted noun's singular."""
    noun = unit.lower().split()[-1] if unit.split() else ""
    return "people" if noun in words("happenings", "person") else singular(noun)


def any_kind(unit: str) -> bool:
    """Does a count of people name no particular kind of them ("31 people", not "34 passengers")?"""
    noun = unit.lower().split()[-1] if unit.split() else ""
    return noun in words("happenings", "any_person")

"""The event a date belongs to, from the cue words beside it (``verify/data/events.toml``).

The nearest cue before the date in its clause ("founded in 2019", "was born in Leeds in 1988")
names the event; a cue right after it counts too ("the June 12 vote", "a 2019 founding"). A
date whose clause marks it as another occurrence ("a second round", "a new plant") is flagged, so
that two such dates are never taken for one event.

>>> text = "Corvane was founded in 2019 and held the June 12 vote."
>>> event_near(text, 23, 27, (0, 54)), event_near(text, 40, 47, (0, 54))
('founded', 'vote')
>>> is_one_off("founded", "organisation"), is_one_off("launched", "organisation")
(True, False)
"""

from __future__ import annotations

import re
from functools import cache

from verify.lexicon import phrase_pattern, table

_REACH_BEFORE = 70
_REACH_AFTER = 24
_REACH_FRONTED = 48  # a date that opens its sentence dates the verb after the subject
_FRONTED = re.compile(r"\s*(?:[\"“]\s*)?(?:(?i:in|on|by|at\s+the\s+end\s+of|early|late)\s+)?")
_FRONTED_GAP = re.compile(r",\s*[^,;]{1,40}")  # "In January, Marsh agreed": the comma after the date only
_ANOTHER = re.compile(r"\b(?:another|second|third|fourth|new|latest|previous|prior|other|again|first|next|last|"
                      r"earlier|later|each|every|annual|yearly)\b(?!\s+(?:leg|half|innings))",
                      re.IGNORECASE)  # "the quarter-final second leg" is a part of one fixture, not another
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_ANOTHER_AFTER = re.compile(r"\b(?:another|again|second\s+time|as\s+well)\b", re.IGNORECASE)


@cache
def _cues() -> tuple[dict[str, str], re.Pattern[str]]:
    cue_to_event: dict[str, str] = {}
    for event in table("events")["event"]:
        for cue in event["cues"]:
            cue_to_event.setdefault(" ".join(cue.lower().split()), event["name"])
    return cue_to_event, re.compile(rf"\b{phrase_pattern(cue_to_event).pattern}\b", re.IGNORECASE)


@cache
def _reach() -> dict[str, int]:
    """How far before its date an event's cue may stand, for events that set a tighter reach."""
    return {event["name"]: int(event["reach_before"]) for event in table("events")["event"] if "reach_before" in event}


@cache
def _one_off() -> dict[str, frozenset[str]]:
    return {event["name"]: frozenset(event.get("one_off", ())) for event in table("events")["event"]}


def event_near(text: str, start: int, end: int, clause: tuple[int, int]) -> str | None:
    """The event of the date at ``[start, end)``, or None."""
    cue_to_event, pattern = _cues()
    reach = _reach()
    before = [cue for cue in pattern.finditer(text, max(clause[0], start - _REACH_BEFORE), start)
              if start - cue.end() <= reach.get(cue_to_event[" ".join(cue.group().lower().split())], _REACH_BEFORE)
              and not _YEAR.search(text, cue.end(), start)]  # "built in 1991, returned on Monday": 1991's cue
    fronted = _FRONTED.fullmatch(text, clause[0], start) is not None  # "In June, Halden agreed to pay …"
    after = pattern.search(text, end, min(clause[1], end + (_REACH_FRONTED if fronted else _REACH_AFTER)))
    if after and re.search(r"[,;]", text[end:after.start()]) and not (
            fronted and _FRONTED_GAP.fullmatch(text, end, after.start())):
        after = None
    # The nearer cue wins; one right after the date ("the June 12 vote") beats a distant one before it.
    if after and (not before or after.start() - end < start - before[-1].end()):
        return cue_to_event[" ".join(after.group().lower().split())]
    if before:
        return cue_to_event[" ".join(before[-1].group().lower().split())]
    return None


def first_event_in(phrase: str) -> str | None:
    """The first event a phrase names ("the survey was carried out" → None; "it was founded" → "founded")."""
    cue_to_event, pattern = _cues()
    found = pattern.search(phrase)
    return cue_to_event[" ".join(found.group().lower().split())] if found else None


def last_event_in(phrase: str) -> str | None:
    """The last event a phrase names: the verb just before a duration ("came two months after")."""
    cue_to_event, pattern = _cues()
    found = list(pattern.finditer(phrase))
    return cue_to_event[" ".join(found[-1].group().lower().split())] if found else None


def event_of_noun(noun: str) -> str | None:
    """The event a noun names ("vote", "verdicts", "settlement"), if it is a cue of one."""
    from verify.frames.metrics import singular

    cue_to_event, _ = _cues()
    return cue_to_event.get(noun.lower()) or cue_to_event.get(singular(noun.lower()))


def is_one_off(event: str | None, kind: str) -> bool:
    """Does this event happen once in the life of an entity of this kind?"""
    return event is not None and kind in _one_off().get(event, frozenset())


def marked_as_another(text: str, start: int, end: int, clause: tuple[int, int]) -> bool:
    """Does the clause present the event as one of several ("a second round", "a new plant")?"""
    return bool(_ANOTHER.search(text, max(clause[0], start - 80), start)
                or _ANOTHER_AFTER.search(text, end, min(clause[1], end + 40)))

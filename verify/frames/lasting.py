"""The occasion a duration is the length of: "the 41-day strike", "the walkout, which lasted 44 days",
"the 44 days it took to settle the strike".

Two durations of one occasion are one figure told twice (``number.mismatch``), so a duration is
given an occasion only where its words tie it to one: written as the occasion's modifier ("a
41-day strike", "the 19-day murder trial"), as what the occasion lasted ("the strike lasted 44
days", "the walkout, which ran for six weeks") or as the time taken to end it ("it took 44 days
to settle the strike"). Nouns that name one occasion ("strike", "walkout") and the verbs are in the
``[lasting]`` table of ``verify/data/events.toml``. An occasion told as another than the article's
("since a 30-day walkout in 2009", "a previous 12-day strike") gives none; words that narrow it ("the
rail strike", "the drivers' strike") are kept, for only the same strike's lengths to be compared.

>>> text = "Drivers ended a 41-day strike on Friday. The walkout, which lasted 44 days, cost £2m."
>>> [(found.occasion, found.definite) for found in (occasion_of(text, 16, 22, (0, 40)),
...                                                 occasion_of(text, 67, 74, (41, 86)))]
[('strike', False), ('strike', True)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from verify.frames.model import Frame
from verify.lexicon import phrase_pattern, table

DEFINITE = "definite"  # the word an occasion slot's reason ends with when the occasion is named as known
_MODIFIERS = 2  # describing words between a compound duration and its noun: "the 19-day murder trial"
_DETERMINERS = {"the": True, "this": True, "that": True, "its": True, "their": True, "his": True, "her": True,
                "our": True, "a": False, "an": False}  # each with whether it names the occasion as known
_HEDGE = r"(?:(?:about|nearly|almost|more\s+than|just|some|around|roughly|over|a\s+full)\s+)?"


@dataclass(frozen=True)
class Lasting:
    """The occasion a duration is the length of, and whether it is named as one already known."""

    occasion: str
    definite: bool
    narrowing: frozenset[str] = frozenset()  # "the rail strike", "the drivers' strike": which one of its kind


@cache
def _nouns() -> tuple[dict[str, str], str]:
    """Each noun's occasion ("walkout" → "strike"), and the alternation of the nouns."""
    table_ = table("events")["lasting"]["occasions"]
    noun_to = {" ".join(noun.lower().split()): key for key, nouns in table_.items() for noun in nouns}
    return noun_to, phrase_pattern(noun_to).pattern


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The noun after a compound duration; the noun and verb before a duration; "took N to settle the
    strike" before and after; the words that make an occasion another."""
    data = table("events")["lasting"]
    _, nouns = _nouns()
    verbs = phrase_pattern(data["verbs"]).pattern
    ending = phrase_pattern(data["ending"]).pattern
    after_compound = re.compile(rf"[ \t]+(?:[a-z][\w-]*[ \t]+){{0,{_MODIFIERS}}}?(?P<noun>{nouns})(?![\w-])",
                                re.IGNORECASE)
    before_verb = re.compile(rf"\b(?P<noun>{nouns})(?:\s+(?:at|in|by|of|on|over|against)\s+[^\d,.;:]{{1,40}}?)?"
                             rf"(?:\s*,\s*(?:which|that)|\s+(?:which|that))?\s+"
                             rf"(?:had\s+|has\s+)?{verbs}\s+{_HEDGE}$", re.IGNORECASE)
    took_before = re.compile(rf"\b(?:took|take|takes|taken|taking)\s+{_HEDGE}$", re.IGNORECASE)
    to_end = re.compile(rf"\s+(?:(?:it|they|we|he|she)\s+(?:took|had\s+taken)\s+)?to\s+{ending}\s+"
                        rf"(?P<det>the|this|that|its|their)\s+(?P<noun>{nouns})(?![\w-])", re.IGNORECASE)
    other = re.compile(rf"\b{phrase_pattern(data['other_before']).pattern}\b", re.IGNORECASE)
    return after_compound, before_verb, took_before, to_end, other


def told_as_known(frame: Frame) -> bool:
    """Is a duration's occasion named as one known already ("the strike", not "a strike")?"""
    return any(slot.name == "occasion" and slot.reason.endswith(f"({DEFINITE})") for slot in frame.slots)


def _compound(text: str, start: int, end: int) -> bool:
    return bool(re.search(r"-(?:day|week|month|year)s?$", text[start:end], re.IGNORECASE))


def _determined(lead: str) -> tuple[bool, frozenset[str]] | None:
    """Whether the words before a noun phrase's head name it as known, and the words that narrow it:
    "the rail " → (True, {"rail"}), "a " → (False, {}), "the drivers' " → (True, {"drivers"}), "Kelmar's " →
    (True, {"kelmar"}); None when no determiner opens it within three words."""
    words = lead.split()[-4:]
    narrowing: set[str] = set()
    for word in reversed(words):
        plain = word.lower().rstrip(",")
        if plain in _DETERMINERS:
            return _DETERMINERS[plain], frozenset(narrowing)
        possessor = re.fullmatch(r"([\w-]+?)(?:['’]s|s['’]|['’])", word)
        if possessor:
            return True, frozenset({*narrowing, possessor.group(1).lower()})
        if not re.fullmatch(r"[a-z][\w-]*", word):
            return None
        narrowing.add(plain)
    return None


def occasion_of(text: str, start: int, end: int, sentence: tuple[int, int]) -> Lasting | None:
    """The occasion the duration at ``[start, end)`` of ``sentence`` is the length of, or None.

    >>> occasion_of("It beat a 30-day walkout in 2009.", 10, 16, (0, 33)) is None
    True
    >>> occasion_of("The rail strike lasted 44 days.", 23, 30, (0, 31))
    Lasting(occasion='strike', definite=True, narrowing=frozenset({'rail'}))
    """
    noun_to, _ = _nouns()
    after_compound, before_verb, took_before, to_end, other = _patterns()
    reach = max(sentence[0], start - 60)
    if _compound(text, start, end):
        found = after_compound.match(text, end, sentence[1])
        lead = text[reach:start]
        if found is None or other.search(" ".join(lead.split()[-3:])):
            return None  # "since a 30-day walkout", "a previous 12-day strike"
        determined = _determined(lead)
        if determined is None:
            return None
        between = frozenset(w.lower() for w in text[end:found.start("noun")].split())
        return Lasting(noun_to[" ".join(found["noun"].lower().split())], determined[0], determined[1] | between)
    found_before = before_verb.search(text, reach, start)
    if found_before is not None:
        lead = text[reach:found_before.start()]
        determined = _determined(lead)
        if other.search(" ".join(lead.split()[-3:])) or determined is None or not determined[0]:
            return None
        return Lasting(noun_to[" ".join(found_before["noun"].lower().split())], True, determined[1])
    if took_before.search(text, reach, start) or re.search(r"\bthe\s+$", text[reach:start], re.IGNORECASE):
        found = to_end.match(text, end, sentence[1])
        if found is not None:
            return Lasting(noun_to[" ".join(found["noun"].lower().split())], True)
    return None

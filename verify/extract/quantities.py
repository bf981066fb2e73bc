"""Counted quantities: "1,200 employees", "45 police officers", "3 million people", "12 km".

A number becomes a quantity only when a counted noun or a unit follows it;
bare numbers are not claims.

>>> [(c.value["amount"], c.value["unit"]) for c in find_quantities(
...     "It has 1,200 employees, 45 police officers and 3 million users in 12 countries.")]
[(1200, 'employees'), (45, 'police officers'), (3000000, 'users'), (12, 'countries')]
>>> find_quantities("It hired 45 new police officers.")[0].value
{'amount': 45, 'unit': 'new police officers'}
>>> find_quantities("one of the three")
[]
"""

from __future__ import annotations

import re

from verify.claims import Claim
from verify.extract.hedges import hedge_before, hedge_info
from verify.extract.numbers import SCALE_WORD, NumberPattern, parse_number, scaled, words_of

_UNIT_SYMBOLS = ("km", "kg", "mg", "cm", "mm", "m2", "km2", "sq km", "mph", "kph", "km/h",
                 "MW", "GW", "kW", "kWh", "MWh", "GWh", "TWh", "mi", "ft", "lb", "lbs", "oz",
                 "ha", "bpd", "TB", "GB", "MB")
# Words after a number that do not name what is counted.
_NOT_NOUNS = {
    "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "the", "a",
    "an", "is", "are", "was", "were", "be", "been", "has", "have", "had", "that", "which", "who",
    "as", "than", "more", "less", "per", "percent", "times", "ago", "old", "years", "year",
    "months", "month", "weeks", "week", "days", "day", "decades", "decade", "hours", "minutes",
    "seconds", "it", "its", "their", "his", "her", "this", "these", "those", "other", "others",
    "million", "billion", "thousand", "trillion", "hundred", "so", "will", "would", "can",
    "could", "may", "might", "did", "do", "does", "not", "also", "into", "out", "up", "down",
    "over", "under", "about", "after", "before", "since", "while", "when", "where", "if",
    "then", "each", "all", "some", "such", "most", "many", "much", "said", "says", "percentage",
    "points", "point", "place", "th", "st", "nd", "rd", "am", "pm", "a.m.", "p.m.", "o'clock",
}
_WORD = r"[a-z][a-z-]*"
# The words after the number are read in a look-ahead, so that a scan resumes right after the first
# and a number word among them ("1,200 staff and five offices") still starts its own quantity.
_QUANTITY = NumberPattern(lambda forms: (
    rf"(?P<num>{forms.number})(?:\s+(?P<scale>{SCALE_WORD}))?"
    rf"(?:\s?(?P<symbol>{'|'.join(re.escape(u) for u in _UNIT_SYMBOLS)})\b"
    rf"|\s+(?P<w1>{_WORD})(?=(?:\s+(?P<w2>{_WORD})(?:\s+(?P<w3>{_WORD}))?)?))"
))
# Words that describe what is counted without naming it: "45 new police officers", "3 more stores".
_MODIFIERS = frozenset({
    "new", "more", "additional", "extra", "other", "further", "fewer", "full-time", "part-time", "young",
    "former", "current", "active", "local", "foreign", "international", "senior", "junior", "permanent",
    "temporary", "elderly", "major", "small", "large", "big", "separate", "different", "rival", "armed",
    "largest", "biggest", "smallest", "highest", "lowest", "oldest", "newest", "fastest", "richest", "top",
})
# Plurals without an "s": what is counted after a participle modifier ("12 injured people").
_PLURALS = frozenset({"people", "children", "men", "women", "staff", "police", "personnel", "cattle", "sheep",
                      "fish", "aircraft"})


def _is_noun(word: str) -> bool:
    return word not in _NOT_NOUNS and not word.endswith(("ly", "ed", "ing")) and not word.startswith("-")


def _looks_plural(word: str) -> bool:
    return word in _PLURALS or (word.endswith("s") and not word.endswith(("ss", "us")))


def _noun_phrase(words: list[tuple[str, int]]) -> tuple[str | None, int]:
    """The counted noun at the head of ``words`` (word, end): one word, or two ("police officers")."""
    (first, first_end), *rest = words
    if not _is_noun(first):
        return None, 0
    if rest and _is_noun(rest[0][0]) and not first.endswith("s") and _looks_plural(rest[0][0]):
        return f"{first} {rest[0][0]}", rest[0][1]
    return first, first_end


def _unit(match: re.Match[str]) -> tuple[str | None, int]:
    """What is counted and where it ends; None when no noun follows the number.

    Up to two describing words may come before the noun: listed modifiers ("new", "more") and
    participles ("confirmed", "newly hired", "remaining") when a plural noun follows them.
    """
    if match["symbol"]:
        return match["symbol"], match.end("symbol")
    words = [(match[name], match.end(name)) for name in ("w1", "w2", "w3") if match[name]]
    for skip in (1, 2):
        described = words[skip:]
        if not described or not all(_describes(word) for word, _ in words[:skip]):
            break
        noun, end = _noun_phrase(described)
        participle = any(word not in _MODIFIERS for word, _ in words[:skip])
        if noun and (not participle or _looks_plural(noun.split()[-1])):
            # The describing words stay in the unit: "new stores" are not the stores a chain has.
            return " ".join([*(word for word, _ in words[:skip]), noun]), end
    return _noun_phrase(words) if words[0][0] not in _MODIFIERS else (None, 0)


def _describes(word: str) -> bool:
    return word in _MODIFIERS or word.endswith(("ed", "ing", "ly"))


def _in_a_name(text: str, start: int) -> bool:
    """Is the number part of a name joined by a hyphen ("COVID-19 vaccine", "SARS-CoV-2", "F-35 jets")?"""
    return start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha()


def find_quantities(text: str, words: frozenset[str] | None = None) -> list[Claim]:
    """Numbers with a counted noun or unit, with prose offsets.

    ``words`` (the text's lower-case words) saves recomputing them when known.
    """
    claims = []
    for match in _QUANTITY.choose(words_of(text) if words is None else words).finditer(text):
        unit, end = _unit(match)
        if not unit or _in_a_name(text, match.start()):
            continue
        number = match["num"]
        if number.lower() in ("one", "zero") and not match["scale"]:
            continue
        value: dict[str, object] = {"amount": scaled(parse_number(number), match["scale"]),
                                    "unit": unit}
        hedge, start = hedge_before(text, match.start())
        value.update(hedge_info(hedge))
        claims.append(Claim("quantity", start, end, value))
    return claims

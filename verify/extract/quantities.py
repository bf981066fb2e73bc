"""Counted quantities: "1,200 employees", "45 police officers", "3 million people", "12 km".

A number becomes a quantity only when a counted noun or a unit follows it;
bare numbers are not claims.

>>> [(c.value["amount"], c.value["unit"]) for c in find_quantities(
...     "It has 1,200 employees, 45 police officers and 3 million users in 12 countries.")]
[(1200, 'employees'), (45, 'police officers'), (3000000, 'users'), (12, 'countries')]
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
_QUANTITY = NumberPattern(lambda forms: (
    rf"(?P<num>{forms.number})(?:\s+(?P<scale>{SCALE_WORD}))?"
    rf"(?:\s?(?P<symbol>{'|'.join(re.escape(u) for u in _UNIT_SYMBOLS)})\b"
    rf"|\s+(?P<w1>{_WORD})(?:\s+(?P<w2>{_WORD}))?)"
))


def _unit(match: re.Match[str]) -> tuple[str | None, int]:
    """The counted noun and where it ends; None when the next word is not a noun."""
    if match["symbol"]:
        return match["symbol"], match.end("symbol")
    first, second = match["w1"], match["w2"]
    if first in _NOT_NOUNS or first.endswith(("ly", "ed", "ing")) or first.startswith("-"):
        return None, 0
    if second and second not in _NOT_NOUNS and not first.endswith("s") and second.endswith("s") \
            and not second.endswith(("ss", "us")):
        return f"{first} {second}", match.end("w2")
    return first, match.end("w1")


def find_quantities(text: str, words: frozenset[str] | None = None) -> list[Claim]:
    """Numbers with a counted noun or unit, with prose offsets.

    ``words`` (the text's lower-case words) saves recomputing them when known.
    """
    claims = []
    for match in _QUANTITY.choose(words_of(text) if words is None else words).finditer(text):
        unit, end = _unit(match)
        if not unit:
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

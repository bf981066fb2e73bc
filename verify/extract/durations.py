"""Durations and ages: "three-year-old startup", "two months after", "under three years",
"a decade", "Lindholm, 29,", "aged 45".

>>> [(c.value["amount"], c.value["unit"], c.value.get("age")) for c in find_durations(
...     "a three-year-old startup, two months after, in under three years, a decade")]
[(3, 'year', True), (2, 'month', None), (3, 'year', None), (10, 'year', None)]
>>> find_durations("Jane Lindholm, 29, said")[0].value
{'amount': 29, 'unit': 'year', 'age': True}
"""

from __future__ import annotations

import re

from verify.claims import Claim
from verify.extract.anchors import anchored_finditer
from verify.extract.hedges import hedge_before, hedge_info
from verify.extract.numbers import NUMBER, parse_number, words_of

_UNITS = {"day": "day", "week": "week", "month": "month", "year": "year", "decade": "year",
          "fortnight": "week"}
_FACTOR = {"decade": 10, "fortnight": 2}
_COUNT = rf"(?:{NUMBER}|(?i:an?|half\s+a|one\s+and\s+a\s+half))"
_AGE_ADJECTIVE = re.compile(
    rf"(?P<num>{_COUNT})[\s-](?P<unit>(?i:day|week|month|year|decade))s?[\s-]old\b"
)
_AGED = re.compile(r"\b(?i:aged)\s+(?P<num>\d{1,3})\b")
# "Jane Lindholm, 29, said": a name, then an age set off by commas.
_APPOSITIVE_AGE = re.compile(r"\b[A-Z][a-z]+,\s(?P<num>\d{1,3}),\s+[a-z]")
_APPOSITIVE_NUMBER = re.compile(r",\s\d{1,3},")  # what _APPOSITIVE_AGE needs, found by a fast literal scan
_SPAN = re.compile(
    rf"(?P<num>{_COUNT})[\s-](?P<unit>(?i:day|week|month|year|decade|fortnight))"
    rf"(?P<plural>s)?\b(?P<tail>\s+(?i:after|later|earlier|before|long|later))?(?!\s+(?i:ago|old)\b)"
    rf"(?![\s-]old\b)"
)


def _number(text: str) -> float:
    lowered = " ".join(text.lower().split())
    if lowered == "half a":
        return 0.5
    if lowered == "one and a half":
        return 1.5
    return parse_number(lowered)


def _value(num: str, unit_word: str) -> dict[str, object]:
    unit_word = unit_word.lower()
    amount = _number(num) * _FACTOR.get(unit_word, 1)
    return {"amount": int(amount) if float(amount).is_integer() else amount, "unit": _UNITS[unit_word]}


# Every age adjective and span holds a unit word; its count starts at most this far before it
# ("three hundred and twenty-five years"): longer counts are not read as durations.
# (A character class first, which the regex engine scans for, instead of a case-insensitive alternation.)
_UNIT_WORD = re.compile(r"[DdWwMmYyFf](?i:ay|eek|onth|ear|ecade|ortnight)")
_COUNT_REACH = 40


def find_durations(text: str, words: frozenset[str] | None = None) -> list[Claim]:
    """All ages and durations in ``text``, with prose offsets.

    ``words`` (the text's lower-case words) saves recomputing them when known.
    """
    words = words_of(text) if words is None else words
    anchors = [(match.start() - _COUNT_REACH, match.start()) for match in _UNIT_WORD.finditer(text)]
    claims = []
    for match in anchored_finditer(_AGE_ADJECTIVE, text, anchors):
        value = _value(match.group("num"), match.group("unit"))
        value["age"] = True
        claims.append(Claim("duration", match.start(), match.end(), value))
    for match in _AGED.finditer(text) if "aged" in words else ():
        claims.append(Claim("duration", match.start(), match.end(),
                            {"amount": int(match.group("num")), "unit": "year", "age": True}))
    for match in _APPOSITIVE_AGE.finditer(text) if _APPOSITIVE_NUMBER.search(text) else ():
        age = int(match.group("num"))
        if 1 <= age <= 120:
            claims.append(Claim("duration", match.start("num"), match.end("num"),
                                {"amount": age, "unit": "year", "age": True}))
    taken = bytearray(len(text))  # characters already claimed by an age (linear overlap tests)
    for claim in claims:
        taken[claim.start:claim.end] = b"\x01" * (claim.end - claim.start)
    for match in anchored_finditer(_SPAN, text, anchors):
        if taken.find(1, match.start(), match.end()) >= 0:
            continue
        num = match.group("num")
        if num.lower() in ("a", "an") and match.group("plural"):
            continue
        value = _value(num, match.group("unit"))
        hedge, start = hedge_before(text, match.start())
        value.update(hedge_info(hedge))
        tail = (match.group("tail") or "").strip().lower()
        if tail in ("after", "later"):
            value["relation"] = "after"
        elif tail in ("before", "earlier"):
            value["relation"] = "before"
        claims.append(Claim("duration", start, match.end(), value))
    return sorted(claims, key=lambda c: c.start)

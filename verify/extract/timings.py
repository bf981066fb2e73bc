"""Elapsed times: "nine hours", "58 seconds", "7 hours 2 minutes", "half an hour", "a three-hour
meeting", and race times ("1:46.37", "2:31 down").

The contract's durations count days, weeks, months and years; hours, minutes and seconds are
quantities, in the smallest unit written ("7 hours 2 minutes" is 422 minutes). A time written
with a colon is a race time only when it has hundredths ("12:05.3"), hours, minutes and seconds
("2:05:37"), brackets after a name ("Doyle (1:46.90)") or a gap word after it ("2:31 down");
"9:25", "4:12 a.m." and "at 10:30" are times of day and are not claims.

>>> [(c.value["amount"], c.value["unit"]) for c in find_timings(
...     "After 7 hours 2 minutes he rested for half an hour, then won in 1:46.37, a three-hour effort.")]
[(422, 'minute'), (30, 'minute'), (106.37, 'second'), (3, 'hour')]
>>> find_timings("It is 9:25 on a Thursday; the train left at 4:12 a.m.")
[]
"""

from __future__ import annotations

import re
from decimal import Decimal

from verify.claims import Claim
from verify.extract.anchors import anchored_finditer
from verify.extract.hedges import hedge_before, hedge_info
from verify.extract.numbers import NUMBER, parse_number, words_of
from verify.extract.overlaps import leftmost_longest

_SECONDS = {"hour": 3600, "minute": 60, "second": 1}
# "an hour", "half a minute"; not "a second" (more often "a second title" than one second)
_COUNT = rf"(?:{NUMBER}(?:\s+and\s+a\s+half)?|(?i:an?|half\s+an?)(?=\s+(?i:hour|minute)\b))"


def _part(i: int) -> str:
    return rf"(?P<n{i}>{_COUNT})\s+(?P<u{i}>(?i:hours?|hrs?|minutes?|mins?|seconds?|secs?))\b"


# Up to three parts: "17 hours 8 minutes 45 seconds", "two hours and 10 minutes".
_JOINER = r"(?:,?\s+and\s+|,?\s+)"
_SPAN = re.compile(rf"{_part(1)}(?:{_JOINER}{_part(2)}(?:{_JOINER}{_part(3)})?)?"
                   r"(?!\s+(?i:ago|from\s+now|later|earlier)\b)")
# "a three-hour meeting", "the 15-minute standard", "a 40-hour week"
_ADJECTIVE = re.compile(rf"(?P<n1>{NUMBER})-(?P<u1>(?i:hour|minute|second))\b(?!-)")
# "four hundredths of a second": a fraction of a second
_FRACTION = re.compile(rf"(?P<n>{NUMBER})\s+(?P<part>(?i:tenths?|hundredths?|thousandths?))\s+of\s+(?i:a\s+second)\b")
_FRACTION_SIZE = {"tenth": Decimal("0.1"), "hundredth": Decimal("0.01"), "thousandth": Decimal("0.001")}
# The first digit is consumed before the look-behind, so that the regex engine can scan for it.
_RACE = re.compile(
    r"(?P<h>\d(?<![\d:.]\d)\d?):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?P<frac>\.\d{1,3})?(?![\d:])"
)
_GAP_AFTER = re.compile(r"\s*\)|\s+(?i:down|behind|back|adrift|ahead|clear|slower|faster|off\s+the\s+pace)\b")
_CLOCK_AFTER = re.compile(r"\s*(?i:a\.?m\b|p\.?m\b|gmt|utc|bst|cet|est|edt|pst|local|hrs|h\b|o['’]clock)")


def _count(text: str) -> Decimal:
    lowered = " ".join(text.lower().split())
    if lowered in ("a", "an"):
        return Decimal(1)
    if lowered.startswith("half"):
        return Decimal("0.5")
    half = lowered.endswith(" and a half")
    value = Decimal(str(parse_number(lowered.removesuffix(" and a half"))))
    return value + Decimal("0.5") if half else value


def _unit(word: str) -> str:
    lowered = word.lower()
    return "hour" if lowered.startswith("h") else "minute" if lowered.startswith("m") else "second"


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


# Every span holds a unit word; its count starts at most this far before it ("three hundred and
# twenty-five minutes"): the patterns are searched only near unit words (see verify.extract.anchors).
_UNIT_WORD = re.compile(r"[HhMmSs](?i:ours?|rs?|inutes?|ins?|econds?|ecs?)\b")
_COUNT_REACH = 40
_WORDS = frozenset({"hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins", "second", "seconds", "sec",
                    "secs"})


def _spans(text: str) -> list[Claim]:
    anchors = [(match.start() - _COUNT_REACH, match.start()) for match in _UNIT_WORD.finditer(text)]
    claims = []
    for pattern in (_SPAN, _ADJECTIVE):
        for match in anchored_finditer(pattern, text, anchors):
            parts = [(match[f"n{i}"], _unit(match[f"u{i}"])) for i in (1, 2, 3) if match.groupdict().get(f"n{i}")]
            smallest = min((unit for _, unit in parts), key=_SECONDS.__getitem__)
            total = sum(_count(n) * _SECONDS[unit] for n, unit in parts) / _SECONDS[smallest]
            if len(parts) == 1 and smallest != "second" and parts[0][0].lower().startswith("half"):
                smallest = "minute" if smallest == "hour" else "second"  # "half an hour" is 30 minutes
                total *= 60
            value: dict[str, object] = {"amount": _number(total), "unit": smallest}
            hedge, start = hedge_before(text, match.start())
            value.update(hedge_info(hedge))
            claims.append(Claim("quantity", start, match.end(), value))
    return claims


def _fractions(text: str) -> list[Claim]:
    claims = []
    for match in _FRACTION.finditer(text):
        size = _FRACTION_SIZE[match["part"].lower().rstrip("s")]
        amount = _number(Decimal(str(parse_number(match["n"]))) * size)
        claims.append(Claim("quantity", match.start(), match.end(), {"amount": amount, "unit": "second"}))
    return claims


def _race_times(text: str) -> list[Claim]:
    claims = []
    for match in _RACE.finditer(text):
        if _CLOCK_AFTER.match(text, match.end()):
            continue
        bracketed = match.start() > 0 and text[match.start() - 1] == "(" and _GAP_AFTER.match(text, match.end())
        if not (match["frac"] or match["s"] or bracketed or _GAP_AFTER.match(text, match.end())):
            continue
        if match["s"]:  # h:mm:ss
            seconds = int(match["h"]) * 3600 + int(match["m"]) * 60 + Decimal(match["s"] + (match["frac"] or ""))
        else:  # m:ss.hh
            seconds = int(match["h"]) * 60 + Decimal(match["m"] + (match["frac"] or ""))
        claims.append(Claim("quantity", match.start(), match.end(),
                            {"amount": _number(Decimal(seconds)), "unit": "second", "race_time": match.group()}))
    return claims


def find_timings(text: str, words: frozenset[str] | None = None) -> list[Claim]:
    """Elapsed times in ``text`` as quantities (hours, minutes or seconds), in order, not overlapping.

    ``words`` (the text's lower-case words) saves recomputing them when known.
    """
    words = words_of(text) if words is None else words
    spans = [*_fractions(text), *_spans(text)] if not words.isdisjoint(_WORDS) else []
    races = _race_times(text) if ":" in text else []
    claims = leftmost_longest([*spans, *races])
    for claim in claims:
        claim.extra["comparable"] = False  # times of one race differ by nature (splits, gaps, totals)
    return claims

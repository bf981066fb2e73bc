"""Dates read together: ranges, "since" spans, and dates counted from the event just mentioned.

- "between June 2008 and May 2011", "from 1995 to 2003": one interval, from the start of the
  first date to the end of the second;
- "February next year", "November 14 this year": the year the second phrase names;
- "since 1998", "since the start of September": from that date to publication;
- "on Monday (March 7)": a date in brackets after another, its year left out, restates it and
  takes the year nearest it;
- "a year earlier", "the year before", "the following year", "three months later", "a decade
  earlier": the date of the nearest earlier date in the sentence (or, failing one, the last date
  of the sentence before) moved by that much, at its own granularity ("the three months to
  September … a year earlier" is the same quarter a year before); "since then" runs from it to
  publication. Without such a date the words stay a duration.

>>> from datetime import date
>>> from verify.extract.dates import find_dates
>>> text = "Sales rose in 2025 from a year earlier. Clinics ran between March and May, since 2019."
>>> [(text[c.start:c.end], c.value["start"], c.value["end"]) for c in find_dates(text, date(2026, 2, 1))]
[('2025', '2025-01-01', '2025-12-31'), ('a year earlier', '2024-01-01', '2024-12-31'), \
('between March and May', '2025-03-01', '2025-05-31'), ('since 2019', '2019-01-01', '2026-02-01')]
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from verify.claims import Claim
from verify.extract.anchors import anchored_finditer
from verify.extract.numbers import NUMBER, parse_number

_JOIN = re.compile(r"\s+(?P<word>and|to|until|till|through|thru|-|–)\s+")
_OPENER = re.compile(r"\b(?P<word>between|from)\s+$", re.IGNORECASE)
_WHICH_YEAR = re.compile(r"\s+(?P<which>this|next|last)\s+year\b", re.IGNORECASE)
_SINCE = re.compile(r"\b(?:ever\s+)?since\s+$", re.IGNORECASE)
_UNIT = r"(?P<unit>(?i:decades?|years?|months?|weeks?|fortnights?|days?|quarters?))"
# "a year earlier", "three months later", "twelve months before" (no object after "before": "two
# months before the vote" is a duration the date.interval rule reads), "the year before",
# "the following year", "since then".
_NO_OBJECT = r"(?!\s+(?:(?:the|a|an|his|her|its|their|this|that|he|she|it|they|being)\b|[A-Z0-9]|\w+ing\b))"
_ANCHORED = re.compile(
    rf"(?P<count>\b(?i:an?|one)\b|{NUMBER})\s+{_UNIT}\s+(?:(?P<dir>(?i:earlier|later))\b(?!\s+than\b)"
    rf"|(?P<dirb>(?i:before|after))\b{_NO_OBJECT})"
    rf"|\b(?i:the)\s+{_UNIT.replace('unit', 'unit2')}\s+(?:(?P<dir2>(?i:earlier|later))\b(?!\s+than\b)"
    rf"|(?P<dir2b>(?i:before|after))\b{_NO_OBJECT})"
    # "over the following decade" is a span, not a date
    r"|(?<!(?i:over)\s)(?<!(?i:for)\s)(?<!(?i:during)\s)(?<!(?i:within)\s)(?<!(?i:throughout)\s)"
    r"\b(?i:the)\s+(?P<dir3>(?i:following|preceding|prior))\s+(?P<unit3>(?i:decade|year|month|week|day|quarter))\b"
    r"|\b(?P<since>(?i:since\s+then))\b"
)
_RANGE_WORDS = frozenset({"between", "from", "this", "next", "last"})
_DIRECTIONS = frozenset({"earlier", "later", "before", "after", "following", "preceding", "prior"})
_UNIT_WORDS = frozenset({"decade", "decades", "year", "years", "month", "months", "week", "weeks", "fortnight",
                         "fortnights", "day", "days", "quarter", "quarters"})
# Every anchored phrase holds a direction word ("earlier", "the following") at most 60 characters
# after its start, or is "since then": the pattern is searched only near those words (see
# verify.extract.anchors), found by the few a text holds.
_REACH = 60
_LINK_WORDS = _DIRECTIONS | {"since"}
_STEP = {"decade": relativedelta(years=10), "year": relativedelta(years=1), "quarter": relativedelta(months=3),
         "month": relativedelta(months=1), "fortnight": relativedelta(weeks=2), "week": relativedelta(weeks=1),
         "day": relativedelta(days=1)}


def _span(claim: Claim) -> tuple[date, date] | None:
    start, end = claim.value.get("start"), claim.value.get("end")
    return (date.fromisoformat(start), date.fromisoformat(end)) if start and end else None


def _set(claim: Claim, start: date, end: date) -> None:
    claim.value["start"], claim.value["end"] = start.isoformat(), end.isoformat()
    claim.value.pop("timex", None)


def _merge(first: Claim, second: Claim, start: int) -> Claim | None:
    """One claim from ``start`` to the end of ``second`` covering both dates, or None if either is unresolved."""
    a, b = _span(first), _span(second)
    value: dict[str, object] = {"start": None, "end": None, "relative": True}
    if a and b:
        if b[1] < a[0] and second.value.get("year_inferred"):
            b = (b[0] + relativedelta(years=1), b[1] + relativedelta(years=1))  # "from November to February"
        if b[1] < a[0]:
            return None
        value = {"start": a[0].isoformat(), "end": b[1].isoformat()}
        if first.value.get("relative") or second.value.get("relative"):
            value["relative"] = True
    elif first.value.get("start") or second.value.get("start"):
        return None
    return Claim("date", start, second.end, value)


def _ranges(text: str, claims: list[Claim], published: date | None) -> list[Claim]:
    """Join "between X and Y", "from X to Y" and "X next year" into one claim each."""
    joined: list[Claim] = []
    index = 0
    while index < len(claims):
        claim = claims[index]
        following = claims[index + 1] if index + 1 < len(claims) else None
        if following is not None:
            gap = _JOIN.fullmatch(text, claim.end, following.start)
            opener = _OPENER.search(text, max(0, claim.start - 10), claim.start)
            if gap and opener and (opener["word"].lower() == "between") == (gap["word"] == "and"):
                merged = _merge(claim, following, opener.start())
                if merged is not None:
                    joined.append(merged)
                    index += 2
                    continue
            which = _WHICH_YEAR.match(text, claim.end)
            if (which and which.end() == following.end and claim.value.get("year_inferred") and published
                    and _span(claim)):
                step = {"this": 0, "next": 1, "last": -1}[which["which"].lower()]
                start, end = _span(claim) or (published, published)
                shift = relativedelta(years=published.year + step - start.year)
                _set(claim, start + shift, end + shift)
                claim.end = following.end
                claim.value.pop("year_inferred")
                joined.append(claim)
                index += 2
                continue
        joined.append(claim)
        index += 1
    return joined


_BRACKET_GAP = re.compile(r"\s*[(\[]\s*")


def _restated(text: str, claims: list[Claim]) -> None:
    """"on Monday (March 7)", "next Thursday (4 March)": a date written without its year in brackets
    after another restates it, so it takes the year that puts it nearest that date."""
    for before, claim in itertools.pairwise(claims):
        anchor, span = _span(before), _span(claim)
        if not (anchor and span and claim.value.get("year_inferred")) or not _BRACKET_GAP.fullmatch(
                text, before.end, claim.start):
            continue
        shifts = [relativedelta(years=step) for step in (-1, 0, 1)]
        best = min(shifts, key=lambda shift: abs(((span[0] + shift) - anchor[0]).days))
        if best:
            _set(claim, span[0] + best, span[1] + best)


def _since(text: str, claims: list[Claim], published: date | None) -> None:
    """"since 1998": from the start of 1998 to publication (the span says "since")."""
    if published is None:
        return
    for claim in claims:
        span = _span(claim)
        since = _SINCE.search(text, max(0, claim.start - 12), claim.start)
        if since and span and span[0] <= published and claim.value.get("timex") != "PRESENT_REF":
            claim.value["start"], claim.value["end"] = span[0].isoformat(), published.isoformat()
            claim.value["since"] = True
            claim.start = since.start()


@lru_cache(maxsize=256)
def _direction_words(words: frozenset[str]) -> re.Pattern[str]:
    present = sorted(words & (_DIRECTIONS | {"since"}), key=lambda w: (-len(w), w))  # same text every run
    return re.compile(r"\b(?i:" + "|".join(present) + r")\b")


def _anchored(text: str, claims: list[Claim], published: date | None, words: frozenset[str],
              sentence_at: Callable[[int], tuple[int, int]]) -> list[Claim]:
    """Dates counted from the date just mentioned: "a year earlier", "the following year", "since then"."""
    covered = bytearray(len(text))  # one byte per character a date claim covers: linear overlap tests
    for claim in claims:
        covered[claim.start:claim.end] = b"\x01" * (claim.end - claim.start)
    found: list[Claim] = []
    before = 0  # claims[:before] start before the current match
    anchors = [(found.start() - _REACH, found.start()) for found in _direction_words(words).finditer(text)]
    for match in anchored_finditer(_ANCHORED, text, anchors):
        while before < len(claims) and claims[before].start < match.start():
            before += 1
        if covered.find(1, match.start(), match.end()) >= 0:
            continue
        anchor = _anchor(claims, before, match.start(), sentence_at)
        if anchor is None or _apposition(text, anchor, match, claims[before] if before < len(claims) else None):
            continue
        span = _span(anchor)
        assert span is not None
        if match["since"]:
            if published is None or span[0] > published:
                continue
            start, end = span[0], published
        else:
            unit = (match["unit"] or match["unit2"] or match["unit3"]).lower().rstrip("s")
            count = 1 if match["unit2"] or match["unit3"] else _count(match["count"])
            direction = next(match[g] for g in ("dir", "dirb", "dir2", "dir2b", "dir3") if match[g]).lower()
            sign = -1 if direction in ("earlier", "before", "preceding", "prior") else 1
            step = _STEP[unit] * count * sign
            try:
                start, end = span[0] + step, span[1] + step
                if span[0].day == 1 and span[1] == span[1] + relativedelta(day=31):
                    end = end + relativedelta(day=31)  # whole months keep their last day
                if match["unit3"] and unit == "decade":  # "the following decade": the ten years after it
                    start, end = ((span[1] + timedelta(days=1), span[1] + step) if sign > 0
                                  else (span[0] + step, span[0] - timedelta(days=1)))
                elif (match["unit2"] or match["unit3"]) and unit in ("year", "month"):
                    start, end = _whole(start, unit)  # "the year before" 21 March 2010: the year 2009
            except (ValueError, OverflowError):  # "9999 ... a year later": past the calendar's end
                continue
        found.append(Claim("date", match.start(), match.end(),
                           {"start": start.isoformat(), "end": end.isoformat(), "relative": True, "anchored": True}))
    return sorted([*claims, *found], key=lambda c: c.start)


def _apposition(text: str, anchor: Claim, match: re.Match[str], following: Claim | None) -> bool:
    """"on October 9, 23 days later," and "9 years later, in 2010": the span says how far a date
    written beside it lies from some earlier event; it is not a date of its own."""
    if not text[anchor.end:match.start()].strip(" ,"):
        return True
    if following is None:
        return False
    return not text[match.end():following.start].strip(" ,").lower().removesuffix("in").strip()


def _whole(day: date, unit: str) -> tuple[date, date]:
    """The calendar year or month around ``day``."""
    if unit == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    return day.replace(day=1), day + relativedelta(day=31)


def _count(text: str) -> int | float:
    word = text.strip().lower()
    return 1 if word in ("a", "an", "one") else parse_number(word)


def _anchor(claims: list[Claim], before: int, at: int, sentence_at: Callable[[int], tuple[int, int]]) -> Claim | None:
    """The date a relative phrase at ``at`` counts from: the nearest resolved date before it in its
    sentence, else the last one of the sentence before (``claims[:before]`` start before ``at``)."""
    sentence_start = sentence_at(at)[0]
    previous_start = sentence_at(max(0, sentence_start - 2))[0] if sentence_start else sentence_start
    for index in range(before - 1, -1, -1):
        claim = claims[index]
        if claim.start < previous_start:
            return None
        if _span(claim) and claim.value.get("timex") != "PRESENT_REF" and not claim.value.get("since"):
            return claim
    return None


def link_dates(text: str, claims: list[Claim], published: date | None, words: frozenset[str],
               sentence_at: Callable[[int], tuple[int, int]]) -> list[Claim]:
    """The date claims of ``text`` (in order, not overlapping) with ranges joined and anchored dates added."""
    if len(claims) > 1 and not words.isdisjoint(_RANGE_WORDS):
        claims = _ranges(text, claims, published)
    if "(" in text or "[" in text:
        _restated(text, claims)
    if "since" in words:
        _since(text, claims, published)
    if (not words.isdisjoint(_DIRECTIONS) and not words.isdisjoint(_UNIT_WORDS)) or {"since", "then"} <= words:
        claims = _anchored(text, claims, published, words & _LINK_WORDS, sentence_at)
    return claims

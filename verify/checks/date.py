"""``date``: dates that cannot all be true. One kind, three facets (``params.facet``):

- ``same-event``: one event (the same entity and event word: "wrote",
  "published", "announced", "founded", "born") given two dates whose intervals
  do not meet, such as "wrote last month" and "published in March" in a June
  article. Launches, funding rounds and deals recur, so they are not compared;
  nor are events whose sentence marks them as another one ("a second", "new").
- ``weekday``: a weekday written beside a date that falls on another day
  ("Wednesday, May 16, 2026" was a Saturday).
- ``interval``: "N months after X" against the dates of both events, both
  written in the sentence of the duration (``tolerance`` in the same unit).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from verify.checks.common import CheckContext, Hit, HitIterator, quoted
from verify.claims import Claim
from verify.extract.context import WEEKDAY_NAMES
from verify.lazy_re import LazyPattern

FIELDS = frozenset({"first", "second", "first_date", "second_date", "event", "weekday",
                    "actual", "duration", "gap", "tolerance"})
_WEEKDAY = LazyPattern(r"\b(" + "|".join(WEEKDAY_NAMES) + r"|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b")


def _span(claim: Claim) -> tuple[date, date] | None:
    start, end = claim.value.get("start"), claim.value.get("end")
    if not start or not end:
        return None
    return date.fromisoformat(start), date.fromisoformat(end)


def _when(claim: Claim) -> str:
    span = _span(claim)
    if span is None:
        return "unresolved"
    start, end = span
    return start.isoformat() if start == end else f"{start.isoformat()} … {end.isoformat()}"


_ONE_OFF_EVENTS = {"publish", "announce", "found"}
_ANOTHER = LazyPattern(r"\b(?:another|second|third|new|latest|previous|prior|other|again|first)\b", re.IGNORECASE)


def _same_event(ctx: CheckContext) -> HitIterator:
    text = ctx.document.text
    # "now" and "currently" say when something holds, not when a one-off event happened.
    dated = [c for c in ctx.of_type("date")
             if c.entity and c.head in _ONE_OFF_EVENTS and _span(c) and c.value.get("timex") != "PRESENT_REF"
             and not _ANOTHER.search(text, max(c.sentence[0], c.start - 200), min(c.sentence[1], c.end + 200))]
    groups: dict[tuple[str | None, str | None], dict[tuple[date, date], Claim]] = {}
    for later in dated:
        # One earlier claim per distinct interval of the same event: repetitive text stays linear.
        seen = groups.setdefault((later.entity, later.head), {})
        span = _span(later)
        assert span
        earlier_claims = list(seen.values())
        seen.setdefault(span, later)
        for earlier in earlier_claims:
            first, second = _span(earlier), span
            assert first and second
            if first[1] < second[0] or second[1] < first[0]:
                yield Hit([later, earlier], {
                    "first": quoted(earlier), "second": quoted(later),
                    "first_date": _when(earlier), "second_date": _when(later),
                    "event": f"{later.entity} ({later.head})"})
                break


def _weekday(ctx: CheckContext) -> HitIterator:
    for claim in ctx.of_type("date"):
        span = _span(claim)
        named = _WEEKDAY.search(claim.text)
        if not span or not named or span[0] != span[1] or not re.search(r"\d", claim.text):
            continue
        written = [w[:3] for w in WEEKDAY_NAMES].index(named.group(1)[:3])
        if written != span[0].weekday():
            yield Hit([claim], {"first": quoted(claim), "first_date": span[0].isoformat(),
                                "weekday": WEEKDAY_NAMES[written],
                                "actual": WEEKDAY_NAMES[span[0].weekday()]})


def _units_between(earlier: date, later: date, unit: str) -> float:
    if unit == "day":
        return (later - earlier).days
    if unit == "week":
        return (later - earlier).days / 7
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months if unit == "month" else months / 12


def _interval(ctx: CheckContext, params: dict[str, Any]) -> HitIterator:
    for duration in ctx.of_type("duration"):
        relation = duration.value.get("relation")
        if relation not in ("after", "before"):
            continue
        sentence = duration.sentence
        dates = [c for c in ctx.of_type("date") if _span(c)]
        before = [c for c in dates if sentence[0] <= c.start < duration.start]
        after = [c for c in dates if duration.end <= c.start < sentence[1]]
        if not before or not after:
            continue
        this_event, other_event = before[-1], after[0]
        this_span, other_span = _span(this_event), _span(other_event)
        assert this_span and other_span
        unit = duration.value["unit"]
        gap = _units_between(other_span[0], this_span[0], unit)
        if relation == "before":
            gap = -gap
        stated = float(duration.value["amount"])
        tolerance = float(params.get("tolerance", 1))
        if abs(gap - stated) > tolerance:
            yield Hit([duration, this_event, other_event], {
                "first": quoted(this_event), "second": quoted(other_event),
                "first_date": _when(this_event), "second_date": _when(other_event),
                "duration": quoted(duration), "gap": f"{gap:g} {unit}s",
                "tolerance": f"{tolerance:g} {unit}"})


def run(ctx: CheckContext, params: dict[str, Any]) -> HitIterator:
    facet = params.get("facet", "same-event")
    if facet == "weekday":
        yield from _weekday(ctx)
    elif facet == "interval":
        yield from _interval(ctx, params)
    else:
        yield from _same_event(ctx)

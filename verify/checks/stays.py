"""``span-mismatch`` for stays: a stay told by its departure and its return against its length.

"Mara Veltri left for Lisbon in March 2019 and came home in June 2021" is a stay of 27 months, which
"her five years in Portugal" cannot be. A departure is a date after "left for", "moved to" and a
place; its return a later date of the sentence after "came home", "returned". A length of a stay is
a span of weeks, months or years written as someone's ("her five years in Portugal", "Veltri's two
years abroad") or after "after" or "spent" ("after two years abroad", "spent three years in
Lisbon"), with where: "abroad", "overseas", "away", or a place. The two must be one person's and one
place: the same name or a stay "abroad" (anywhere); a country with a place that is not a country
("Portugal" may hold "Lisbon", which the gazetteer cannot tell) is a weak link, and two countries are
two places. Any departure and return of that person and place that fit keep it silent; a length
whose owner or place is linked only weakly is reported at ``info``. The
length is counted as ``date.span`` counts it, within its tolerance. The verbs are in the ``[span]``
table of ``verify/data/events.toml``.

>>> from datetime import date
>>> from verify.document import Document
>>> from verify.extract import extract_claims
>>> from verify.checks.common import CheckContext
>>> text = ("Mara Veltri left for Lisbon in March 2019 and came home in June 2021. "
...         "Friends say her five years in Lisbon changed her cooking.")
>>> doc = Document.from_plain("a.txt", text)
>>> ctx = CheckContext(doc, extract_claims(doc, date(2025, 6, 13)), date(2025, 6, 13))
>>> [hit.fields["gap"] for hit in stays(ctx, {})]
['2.2 years']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from verify.checks.common import CheckContext, HitIterator, quoted
from verify.frames.model import Frame
from verify.lexicon import phrase_pattern, table
from verify.refs.kinds import countries, regions
from verify.refs.model import Entity, Kind

_UNITS = ("week", "month", "year")
_PLACE = r"(?P<place>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})"
_DEPARTURE_REACH = 60  # characters between a departure's verb and its date: "left for Lisbon in"
_RETURN_REACH = 50  # characters between a return's verb and its date: "came home to Ancona in"
_HEDGE = r"(?:(?:about|nearly|almost|more\s+than|some|over|just|a\s+full)\s+)?"


@dataclass(frozen=True)
class _Trip:
    """A departure and the return after it, told in one sentence."""

    traveller: Entity | None
    place: str
    left: Frame
    back: Frame


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The departure before its date, the return before its date, a stay's owner or verb before its length,
    and where the stay was after it."""
    data = table("events")["span"]
    departure = re.compile(rf"\b{phrase_pattern(data['departure']).pattern}[ \t]+(?:for|to)[ \t]+{_PLACE}"
                           r"[^.;\d]*?$")
    back = re.compile(rf"\b{phrase_pattern(data['return']).pattern}\b[^.;\d]*?$", re.IGNORECASE)
    owner = re.compile(rf"(?:\b(?i:her|his|their|after|spent|spending|during)|[A-Z][\w-]*['’]s?)[ \t]+{_HEDGE}$")
    where = re.compile(rf"[ \t]+(?:(?P<away>{phrase_pattern(data['away']).pattern})\b|in[ \t]+{_PLACE})")
    return departure, back, owner, where


def _day(frame: Frame) -> date | None:
    start = frame.claim.value.get("start")
    return date.fromisoformat(start) if start and frame.claim.value.get("timex") != "PRESENT_REF" else None


def _traveller(ctx: CheckContext, sentence: tuple[int, int], before: int) -> Entity | None:
    """The person the sentence's departure is told of: the last person named before its verb."""
    for mention in reversed(ctx.references.between(sentence[0], before)):
        linked = ctx.references.link(mention)
        if linked is not None and linked[0].kind == Kind.PERSON:
            return linked[0]
    return None


def _trips(ctx: CheckContext) -> list[_Trip]:
    """Each departure with the return told after it in its sentence."""
    departure, back, _, _ = _patterns()
    text = ctx.document.text
    by_sentence: dict[tuple[int, int], list[Frame]] = {}
    for frame in ctx.frames.of_type("date"):
        if _day(frame) is not None:
            by_sentence.setdefault(frame.claim.sentence, []).append(frame)
    trips = []
    for sentence, dated in by_sentence.items():
        for index, left in enumerate(dated):
            went = departure.search(text, max(sentence[0], left.claim.start - _DEPARTURE_REACH), left.claim.start)
            if went is None:
                continue
            later = [f for f in dated[index + 1:] if back.search(
                text, max(left.claim.end, f.claim.start - _RETURN_REACH), f.claim.start)]
            left_day = _day(left)
            if later and left_day is not None and (_day(later[0]) or left_day) > left_day:
                trips.append(_Trip(_traveller(ctx, sentence, went.start()), went["place"], left, later[0]))
    return trips


def _same_place(stay: str | None, trip: str) -> bool | None:
    """Is a stay "in Lisbon" (or abroad: ``None``) the trip's "to Lisbon"? None when it may be: a country or a
    region may hold a place that is neither ("in Portugal", "to Lisbon"), which the gazetteer cannot tell;
    two countries, or two towns, are two places.

    >>> _same_place("Lisbon", "Lisbon"), _same_place("Portugal", "Lisbon"), _same_place("Portugal", "Spain")
    (True, None, False)
    """
    if stay is None or stay == trip:
        return True
    wide = countries() | {name.lower() for name in regions()}
    return None if stay.lower() in wide and trip.lower() not in wide else False


def _same_person(a: Entity | None, b: Entity | None) -> bool | None:
    if a is None or b is None:
        return None
    if a is b:
        return True
    x, y = set(a.name.split()), set(b.name.split())
    return x <= y or y <= x


def _dated_apart(ctx: CheckContext, duration: Frame, trips: list[_Trip]) -> bool:
    """Does the length's sentence date something outside every trip ("his five years in Lisbon as a student,
    from 1994")? Then the stay is dated on its own, and is no trip told elsewhere."""
    for frame in ctx.frames.in_sentence(duration):
        day = _day(frame) if frame.claim.type == "date" else None
        if day is not None and not any(_day(t.left) <= day <= (_day(t.back) or day) for t in trips):  # type: ignore[operator]
            return True
    return False


def stays(ctx: CheckContext, params: dict[str, Any]) -> HitIterator:
    """Each length of a stay that no departure and return of its person and place fit."""
    from verify.checks.spans import _between, _hit

    tolerance = float(params.get("tolerance", 1))
    trips = _trips(ctx)
    if not trips:
        return
    _, _, owner, where = _patterns()
    text = ctx.document.text
    for duration in ctx.frames.of_type("duration"):
        value = duration.claim.value
        claim = duration.claim
        if value.get("age") or value.get("relation") or value.get("range") or value.get("unit") not in _UNITS or \
                owner.search(text, max(claim.sentence[0], claim.start - 30), claim.start) is None:
            continue
        place = where.match(text, claim.end, claim.sentence[1])
        if place is None:
            continue
        stay_place = None if place["away"] else place["place"]
        if _dated_apart(ctx, duration, trips):
            continue  # "his five years in Lisbon in the 1990s": a stay of its own
        candidates = [(t, _same_person(duration.entity, t.traveller), _same_place(stay_place, t.place))
                      for t in trips if t.left.claim.sentence != claim.sentence]
        candidates = [(t, person and where) for t, person, where in candidates
                      if person is not False and where is not False]
        if not candidates:
            continue
        stated, unit = float(value["amount"]), str(value["unit"])
        fits = []
        for trip, same in candidates:
            start, end = _day(trip.left), _day(trip.back)
            assert start is not None and end is not None
            gap = min(_between(start, end, unit), key=lambda g: abs(g - stated))
            fits.append((abs(gap - stated), gap, trip, same))
        misfit, gap, trip, same = min(fits, key=lambda fit: fit[0])
        if misfit <= tolerance:
            continue
        hit = _hit(duration, trip.left, trip.back, gap, tolerance, weak=same is None)
        hit.fields["duration"] = quoted(claim)
        yield hit

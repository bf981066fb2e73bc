"""``span-mismatch``: how long something lasted against the dates it began and ended.

"The 9-day lockout, which began on 3 November, ended on 20 November" lasted 17 days, not 9; "She
held the post for 30 years, until she retired in 2010" after taking it in 1984 held it 26. A
duration written as a span — "the 9-day lockout", "for 30 years" — is read with the date its sentence
gives for the end ("until", "ended on", "retired in") and the date given for the start: in its
sentence after "began", "started", "from" or "since" (a stated start), else any date told before it
in its sentence or the sentence before (an inferred start: the finding is reported at ``info``
unless no such date fits either). A post kept "for 19 years" after a sentence that takes it up and
names one date ("In 1971 the trustees gave her the post. She led it for 19 years, until …") has that
date as its stated start. A span whose sentence dates neither end ("The depot took 27 months to build")
is read with the start and end the next sentence states, both with their cues. Years, months and
weeks are counted as ``date.interval`` counts them, days with either end included; a tolerance of one
unit allows for how people count.

>>> from datetime import date
>>> from verify.document import Document
>>> from verify.extract import extract_claims
>>> from verify.checks.common import CheckContext
>>> doc = Document.from_plain("a.txt", "The 9-day lockout, which began on 3 November 2025, ended on 20 November 2025.")
>>> ctx = CheckContext(doc, extract_claims(doc, date(2025, 11, 21)), date(2025, 11, 21))
>>> [hit.fields["gap"] for hit in spans(ctx, {})]
['17 days']
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any

from verify.checks.common import CheckContext, Hit, HitIterator, quoted
from verify.checks.date import units_between
from verify.checks.stays import stays
from verify.frames.model import Frame
from verify.lexicon import phrase_pattern, table

_UNITS = ("day", "week", "month", "year")
_LEAD = 32  # characters before a date in which its start or end cue stands
_AS_SPAN = re.compile(r"(?:\b(?:for|took|lasted)\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|just\s+)?)$",
                      re.IGNORECASE)
_SAME_SPAN = 2.0  # a span told in the next sentence is this one only within this factor of it
_COMPOUND = re.compile(r"-(?:day|week|month|year)s?$", re.IGNORECASE)  # "the 9-day lockout"


@cache
def _cue(kind: str) -> re.Pattern[str]:
    cues = table("events")["span"][kind]
    return re.compile(rf"\b{phrase_pattern(cues).pattern}\s+(?:on\s+|in\s+|at\s+|the\s+)?$", re.IGNORECASE)


def _day(frame: Frame) -> date | None:
    start = frame.claim.value.get("start")
    return date.fromisoformat(start) if start and frame.claim.value.get("timex") != "PRESENT_REF" else None


def _between(earlier: date, later: date, unit: str) -> list[float]:
    """The gap in ``unit``, as people count it: days with or without both ends, years by month or by year."""
    gap = units_between(earlier, later, unit)
    if unit == "day":
        return [gap, gap + 1]
    return [gap, later.year - earlier.year] if unit == "year" else [gap]


def _led_by(ctx: CheckContext, frame: Frame, kind: str) -> bool:
    start = frame.claim.start
    return _cue(kind).search(ctx.document.text, max(frame.claim.sentence[0], start - _LEAD), start) is not None


def _as_span(ctx: CheckContext, duration: Frame) -> bool:
    claim = duration.claim
    return bool(_COMPOUND.search(claim.text)) or _AS_SPAN.search(
        ctx.document.text, max(claim.sentence[0], claim.start - 20), claim.start) is not None


@cache
def _held() -> re.Pattern[str]:
    """ "She kept it for", "he held the post for": the duration is how long something taken up was kept."""
    verbs = phrase_pattern(table("events")["span"]["held"]).pattern
    return re.compile(rf"\b{verbs}\s+(?:(?:it|them|the\s+[a-z-]+|that\s+[a-z-]+|his\s+[a-z-]+|her\s+[a-z-]+|"
                      rf"their\s+[a-z-]+)\s+)?for\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+)?$",
                      re.IGNORECASE)


@cache
def _taken_up() -> re.Pattern[str]:
    return re.compile(rf"\b{phrase_pattern(table('events')['span']['taken_up']).pattern}\b", re.IGNORECASE)


def _taken_up_before(ctx: CheckContext, duration: Frame, previous: tuple[int, int],
                     earlier: list[Frame]) -> list[Frame]:
    """The start stated one sentence back: "In 1971 the trustees gave her the post. She led it for 19 years,
    until …". The duration must be how long something was kept ("kept it for", "held the post for") and
    the sentence before must take something up ("gave … the job", "was appointed", "took over") and name
    one date, or which date is the start is a guess."""
    text = ctx.document.text
    claim = duration.claim
    if len(earlier) != 1 or _held().search(text, max(claim.sentence[0], claim.start - 40), claim.start) is None:
        return []
    return earlier if _taken_up().search(text, previous[0], previous[1]) else []


def spans(ctx: CheckContext, params: dict[str, Any]) -> HitIterator:
    tolerance = float(params.get("tolerance", 1))
    sentences = ctx.text.sentences
    order = {sentence: index for index, sentence in enumerate(sentences)}
    dates_by_sentence: dict[tuple[int, int], list[Frame]] = {}
    for frame in ctx.frames.of_type("date"):
        if _day(frame) is not None:
            dates_by_sentence.setdefault(frame.claim.sentence, []).append(frame)
    for duration in ctx.frames.of_type("duration"):
        value = duration.claim.value
        if value.get("age") or value.get("relation") or value.get("unit") not in _UNITS or \
                not _as_span(ctx, duration):
            continue
        sentence = duration.claim.sentence
        here = dates_by_sentence.get(sentence, [])
        ends = [d for d in here if d.claim.start > duration.claim.end and _led_by(ctx, d, "end")]
        index = order.get(sentence, 0)
        if not ends:
            after = dates_by_sentence.get(sentences[index + 1], []) if index + 1 < len(sentences) else []
            yield from _told_after(ctx, duration, after, tolerance)
            continue
        end = ends[0]
        stated_starts = [d for d in here
                         if d is not end and d.claim.start < end.claim.start and _led_by(ctx, d, "start")]
        earlier = dates_by_sentence.get(sentences[index - 1], []) if index > 0 else []
        inferred = [d for d in [*here, *earlier] if d.claim.start < duration.claim.start and d is not end]
        if not stated_starts and index > 0:
            stated_starts = _taken_up_before(ctx, duration, sentences[index - 1], earlier)
        starts = stated_starts or inferred
        if not starts:
            continue
        stated = float(value["amount"])
        unit = str(value["unit"])
        end_day = _day(end)
        assert end_day is not None
        fits = [(abs(gap - stated), start, gap) for start in starts
                for gap in _between(_day(start) or end_day, end_day, unit)]
        misfit, start, gap = min(fits, key=lambda fit: fit[0])
        if misfit <= tolerance:
            continue
        yield _hit(duration, start, end, gap, tolerance, weak=not stated_starts)
    yield from stays(ctx, params)


def _hit(duration: Frame, start: Frame, end: Frame, gap: float, tolerance: float, *, weak: bool) -> Hit:
    unit = str(duration.claim.value["unit"])
    return Hit([duration.claim, start.claim, end.claim], {
        "duration": quoted(duration.claim), "first": quoted(start.claim), "second": quoted(end.claim),
        "first_date": start.claim.value["start"], "second_date": end.claim.value["start"],
        "gap": f"{round(gap, 1):g} {unit}s", "tolerance": f"{tolerance:g} {unit}"}, weak=weak)


def _told_after(ctx: CheckContext, duration: Frame, after: list[Frame], tolerance: float) -> HitIterator:
    """A span whose sentence names neither end, against the start and end the next sentence states: "The
    plant took 27 months to build. Construction began in June 2022 and finished in June 2024." Both ends
    must be stated with their cues, and the gap within a factor of :data:`_SAME_SPAN` of the span (a
    sentence dating something else, years long, is about another span)."""
    ends = [d for d in after if _led_by(ctx, d, "end")]
    starts = [d for d in after if ends and d.claim.start < ends[0].claim.start and _led_by(ctx, d, "start")]
    if len(starts) != 1:
        return
    start, end = starts[0], ends[0]
    start_day, end_day = _day(start), _day(end)
    if start_day is None or end_day is None or end_day < start_day:
        return
    stated = float(duration.claim.value["amount"])
    unit = str(duration.claim.value["unit"])
    gaps = _between(start_day, end_day, unit)
    if not stated or any(abs(gap - stated) <= tolerance for gap in gaps) or \
            not all(1 / _SAME_SPAN <= gap / stated <= _SAME_SPAN for gap in gaps):
        return
    yield _hit(duration, start, end, min(gaps, key=lambda gap: abs(gap - stated)), tolerance, weak=False)

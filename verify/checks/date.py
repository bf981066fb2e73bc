"""``date``: dates that the calendar, or the time between two events, rules out.

Relations:

- ``weekday-mismatch``: a weekday written beside a date that falls on another day ("Wednesday, May 16,
  2026" was a Saturday);
- ``gap-mismatch``: "N months after X" against the dates of both events. The later event is the one the
  duration's clause tells ("the series A, announced in May, came two months after …"): its date is
  written before the duration in the sentence, or is the date of the same event elsewhere in the
  article. The earlier event follows "after": a date written there ("after a seed round in January"),
  or the date of the event named there ("after the survey", "after it was founded") wherever the
  article gives it. "…, and two years after that, in 1995," counts from the date before to the date
  after. The gap is counted in the duration's own unit, within ``tolerance`` units;
- ``span-mismatch``: how long something lasted against the dates it began and ended (:mod:`.spans`);
- ``record-vs-last-time``: a record told as a span of years ("the lowest for 20 years") against the
  year of the last time it was matched ("the last time … was in 1994"; :mod:`.records`);
- ``month-vs-relative``: a record month ("its busiest November") in the clause of a relative month
  that resolves to another month ("… this month" in December; :mod:`.named_month`);
- ``tense-vs-relative``: a date still to come opening a sentence whose main clause is in the past ("At the
  show later this month, firms were recognised"; :mod:`.tense_dates`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

from verify.checks.common import CheckContext, Hit, HitIterator, quoted
from verify.claims import Claim
from verify.extract.context import WEEKDAY_NAMES
from verify.extract.numbers import parse_number
from verify.frames.events import first_event_in, is_one_off, last_event_in
from verify.frames.model import Frame
from verify.lazy_re import LazyPattern
from verify.lexicon import words

RELATIONS = frozenset({"weekday-mismatch", "gap-mismatch", "span-mismatch", "record-vs-last-time",
                       "month-vs-relative", "tense-vs-relative"})
FIELDS = frozenset({"first", "second", "first_date", "second_date", "event", "weekday",
                    "actual", "duration", "gap", "tolerance", "year", "expected", "month", "way", "verbs"})
_WEEKDAY = LazyPattern(r"\b(" + "|".join(WEEKDAY_NAMES) + r"|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b")
_RESUMPTIVE = LazyPattern(r"\s*(?:that|this|which|it)\b", re.IGNORECASE)  # match(text, pos): no caret
_COUNTED_ON = LazyPattern(r"\b(?:later|earlier)$", re.IGNORECASE)  # "14 years later", "two days earlier"
_DATED_HERE = LazyPattern(r"\s*,?\s*(?:in|on|by)?\s*")  # "9 years later, in 2010"
_COMMA_ONLY = LazyPattern(r"\s*,\s*")  # "in May 2011, 14 months later"
_BRACKETED = LazyPattern(r"\s*\(\s*")  # "next Thursday (4 March)": the date restates the weekday
_NOW_VERB = LazyPattern(rf"\b(?:{'|'.join(sorted(words('tense', 'present.news_verbs')))})\s+$", re.IGNORECASE)
_PERFECT = LazyPattern(r"[^,.;:]{0,60}?\b(?:has|have)\s+(?:just\s+|now\s+)?[a-z]+(?:ed|en|ought|ade|ung)\b",
                       re.IGNORECASE)  # the main clause in the present perfect: "BMW has announced"
_NOW_TEXT = "the article's date"  # the later event of "the move comes two years after …"
_RANGE_JOIN = LazyPattern(r"\s*(?:-|–|—|to|until|through)\s*")  # "March 2001-November 2002", "2001 to 2002"
# A date counted from the article's ("in two weeks", "three years ago"), and the unit it counts in.
# (Either the lead or the tail is written: "in two weeks", "two years ago".)
_COUNTED_FROM_NOW = LazyPattern(r"(?P<lead>(?:in|within)\s+)?[\w\s-]{1,20}?\b(?P<unit>day|week|month|year)s?"
                                r"(?P<tail>\s+(?:ago|from\s+now|hence))?", re.IGNORECASE)
# The date it names, right after it: "in two weeks, on Oct. 30", "three years ago (in 2021)".
_RESTATED = LazyPattern(r"\s*(?:,\s*|\(\s*)(?:on|in)?\s*")
# How far the date a count names may fall outside the day, week, month or year the count reaches: "two
# months ago, in July" may be told on 1 October of a 31 July event.
_SLACK_DAYS = {"day": 1, "week": 3, "month": 30, "year": 365}
_OBJECT_REACH = 90  # characters after "after"/"before" in which the earlier event is named


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


def run(ctx: CheckContext, params: dict[str, Any], policy: object = None, relation: str = "",
        claims: tuple[str, ...] = ()) -> HitIterator:
    if relation == "weekday-mismatch":
        yield from _weekday(ctx)
    elif relation == "gap-mismatch":
        yield from _interval(ctx, params)
        yield from _restated(ctx)
        yield from _counted_from_event(ctx)
    elif relation == "span-mismatch":
        from verify.checks.spans import spans

        yield from spans(ctx, params)
    elif relation == "record-vs-last-time":
        from verify.checks.firsts import firsts
        from verify.checks.records import records

        yield from records(ctx, params)
        yield from firsts(ctx, params)
    elif relation == "month-vs-relative":
        from verify.checks.named_month import named_months

        yield from named_months(ctx)
    elif relation == "tense-vs-relative":
        from verify.checks.tense_dates import tense_mismatches

        yield from tense_mismatches(ctx)


def _weekday(ctx: CheckContext) -> HitIterator:
    """A weekday written with a date: in one phrase ("Wednesday, May 16"), or the date restating the
    weekday in brackets after it ("next Thursday (4 March)", "on Monday (March 7)")."""
    dates = ctx.of_type("date")
    text = ctx.document.text
    for index, claim in enumerate(dates):
        named = _WEEKDAY.search(claim.text)
        if not named:
            continue
        dated = claim
        if not re.search(r"\d", claim.text):
            following = dates[index + 1] if index + 1 < len(dates) else None
            if following is None or not _BRACKETED.fullmatch(text, claim.end, following.start) or \
                    _WEEKDAY.search(following.text) or not re.search(r"\d", following.text):
                continue
            dated = following
        span = _span(dated)
        if not span or span[0] != span[1]:
            continue
        written = [w[:3] for w in WEEKDAY_NAMES].index(named.group(1)[:3])
        if written != span[0].weekday() and not _upcoming(ctx, dated, span[0], written):
            shown = quoted(claim) if dated is claim else f"{quoted(claim)} ({dated.text})"
            yield Hit([claim] if dated is claim else [dated, claim],
                      {"first": shown, "first_date": span[0].isoformat(), "weekday": WEEKDAY_NAMES[written],
                       "actual": WEEKDAY_NAMES[span[0].weekday()]})


def _upcoming(ctx: CheckContext, dated: Claim, day: date, written: int) -> bool:
    """Is a date whose year was guessed the coming occurrence its weekday names? "the Petrenkos plan a dinner
    on Sunday, Sept. 14" in an April story is this September's, a Sunday, though the guess took last year's:
    the weekday settles it when its clause looks ahead (``[future] upcoming_cues`` in ``verify/data/tense.toml``) and
    the coming date is within a year. A past clause ("won on Wednesday 4 March") keeps its finding."""
    if not dated.value.get("year_inferred") or ctx.published is None or day >= ctx.published:
        return False
    try:
        coming = day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return False
    if coming.weekday() != written or (coming - ctx.published).days > 366:
        return False
    text = ctx.document.text
    lead = text[max(dated.sentence[0], dated.start - 40):dated.start]
    lead = re.split(r"\band\b|[,;]", lead)[-1]
    return any(cue in lead.lower().split() for cue in words("tense", "future.upcoming_cues"))


def units_between(earlier: date, later: date, unit: str) -> float:
    """The gap between two days in days, weeks, or calendar months (years as months over twelve).

    >>> units_between(date(2024, 1, 31), date(2024, 3, 1), "month")
    2
    >>> units_between(date(2024, 1, 1), date(2024, 1, 15), "week")
    2.0
    """
    if unit == "day":
        return (later - earlier).days
    if unit == "week":
        return (later - earlier).days / 7
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months if unit == "month" else months / 12


def _dated(frames: list[Frame]) -> list[Frame]:
    return [f for f in frames if f.claim.type == "date" and _span(f.claim) and
            f.claim.value.get("timex") != "PRESENT_REF"]


def _event_elsewhere(ctx: CheckContext, event: str | None, duration: Frame, exclude: set[int]) -> tuple[Frame, ...]:
    """The date the article gives for an event of this kind (the same entity if it names one), or the two
    ends of the one range it gives ("the March 2001-November 2002 downturn"); none when it gives two dates
    that are not one range (which one is meant is unclear)."""
    if event is None:
        return ()
    candidates = [f for f in _dated(ctx.frames.frames) if f.event == event and id(f.claim) not in exclude
                  and "another" not in f.qualifiers]
    same = [f for f in candidates if duration.entity is not None and f.entity is duration.entity]
    chosen = same or candidates
    spans = sorted({(f.claim.value["start"], f.claim.value["end"]) for f in chosen})
    if len(spans) == 1:
        return (chosen[0],)
    if len(spans) != 2:
        return ()
    starts = [f for f in chosen if (f.claim.value["start"], f.claim.value["end"]) == spans[0]]
    ends = [f for f in chosen if f not in starts]
    joined = len(starts) == len(ends) and all(
        _RANGE_JOIN.fullmatch(ctx.document.text, a.claim.end, b.claim.start) for a, b in zip(starts, ends, strict=True))
    return (starts[0], ends[0]) if joined else ()


def _objects_of_other_durations(ctx: CheckContext, duration: Frame, dated: list[Frame]) -> set[int]:
    """Dates that another duration of the sentence relates to ("eight months before the first shipment in
    November"): they are that duration's earlier event, never this one's later event."""
    taken: set[int] = set()
    for other in ctx.frames.near(duration):
        if other is duration or other.claim.type != "duration" or other.claim.start > duration.claim.start or \
                other.claim.sentence != duration.claim.sentence or \
                other.claim.value.get("relation") not in ("after", "before"):
            continue
        following = [f for f in dated if f.claim.start >= other.claim.end]
        if following and following[0].claim.start - other.claim.end <= _OBJECT_REACH:
            taken.add(id(following[0].claim))
    return taken


def _dates_of_sentence_before(ctx: CheckContext, duration: Frame) -> list[Frame]:
    start = duration.claim.sentence[0]
    if start == 0:
        return []
    previous = ctx.document.context.sentence_at(start - 1)
    return _dated([f for f in ctx.frames.before(duration, {"date"}, 6) if f.claim.sentence == previous])


def _gap(duration: Frame, this_event: Frame, other_event: Frame) -> float:
    """The gap between the two events in the duration's unit, read at its best for years left out and for
    a date coarser than the unit ("the 2008 recession" may have begun in any month of 2008)."""
    this_span, other_span = _span(this_event.claim), _span(other_event.claim)
    assert this_span and other_span
    unit = duration.claim.value["unit"]
    stated = float(duration.claim.value["amount"])
    sign = -1 if duration.claim.value.get("relation") == "before" else 1
    best: float | None = None
    for this_start in _years_it_may_be(this_event.claim, this_span[0]):
        for other_start in _years_it_may_be(other_event.claim, other_span[0]):
            gaps = [units_between(other, this, unit) * sign for this in _ends(this_start, this_span, unit)
                    for other in _ends(other_start, other_span, unit)]
            if min(gaps) <= stated <= max(gaps):
                return stated  # some day of each span is that far from some day of the other
            closest = min(gaps, key=lambda g: abs(g - stated))
            best = closest if best is None or abs(closest - stated) < abs(best - stated) else best
    assert best is not None
    return best


_UNIT_DAYS = {"day": 1, "week": 7, "month": 31, "year": 366}


def _ends(start: date, span: tuple[date, date], unit: str) -> tuple[date, ...]:
    """The days a span may be counted from: its first, and its last too when it is coarser than the unit
    (a year for a gap in months); ``start`` is its first day, moved for a left-out year."""
    if (span[1] - span[0]).days < _UNIT_DAYS.get(unit, 366):
        return (start,)
    return start, start + (span[1] - span[0])


def _off_by(gap: float, value: dict[str, Any]) -> float:
    """How far a gap is from what the duration allows: "less than four years" allows any gap under four."""
    stated = float(value["amount"])
    if value.get("bound") == "max":
        return max(0.0, gap - stated)
    if value.get("bound") == "min":
        return max(0.0, stated - gap)
    return abs(gap - stated)


def _misfit(duration: Frame, this_event: Frame, other_event: Frame) -> float:
    return _off_by(_gap(duration, this_event, other_event), duration.claim.value)


def _article_date(ctx: CheckContext, claim: Claim) -> Frame:
    """The publication date as the later event of a gap: the news the article itself reports."""
    assert ctx.published
    day = ctx.published.isoformat()
    return Frame(Claim("date", claim.start, claim.start, {"start": day, "end": day}, text=_NOW_TEXT))


def _events_of(ctx: CheckContext, duration: Frame) -> tuple[Frame, Frame] | None:
    """(the later event, the earlier event) a duration with "after"/"before" relates."""
    text = ctx.document.text
    claim = duration.claim
    sentence = claim.sentence
    in_sentence = _dated([f for f in ctx.frames.near(duration) if f.claim.sentence == sentence])
    objects = _objects_of_other_durations(ctx, duration, in_sentence)
    before = [f for f in in_sentence if f.claim.end <= claim.start and id(f.claim) not in objects]
    after = [f for f in in_sentence if f.claim.start >= claim.end]
    if after and _RESUMPTIVE.match(text, claim.end):
        # "… in 1993, and two years after that, in 1995": from the date before to the date after.
        return (after[0], before[-1]) if before else None
    if after and _COUNTED_ON.search(claim.text) and _DATED_HERE.fullmatch(text, claim.end, after[0].claim.start):
        # "joined in 2001 … 9 years later, in 2010": from the date told just before (this sentence or the
        # one before it) to the date the phrase gives
        # Which date it counts from is not written: any date there that fits keeps it silent.
        anchors = before[::-1] or _dates_of_sentence_before(ctx, duration)
        return (after[0], min(anchors, key=lambda a: _misfit(duration, after[0], a))) if anchors else None
    if before and _COUNTED_ON.search(claim.text) and _COMMA_ONLY.fullmatch(text, before[-1].claim.end, claim.start):
        # "a second store in May 2011, 14 months later": the date told just before counts from one told before it
        # ("in April 2010, six months earlier" counts back); any of those that fits keeps it silent
        dated, anchors = before[-1], before[:-1][::-1] or _dates_of_sentence_before(ctx, duration)
        return (dated, min(anchors, key=lambda a: _misfit(duration, dated, a))) if anchors else None
    later = before[-1] if before else None
    # The earlier event is named in the "after …" phrase, up to the next clause ("after leaving Bradford,").
    phrase_end = re.search(r"[,;:]|\s(?:and|but|while)\s", text[claim.end:sentence[1]])
    reach = min(_OBJECT_REACH, phrase_end.start() if phrase_end else _OBJECT_REACH)
    named_after = text[claim.end:min(sentence[1], claim.end + reach)]
    earlier = after[0] if after and after[0].claim.end - claim.end <= reach else None
    ends: tuple[Frame, ...] = ()
    if earlier is None:
        # the date the main clause goes on to give ("…after proceedings began, in May 2024") is the later event's
        told_after = {id(f.claim) for f in after[:1] if phrase_end is not None
                      and f.claim.start >= claim.end + phrase_end.end()}
        ends = _event_elsewhere(ctx, first_event_in(named_after), duration,
                                ({id(later.claim)} if later else set()) | told_after)
        earlier = ends[0] if ends else None
    if later is None and phrase_end is not None:
        # "Eight months after its founding, it announced a merger in January": the main clause's date
        main = [f for f in after if f.claim.start >= claim.end + phrase_end.end() and f is not earlier]
        later = main[0] if main else None
        if later is None and earlier is not None and ctx.published and claim.value.get("relation") == "after" \
                and _PERFECT.match(text, claim.end + phrase_end.end()):
            later = _article_date(ctx, claim)  # "Under four years after the Kite was introduced, Halden has unveiled …"
    if later is None:
        lead = text[max(sentence[0], claim.start - 80):claim.start]
        cue = last_event_in(lead)
        # Only an event that happens once can be told here and dated elsewhere: "the paper appeared".
        elsewhere = _event_elsewhere(ctx, cue, duration, {id(earlier.claim)} if earlier else set())
        if len(elsewhere) == 1 and elsewhere[0].entity is not None and \
                is_one_off(cue, elsewhere[0].entity.kind.value):
            later = elsewhere[0]
    if later is None and earlier is not None and ctx.published and claim.value.get("relation") == "after" \
            and _NOW_VERB.search(text, max(sentence[0], claim.start - 24), claim.start):
        later = _article_date(ctx, claim)  # "The layoffs come eight months after …": the news reported
    if later is None or earlier is None or later is earlier:
        return None
    if len(ends) == 2:  # a range: "a year after the downturn" may count from either end; the one that fits
        earlier = min(ends, key=lambda end: _misfit(duration, later, end))
    return later, earlier


def _years_it_may_be(claim: Claim, start: date) -> list[date]:
    """A date whose year the article left out ("in November") may be in the year before or after the
    one inferred: the gap it makes is read at its best."""
    if not claim.value.get("year_inferred"):
        return [start]
    found = [start]
    for shift in (-1, 1):
        try:
            found.append(start.replace(year=start.year + shift))
        except ValueError:  # 29 February
            continue
    return found


def _interval(ctx: CheckContext, params: dict[str, Any]) -> HitIterator:
    tolerance = float(params.get("tolerance", 1))
    for duration in ctx.frames.of_type("duration"):
        relation = duration.claim.value.get("relation")
        if relation not in ("after", "before") or duration.claim.value.get("age"):
            continue
        found = _events_of(ctx, duration)
        if found is None:
            continue
        this_event, other_event = found
        unit = duration.claim.value["unit"]
        gap = _gap(duration, this_event, other_event)
        if _off_by(gap, duration.claim.value) > tolerance:
            told = [c for c in (duration.claim, this_event.claim, other_event.claim) if c.text != _NOW_TEXT]
            yield Hit(told, {
                "first": _NOW_TEXT if this_event.claim.text == _NOW_TEXT else quoted(this_event.claim),
                "second": quoted(other_event.claim),
                "first_date": _when(this_event.claim), "second_date": _when(other_event.claim),
                "duration": quoted(duration.claim), "gap": f"{round(gap, 1):g} {unit}s",
                "tolerance": f"{tolerance:g} {unit}"})


# "18 months after", a date counted from the event after it; the clause that names the event, up to its comma
_AFTER_EVENT = LazyPattern(r"(?:.*\s)?(?P<count>[\w,.-]+)\s+(?P<unit>day|week|month|year)s?\s+(?:after|before)$",
                           re.IGNORECASE)  # a hedge before the count ("about 18 months after") is left to the slack
_EVENT_PHRASE = LazyPattern(r"[^,;:.]{3,80}")
_CONTENT_WORD = re.compile(r"[a-z]{5,}")


def _counted_from_event(ctx: CheckContext) -> HitIterator:
    """A date counted from an event the article dated before ("began legal proceedings in June 2022" …
    "The trial opened 18 months after proceedings began, in May 2024") and the date written right after
    the event's phrase: the two must meet, within ``_SLACK_DAYS`` of the count's unit. The count is read
    from the date it was reckoned from only when the event's phrase shares a word with that date's
    sentence ("proceedings"): "18 months after its merger" does not count from a founding year.

    >>> from verify.document import Document
    >>> from verify.extract import extract_claims
    >>> doc = Document.from_plain("a.txt", "Orla Foods began legal proceedings in June 2022. The trial opened "
    ...     "18 months after proceedings began, in May 2024.")
    >>> ctx = CheckContext(doc, extract_claims(doc, date(2025, 1, 29)), date(2025, 1, 29))
    >>> [hit.fields["gap"] for hit in _counted_from_event(ctx)]
    ['23 months']
    """
    text = ctx.document.text
    dated = _dated(ctx.frames.frames)
    for index, counted in enumerate(dated):
        found = _AFTER_EVENT.fullmatch(counted.claim.text)
        if not counted.claim.value.get("anchored") or not found or index + 1 >= len(dated):
            continue
        phrase = _EVENT_PHRASE.match(text, counted.claim.end)
        named = dated[index + 1]
        if phrase is None or not _RESTATED.fullmatch(text, phrase.end(), named.claim.start):
            continue
        anchors = [f for f in dated[:index] if not f.claim.value.get("anchored")]
        if not anchors:
            continue
        anchor, unit = anchors[-1], found["unit"].lower()
        anchor_span, (start, end), (first, last) = _span(anchor.claim), _span(counted.claim), _span(named.claim)  # type: ignore[misc]
        assert anchor_span is not None
        try:
            count = parse_number(found["count"])
        except (ValueError, KeyError, ArithmeticError):
            continue
        if abs(units_between(*sorted((anchor_span[0], start)), unit) - count) > 1:
            continue  # reckoned from another date than the one just before
        event_words = set(_CONTENT_WORD.findall(phrase.group().lower()))
        if not event_words & set(_CONTENT_WORD.findall(text[slice(*anchor.claim.sentence)].lower())):
            continue
        slack = timedelta(days=_SLACK_DAYS[unit])
        if first <= end + slack and start - slack <= last:
            continue
        gap = units_between(*sorted((anchor_span[0], first)), unit)
        yield Hit([counted.claim, named.claim, anchor.claim], {
            "first": quoted(named.claim), "second": quoted(anchor.claim), "first_date": _when(named.claim),
            "second_date": _when(anchor.claim), "duration": quoted(counted.claim),
            "gap": f"{round(gap, 1):g} {unit}s",
            "tolerance": f"{slack.days} days" if unit in ("day", "week") else f"a {unit}"})


def _restated(ctx: CheckContext) -> HitIterator:
    """A date counted from the article's and the date it names right after it ("The board votes in two
    weeks, on Oct. 30" in an article of 9 October: that is three weeks): the two must meet, within
    ``_SLACK_DAYS`` of the count's unit ("three years ago, in 2021" may be told in 2025; "two years ago"
    may not)."""
    if ctx.published is None:
        return
    text = ctx.document.text
    dated = _dated(ctx.frames.frames)
    for counted, named in pairwise(dated):
        found = _COUNTED_FROM_NOW.fullmatch(counted.claim.text)
        if not found or not (found["lead"] or found["tail"]) or \
                not _RESTATED.fullmatch(text, counted.claim.end, named.claim.start) or \
                _COUNTED_FROM_NOW.fullmatch(named.claim.text):
            continue
        unit = found["unit"].lower()
        (start, end), (first, last) = _span(counted.claim), _span(named.claim)  # type: ignore[misc]
        slack = timedelta(days=_SLACK_DAYS[unit])
        if first <= end + slack and start - slack <= last:
            continue
        nearest = last if last < ctx.published else first  # the named date at its nearest to the article's
        gap = units_between(*sorted((ctx.published, nearest)), unit)
        yield Hit([counted.claim, named.claim], {
            "first": _NOW_TEXT, "second": quoted(named.claim), "first_date": ctx.published.isoformat(),
            "second_date": _when(named.claim), "duration": quoted(counted.claim),
            "gap": f"{round(gap, 1):g} {unit}s",
            "tolerance": f"{slack.days} days" if unit in ("day", "week") else f"a {unit}"})

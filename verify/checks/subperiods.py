"""``subperiods-mismatch`` (an :mod:`~verify.checks.aggregate` relation): a figure for a period against
the figures of the same measure for the periods that make it up.

"Output for the twelve months ended June came to 540,000 ounces" and "130,000 ounces in the September quarter,
128,000 in December, 141,000 in March and 151,000 in the June quarter" cannot both be right: the four
quarters add up to 550,000. A whole (a year, a half, a quarter) is checked when figures of its unit
cover its period exactly, one figure for each part and none overlapping another: four quarters of a
year, two halves, the three months of a quarter, a half and two quarters. Each figure stands for the
interval its rounding and hedge allow; the parts' intervals added up must meet the whole's.

Only amounts that add up over time are read so: a flow (output, revenue, a loss, deliveries), never a
level at a moment (a price, a headcount, a debt, a rate) nor a figure per unit ("A$1,040 an ounce").
A quarter named by its last month ("205,600 in December" after "in the September quarter") is that
quarter. Where a part has two candidate figures (the group's and a mine's), the one of the whole's
entity is taken; where that does not decide, the whole is not checked. Word lists are in
``verify/data/arithmetic.toml`` (``[subperiods]``).

>>> from datetime import date
>>> from verify.document import Document
>>> from verify.extract import extract_claims
>>> from verify.checks.common import CheckContext
>>> text = ("Output for the twelve months ended June 30 came to 540,000 ounces. Output was 130,000 ounces in "
...         "the September quarter, 128,000 in December and 141,000 in March. Output was 151,000 ounces in the "
...         "June quarter.")
>>> doc = Document.from_plain("a.txt", text)
>>> ctx = CheckContext(doc, extract_claims(doc, date(2024, 8, 20)), date(2024, 8, 20))
>>> [hit.fields["sum"] for hit in subperiods_mismatch(ctx, {}, Policy())]
['550,000 ounces']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from functools import cache
from typing import Any

from verify.checks.common import CheckContext, Hit, interval, quoted, summed_interval
from verify.frames.model import Frame
from verify.frames.pairs import Policy
from verify.lexicon import phrase_pattern, table

_MAX_PARTS = 12  # a year in months: no whole is split finer than this
_CANDIDATES = 64  # figures of one unit looked at as parts of one whole (a bounded search: linear time)
_QUARTER_ENDS = {3, 6, 9, 12}
_VERB_REACH = 30  # characters before a figure in which a verb of an amount over time is looked for


@cache
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    """(metrics that add up over time, metrics that are a level at a moment)."""
    found = table("arithmetic")["subperiods"]
    return frozenset(found["flow_metrics"]), frozenset(found["level_metrics"])


@cache
def _flow_verbs() -> re.Pattern[str]:
    return re.compile(rf"\b{phrase_pattern(table('arithmetic')['subperiods']['flow_verbs']).pattern}\b", re.IGNORECASE)


def _told_as_flow(text: str, frame: Frame) -> bool:
    """Is the figure the object of a verb of an amount over time ("mined 96,500 ounces")?"""
    low = max(frame.claim.sentence[0], frame.claim.start - _VERB_REACH)
    return _flow_verbs().search(text, low, frame.claim.start) is not None


def span_of(frame: Frame) -> tuple[date, date] | None:
    """The days a figure covers: its stated period, a quarter-end month of a list of quarters widened to
    its quarter ("128,000 in December" after "the September quarter")."""
    period = frame.period
    if period.kind != "stated" or period.start is None or period.end is None:
        return None
    start, end = period.start, period.end
    one_month = start.day == 1 and start.month == end.month and start.year == end.year and \
        (end + timedelta(days=1)).day == 1
    if one_month and "span:quarter" in frame.qualifiers and start.month in _QUARTER_ENDS:
        start = date(start.year, start.month - 2, 1)
    return start, end


def _additive(frame: Frame) -> bool | None:
    """True for a flow, False for a level or a rate, None when its metric says neither."""
    flows, levels = _lists()
    if any(q.startswith("per:") for q in frame.qualifiers) or frame.claim.value.get("ordinal"):
        return False
    metric = frame.metric or ""
    if metric in levels or (frame.family or "") in levels:
        return False
    if metric in flows or (frame.family or "") in flows:
        return True
    return None


def _candidate(frame: Frame) -> bool:
    value = frame.claim.value
    return frame.claim.type in ("money", "quantity") and frame.aspect == "level" and \
        frame.modality == "actual" and not value.get("range") and frame.unit is not None and \
        _additive(frame) is not False and span_of(frame) is not None


_HOLDERS = frozenset({"organisation", "person"})


def _entity_strength(frame: Frame) -> float:
    slot = frame.slot("entity")
    return slot.strength if slot else 1.0


def _held_by_another(whole: Frame, part: Frame) -> bool:
    """Is the part surely another organisation's or person's figure than the whole's (a rival's quarter)?"""
    a, b = whole.entity, part.entity
    return a is not None and b is not None and a is not b and a.kind.value in _HOLDERS and \
        b.kind.value in _HOLDERS and _entity_strength(part) >= 0.7


def _strength(whole: Frame, parts: list[Frame]) -> float:
    """How sure the reading is: the weakest slot other than the entity (the figures are tied by their
    periods and unit), and how surely a part of another entity, or of none said, is the whole's."""
    slots = [s.strength for f in (whole, *parts) for s in f.slots if s.name != "entity"]
    others = [_entity_strength(p) for p in parts if p.entity is not whole.entity]
    return min([*slots, *others], default=1.0)


def _one_for_part(whole: Frame, figures: list[Frame], params: dict[str, Any]) -> Frame | None:
    """The figure that stands for one part of the whole's period: the only one, the one of the whole's
    entity, or the one the others add up to (the quarter's 214,600 ounces, of two mines' 118,200 and
    96,400); None when nothing decides."""
    if len({float(f.claim.value["amount"]) for f in figures}) == 1:
        return figures[0]  # one figure, or one figure told twice
    own = [f for f in figures if whole.entity is not None and f.entity is whole.entity]
    if len(own) == 1:
        return own[0]
    for figure in figures:
        rest = [f for f in figures if f is not figure]
        low, high = interval(figure.claim, params)
        if len(rest) < 2:
            continue
        rest_low, rest_high = summed_interval([f.claim for f in rest], params)
        if rest_low <= high and low <= rest_high:
            return figure
    return None


def _cover(whole: Frame, others: list[Frame], params: dict[str, Any]) -> list[Frame] | None:
    """One figure for each part of the whole's period, the parts following one another from its first
    day to its last, or None when they do not, or when a part has two figures the entity cannot decide."""
    whole_span = span_of(whole)
    assert whole_span is not None
    first, last = whole_span
    by_span: dict[tuple[date, date], list[Frame]] = {}
    for frame in others:
        span = span_of(frame)
        if span is not None and first <= span[0] and span[1] <= last and span != whole_span:
            by_span.setdefault(span, []).append(frame)
    chosen: list[Frame] = []
    day = first
    while day <= last:
        starting = [span for span in by_span if span[0] == day]
        if len(starting) != 1:
            return None  # a gap, or parts of two sizes from one day: no single tiling to add up
        span = starting[0]
        figures = by_span[span]
        figure = _one_for_part(whole, figures, params)
        if figure is None or _held_by_another(whole, figure):
            return None
        chosen.append(figure)
        day = span[1] + timedelta(days=1)
    return chosen if 2 <= len(chosen) <= _MAX_PARTS else None


def subperiods_mismatch(ctx: CheckContext, params: dict[str, Any], policy: Policy) -> Iterator[Hit]:
    """Every whole whose parts, covering its period exactly, add up to what it cannot be."""
    from verify.checks.aggregate import relation_fields

    text = ctx.document.text
    by_unit: dict[str, list[Frame]] = {}
    for frame in ctx.frames.frames:
        if _candidate(frame):
            by_unit.setdefault(str(frame.unit), []).append(frame)
    reported: set[int] = set()
    for unit, frames in by_unit.items():
        frames = frames[:_CANDIDATES]
        for whole in frames:
            if id(whole.claim) in reported:
                continue
            parts = _cover(whole, [f for f in frames if f is not whole], params)
            if parts is None or not any(_additive(f) or _told_as_flow(text, f) for f in (whole, *parts)):
                continue  # nothing says the figures add up over time
            total_low, total_high = interval(whole.claim, params)
            low, high = summed_interval([p.claim for p in parts], params)
            if low <= total_high and total_low <= high:
                continue
            reported.add(id(whole.claim))
            strength = _strength(whole, parts)
            written = sum(float(p.claim.value["amount"]) for p in parts)
            yield Hit([whole.claim, *(p.claim for p in parts)], relation_fields(
                total=quoted(whole.claim), parts=", ".join(quoted(p.claim) for p in parts),
                sum=f"{written:,.0f} {unit}".strip(), whole=whole.period.describe(), first_link=whole.link_text()),
                weak=strength < policy.min_strength, links=[whole.link_text()])


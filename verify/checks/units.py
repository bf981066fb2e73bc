"""``units``: a measure restated in another unit at the wrong factor.

"12 km (7.5 miles)" agrees (12 km is 7.46 miles); "12 km (12 miles)" does not. Both figures stand for
the interval their rounding and hedge allow (:func:`~verify.checks.common.interval`), converted to the
dimension's base unit with the factors of ``verify/data/units.toml``; the two intervals, the first
widened by ``tolerance`` (5 %: writers round a conversion loosely, "100 km (60 miles)"), must meet.
Temperatures convert with their offset and an absolute ``temperature_tolerance`` (1 °C).

A restatement pairs by position, like a currency's (:mod:`verify.checks.conversion`): the nearest
measure of one dimension before it, with a restatement cue ("(", "or", "equivalent to", "about")
and nothing else between them. A later figure of the same entity that repeats the number of a
restated measure in the restatement's unit ("29 km (18 miles) east of the village" … "the village, 29
miles from the epicentre") is that measure with its unit slipped, and is checked against it.

The factors are a small table rather than pint: pint 0.24 takes 0.15–0.21 s to import and about
0.5 s and 27 MB to build its registry and convert once (measured with ``python -X importtime`` and
``/usr/bin/time``), more than a whole check of an article, for the thirty units news stories
restate.

>>> to_base(12, "km"), to_base(1, "mile")
((12000.0, 12000.0), (1609.344, 1609.344))
>>> to_base(86, "°F")
(30.0, 30.0)
>>> dimension("hectares"), dimension("acres"), dimension("staff")
('area', 'area', None)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from typing import Any

from verify.checks.common import CheckContext, Hit, HitIterator, disjoint, interval, quoted
from verify.frames.model import Frame
from verify.frames.pairs import Policy
from verify.lexicon import phrase_pattern, table, words

RELATIONS = frozenset({"conversion-off", "measure-differs"})
FIELDS = frozenset({"first", "second", "expected", "tolerance"})
_QUANTITY = frozenset({"quantity"})
_LOOK_BACK = 3  # measures looked back over for the one a restatement restates
_GAP = 40  # characters a restatement cue may take
_SLIPS = 4  # later figures with a slipped unit checked against one measure
_SLIP_CANDIDATES = 16  # later figures with the measure's number looked at for them
_TEMPERATURE = "temperature"
_OF_WHAT = re.compile(r"^\s+of\s+[a-z]+(?:\s+[a-z]+)?(?=[\s,(])")  # "40 hectares of farmland (99 acres)"
_SCALE_NAMES = re.compile(r"\s+(?P<scale>Celsius|Fahrenheit|centigrade)\b", re.IGNORECASE)


@cache
def _units() -> dict[str, tuple[str, Any]]:
    """Every unit word, with its dimension and size."""
    found: dict[str, tuple[str, Any]] = {}
    for name, sizes in table("units").items():
        if name in ("restatement", "objects"):
            continue
        for unit, size in sizes.items():
            found[unit] = (name, size)
    return found


def _key(unit: str) -> str:
    return unit.lower().replace("º", "°")


def dimension(unit: str) -> str | None:
    """What a unit measures ("length", "area"…), None for what the table does not know."""
    found = _units().get(_key(unit))
    return found[0] if found else None


def to_base(amount: float, unit: str) -> tuple[float, float]:
    """The smallest and largest size of ``amount`` of ``unit`` in its dimension's base unit."""
    name, size = _units()[_key(unit)]
    if name == _TEMPERATURE:
        scale, offset = size
        celsius = (amount - offset) * scale
        return celsius, celsius
    low, high = (size, size) if isinstance(size, float) else size
    return amount * low, amount * high


@cache
def _cue() -> re.Pattern[str]:
    return re.compile(rf"^[\s,]*{phrase_pattern(words('units', 'restatement.cues')).pattern}[\s,]*$", re.IGNORECASE)


@cache
def _negative() -> re.Pattern[str]:
    return re.compile(rf"(?:{phrase_pattern(words('units', 'restatement.negative')).pattern})\s*$", re.IGNORECASE)


def _unit_of(ctx: CheckContext, frame: Frame) -> str | None:
    """The unit a measure is written in; "20 degrees Celsius" is in "degrees celsius"."""
    unit = str(frame.claim.value.get("unit") or "")
    if unit.lower() == "degrees":
        scale = _SCALE_NAMES.match(ctx.document.text, frame.claim.end)
        unit = f"degrees {scale['scale'].lower().replace('centigrade', 'celsius')}" if scale else unit
    return unit if dimension(unit) else None


def _range(ctx: CheckContext, frame: Frame, unit: str, params: dict[str, Any]) -> tuple[float, float]:
    """The base-unit interval a measure allows: its rounding and hedge, below zero after "minus"."""
    low, high = interval(frame.claim, params)
    if _below_zero(ctx, frame):
        low, high = -high, -low
    ends = (*to_base(low, unit), *to_base(high, unit))
    return min(ends), max(ends)


def _below_zero(ctx: CheckContext, frame: Frame) -> bool:
    return bool(_negative().search(ctx.document.text[max(0, frame.claim.start - 8):frame.claim.start]))


def _restates(ctx: CheckContext, first: Frame, second: Frame) -> bool:
    """Does a restatement cue, and nothing else, stand between the two ("12 km (7.5 miles)", "214,600
    ounces of gold, roughly 6.7 tonnes": the hedge is the restatement's own)?"""
    gap = _OF_WHAT.sub("", ctx.document.text[first.claim.end:second.claim.start], count=1)
    if len(gap) > _GAP:
        return False
    return bool(_cue().match(gap)) or (bool(second.claim.value.get("hedge")) and gap.strip(" ,") == "")


def _restatements(ctx: CheckContext) -> list[tuple[Frame, Frame, str, str]]:
    """(measure, restatement, unit, restatement's unit), by position."""
    found = []
    for frame in ctx.frames.of_type("quantity"):
        unit = _unit_of(ctx, frame)
        if unit is None:
            continue
        for earlier in ctx.frames.before(frame, _QUANTITY, _LOOK_BACK)[:1]:
            base = _unit_of(ctx, earlier)
            if base is not None and dimension(base) == dimension(unit) and _key(base) != _key(unit) \
                    and _restates(ctx, earlier, frame):
                found.append((earlier, frame, base, unit))
    return found


@cache
def _object_nouns() -> dict[str, str]:
    """Each noun a measured object is called by, with its group: "line", "route" and "extension" are one."""
    return {noun: group for group, nouns in table("units")["objects"].items() for noun in nouns}


_ATTRIBUTIVE_WORDS = re.compile(r"[ \t-]*(?P<words>[a-z]+(?:[ \t]+[a-z]+){0,2})")
_PLACED_AFTER = re.compile(r"[ \t-]*(?:[a-z]+[ \t]+){0,2}?[a-z]+\s+(?:at|in|near|on|off|outside|of)\s+(?:the\s+)?[A-Z]")
_OBJECT_STRENGTH = 0.8  # one object of its kind measured twice in an article: surely one object
_DEFINITE_BEFORE = re.compile(r"\b(?i:the|its|their|this)\s+(?:[a-z]+\s+)?$")


def _object_of(ctx: CheckContext, frame: Frame) -> tuple[str, str] | None:
    """The group and the noun of the object a measure is written on ("the 290km line", "a 22-kilometre tram
    extension"), when a noun of ``[objects]`` follows it within three words."""
    found = _ATTRIBUTIVE_WORDS.match(ctx.document.text, frame.claim.end)
    nouns = _object_nouns()
    return next(((nouns[word], word) for word in found["words"].split() if word in nouns), None) if found else None


def _object_measures(ctx: CheckContext) -> list[tuple[Frame, Frame, str, str]]:
    """(measure, later measure, unit, later unit): one object measured on its noun in two units ("a
    22-kilometre tram extension" … "The roughly 17-mile line"), the later one written as known ("the"). The
    nearest measure of that object before is the one restated. Only an article that measures no other object
    of that kind up to the later one pairs them: with three, which one is restated is a guess."""
    measures = [(f, _unit_of(ctx, f)) for f in ctx.frames.of_type("quantity")]
    measures = [(f, unit, _object_of(ctx, f)) for f, unit in measures if unit is not None]
    measures = [(f, unit, found) for f, unit, found in measures if found is not None]
    text = ctx.document.text
    found = []
    last: dict[str, tuple[Frame, str]] = {}  # kind → its latest measure so far
    seen: dict[str, int] = {}  # kind → how many measures of it so far
    for later, unit, (kind, _) in measures:
        previous = last.get(kind)
        last[kind] = (later, unit)
        seen[kind] = seen.get(kind, 0) + 1
        # with a third measure of the kind so far, which one is restated is a guess; one introduced later ("a
        # 1GW wind farm to the north") is some other object
        lead = max(later.claim.sentence[0], later.claim.start - 20)
        if previous is None or seen[kind] != 2 or not _DEFINITE_BEFORE.search(text, lead, later.claim.start):
            continue
        earlier, base = previous
        if dimension(base) != dimension(unit) or earlier.claim.sentence == later.claim.sentence or \
                _PLACED_AFTER.match(text, later.claim.end):
            continue  # "The 480MW solar farm at Moree" introduces a farm of its own
        found.append((earlier, later, base, unit))
    return found


def _about_one_thing(ctx: CheckContext, measure: Frame, frame: Frame) -> float | None:
    """How sure it is that ``frame`` is about what ``measure`` is: the same entity (the weaker of the
    two links), one named in the measure's sentence ("29 km east of the village of Marrow" … "Marrow,
    29 miles from the epicentre": the later figure's link). None when nothing ties them: a figure of no
    entity may measure anything ("a second slide, 15 miles east")."""
    if frame.entity is None:
        return None
    if frame.entity is measure.entity:
        return min(measure.strength, frame.strength)
    references = ctx.references
    named = any((found := references.link(m)) is not None and found[0] is frame.entity
                for m in references.between(*measure.claim.sentence))
    return frame.strength if named else None


def _slips(ctx: CheckContext, by_amount: dict[float, tuple[list[Frame], list[int]]], measure: Frame,
           restatement: Frame, unit: str) -> list[tuple[Frame, float]]:
    """Later figures about the measure's subject with its number in the restatement's unit, with how
    sure the link is."""
    found = []
    same, starts = by_amount.get(float(measure.claim.value["amount"]), ([], []))
    later = bisect_right(starts, restatement.claim.end)
    for frame in same[later:later + _SLIP_CANDIDATES]:
        if _key(_unit_of(ctx, frame) or "") == _key(unit):
            strength = _about_one_thing(ctx, measure, frame)
            if strength is not None:
                found.append((frame, strength))
    return found[:_SLIPS]


def _expected(amount: float, first_unit: str, unit: str) -> str:
    """What a measure is in ``unit``, for messages: "7.46 miles", "6.08–6.67 tonnes" (a unit written
    singular on its noun, "the 140-mile route", is named in the plural the table knows)."""
    if f"{_key(unit)}s" in _units():
        unit = f"{unit}s"
    if dimension(unit) == _TEMPERATURE:
        scale, offset = _units()[_key(unit)][1]
        return f"{_figure(to_base(amount, first_unit)[0] / scale + offset)} {unit}"
    low, high = to_base(amount, first_unit)
    per_low, per_high = to_base(1, unit)
    low, high = low / per_high, high / per_low
    if high - low <= 0.005 * abs(high):
        return f"{_figure(low)} {unit}"
    return f"{_figure(low)}–{_figure(high)} {unit}"


def _figure(value: float) -> str:
    """Three significant figures, with thousands separators: 44092.5 → "44,100", 7.456 → "7.46"."""
    return f"{float(f'{value:.3g}'):,g}"


def _widened(span: tuple[float, float], temperature: bool, params: dict[str, Any]) -> tuple[float, float]:
    if temperature:
        slack = float(params.get("temperature_tolerance", 1.0))
        return span[0] - slack, span[1] + slack
    tolerance = float(params.get("tolerance", 0.05))
    low, high = sorted(span)
    return low - abs(low) * tolerance, high + abs(high) * tolerance


def _same_scale(unit: str, other: str) -> bool:
    """Are two units one unit written two ways ("megawatt", "MW")?"""
    return to_base(1, unit) == to_base(1, other)


def _differing_measures(ctx: CheckContext, params: dict[str, Any], policy: Policy) -> HitIterator:
    """One object measured twice in one unit with values no rounding reconciles ("a 420-megawatt solar farm" …
    "The 480MW solar farm")."""
    for measure, later, base, unit in _object_measures(ctx):
        if not _same_scale(base, unit):
            continue
        if disjoint(_range(ctx, measure, base, params), _range(ctx, later, unit, params)):
            yield Hit([later.claim, measure.claim], {
                "first": quoted(measure.claim), "second": quoted(later.claim),
                "expected": _expected(float(measure.claim.value["amount"]), base, unit), "tolerance": ""},
                weak=policy.min_strength > _OBJECT_STRENGTH)


def run(ctx: CheckContext, params: dict[str, Any], policy: Policy | None = None, relation: str = "conversion-off",
        claims: tuple[str, ...] = ("quantity",)) -> HitIterator:
    policy = policy or Policy()
    if relation == "measure-differs":
        yield from _differing_measures(ctx, params, policy)
        return
    by_amount: dict[float, tuple[list[Frame], list[int]]] = {}
    for frame in sorted(ctx.frames.of_type("quantity"), key=lambda f: f.claim.start):
        frames, starts = by_amount.setdefault(float(frame.claim.value["amount"]), ([], []))
        frames.append(frame)
        starts.append(frame.claim.start)
    restated = [(*found, True) for found in _restatements(ctx)]
    objects = [(*found, False) for found in _object_measures(ctx) if not _same_scale(found[2], found[3])]
    for measure, restatement, base_unit, unit, beside in [*restated, *objects]:
        first = _range(ctx, measure, base_unit, params)
        amount = float(measure.claim.value["amount"]) * (-1 if _below_zero(ctx, measure) else 1)
        temperature = dimension(unit) == _TEMPERATURE
        widened = _widened(first, temperature, params)
        tolerance = f"{params.get('temperature_tolerance', 1.0)} °C" if temperature \
            else f"{float(params.get('tolerance', 0.05)) * 100:g} %"
        # a restatement beside its measure is sure, and its unit may slip later; an object's is as sure as one
        slips = _slips(ctx, by_amount, measure, restatement, unit) if beside else []
        for second, strength in [(restatement, 1.0 if beside else _OBJECT_STRENGTH), *slips]:
            if not disjoint(widened, _range(ctx, second, unit, params)):
                continue
            yield Hit([second.claim, measure.claim], {
                "first": quoted(measure.claim), "second": quoted(second.claim),
                "expected": _expected(amount, base_unit, _unit_of(ctx, second) or unit), "tolerance": tolerance},
                weak=strength < policy.min_strength)

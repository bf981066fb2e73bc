"""The pairing service: which frames of an article speak of the same thing.

Every check asks this one index, with a declared :class:`Policy`, instead of deciding "same
thing" itself. Frames are bucketed once by what a policy holds fixed (entity, metric, unit), so
a check never compares every claim with every other: within a bucket, each frame is compared with
at most ``_PER_BUCKET`` earlier frames that say something different.

A pair's strength is the weaker frame's strength times how sure the slots are to agree (periods
merely compatible, a metric matched by its family); a rule reports a pair weaker than its
``min_strength`` at ``info``.

>>> from verify.claims import Claim
>>> from verify.refs.model import Entity
>>> acme = Entity(0, "Acme")
>>> a = Frame(Claim("money", 0, 4, {"amount": 4.8e9, "currency": "EUR"}, id="c1", sentence=(0, 10)),
...           acme, "revenue", unit="EUR")
>>> b = Frame(Claim("money", 20, 24, {"amount": 4.6e9, "currency": "EUR"}, id="c2", sentence=(12, 30)),
...           acme, "revenue", unit="EUR")
>>> [(p.first.claim.id, p.second.claim.id) for p in FrameIndex([a, b]).pairs({"money"}, Policy())]
[('c1', 'c2')]
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields
from itertools import pairwise
from typing import Any

from verify.errors import RuleFileError
from verify.frames.happenings import any_kind
from verify.frames.model import Frame
from verify.frames.periods import same_time

_SPAN_DAYS = {"quarter": range(89, 93), "half": range(181, 185), "year": range(365, 367)}  # a stated period that long


def same_qualifiers(a: Frame, b: Frame) -> bool:
    """Do two frames carry the same qualifiers, a span one names ("span:quarter", from "for the June
    quarter" before the figure) counting as said by the other when that one's stated period is that
    long ("A$1,310 an ounce for the June quarter")?

    The span says how long a period the figure covers; a stated period of that length says it too.
    """
    if a.qualifiers == b.qualifiers:
        return True
    only = a.qualifiers ^ b.qualifiers
    if len(only) != 1:
        return False
    (extra,) = only
    kind, _, span = extra.partition(":")
    lacking = b if extra in a.qualifiers else a
    period = lacking.period
    return kind == "span" and span in _SPAN_DAYS and period is not None and period.kind == "stated" and \
        period.start is not None and period.end is not None and (period.end - period.start).days + 1 in _SPAN_DAYS[span]


_PER_BUCKET = 64  # distinct earlier frames one frame is compared with (a bounded look-back)
_CHOICES = {
    "entity": ("same", "same-or-none", "any"),
    "metric": ("same", "family", "any"),
    "period": ("overlap", "any"),
    "qualifiers": ("same", "any"),
    "modality": ("same", "any"),
    "aspect": ("same", "any"),
    "unit": ("same", "any"),
    "within": ("article", "paragraph", "sentence"),
}


@dataclass(frozen=True, slots=True)
class Policy:
    """What two frames must share to be compared: a rule file's ``[pair]`` table."""

    entity: str = "same"  # "same": one entity; "same-or-none": one entity, or neither has one; "any"
    metric: str = "same"  # "same"; "family": one family ("profit" with "net profit"), weaker; "any"
    period: str = "overlap"  # "overlap": periods that can be one period; "any"
    qualifiers: str = "same"  # "same": the same round, region, segment, rate base; "any"
    modality: str = "same"  # actual vs forecast are never one figure
    aspect: str = "same"  # a change is not a level
    unit: str = "same"  # same currency, counted noun or unit
    within: str = "article"  # "article", "paragraph", "sentence"
    distinct_sentences: bool = True  # two figures of one sentence are a series, not a restatement
    min_strength: float = 0.7  # below this, a finding is reported at info

    @classmethod
    def from_table(cls, table: dict[str, Any], line_of: Any) -> Policy:
        """A policy from a rule file's ``[pair]`` table; ``line_of(key)`` names where a bad key is."""
        known = {f.name for f in fields(cls)}
        for key, value in table.items():
            if key not in known:
                raise RuleFileError(f"{line_of(key)}: [pair] has no setting {key!r} "
                                    f"(known: {', '.join(sorted(known))})")
            if key in _CHOICES and value not in _CHOICES[key]:
                raise RuleFileError(f"{line_of(key)}: [pair] {key} = {value!r}; "
                                    f"choose one of {', '.join(_CHOICES[key])}")
            if key == "min_strength" and not (isinstance(value, int | float) and 0 <= value <= 1):
                raise RuleFileError(f"{line_of(key)}: [pair] min_strength must be a number from 0 to 1")
            if key == "distinct_sentences" and not isinstance(value, bool):
                raise RuleFileError(f"{line_of(key)}: [pair] distinct_sentences must be true or false")
        return cls(**table)


def _unowned_strength(frame: Frame) -> float:
    """A frame's strength without its entity slot (for counts keyed by their happening, not their owner)."""
    return min((slot.strength for slot in frame.slots if slot.name != "entity"), default=1.0)


@dataclass(frozen=True, slots=True)
class Pair:
    """Two frames a policy allows to be compared, the earlier first."""

    first: Frame
    second: Frame
    strength: float
    why: tuple[str, ...] = ()


@dataclass
class FrameIndex:
    """All frames of one article, bucketed once per policy."""

    frames: list[Frame]
    paragraphs: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.by_claim = {id(f.claim): f for f in self.frames}
        self._paragraph_starts = [s for s, _ in self.paragraphs]
        self._by_types: dict[tuple[str, ...], tuple[list[Frame], list[int]]] = {}
        self._by_paragraph: dict[int, list[Frame]] = {}
        self._paragraph_of: dict[int, int] = {}  # id(frame) → its paragraph: the checks ask again and again
        self._by_sentence: dict[tuple[int, object], list[Frame]] = {}
        for frame in self.frames:
            self._paragraph_of[id(frame)] = self.paragraph(frame)
            self._by_paragraph.setdefault(self._paragraph_of[id(frame)], []).append(frame)
            self._by_sentence.setdefault((self._paragraph_of[id(frame)], frame.claim.sentence), []).append(frame)
        # Where a paragraph's frames come in order of their starts (claims do), a look-back can bisect.
        self._sorted_starts = {index: [f.claim.start for f in bucket] for index, bucket in self._by_paragraph.items()
                               if all(a.claim.start <= b.claim.start for a, b in pairwise(bucket))}

    def of(self, claim: object) -> Frame | None:
        return self.by_claim.get(id(claim))

    def of_type(self, *types: str) -> list[Frame]:
        return [f for f in self.frames if f.claim.type in types]

    def _ordered(self, types: set[str] | frozenset[str]) -> tuple[list[Frame], list[int]]:
        key = tuple(sorted(types))
        if key not in self._by_types:
            ordered = sorted((f for f in self.frames if f.claim.type in types), key=lambda f: f.claim.start)
            self._by_types[key] = (ordered, [f.claim.start for f in ordered])
        return self._by_types[key]

    def before(self, frame: Frame, types: set[str] | frozenset[str], limit: int = 8) -> list[Frame]:
        """Up to ``limit`` frames of these types before ``frame``, nearest first (a bounded look-back)."""
        from bisect import bisect_left

        ordered, starts = self._ordered(types)
        index = bisect_left(starts, frame.claim.start)
        return ordered[max(0, index - limit):index][::-1]

    def after(self, frame: Frame, types: set[str] | frozenset[str], limit: int = 8) -> list[Frame]:
        """Up to ``limit`` frames of these types after ``frame``, nearest first (a bounded look-ahead)."""
        from bisect import bisect_right

        ordered, starts = self._ordered(types)
        index = bisect_right(starts, frame.claim.start)
        return ordered[index:index + limit]

    def around(self, frame: Frame, types: set[str] | frozenset[str], limit: int = 8) -> list[Frame]:
        """Up to ``limit`` frames of these types on each side of ``frame``, in document order."""
        return [*self.before(frame, types, limit)[::-1], *self.after(frame, types, limit)]

    def near(self, frame: Frame, paragraphs: int = 0) -> list[Frame]:
        """Frames of the paragraph of ``frame`` and of up to ``paragraphs`` paragraphs before it."""
        here = self.paragraph(frame)
        found: list[Frame] = []
        for index in range(max(here - paragraphs, -1), here + 1):
            found.extend(self._by_paragraph.get(index, ()))
        return found

    def in_sentence(self, frame: Frame) -> list[Frame]:
        """The frames of ``near(frame)`` whose claim has the sentence of ``frame``'s, in the same order."""
        return self._by_sentence.get((self.paragraph(frame), frame.claim.sentence), [])

    def latest_before(self, frame: Frame, paragraphs: int, accept: Callable[[Frame], bool]) -> Frame | None:
        """The last frame of ``near(frame, paragraphs)`` that starts before ``frame`` and that ``accept``
        takes, found from ``frame`` backwards (so a long paragraph is not read whole for each frame)."""
        here = self.paragraph(frame)
        start = frame.claim.start
        for index in range(here, max(here - paragraphs, -1) - 1, -1):
            bucket = self._by_paragraph.get(index, [])
            starts = self._sorted_starts.get(index)
            end = bisect_left(starts, start) if starts is not None else len(bucket)
            for position in range(end - 1, -1, -1):
                candidate = bucket[position]
                if candidate.claim.start < start and accept(candidate):
                    return candidate
        return None

    def paragraph(self, frame: Frame) -> int:
        known = self._paragraph_of.get(id(frame))
        return known if known is not None else bisect_right(self._paragraph_starts, frame.claim.start) - 1

    def _key(self, frame: Frame, policy: Policy) -> tuple[object, ...] | None:
        if policy.entity == "same" and frame.entity is None and frame.occasion is None:
            return None
        if policy.metric != "any" and frame.metric is None:
            return None
        entity: object = frame.entity.id if frame.entity is not None and policy.entity != "any" else None
        if frame.occasion is not None and policy.entity != "any":
            entity = ("occasion", frame.occasion)  # one described occasion, whoever is said to hold it
        metric = None if policy.metric == "any" else (frame.family or frame.metric) if policy.metric == "family" \
            else frame.metric
        unit = frame.unit if policy.unit == "same" else None
        where: object = None
        if policy.within == "paragraph":
            where = self.paragraph(frame)
        elif policy.within == "sentence":
            where = frame.claim.sentence
        return (entity, metric, unit, where)

    def compatible(self, a: Frame, b: Frame, policy: Policy) -> tuple[float, tuple[str, ...]] | None:
        """How strongly two frames of one bucket may be compared under ``policy``, or None."""
        why: list[str] = []
        strength = min(a.strength, b.strength)
        if a.counted and b.counted:  # keyed by what happened to the things counted: whose they are weighs nothing
            strength = min(_unowned_strength(a), _unowned_strength(b))
        if policy.distinct_sentences and a.claim.sentence == b.claim.sentence:
            return None
        if policy.entity == "same-or-none" and (a.entity is None) != (b.entity is None):
            return None
        if policy.metric == "same" and a.metric != b.metric:
            return None
        if policy.metric == "family" and a.metric != b.metric:
            if not (a.family and a.family == b.family and (a.metric == a.family or b.metric == b.family)):
                return None
            strength *= 0.75
            why.append("metric by family")
        if policy.qualifiers == "same" and not same_qualifiers(a, b):
            return None
        if a.counted and b.counted and a.counted != b.counted and not (any_kind(a.counted) or any_kind(b.counted)):
            return None  # taken to hospital: "31 people" may be the "34 passengers", never the "three crew"
        if policy.modality == "same" and a.modality != b.modality:
            return None
        if policy.aspect == "same" and a.aspect != b.aspect:
            return None
        if policy.period == "overlap":
            overlap = same_time(a.period, b.period)
            if overlap == 0.0:
                return None
            if overlap < 1.0:
                why.append("periods compatible, not stated alike")
            strength *= overlap
        return strength, tuple(why)

    def pairs(self, types: set[str] | frozenset[str], policy: Policy,
              distinct: Any = None) -> Iterator[Pair]:
        """Pairs of frames of these claim types that the policy lets one compare, each later frame paired
        with the earlier ones that ``distinct`` (a function of a frame) tells apart — at most
        ``_PER_BUCKET`` of them, so repetitive text stays linear."""
        buckets: dict[tuple[object, ...], tuple[set[object], list[Frame]]] = {}
        for frame in self.frames:
            if frame.claim.type not in types:
                continue
            key = self._key(frame, policy)
            if key is None:
                continue
            seen, order = buckets.setdefault(key, (set(), []))
            for earlier in order[-_PER_BUCKET:]:
                found = self.compatible(earlier, frame, policy)
                if found is not None:
                    yield Pair(earlier, frame, *found)
            marker = distinct(frame) if distinct else id(frame)
            if marker not in seen:
                seen.add(marker)
                order.append(frame)

    def groups(self, types: set[str] | frozenset[str], policy: Policy) -> Iterator[list[Frame]]:
        """Frames of these types that share a bucket, in text order: a whole and its parts are found
        among them (each group at most ``_PER_BUCKET`` long)."""
        buckets: dict[tuple[object, ...], list[Frame]] = {}
        for frame in self.frames:
            if frame.claim.type in types:
                key = self._key(frame, policy)
                if key is not None:
                    buckets.setdefault(key, []).append(frame)
        for group in buckets.values():
            if len(group) > 1:
                yield group[:_PER_BUCKET]

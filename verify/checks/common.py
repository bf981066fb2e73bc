"""Helpers shared by the check kinds: figure intervals, subjects, wording.

A stated figure stands for an interval: "$300 million" for 299.5–300.5
million (the rounding of what is written), "about $300 million" for ±5 %,
"nearly 40%" for 36–42 (a hedge, no bound: as far past it as "about" allows),
"more than 1,200" for 1,200 and up. Two figures contradict only when their
intervals do not meet.

>>> from verify.claims import Claim
>>> exact = Claim("money", 0, 12, {"amount": 300000000, "currency": "USD"}, text="$300 million")
>>> interval(exact, {})
(299500000.0, 300500000.0)
>>> near = Claim("percent", 0, 10, {"amount": 40.0, "approx": True, "bound": "max",
...              "hedge": "nearly"}, text="nearly 40%")
>>> interval(near, {})
(36.0, 42.0)
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any

from verify.claims import Claim
from verify.document import Document
from verify.extract.context import TextContext
from verify.extract.hedges import CLOSE_HEDGES, NEAR_HEDGES
from verify.formats.describe import describe_value

if TYPE_CHECKING:
    from verify.frames.pairs import FrameIndex
    from verify.refs.coref import References

WRITTEN_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")  # a number as written: "1,200.5" (group 1: its decimals)


@dataclass
class CheckContext:
    """What a check may read: the document, its claims and the publication date."""

    document: Document
    claims: list[Claim]
    published: date | None
    text: TextContext = field(init=False)

    def __post_init__(self) -> None:
        self.text = self.document.context

    def of_type(self, *types: str) -> list[Claim]:
        """Claims of these types, in document order (indexed once: checks call this in loops)."""
        if len(types) == 1:
            return self._by_type.get(types[0], [])
        return [c for c in self.claims if c.type in types]

    def in_sentence(self, sentence: tuple[int, int], *types: str) -> list[Claim]:
        """Claims of these types whose sentence is ``sentence``."""
        return [c for t in types for c in self._by_sentence.get((t, sentence), [])]

    @cached_property
    def references(self) -> References:
        """The article's entities and mentions, built once for every check."""
        return self.document.references

    @cached_property
    def frames(self) -> FrameIndex:
        """Every claim's frame, bucketed by the pairing service, built once for every check."""
        from verify.frames.build import build_frames, role_frames
        from verify.frames.pairs import FrameIndex

        if all(claim.frame is not None and claim.frame.claim is claim for claim in self.claims):
            frames = [claim.frame for claim in self.claims] + role_frames(self.document, self.references)
        else:  # claims made elsewhere (a cache, a test): frame them here
            frames = build_frames(self.document, self.claims, self.published, self.references)
        # a figure about several entities ("A and B, the world's two biggest") is compared as each one's
        shared = [replace(frame, entity=other, co_holders=()) for frame in frames for other in frame.co_holders]
        if shared:
            frames = sorted([*frames, *shared], key=lambda frame: frame.claim.start)
        return FrameIndex(frames, self.document.blocks)

    @cached_property
    def _by_type(self) -> dict[str, list[Claim]]:
        table: dict[str, list[Claim]] = {}
        for claim in self.claims:
            table.setdefault(claim.type, []).append(claim)
        return table

    @cached_property
    def _by_sentence(self) -> dict[tuple[str, tuple[int, int]], list[Claim]]:
        table: dict[tuple[str, tuple[int, int]], list[Claim]] = {}
        for claim in self.claims:
            table.setdefault((claim.type, claim.sentence), []).append(claim)
        return table

    def line(self, claim: Claim) -> int:
        return self.document.index.line_column(claim.source_start)[0]

    def dates_in_sentence(self, claim: Claim) -> list[Claim]:
        return self._dates_by_sentence.get(claim.sentence, [])

    @cached_property
    def _dates_by_sentence(self) -> dict[tuple[int, int], list[Claim]]:
        table: dict[tuple[int, int], list[Claim]] = {}
        for claim in self.claims:
            if claim.type == "date":
                table.setdefault(claim.sentence, []).append(claim)
        return table


@dataclass
class Hit:
    """What a check found: the claims involved (primary first), the message fields and any evidence."""

    claims: list[Claim]
    fields: dict[str, Any]
    evidence: list[dict[str, Any]] = field(default_factory=list)
    weak: bool = False  # the sides are tied to one thing only weakly: reported at info
    links: list[str] = field(default_factory=list)  # how each side was tied to its entity


HitIterator = Iterator[Hit]


def precision(claim: Claim) -> float:
    """The rounding unit of a figure as written: "$1.2 billion" → 100 million."""
    amount = float(claim.value["amount"])
    if claim.value.get("fraction"):
        return 10.0  # "half" reads as 45–55 %
    match = WRITTEN_NUMBER.search(claim.text)
    if not match:
        # Written in words: "two billion" is as precise as "2 billion" (a unit of a billion).
        return 10.0 ** math.floor(math.log10(abs(amount))) if amount else 1.0
    written = float(match.group().replace(",", ""))
    decimals = len(match.group(1) or "")
    scale = amount / written if written else 1.0
    return 10.0 ** -decimals * scale


def interval(claim: Claim, params: dict[str, Any]) -> tuple[float, float]:
    """The values a stated figure allows, given its rounding and its hedge."""
    value = claim.value
    amount = float(value["amount"])
    half = precision(claim) / 2
    approx = float(params.get("approx_tolerance", 0.05))
    near = float(params.get("near_tolerance", 0.10))
    hedge = value.get("hedge")
    bound = value.get("bound")
    high_end = float(value.get("max", amount))
    if bound == "max":
        low = amount * (1 - near) if hedge in NEAR_HEDGES else -math.inf
        if hedge in CLOSE_HEDGES and claim.type != "duration":
            # "nearly 900 patients" allows a little past it, as "about 900" does; "almost 40 years old" is
            # no 41-year-old (an age is a whole number of years, known to the year)
            return low, max(amount + half, amount * (1 + approx))
        return low, amount + half
    if bound == "min":
        high = amount * (1 + near) if hedge in NEAR_HEDGES else math.inf
        return amount - half, high
    if value.get("approx"):
        return min(amount - half, amount * (1 - approx)), max(high_end + half, high_end * (1 + approx))
    return amount - half, high_end + half


def summed_interval(claims: Iterable[Claim], params: dict[str, Any]) -> tuple[float, float]:
    """The values the sum of stated figures allows: their intervals (:func:`interval`) added up.

    >>> from verify.claims import Claim
    >>> parts = [Claim("quantity", 0, 0, {"amount": 12}), Claim("quantity", 0, 0, {"amount": 30})]
    >>> [interval(part, {}) for part in parts], summed_interval(parts, {})
    ([(7.0, 17.0), (25.0, 35.0)], (32.0, 52.0))
    """
    low = high = 0.0
    for claim in claims:
        a, b = interval(claim, params)
        low, high = low + a, high + b
    return low, high


def exact(claim: Claim) -> bool:
    """Is a figure written as exact, with no hedge, bound or range ("21 crew", not "about 21")?

    >>> exact(Claim("quantity", 0, 2, {"amount": 21})), exact(Claim("quantity", 0, 8, {"amount": 21, "approx": True}))
    (True, False)
    """
    return not any(claim.value.get(k) for k in ("approx", "hedge", "bound", "range"))


def disjoint(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[1] < b[0] or b[1] < a[0]


def apart_as_written(a: Claim, b: Claim) -> bool:
    """Two plain figures written to the same rounding unit that differ: rounding one value the same way
    twice gives one figure, so "2%" and "3%" (or "$41.2m" and "$41.3m") cannot both be it, although the
    values each allows meet at the half-way point. Hedged, bounded and ranged figures allow more.

    >>> two = Claim("percent", 0, 2, {"amount": 2.0}, text="2%")
    >>> three = Claim("percent", 0, 2, {"amount": 3.0}, text="3%")
    >>> apart_as_written(two, three), apart_as_written(two, two)
    (True, False)
    >>> apart_as_written(two, Claim("percent", 0, 2, {"amount": 2.5}, text="2.5%"))
    False
    """
    loose = ("approx", "hedge", "bound", "range", "max", "fraction")
    if any(a.value.get(key) or b.value.get(key) for key in loose):
        return False
    unit = precision(a)
    if not math.isclose(unit, precision(b), rel_tol=1e-9):
        return False
    return abs(float(a.value["amount"]) - float(b.value["amount"])) >= unit * (1 - 1e-9)


def years_between(start: date, day: date) -> int:
    """Whole years from ``start`` to ``day`` (an anniversary on 29 February falls on 1 March).

    >>> years_between(date(2020, 2, 29), date(2021, 2, 28)), years_between(date(2020, 2, 29), date(2021, 3, 1))
    (0, 1)
    """
    return day.year - start.year - ((day.month, day.day) < (start.month, start.day))


def describe(claim: Claim) -> str:
    """'"$290 million" (290,000,000 USD)' for messages."""
    return f"\"{' '.join(claim.text.split())}\" ({describe_value(claim.type, claim.value)})"


def quoted(claim: Claim) -> str:
    return f"\"{' '.join(claim.text.split())}\""


def percent_text(ratio: float) -> str:
    """0.0123 → '1.2 %'."""
    return f"{ratio * 100:.1f} %"

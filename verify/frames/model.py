"""Frames: what each claim says about what.

A claim holds a typed value ("€4.8bn"); its frame says whose value it is (an entity), what it
measures (a metric), when it holds (a period), in what unit, with which qualifiers (a funding
round, a region, the list a rank is on), in which modality (actual, forecast), and how far each
slot can be trusted. Two claims are compared only through their frames.

>>> from verify.claims import Claim
>>> frame = Frame(Claim("money", 0, 5, {"amount": 5e6, "currency": "EUR"}), metric="revenue", unit="EUR")
>>> frame.strength, frame.period.kind
(1.0, 'current')
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from verify.claims import Claim
from verify.refs.model import Entity


@dataclass(frozen=True, slots=True)
class Period:
    """When a figure holds.

    ``kind`` is "stated" (a date written in the clause, sentence or paragraph: ``start``/``end``
    hold it), "prior" (an earlier, unnamed period: "from €4.3bn", "a year earlier") or "current"
    (nothing said: the time of writing).
    """

    kind: str = "current"
    start: date | None = None
    end: date | None = None
    source: str = "publication"  # "clause", "sentence", "paragraph", "from-to", "publication"

    def describe(self) -> str:
        if self.kind == "stated" and self.start and self.end:
            return self.start.isoformat() if self.start == self.end else f"{self.start} … {self.end}"
        return self.kind


@dataclass(frozen=True, slots=True)
class Slot:
    """How one slot was filled: shown in findings and used to weigh a pair."""

    name: str  # "entity", "metric", "period", …
    reason: str
    strength: float = 1.0


@dataclass(frozen=True)
class Frame:
    """One claim in context."""

    claim: Claim
    entity: Entity | None = None
    metric: str | None = None  # key from verify/data/metrics.toml, or a counted noun; "age", "rank", "role", …
    family: str | None = None  # metrics of one family may be confused by a bare family word ("profit")
    period: Period = field(default_factory=Period)
    unit: str | None = None  # "EUR", "%", "cases", "year"
    qualifiers: frozenset[str] = frozenset()  # "round:series b", "in:norway", "per:share", "list:world"
    modality: str = "actual"  # "actual" | "forecast" | "hypothetical"
    aspect: str = "level"  # "level" | "change" (a percentage change) | "share" (a share of a whole)
    slots: tuple[Slot, ...] = ()
    event: str | None = None  # for dates: the event the date belongs to ("founded", "born")
    # for dates: one occasion named by a description ("the vote", "the settlement"); for a count, what happened
    # to its things ("count:evacuated": "230 homes were evacuated")
    occasion: str | None = None
    role: str | None = None  # for roles: the office
    # Other entities the same figure is about: "Halden Re and Rask Re, the two largest reinsurers" ranks both.
    co_holders: tuple[Entity, ...] = ()
    counted: str | None = None  # for a count of a happening: the noun it counts ("passengers", "people")

    @property
    def strength(self) -> float:
        """The weakest slot: a frame is as trustworthy as its least certain part."""
        return min((slot.strength for slot in self.slots), default=1.0)

    def slot(self, name: str) -> Slot | None:
        return next((slot for slot in self.slots if slot.name == name), None)

    @property
    def entity_name(self) -> str | None:
        return self.entity.name if self.entity else None

    def link_text(self) -> str:
        """How the frame's entity was found, for messages: '"the company" → Acme (description; …)'."""
        entity = self.slot("entity")
        return entity.reason if entity else ""

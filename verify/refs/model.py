"""The types of the reference layer: mentions, the links between them, and entities.

A *mention* is a stretch of prose that refers to something: a name ("Anna van Berg"), a short
name ("Berg", "Corvane"), a description ("the company", "the 24-year-old"), a pronoun ("its",
"she"). An *entity* is what several mentions refer to. Each mention that is not the entity's own
name is tied to it by a *link* that records which sieve made it, why, and how far it can be
trusted (``strength``, 0–1).

>>> m = Mention(0, 4, "Acme", Form.NAME, "Acme")
>>> m.kind, m.possessive
(<Kind.UNKNOWN: 'unknown'>, False)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    """What an entity is. Inferred from the evidence around its mentions, never from one pattern."""

    PERSON = "person"
    ORGANISATION = "organisation"
    PLACE = "place"
    GROUP = "group"
    WORK = "work"
    EVENT = "event"
    UNKNOWN = "unknown"


class Form(StrEnum):
    """How a mention refers."""

    NAME = "name"  # the entity's name as written, titles split off
    SHORT = "short"  # a surname or the first word of an organisation's name
    DESCRIPTION = "description"  # "the company", "the Oslo-based lender", "the 24-year-old"
    PRONOUN = "pronoun"  # "it", "its", "she", "her", "we" (inside a quote)


@dataclass(frozen=True, slots=True)
class Mention:
    """A referring expression, with prose offsets."""

    start: int
    end: int
    text: str
    form: Form
    head: str  # the name; or the description's head noun; or the pronoun, lower case
    kind: Kind = Kind.UNKNOWN  # the kind the words themselves imply ("the company", "she")
    possessive: bool = False  # "Acme's", "its", "the company's"
    role: str | None = None  # an office written with it: "finance chief Anna van Berg"
    gender: str | None = None  # "f" / "m" where the words say so (pronoun, honorific)
    in_quote: bool = False  # inside a quoted remark ("our" there is the speaker's side)
    indefinite: bool = False  # "a rival", "another investor": someone not named before
    named: tuple[str, ...] = ()  # capitalised words inside a description: "the Oslo utility" → ("Oslo",)
    scope: str | None = None  # the place owning a description: "the UK's biggest lender" → "UK"
    led_by: int | None = None  # where the owner of a led team is written: "Oyelaran's side" → Oyelaran's offset


@dataclass(frozen=True, slots=True)
class Link:
    """Why a mention refers to its entity."""

    sieve: str  # "name", "alias", "short name", "apposition", "description", "pronoun", "we-in-quote"
    strength: float
    reason: str  # shown in findings: 'description; last organisation named'


@dataclass
class Entity:
    """One thing the article talks about, with every mention that refers to it."""

    id: int
    name: str  # the fullest name used
    kind: Kind = Kind.UNKNOWN
    gender: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    descriptors: set[str] = field(default_factory=set)  # heads of appositions: "startup", "lender"

    @property
    def short_names(self) -> set[str]:
        """The single words other mentions may use for it: a person's surname, an organisation's first word."""
        words = self.name.split()
        if len(words) < 2:
            return set()
        return {words[-1]} if self.kind == Kind.PERSON else {words[0]}

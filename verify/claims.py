"""The claim: one figure, date, ranking or quote stated in an article.

Extractors produce claims with *prose* offsets; the pipeline maps them to
source offsets once (``source_start``/``source_end``) before anything is
rendered.

>>> c = Claim("percent", 10, 13, {"amount": 40.0})
>>> c.type, c.status
('percent', 'unchecked')
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

CLAIM_TYPES = ("money", "quantity", "percent", "date", "duration", "ranking", "quote", "role")
# "role" claims are internal: an office given to a person, compared by attribution rules, never listed in reports.


@dataclass(slots=True)
class Claim:
    """A claim; ``value`` follows the contract for its ``type``.

    Slots, not an instance dictionary: a dense draft has a claim every few characters, and the
    dictionary was about a third of what each one cost in memory.
    """

    type: str
    start: int  # prose offsets
    end: int
    value: dict[str, Any]
    subject: str | None = None
    id: str = ""
    text: str = ""  # the exact source characters, set with the source span
    source_start: int = -1
    source_end: int = -1
    status: str = "unchecked"
    # Context for the consistency rules, not part of the contract.
    entity: str | None = None
    head: str | None = None
    sentence: tuple[int, int] = (0, 0)
    extra: dict[str, Any] = field(default_factory=dict)
    frame: Any = field(default=None, repr=False, compare=False)  # verify.frames.model.Frame, set at extraction

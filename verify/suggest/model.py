"""What a suggested correction is: which claim to change, to what, and why.

>>> from verify.claims import Claim
>>> claim = Claim("money", 0, 14, {"amount": 131e6, "currency": "USD"}, id="c2", text="US$131 million",
...               source_start=10, source_end=24)
>>> fix = Suggestion(claim, "US$110 million", "A$148 million at 0.741 USD per AUD is US$109.7 million")
>>> fix.span, fix.applicable
((10, 24), False)
"""

from __future__ import annotations

from dataclasses import dataclass

from verify.claims import Claim


@dataclass(frozen=True)
class Suggestion:
    """Replace the source text of ``claim`` (``claim.text``, at its source span) with ``replacement``.

    ``why`` is the arithmetic, for the editor. ``applicable`` marks the unambiguous kind, a restatement
    of the same amount in another currency or unit, which ``verify check --apply-suggestions`` may
    write; every other suggestion is the editor's call.
    """

    claim: Claim
    replacement: str
    why: str
    applicable: bool = False

    @property
    def span(self) -> tuple[int, int]:
        return self.claim.source_start, self.claim.source_end

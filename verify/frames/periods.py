"""The period slot: when a figure holds.

The nearest date written in the figure's clause, else in its sentence, sets the period; a figure
introduced as the earlier side of a comparison ("from €4.3bn", "up from 31%", "compared with 12
a year earlier") holds for a *prior* period unless a date of its own says which; anything else
holds *now*, at the time of writing.

>>> from datetime import date
>>> from verify.claims import Claim
>>> text = "Sales rose to €5bn from €4bn."
>>> period_of(text, Claim("money", 24, 27, {}), (0, 29), (0, 29), []).kind
'prior'
>>> period_of(text, Claim("money", 14, 18, {}), (0, 29), (0, 29), []).kind
'current'
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from verify.claims import Claim
from verify.frames.model import Period
from verify.lexicon import phrase_pattern, table


@cache
def _prior_before() -> re.Pattern[str]:
    phrases = phrase_pattern(table("frames")["comparison"]["prior_before"]).pattern
    return re.compile(rf"\b{phrases}\s+(?:(?:the|a|an|its|their|his|her|about|around|nearly|roughly|just|some)\s+)*$",
                      re.IGNORECASE)


@cache
def _prior_after() -> re.Pattern[str]:
    phrases = phrase_pattern(table("frames")["comparison"]["prior_after"]).pattern
    return re.compile(rf"^[\s,]*(?:in\s+|at\s+)?{phrases}\b", re.IGNORECASE)


def _span(claim: Claim) -> tuple[date, date] | None:
    start, end = claim.value.get("start"), claim.value.get("end")
    if not start or not end or claim.value.get("timex") == "PRESENT_REF":
        return None
    return date.fromisoformat(start), date.fromisoformat(end)


def _nearest(claim: Claim, dates: list[Claim], low: int, high: int) -> Claim | None:
    inside = [d for d in dates if low <= d.start and d.end <= high and _span(d) and d is not claim]
    if not inside:
        return None
    return min(inside, key=lambda d: d.start - claim.end if d.start >= claim.end else (claim.start - d.end) + 0.5)


def period_of(text: str, claim: Claim, clause: tuple[int, int], sentence: tuple[int, int],
              dates: list[Claim]) -> Period:
    """The period of the figure ``claim``; ``dates`` are the date claims of its sentence."""
    lead = text[max(clause[0], claim.start - 24):claim.start]
    prior = bool(_prior_before().search(lead)) or bool(_prior_after().match(text, claim.end, clause[1]))
    near = _nearest(claim, dates, *clause)
    if near is not None and not (prior and near.start < claim.start):
        span = _span(near)
        assert span
        return Period("stated", span[0], span[1], "clause")
    if prior:
        return Period("prior", source="comparison")
    near = _nearest(claim, dates, *sentence)
    if near is not None:
        span = _span(near)
        assert span
        return Period("stated", span[0], span[1], "sentence")
    return Period()


def same_time(a: Period, b: Period) -> float:
    """How compatible two periods are: 1.0 the same, 0.0 different, in between when unclear.

    >>> same_time(Period(), Period()), same_time(Period("prior"), Period())
    (1.0, 0.0)
    >>> same_time(Period("stated", date(2019, 1, 1), date(2019, 12, 31)), Period())
    0.9
    """
    if a.kind == "stated" and b.kind == "stated":
        assert a.start and a.end and b.start and b.end
        return 1.0 if a.start <= b.end and b.start <= a.end else 0.0
    if a.kind == b.kind:
        return 1.0 if a.kind == "current" else 0.7  # two prior periods may be different earlier periods
    if "prior" in (a.kind, b.kind):
        return 0.0 if "current" in (a.kind, b.kind) else 0.5
    return 0.9

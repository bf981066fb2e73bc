"""``number``: one subject stated with two different figures.

Two money amounts (same currency), percentages or quantities (same unit)
conflict when they share a subject (the same entity, head noun and funding
round), stand in different sentences (two figures for one subject in one
sentence are a series or a contrast, "rose to €4.8bn from €4.3bn", "8%, below
the 10% target", and are not compared at all), no date
in their sentences tells them apart, and their intervals (see
:func:`verify.checks.common.interval`) do not meet. "$1.2 billion" equals
"$1,200 million"; "about $300 million" allows $296 million; "nearly 40%" and
"almost half" conflict. Figures without an entity are never compared.
"""

from __future__ import annotations

import re
from typing import Any

from verify.checks.common import CheckContext, Hit, HitIterator, describe, disjoint, interval
from verify.claims import Claim
from verify.lazy_re import LazyPattern

_FROM_TO = LazyPattern(r"\b(?:from|to)\s*$", re.IGNORECASE)
FIELDS = frozenset({"first", "second", "subject", "first_line", "second_line"})


def _unit(claim: Claim) -> str:
    return str(claim.value.get("currency") or claim.value.get("unit") or "%")


def _same_time(ctx: CheckContext, a: Claim, b: Claim) -> bool:
    dates_a, dates_b = ctx.dates_in_sentence(a), ctx.dates_in_sentence(b)
    if not dates_a or not dates_b:
        return True
    spans_a = {(d.value.get("start"), d.value.get("end")) for d in dates_a}
    spans_b = {(d.value.get("start"), d.value.get("end")) for d in dates_b}
    return bool(spans_a & spans_b)


def _in_from_to_series(ctx: CheckContext, claim: Claim) -> bool:
    """Is the figure one end of "from X to Y" / "to Y from X" in its sentence?"""
    text = ctx.document.text

    def marked(c: Claim) -> bool:
        return bool(_FROM_TO.search(text, max(c.sentence[0], c.start - 10), c.start))

    return marked(claim) and any(
        other is not claim and other.type == claim.type and other.sentence == claim.sentence
        and _unit(other) == _unit(claim) and marked(other) for other in ctx.claims)


_FUNDING = {"round", "investment", "funding", "financing", "raise"}
_ROUND_LABEL = re.compile(r"\b(?:series [a-h]\d?|pre-seed|seed)\b")


def _key(claim: Claim) -> tuple[str, ...] | None:
    """What must match for two figures to be about the same thing, or None when unclear.

    The same entity, funding round and metric (round/investment/funding are one
    metric); a figure without an entity is compared only by a round label
    ("series C"), which names one event.
    """
    if not claim.head or not claim.subject or claim.value.get("range"):
        return None
    label = _ROUND_LABEL.search(claim.subject.lower())
    if not claim.entity and not label:
        return None
    head = "funding" if claim.head in _FUNDING else claim.head
    entity = claim.entity.lower() if claim.entity and not label else ""
    return (claim.type, entity, label.group() if label else "", head, _unit(claim))


def run(ctx: CheckContext, params: dict[str, Any]) -> HitIterator:
    groups: dict[tuple[str, ...], list[Claim]] = {}
    for claim in ctx.of_type("money", "percent", "quantity"):
        key = _key(claim)
        if key is not None and not _in_from_to_series(ctx, claim):
            groups.setdefault(key, []).append(claim)
    for claims in groups.values():
        per_sentence: dict[tuple[int, int], int] = {}
        for claim in claims:
            per_sentence[claim.sentence] = per_sentence.get(claim.sentence, 0) + 1
        # Two figures for one subject in one sentence ("rose to €4.8bn from €4.3bn") are a series.
        claims = [c for c in claims if per_sentence[c.sentence] == 1]
        # Earlier figures that say the same thing (same interval, same dates) need one comparison:
        # keeping one of each keeps a text that repeats a figure 1,000 times linear.
        seen: dict[tuple[object, ...], Claim] = {}
        for later in claims:
            for earlier in seen.values():
                if earlier.sentence != later.sentence and _same_time(ctx, earlier, later) and disjoint(
                        interval(earlier, params), interval(later, params)):
                    yield Hit([later, earlier], {
                        "first": describe(earlier), "second": describe(later),
                        "subject": later.subject, "first_line": ctx.line(earlier),
                        "second_line": ctx.line(later)})
                    break
            dates = tuple(sorted((d.value.get("start") or "", d.value.get("end") or "")
                                 for d in ctx.dates_in_sentence(later)))
            seen.setdefault((interval(later, params), dates), later)

"""Announced partitions (a ``parts-exceed-total`` source of :mod:`~verify.checks.aggregate`): a count
told place by place after the number of places ("The dead were all in four counties, 40 in Avonley, 22 in
Brisk, 15 in Corran and 6 in Dunmere") names every place, so its parts add up to the whole of that count
at that time — which the article may state in another sentence ("the death toll climbed to at least 87").

A partition is read only when the number of places counted is the number of parts listed, each part a
figure "in" a named place, and nothing in the clause makes it partial ("most of the dead were in …";
``partial_partition_cues`` in ``verify/data/arithmetic.toml``). What the parts count is a counted metric
(``subject_counts`` in ``verify/data/frames.toml``): the first part's own noun ("40 deaths in Avonley"),
else the one the sentence's opening names ("The dead", "Deaths"). The whole is a figure of that metric
elsewhere in the article, of the same entity (or of none, as the parts), confined to no part, at the
partition's time; when
any such figure fits the parts' sum, nothing is said (the article may give the toll twice, once rounded).

>>> from datetime import date
>>> from verify.document import Document
>>> from verify.extract import extract_claims
>>> from verify.checks.common import CheckContext
>>> doc = Document.from_plain("a.txt", "The death toll climbed to 87 on Friday. "
...     "All the dead were in three counties, 40 in Avonley, 22 in Brisk and 15 in Corran.")
>>> ctx = CheckContext(doc, extract_claims(doc, date(2025, 2, 14)), date(2025, 2, 14))
>>> [hit.fields["sum"] for hit in partition_totals(ctx, {})]
['77 deaths']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import cache
from typing import Any

from verify.checks.aggregate import CONFINING
from verify.checks.common import CheckContext, Hit, disjoint, exact, interval, quoted, summed_interval
from verify.claims import Claim
from verify.extract.counts import names_places
from verify.frames.metrics import counted_metric, counted_subject
from verify.frames.model import Frame, Period
from verify.lexicon import phrase_pattern, words

_MAX_PLACES = 12  # a partition longer than this is a table, not a sentence
_IN_PLACE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z]")
_BETWEEN_PARTS = re.compile(r"[^.!?\d]{0,60}?(?:[,:;—–]|\band\b)\s*(?:and\s+)?$")  # "… in Brisk and " before a part


@cache
def _partial() -> re.Pattern[str]:
    return re.compile(rf"\b{phrase_pattern(words('arithmetic', 'partial_partition_cues')).pattern}\b",
                      re.IGNORECASE)


def partition_totals(ctx: CheckContext, params: dict[str, Any], strength_floor: float = 0.6) -> Iterator[Hit]:
    """Partitions whose parts' sum fits no whole of their metric stated elsewhere in the article."""
    frames = ctx.frames
    by_claim = {id(f.claim): f for f in frames.frames}
    for places in ctx.of_type("quantity"):
        found = _partition(ctx, places)
        if found is None:
            continue
        metric, parts = found
        first = by_claim.get(id(parts[0]))
        if first is None:
            continue
        wholes = [f for f in frames.frames if _whole_of(f, metric, first, places.sentence, ctx.published)]
        if not wholes:
            continue
        summed = _summed(parts, params)
        if any(not disjoint(summed, interval(w.claim, params)) for w in wholes):
            continue
        whole = min(wholes, key=lambda w: abs(w.claim.start - places.start))
        strength = whole.strength * 0.9  # the parts are tied to the whole by their metric alone
        yield Hit([whole.claim, *parts], {
            "total": quoted(whole.claim), "parts": ", ".join(quoted(p) for p in parts),
            "sum": f"{sum(float(p.value['amount']) for p in parts):,.0f} {whole.unit or ''}".strip(),
            "first_link": whole.link_text()}, weak=strength < strength_floor, links=[whole.link_text()])


def _summed(parts: list[Claim], params: dict[str, Any]) -> tuple[float, float]:
    """The values the parts' sum allows. A count written to its last unit ("44", "151") is exact: the
    rounding :func:`~verify.checks.common.interval` allows a figure would let three exact counts miss a
    whole by one and a half.

    >>> from verify.claims import Claim
    >>> _summed([Claim("quantity", 0, 2, {"amount": 44}, text="44"), Claim("quantity", 0, 3, {"amount": 150},
    ...          text="150")], {})
    (193.5, 194.5)
    """
    low = high = 0.0
    for part in parts:
        amount = float(part.value["amount"])
        to_the_unit = amount.is_integer() and amount % 10 and exact(part) and part.text.strip().isdigit()
        a, b = (amount, amount) if to_the_unit else summed_interval([part], params)
        low, high = low + a, high + b
    return low, high


def _partition(ctx: CheckContext, places: Claim) -> tuple[str, list[Claim]] | None:
    """The metric and parts of the partition a count of places opens, or None."""
    count = places.value.get("amount")
    if not names_places(str(places.value.get("unit", ""))) or places.value.get("approx") or \
            not isinstance(count, int | float) or not 2 <= count <= _MAX_PLACES:
        return None
    text = ctx.document.text
    sentence = places.sentence
    if _partial().search(text, sentence[0], places.start):
        return None
    parts: list[Claim] = []
    end = places.end
    for claim in ctx.in_sentence(sentence, "quantity"):
        if claim.start < end:
            continue
        if not _IN_PLACE.match(text, claim.end) or not _BETWEEN_PARTS.fullmatch(text, end, claim.start):
            break
        parts.append(claim)
        end = claim.end
    if len(parts) != count:
        return None
    if parts[0].value.get("unit_inherited"):
        return None  # "killed 212 people in three provinces: 150 in …": the whole is in the sentence (count.listed)
    unit = str(parts[0].value.get("unit") or "")
    metric = counted_metric(unit)[0] if unit else counted_subject(text, sentence[0], places.start)
    return (metric, parts) if metric in words("frames", "subject_counts") else None


def _whole_of(frame: Frame, metric: str, part: Frame, sentence: tuple[int, int], published: date | None) -> bool:
    """Is ``frame`` a whole of ``metric`` for the partition whose first part is ``part``?"""
    claim = frame.claim
    return (claim.type == "quantity" and frame.metric == metric and claim.sentence != sentence
            and frame.aspect == "level" and frame.modality == "actual" and not claim.value.get("range")
            and frame.entity is part.entity
            and not any(q.split(":")[0] in CONFINING for q in frame.qualifiers)
            and _same_time(frame.period, part.period, published))


def _same_time(whole: Period, part: Period, published: date | None) -> bool:
    """Do two periods meet? An undated ("current") figure stands at the publication date.

    >>> day = Period("stated", date(2025, 2, 14), date(2025, 2, 14))
    >>> _same_time(day, Period(), date(2025, 2, 14)), _same_time(day, Period(), date(2025, 2, 15))
    (True, False)
    """
    def span(period: Period) -> tuple[date, date] | None:
        if period.kind == "stated" and period.start and period.end:
            return period.start, period.end
        if period.kind == "current" and published:
            return published, published
        return None

    a, b = span(whole), span(part)
    return a is not None and b is not None and a[0] <= b[1] and b[0] <= a[1]

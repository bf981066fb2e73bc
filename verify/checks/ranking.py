"""``ranking``: ranks that contradict each other. Facets (``params.facet``):

- ``conflict``: one entity given two different ranks on the same kind of list
  ("finished third" … "missing the podium by one place", which is fourth),
  unless dates in their sentences tell the rankings apart. Race results
  ("finished", "came", "podium") and standings ("ranked", "No.", "top 10") are
  different lists.
- ``top``: a rank outside a stated "top N" or podium for the same entity.
"""

from __future__ import annotations

from typing import Any

from verify.checks.common import CheckContext, Hit, HitIterator, quoted
from verify.claims import Claim

FIELDS = frozenset({"first", "second", "entity", "first_rank", "second_rank", "top"})


def _same_time(ctx: CheckContext, a: Claim, b: Claim) -> bool:
    dates_a = {d.value.get("start") for d in ctx.dates_in_sentence(a)}
    dates_b = {d.value.get("start") for d in ctx.dates_in_sentence(b)}
    return not dates_a or not dates_b or bool(dates_a & dates_b)


def _pairs(ctx: CheckContext) -> list[tuple[Claim, Claim]]:
    """Ranks of one entity on one kind of list (race results or standings), in different
    sentences (two ranks in one sentence are a series: "fourth last year, third this year")."""
    groups: dict[tuple[str | None, str | None], dict[tuple[object, ...], Claim]] = {}
    pairs = []
    for later in ctx.of_type("ranking"):
        if not later.entity:
            continue
        # One earlier claim per distinct (value, dates) is enough: repetitive text stays linear.
        seen = groups.setdefault((later.entity, later.head), {})
        for earlier in seen.values():
            if earlier.sentence != later.sentence and _same_time(ctx, earlier, later):
                pairs.append((earlier, later))
        dates = tuple(sorted(d.value.get("start") or "" for d in ctx.dates_in_sentence(later)))
        seen.setdefault((tuple(sorted(later.value.items())), dates), later)
    return pairs


def run(ctx: CheckContext, params: dict[str, Any]) -> HitIterator:
    facet = params.get("facet", "conflict")
    reported: set[str] = set()
    for earlier, later in _pairs(ctx):
        if later.id in reported:
            continue
        a, b = earlier.value, later.value
        fields = {"first": quoted(earlier), "second": quoted(later), "entity": later.entity,
                  "first_rank": a.get("rank", ""), "second_rank": b.get("rank", ""),
                  "top": a.get("top") or b.get("top") or ""}
        if facet == "conflict" and "rank" in a and "rank" in b and a["rank"] != b["rank"]:
            reported.add(later.id)
            yield Hit([later, earlier], fields)
        elif facet == "top":
            rank = a.get("rank") or b.get("rank")
            top = a.get("top") or b.get("top")
            if rank and top and rank > top:
                fields["first_rank"] = rank
                reported.add(later.id)
                yield Hit([later, earlier], fields)

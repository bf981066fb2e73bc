"""``age``: ages against founding or birth years, and against spans of time.

Facets (``params.facet``):

- ``founding``: "a six-year-old company" or "Lindholm, 29," against "founded
  in 2020" / "born in 1998" for the same entity, given the publication date
  (an age of N allows a start N or N+1 years before publication).
- ``span``: a stated age against a span of the same entity's history that must
  fit inside it ("a two-year-old startup … for more than five years").
"""

from __future__ import annotations

from typing import Any

from verify.checks.common import CheckContext, Hit, HitIterator, quoted
from verify.claims import Claim

FIELDS = frozenset({"age", "event", "entity", "year", "expected", "span"})


def _ages(ctx: CheckContext) -> list[Claim]:
    return [c for c in ctx.of_type("duration") if c.value.get("age") and c.entity]


def _founding(ctx: CheckContext) -> HitIterator:
    if ctx.published is None:
        return
    events = [c for c in ctx.of_type("date") if c.head == "found" and c.value.get("start")]
    for age in _ages(ctx):
        if age.value["unit"] != "year":
            continue
        for event in events:
            sentence_entities = {e.name for e in ctx.text.entities_between(*event.sentence)}
            named = {ctx.text.canonical(n) for n in sentence_entities}
            if age.entity not in named and event.entity != age.entity:
                continue
            first_year = int(event.value["start"][:4])
            last_year = int(event.value["end"][:4])
            youngest = ctx.published.year - last_year - 1
            oldest = ctx.published.year - first_year
            stated = int(age.value["amount"])
            if not youngest <= stated <= oldest:
                expected = f"{youngest}" if youngest == oldest else f"{max(youngest, 0)}–{oldest}"
                yield Hit([age, event], {
                    "age": quoted(age), "event": quoted(event), "entity": age.entity,
                    "year": event.value["start"][:4], "expected": expected})
                break


def _span(ctx: CheckContext) -> HitIterator:
    spans = [c for c in ctx.of_type("duration")
             if not c.value.get("age") and c.value.get("bound") != "max"
             and c.value["unit"] == "year"]
    for age in _ages(ctx):
        if age.value["unit"] != "year":
            continue
        oldest = float(age.value["amount"]) + 1
        for span in spans:
            entities = {ctx.text.canonical(e.name) for e in ctx.text.entities_between(*span.sentence)}
            if age.entity not in entities:
                continue
            if float(span.value["amount"]) > oldest:
                yield Hit([span, age], {"age": quoted(age), "span": quoted(span),
                                        "entity": age.entity, "event": quoted(span),
                                        "year": "", "expected": f"at most {oldest:g} years"})
                break


def run(ctx: CheckContext, params: dict[str, Any]) -> HitIterator:
    if params.get("facet") == "span":
        yield from _span(ctx)
    else:
        yield from _founding(ctx)

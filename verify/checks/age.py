"""``age``: ages against founding or birth years, and against spans of time.

Facets (``params.facet``):

- ``founding``: "a six-year-old company" or "Lindholm, 29," against "founded
  in 2020" / "born in 1998" for the same entity, given the publication date
  (an age of N allows a start N or N+1 years before publication).
- ``span``: a stated age against a span of the same entity's history that must
  fit inside it ("a two-year-old startup … for more than five years").
"""

from __future__ import annotations

import re
from typing import Any

from verify.checks.common import CheckContext, Hit, HitIterator, quoted
from verify.claims import Claim

FIELDS = frozenset({"age", "event", "entity", "year", "expected", "span"})


def _ages(ctx: CheckContext, *, need_entity: bool = True) -> list[Claim]:
    return [c for c in ctx.of_type("duration") if c.value.get("age") and (c.entity or not need_entity)]


# The founding or birth date itself: "founded in 2021", "born in 1990", "established in March 1994".
_FOUNDED_BEFORE = re.compile(r"\b(?:founded|established|incorporated|born|started|created|set\s+up)\b"
                             r"(?:\s+\w+){0,5}?\s+(?:in|on)\s+(?:the\s+)?$", re.IGNORECASE)
_THE_COMPANY = re.compile(r"\b(?:the|this)\s+(?:company|firm|startup|start-up|group)\b", re.IGNORECASE)


def _entities_in(ctx: CheckContext, sentence: tuple[int, int]) -> set[str]:
    names = {ctx.text.canonical(e.name) for e in ctx.text.entities_between(*sentence)}
    if _THE_COMPANY.search(ctx.document.text, sentence[0], min(sentence[1], sentence[0] + 2000)):
        main = ctx.main_organisation
        if main:
            names.add(main)
    return names


def _founding(ctx: CheckContext) -> HitIterator:
    if ctx.published is None:
        return
    text = ctx.document.text
    events = [c for c in ctx.of_type("date") if c.head == "found" and c.value.get("start")
              and c.value.get("timex") != "PRESENT_REF"
              and _FOUNDED_BEFORE.search(text, max(c.sentence[0], c.start - 50), c.start)]
    # Index the events once by sentence and by the entities they concern (linear in the text).
    by_sentence: dict[tuple[int, int], list[Claim]] = {}
    by_entity: dict[str, list[Claim]] = {}
    for event in events:
        by_sentence.setdefault(event.sentence, []).append(event)
        for name in _entities_in(ctx, event.sentence) | ({event.entity} if event.entity else set()):
            by_entity.setdefault(name, []).append(event)
    checked: set[tuple[object, ...]] = set()
    for age in _ages(ctx, need_entity=False):
        if age.value["unit"] != "year":
            continue
        candidates = by_sentence.get(age.sentence, []) + (by_entity.get(age.entity, []) if age.entity else [])
        key = (age.entity, age.value["amount"], age.sentence if not age.entity else None)
        if key in checked:
            continue
        checked.add(key)
        for event in candidates:
            first_year = int(event.value["start"][:4])
            last_year = int(event.value["end"][:4])
            youngest = ctx.published.year - last_year - 1
            oldest = ctx.published.year - first_year
            stated = int(age.value["amount"])
            if not youngest <= stated <= oldest:
                expected = f"{youngest}" if youngest == oldest else f"{max(youngest, 0)}–{oldest}"
                yield Hit([age, event], {
                    "age": quoted(age), "event": quoted(event), "entity": age.entity or "it",
                    "year": event.value["start"][:4], "expected": expected})
                break


def _span(ctx: CheckContext) -> HitIterator:
    spans = [c for c in ctx.of_type("duration")
             if not c.value.get("age") and c.value.get("bound") != "max"
             and c.value["unit"] == "year"]
    by_entity: dict[str, list[Claim]] = {}
    for span in spans:
        for name in _entities_in(ctx, span.sentence):
            by_entity.setdefault(name, []).append(span)
    checked: set[tuple[object, ...]] = set()
    for age in _ages(ctx):
        if age.value["unit"] != "year" or (age.entity, age.value["amount"]) in checked:
            continue
        checked.add((age.entity, age.value["amount"]))
        oldest = float(age.value["amount"]) + 1
        for span in by_entity.get(age.entity, []):
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

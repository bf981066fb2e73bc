"""Named relations between two frames: what makes a pair a contradiction.

A relation takes the earlier and the later frame of a pair and the rule's parameters, and returns
the message fields of a contradiction, or None when the two agree. Rule files name them
(``relation = "values-disjoint"``); :data:`RELATIONS` is the closed set a rule may name.

>>> from verify.claims import Claim
>>> from verify.frames.model import Frame
>>> a = Frame(Claim("money", 0, 5, {"amount": 4.8e9, "currency": "EUR"}, text="€4.8bn"), metric="revenue")
>>> b = Frame(Claim("money", 9, 14, {"amount": 4.6e9, "currency": "EUR"}, text="€4.6bn"), metric="revenue")
>>> RELATIONS["values-disjoint"](a, b, {})["second"]
'"€4.6bn" (4,600,000,000 EUR)'
>>> RELATIONS["values-disjoint"](a, a, {}) is None
True
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from verify.checks.common import describe, disjoint, interval, quoted
from verify.frames.model import Frame

Relation = Callable[[Frame, Frame, dict[str, Any]], dict[str, Any] | None]


def subject_of(frame: Frame) -> str:
    """What the two sides are about, for messages: "Acme revenue (series B)"."""
    parts = [frame.entity_name or "", frame.metric or ""]
    labels = sorted(q.split(":", 1)[1] for q in frame.qualifiers if q.startswith(("round:", "in:", "for:", "per:")))
    text = " ".join(p for p in parts if p)
    return f"{text} ({', '.join(labels)})" if labels else text


def values_disjoint(first: Frame, second: Frame, params: dict[str, Any]) -> dict[str, Any] | None:
    """Two statements of one figure whose values, with their rounding and hedges, cannot both hold."""
    a, b = first.claim, second.claim
    if a.value.get("range") or b.value.get("range"):
        return None
    if not disjoint(interval(a, params), interval(b, params)):
        return None
    return {"first": describe(a), "second": describe(b), "subject": subject_of(second)}


def ranks_differ(first: Frame, second: Frame, params: dict[str, Any]) -> dict[str, Any] | None:
    a, b = first.claim.value, second.claim.value
    if "rank" not in a or "rank" not in b or a["rank"] == b["rank"]:
        return None
    return {"first": quoted(first.claim), "second": quoted(second.claim), "entity": second.entity_name or "",
            "first_rank": a["rank"], "second_rank": b["rank"], "top": ""}


def rank_outside_top(first: Frame, second: Frame, params: dict[str, Any]) -> dict[str, Any] | None:
    a, b = first.claim.value, second.claim.value
    rank = a.get("rank") or b.get("rank")
    top = a.get("top") or b.get("top")
    if not rank or not top or rank <= top or ("rank" in a) == ("rank" in b):
        return None
    return {"first": quoted(first.claim), "second": quoted(second.claim), "entity": second.entity_name or "",
            "first_rank": rank, "second_rank": "", "top": top}


RELATIONS: dict[str, Relation] = {
    "values-disjoint": values_disjoint,
    "ranks-differ": ranks_differ,
    "rank-outside-top": rank_outside_top,
}

"""``consistency``: two statements about one thing that cannot both be true.

The rule file says which claims are compared (``claims``), what makes two of them one thing (its
``[pair]`` policy, asked of the pairing service) and what makes them disagree (its ``relation``,
from :mod:`verify.checks.relations`). A pair linked only weakly is reported at ``info``.
"""

from __future__ import annotations

from typing import Any

from verify.checks.common import CheckContext, Hit, HitIterator
from verify.checks.relations import RELATIONS as _ALL_RELATIONS
from verify.frames.model import Frame
from verify.frames.pairs import Policy

RELATIONS = frozenset({"values-disjoint", "ages-differ", "currency-slip", "ranks-differ", "rank-outside-top",
                       "dates-disjoint", "age-vs-start", "age-then-vs-now", "span-exceeds-age", "roles-incompatible",
                       "office-shared", "rank-vs-figures"})
FIELDS = frozenset({"first", "second", "subject", "entity", "first_rank", "second_rank", "top", "inside",
                    "first_date", "second_date", "event", "age", "span", "year", "expected", "person",
                    "first_link", "second_link", "figure", "peer", "way"})


def _distinct(frame: Frame) -> tuple[object, ...]:
    """Frames that say the same thing need one comparison each (repetitive text stays linear)."""
    value = frame.claim.value
    owner = frame.entity.id if frame.entity is not None else None  # one office said of two people is two things
    return (tuple(sorted((k, str(v)) for k, v in value.items())), frame.period, owner)


def run(ctx: CheckContext, params: dict[str, Any], policy: Policy | None = None, relation: str = "",
        claims: tuple[str, ...] = ()) -> HitIterator:
    policy = policy or Policy()
    if relation == "rank-vs-figures":
        from verify.checks.superlatives import rank_figures

        for hit in rank_figures(ctx, params, policy.min_strength):
            hit.fields.update({name: "" for name in FIELDS - hit.fields.keys()})
            yield hit
        return
    relate = _ALL_RELATIONS[relation]
    params = {**params, "published": ctx.published}
    reported: set[int] = set()
    for pair in ctx.frames.pairs(set(claims), policy, _distinct):
        if id(pair.second.claim) in reported or (id(pair.first.claim) in reported and relation.startswith("age")):
            continue
        fields = relate(pair.first, pair.second, params)
        if fields is None:
            continue
        primary = fields.pop("primary", pair.second)
        other = pair.first if primary is pair.second else pair.second
        reported.add(id(primary.claim))
        fields = {"first_link": other.link_text(), "second_link": primary.link_text(), **fields}
        for name in FIELDS - fields.keys():
            fields[name] = ""
        yield Hit([primary.claim, other.claim], fields, weak=pair.strength < policy.min_strength,
                  links=[primary.link_text(), other.link_text()])

"""``number.mismatch``, ``ranking.conflict``, ``quote.altered``: which other statements agree with each side.

Two statements of one figure that disagree say nothing about which is right; a third statement does.
When other statements of the same thing (paired with the sides under the rule's own ``[pair]`` policy,
as strongly as the rule requires) agree with one side and none with the other, the odd one is
restated as the other side ("€172 million" → "€127 million", because "€127 million" is stated again
on line 4). For a quote, another quotation of the remark that has one side's words and not the
other's points to the odd one. When nothing settles it, no correction is offered.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from verify.checks.common import disjoint, interval
from verify.claims import Claim
from verify.suggest.figures import restate
from verify.suggest.model import Suggestion

if TYPE_CHECKING:
    from verify.checks.common import CheckContext
    from verify.frames.pairs import Policy


def _line(ctx: CheckContext, claim: Claim) -> int:
    return ctx.document.index.line_column(claim.source_start)[0]


def agreeing(ctx: CheckContext, types: tuple[str, ...], policy: Policy) -> dict[int, list[Claim]]:
    """For every claim (by ``id``), the claims the pairing service compares with it as strongly as the
    policy requires; built once per article and rule."""
    neighbours: dict[int, list[Claim]] = defaultdict(list)
    for pair in ctx.frames.pairs(set(types), policy):
        if pair.strength >= policy.min_strength:
            neighbours[id(pair.first.claim)].append(pair.second.claim)
            neighbours[id(pair.second.claim)].append(pair.first.claim)
    return neighbours


def _agrees(a: Claim, b: Claim, params: dict) -> bool:
    if "rank" in a.value or "rank" in b.value:
        return a.value.get("rank") == b.value.get("rank")
    if a.type == "duration" or b.type == "duration":  # lengths of one occasion, in days: "six weeks" is 41 days
        from verify.checks.relations import duration_days

        x, y = duration_days(a, params), duration_days(b, params)
        return x is not None and y is not None and not disjoint(x, y)
    if a.value.get("range") or b.value.get("range"):
        return False
    return not disjoint(interval(a, params), interval(b, params))


def _support(side: Claim, other: Claim, compared: list[Claim], params: dict) -> list[Claim]:
    """Statements that agree with ``side`` and disagree with ``other``."""
    return [c for c in compared if c is not other and c is not side and c.text
            and _agrees(c, side, params) and not _agrees(c, other, params)]


def suggest_agreement(ctx: CheckContext, neighbours: dict[int, list[Claim]], first: Claim, second: Claim,
                      params: dict) -> list[Suggestion]:
    """Restate the side no other statement agrees with as the side others do agree with."""
    support = {id(side): _support(side, other, neighbours.get(id(side), []) + neighbours.get(id(other), []),
                                  params) for side, other in ((first, second), (second, first))}
    backed = [side for side in (first, second) if support[id(side)]]
    if len(backed) != 1:
        return []
    right = backed[0]
    odd = second if right is first else first
    if right.type == "duration" and right.value.get("unit") != odd.value.get("unit"):
        return []  # "six weeks" is not restated in days
    target = right.value.get("rank", right.value.get("amount"))
    replacement = restate(odd, float(target)) if target is not None else None
    if not replacement or replacement == odd.text:
        return []
    witnesses = support[id(right)]
    where = ", ".join(f"\"{' '.join(w.text.split())}\" on line {_line(ctx, w)}" for w in witnesses[:3])
    return [Suggestion(odd, replacement, f"{len(witnesses) + 1} statements agree with "
                                         f"\"{' '.join(right.text.split())}\" (line {_line(ctx, right)}; {where}); "
                                         f"only this one says \"{' '.join(odd.text.split())}\"")]


def suggest_quote(claims: list[Claim], first: Claim, second: Claim) -> list[Suggestion]:
    """Another quotation of the remark that has one side's words (verbatim, or as an excerpt) and not the
    other's points to the odd one; it is given the other side's words, in its own quotation marks."""
    from verify.checks.quote import normalise

    a, b = normalise(first.value["quote"]), normalise(second.value["quote"])

    def holds(words: str, quote: str) -> bool:
        return bool(quote) and (quote in words or words in quote)

    witnesses: dict[int, list[Claim]] = {id(first): [], id(second): []}
    for claim in claims:
        if claim.type != "quote" or claim is first or claim is second:
            continue
        words = normalise(claim.value["quote"])
        if len(words.split()) < 3:
            continue
        if holds(a, words) and not holds(b, words):
            witnesses[id(first)].append(claim)
        elif holds(b, words) and not holds(a, words):
            witnesses[id(second)].append(claim)
    backed = [side for side in (first, second) if witnesses[id(side)]]
    if len(backed) != 1:
        return []
    right = backed[0]
    odd = second if right is first else first
    old, new = odd.value["quote"], right.value["quote"]
    if old not in odd.text:
        return []
    tail = len(old) - len(old.rstrip(",.;:!?"))
    replacement = odd.text.replace(old, new.rstrip(",.;:!?") + (old[-tail:] if tail else ""), 1)
    if replacement == odd.text:
        return []
    count = len(witnesses[id(right)])
    return [Suggestion(odd, replacement, f"{count} other quotation{'s' if count > 1 else ''} of this remark "
                                         f"{'have' if count > 1 else 'has'} the words of the other side")]

"""One claim per stretch of text: where an extractor's patterns overlap, the leftmost, then the
longest, match stands.

>>> from verify.claims import Claim
>>> found = [Claim("quantity", 4, 9, {}), Claim("quantity", 0, 6, {}), Claim("quantity", 0, 3, {})]
>>> [(c.start, c.end) for c in leftmost_longest(found)]
[(0, 6)]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from verify.claims import Claim


def leftmost_longest(found: Iterable[Claim], *, first: Callable[[Claim], bool] | None = None) -> list[Claim]:
    """The claims that do not overlap an earlier-starting (or, at one start, longer) one, in order.

    ``first`` marks claims that win at their start whatever their length.
    """
    found = list(found)
    if len(found) < 2:
        return found
    ranked = sorted(found, key=lambda c: (c.start, not first(c) if first else False, -(c.end - c.start)))
    kept: list[Claim] = []
    for claim in ranked:
        if not kept or claim.start >= kept[-1].end:
            kept.append(claim)
    return kept

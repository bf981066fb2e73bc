"""Hedge words before a figure: "nearly 40%", "more than $5m", "under three years".

A hedge marks the figure approximate; ``bound`` says which side the true
value lies on when the hedge is one-sided.

>>> hedge_info("nearly")
{'approx': True, 'bound': 'max', 'hedge': 'nearly'}
>>> hedge_info("More  than"), hedge_info("about")
({'approx': True, 'bound': 'min', 'hedge': 'more than'}, {'approx': True, 'hedge': 'about'})
"""

from __future__ import annotations

_LOWER_BOUND = ("more than", "over", "at least", "upwards of", "in excess of", "just over",
                "above", "north of", "no less than", "at minimum")
_UPPER_BOUND = ("nearly", "almost", "less than", "under", "up to", "at most", "just under",
                "close to", "fewer than", "below", "not quite", "shy of", "no more than",
                "as much as", "as many as")
_AROUND = ("about", "around", "approximately", "roughly", "some", "an estimated", "estimated",
           "circa", "c.", "~", "approx.", "or so", "an approximate", "almost exactly")

# Longest first so "just over" wins over "over".
HEDGE = r"(?i:" + "|".join(
    sorted((h.replace(".", r"\.").replace(" ", r"\s+") for h in
            (*_LOWER_BOUND, *_UPPER_BOUND, *_AROUND) if h != "~"), key=len, reverse=True)
) + r")\b\s*|~\s*"


def hedge_info(hedge: str | None) -> dict[str, object]:
    """Value keys added for a hedge (empty when there is none)."""
    if not hedge:
        return {}
    word = " ".join(hedge.lower().split())
    if word in _LOWER_BOUND:
        return {"approx": True, "bound": "min", "hedge": word}
    if word in _UPPER_BOUND:
        return {"approx": True, "bound": "max", "hedge": word}
    return {"approx": True, "hedge": word}


# One-sided hedges that still mean "close to" the figure ("nearly 40%" is not 5%).
NEAR_HEDGES = frozenset({"nearly", "almost", "close to", "just under", "not quite", "shy of",
                         "just over", "upwards of"})

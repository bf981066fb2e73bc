"""Hedge words before a figure: "nearly 40%", "more than $5m", "under three years".

A hedge marks the figure approximate; ``bound`` says which side the true
value lies on when the hedge is one-sided.

>>> hedge_info("nearly")
{'approx': True, 'bound': 'max', 'hedge': 'nearly'}
>>> hedge_info("More  than"), hedge_info("about")
({'approx': True, 'bound': 'min', 'hedge': 'more than'}, {'approx': True, 'hedge': 'about'})
"""

from __future__ import annotations

import re

_LOWER_BOUND = ("more than", "over", "at least", "upwards of", "in excess of", "just over",
                "above", "north of", "no less than", "at minimum")
_UPPER_BOUND = ("nearly", "almost", "less than", "under", "up to", "at most", "just under",
                "close to", "fewer than", "below", "not quite", "shy of", "no more than",
                "as much as", "as many as")
_AROUND = ("about", "around", "approximately", "roughly", "some", "an estimated", "estimated",
           "circa", "c.", "~", "approx.", "or so", "an approximate", "almost exactly")

# Longest first so "just over" wins over "over"; a hedge ending in a letter must end its word
# ("c." and "approx." end in their dot).
HEDGE = r"(?i:" + "|".join(
    re.escape(h).replace(r"\ ", r"\s+") + (r"\b" if h[-1].isalpha() else "")
    for h in sorted((*_LOWER_BOUND, *_UPPER_BOUND, *_AROUND), key=len, reverse=True) if h != "~"
) + r")\s*|~\s*"


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


_HEDGE_BEFORE = re.compile(rf"(?:{HEDGE})$")
# The last word of every hedge: a figure whose preceding word is not one of these has no hedge.
_LAST_WORDS = frozenset(hedge.split()[-1] for hedge in (*_LOWER_BOUND, *_UPPER_BOUND, *_AROUND))


def _trailing_word(text: str) -> str:
    """The letters that end ``text`` with a final dot, in lower case ("(nearly" → "nearly", "c." → "c.")."""
    start = len(text) - 1 if text.endswith(".") else len(text)
    while start and text[start - 1].isalpha():
        start -= 1
    return text[start:].lower()


def hedge_before(text: str, start: int) -> tuple[str | None, int]:
    """The hedge written just before a figure and where it starts ("nearly " → 'nearly').

    Figures are found first and their hedge read backwards, so the long
    alternation of hedge words is tried once per figure instead of at every
    character of the text.

    >>> hedge_before("It rose nearly 40%", 15)
    ('nearly', 8)
    >>> hedge_before("It rose 40%", 8)
    (None, 8)
    """
    window = text[max(0, start - 30):start]
    tail = window.rstrip()
    if not tail.endswith("~") and _trailing_word(tail) not in _LAST_WORDS:
        return None, start  # most figures have no hedge: skip the alternation
    match = _HEDGE_BEFORE.search(window)
    if not match or (match.start() > 0 and window[match.start() - 1].isalnum()):
        return None, start
    return match.group().strip(), start - (len(window) - match.start())


# One-sided hedges that still mean "close to" the figure ("nearly 40%" is not 5%).
NEAR_HEDGES = frozenset({"nearly", "almost", "close to", "just under", "not quite", "shy of",
                         "just over", "upwards of"})
# Of those, the hedges that are no bound at all: "nearly 900" is a rounding of 880 or of 903 alike, so a
# figure a little past it is no contradiction ("just under", "not quite" and "shy of" do say which side).
CLOSE_HEDGES = frozenset({"nearly", "almost", "close to"})

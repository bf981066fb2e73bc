"""Scanning a text for a pattern only near the places a match must touch.

A pattern that can start at any letter ("two years", "USD 5", "hk $ 3") makes
the regex engine try it at every character of the text. When every match is
known to hold an *anchor* (a unit word, a currency symbol, a digit) no more
than a fixed distance after its start, searching from just before each
anchor finds exactly the matches ``pattern.finditer`` finds, and skips the
rest of the text.

>>> import re
>>> years = re.compile(r"(?:\\d+|two|three) years")
>>> text = "In two years and 3 years, not in 4 months."
>>> anchors = [(m.start() - 6, m.start()) for m in re.finditer("years", text)]
>>> [m.group() for m in anchored_finditer(years, text, anchors)]
['two years', '3 years']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def anchored_finditer(pattern: re.Pattern[str], text: str, anchors: Iterable[tuple[int, int]],
                      *, ordered: bool = False) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, searched only from near each anchor.

    ``anchors`` are ``(earliest, at)`` pairs: every match of ``pattern`` must
    start somewhere in ``[earliest, at]`` of one of them (callers derive the
    distance from the pattern's own parts). For each anchor, in order of
    ``earliest``, the search runs from there until it has passed ``at``; no
    match start is skipped, so the matches are the same as a full scan's.
    ``ordered`` says the anchors already come sorted (then they can be a
    generator, and a text dense with anchors never holds them all at once).
    """
    last = 0
    for earliest, at in anchors if ordered else sorted(anchors):
        position = max(last, earliest, 0)
        while position <= at:
            match = pattern.search(text, position)
            if match is None:
                return
            yield match
            last = position = max(match.end(), match.start() + 1)

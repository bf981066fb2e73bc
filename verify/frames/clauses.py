"""Clauses: the stretch of a sentence a figure belongs to.

A clause ends at a semicolon, colon (not a time's: "at 07:40"), bracket or dash, and at a comma that opens a new clause
(", while", ", but", ", and"); it is read at most ``REACH`` characters either side of the figure,
so run-on text stays linear.

>>> text = "Revenue rose 5% to €2bn, while profit fell to €1bn; costs were flat."
>>> start, end = clause_of(text, (0, len(text)), 46, 50)
>>> text[start:end]
' while profit fell to €1bn'
"""

from __future__ import annotations

import re

REACH = 300
# A time's colon ("at 07:40") breaks nothing.
_BREAK = re.compile(r"[;()\[\]—–]|(?<!\d):|:(?!\d)|\s-\s|"
                    r",(?=\s+(?:while|whereas|but|although|though|and|or|as|because|since|"
                    r"which|who|where|when|compared|after|before|despite|meanwhile|even|with|so)\b)"
                    r"|[\"“”]")


def clause_of(text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The clause around the prose span ``[start, end)`` inside ``sentence``."""
    sentence_start, sentence_end = sentence
    low = max(sentence_start, start - REACH)
    clause_start = low
    for match in _BREAK.finditer(text, low, start):
        clause_start = match.end()
    high = min(max(sentence_end, end), end + REACH)
    following = _BREAK.search(text, end, high)
    return clause_start, following.start() if following else high


_ASIDE = re.compile(r"\([^()\d]{1,40}\)")  # "(MWh)", "(the bank's own measure)": no figure of its own


def clause_across_asides(text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The clause around ``[start, end)``, read on past a bracketed aside that holds no figure: "up 6.8% at
    41.30 euros per megawatt hour (MWh) by noon, from 38.10 euros" is one clause.

    >>> text = "It was up 6% at 41 euros per megawatt hour (MWh) by noon, from 38 euros."
    >>> start, end = clause_across_asides(text, (0, len(text)), 10, 12)
    >>> text[start:end]
    'It was up 6% at 41 euros per megawatt hour (MWh) by noon, from 38 euros.'
    """
    low, high = clause_of(text, sentence, start, end)
    while high < sentence[1] and (aside := _ASIDE.match(text, high)) is not None:
        high = clause_of(text, sentence, aside.end(), aside.end())[1]
    return low, high

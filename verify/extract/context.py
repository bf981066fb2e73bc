"""Sentences of a document's prose, and the calendar's names.

Who and what the sentences speak of is the reference layer's job (:mod:`verify.refs`).

>>> ctx = TextContext("Kevin Kelly said it. Kelly will go. The firm, ShengShu, agreed.")
>>> [ctx.text[s:e] for s, e in ctx.sentences]
['Kevin Kelly said it.', 'Kelly will go.', 'The firm, ShengShu, agreed.']
>>> scraped = TextContext("It rained.Then it stopped at booking.com.")
>>> [scraped.text[s:e] for s, e in scraped.sentences]
['It rained.', 'Then it stopped at booking.com.']
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Month words in lower case, full and abbreviated ("march", "mar", "sept"), to their numbers.
MONTH_NUMBERS = ({name.lower(): number for number, name in enumerate(MONTH_NAMES, start=1)}
                 | {name[:3].lower(): number for number, name in enumerate(MONTH_NAMES, start=1)} | {"sept": 9})

# A sentence ends at a stop before a capital, at a blank line, or (in text scraped without its
# spaces) right after a stop that joins a lower-case word to a capitalised one: "concerns.Allegedly".
_SENTENCE_END = re.compile(r"""[.!?]+["”’)\]]*(?=\s+["“‘(\[]?[A-Z0-9])|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])|\n\s*\n""")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Inc|Corp|Co|Ltd|No|Nos|vs|etc|Gen|Gov|Sen|Rep|Lt|Col|"
    r"Capt|Sgt|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|U\.S|U\.K|U\.N|E\.U)"
    r"|\b[A-Z])\.$"
)


class TextContext:
    """Lazily computed linguistic context of one prose text."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        start = 0
        text = self.text
        for match in _SENTENCE_END.finditer(text):
            end = match.end() if match.group().strip() else match.start()
            if match.group().strip() and _ABBREVIATION.search(text[max(start, end - 8):end]):
                continue
            self._add_sentence(spans, start, end)
            start = match.end()
        self._add_sentence(spans, start, len(text))
        return spans

    def _add_sentence(self, spans: list[tuple[int, int]], start: int, end: int) -> None:
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """The sentence containing a prose offset (or the nearest before it)."""
        index = bisect_right(self._sentence_starts, offset) - 1
        if index < 0:
            return (0, 0) if not self.sentences else self.sentences[0]
        return self.sentences[index]

"""Where quotations begin and end: quotation marks paired inside a paragraph.

Straight and curly double marks, guillemets, and curly single marks as a fallback; an apostrophe
(``’`` before a letter, a mark after a letter) never opens or closes a quote. Newsroom copy writes a
quote that runs over several paragraphs with a fresh opening mark on each paragraph and no closing
mark before it; where paragraphs are run together that reads “A. "B." — two stretches of one quote,
the second marked ``runs_on``. Written by hand: no quotation parser on PyPI knows that convention.

>>> text = 'He said: "We grew. "We hired." Then "a plan" came.'
>>> [(text[s.open + 1:s.end], s.closed, s.runs_on) for s in quoted_spans(text, 0, len(text))]
[('We grew.', False, False), ('We hired.', True, True), ('a plan', True, False)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CLOSER = {"“": "”", '"': '"', "‘": "’", "«": "»"}
_SENTENCE_END = frozenset(".!?…")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """One quoted stretch: the offset of its opening mark and of its end.

    ``end`` is the closing mark's offset, or for a quote left open (``closed`` false) the offset just
    after its last word. ``runs_on`` marks a stretch that opens where an unclosed one stops.
    """

    open: int
    end: int
    closed: bool = True
    runs_on: bool = False

    @property
    def stop(self) -> int:
        """The offset just after the quote, its closing mark included."""
        return self.end + 1 if self.closed else self.end


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each paragraph (blocks between blank lines).

    >>> paragraphs("One.\\n\\nTwo.")
    [(0, 4), (6, 10)]
    """
    spans, start = [], 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _content_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _opens_again(text: str, i: int, end: int, opened: int, closer: str) -> bool:
    """Is the mark at ``i`` inside an open quote the opening of its next paragraph (after a space,
    before a word, with the open quote's words ending a sentence)?"""
    mark = text[i]
    if (mark, closer) not in (("“", "”"), ('"', '"')) or not text[i - 1].isspace():
        return False
    if i + 1 >= end or not (text[i + 1].isalnum() or text[i + 1] in "(["):
        return False
    stop = _content_end(text, opened + 1, i)
    return stop > opened + 1 and text[stop - 1] in _SENTENCE_END


def quoted_spans(text: str, start: int, end: int) -> list[QuotedSpan]:
    """The quoted stretches inside the paragraph ``text[start:end]``, in order.

    A quote still open at the paragraph's end stops there when its words end a sentence (the next
    paragraph may carry it on); otherwise the lone mark is dropped.
    """
    spans: list[QuotedSpan] = []
    opened: int | None = None
    closer = ""
    runs_on = False
    for i in range(start, end):
        ch = text[i]
        if opened is None:
            if ch in "“«" or (ch in "\"‘" and (i == start or not text[i - 1].isalnum())):
                opened, closer, runs_on = i, _CLOSER[ch], False
        elif _opens_again(text, i, end, opened, closer):
            spans.append(QuotedSpan(opened, _content_end(text, opened + 1, i), closed=False, runs_on=runs_on))
            opened, runs_on = i, True
        elif ch == closer and not (closer == "’" and i + 1 < end and text[i + 1].isalpha()):
            if i > opened + 1:
                spans.append(QuotedSpan(opened, i, runs_on=runs_on))
            opened = None
        elif ch == "“" and closer == "”":
            opened, runs_on = i, False  # a stray opening mark: restart at the newer one
    if opened is not None and closer in "”\"":
        stop = _content_end(text, opened + 1, end)
        if stop > opened + 1 and text[stop - 1] in _SENTENCE_END:
            spans.append(QuotedSpan(opened, stop, closed=False, runs_on=runs_on))
    return spans

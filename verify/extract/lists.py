"""The list reader: the items a sentence enumerates after a count ("five routes: Split, Bari and
Patras").

A list opens with a colon, a dash or "namely" (it names every item counted), or with "including",
"such as" or "in" (it may leave items out: ``partial``); its items are separated by commas, or by
semicolons when it has any, and the last one follows "and". The last item ends at the sentence's
end, a dash, a bracket or the comma after it ("…, Kotor and Patras, the ferry line said"). An item
that starts with a number stands for that many ("two men, a woman and two teenagers" is five);
``uncounted`` says an item may stand for an unknown number ("pensioners and children").

Written by hand: a list is a few words of punctuation, and a parser would cost more than reading it.

>>> found = read_list("Split, Bari, Kotor and Patras. Sailings start in May.", 0)
>>> found.items, found.size, found.partial
(('Split', 'Bari', 'Kotor', 'Patras'), 4, False)
>>> read_list("two men, a woman and two teenagers.", 0).size
5
>>> read_list("three medics, five drivers and, oddly, a cook.", 0).items
('three medics', 'five drivers', 'a cook')
>>> read_list("Ohio and Texas, the company said.", 0, partial=True).items
('Ohio', 'Texas')
>>> read_list("the plant is in Ohio.", 0) is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from verify.extract.numbers import WORD_NUMBER, parse_number
from verify.lexicon import phrase_pattern, words

_MAX_ITEM_WORDS = 6
_MAX_ITEMS = 20
_LEADING_NUMBER = re.compile(rf"(?:(?P<digits>\d{{1,3}}(?:,\d{{3}})*)|(?P<word>(?i:{WORD_NUMBER})))\s+\S")
_ONE = re.compile(r"(?i:a|an|one)\s+\S")
_AND = re.compile(r"(?:^|\s)and\s+")
_ANOTHER_AND = re.compile(r",?\s+and\b")
_ASIDE_AFTER_AND = re.compile(r"(?P<and>\band),\s+[a-z]+ly,")  # "… and, oddly, a cook"
_END = re.compile(r"[.!?)(\[\]—–]|\s-\s")


@dataclass(frozen=True, slots=True)
class ListRead:
    """The items of a list, how many they stand for and where the list ends (a prose offset)."""

    items: tuple[str, ...]
    size: int
    end: int
    partial: bool = False
    uncounted: bool = False  # some item is a plural with no number ("children"): its size is unknown


@cache
def _stops() -> re.Pattern[str]:
    """Lower-case words that carry the sentence on past a list; written with a capital they are part of a
    name ("Tbilisi and The Who", "Said Business School")."""
    return re.compile(rf"\b{phrase_pattern(words('lists', 'item_stops')).pattern}\b")


def _item_size(item: str) -> tuple[int, bool]:
    """How many one item stands for, and whether that is unknown (a bare plural)."""
    number = _LEADING_NUMBER.match(item)
    if number:
        return int(parse_number(number["digits"] or number["word"])), False
    if _ONE.match(item):
        return 1, False
    last = item.split()[-1]
    plural = last.islower() and last.endswith("s") and not last.endswith(("ss", "us", "is"))
    return 1, plural


_COMMA = re.compile(r"(?<!\d),|,(?!\d{3}(?!\d))")  # a comma between items, not in "1,900"


def read_list(text: str, start: int, limit: int | None = None, *, partial: bool = False) -> ListRead | None:
    """The list that starts at ``start`` and ends by ``limit`` (default: the text's end), or None when
    what follows is no list of two or more items joined by "and"."""
    limit = len(text) if limit is None else limit
    stop = _END.search(text, start, limit)
    region = _ASIDE_AFTER_AND.sub(lambda m: m["and"] + " " * (len(m.group()) - len(m["and"])),
                                  text[start:stop.start() if stop else limit])  # same length: offsets hold
    separator = ";" if ";" in region else ","
    items: list[str] = []
    consumed = 0
    closed = False
    for segment in region.split(separator) if separator == ";" else _COMMA.split(region):
        consumed += len(segment) + 1
        joined = _AND.search(segment) if separator == "," else _AND.match(segment)  # "a, b and c; d; and e"
        pieces = [segment]
        if joined:
            pieces = [segment[:joined.start()], segment[joined.end():]]
        for index, piece in enumerate(pieces):
            item = _clean(piece, partial)
            if item:
                items.append(item)
            elif index or not joined:
                return None  # an empty item that is not the space before an Oxford comma's "and"
        if joined:
            closed = True
            break
    if not closed or len(items) < 2 or len(items) > _MAX_ITEMS:
        return None
    if any(len(item.split()) > _MAX_ITEM_WORDS or _stops().search(item) for item in items):
        return None
    sizes = [_item_size(item) for item in items]
    end = start + len(region[:consumed - 1].rstrip())
    if _ANOTHER_AND.match(text, end):
        return None  # "consumer, industrial and medical, and a services arm": where one item ends is unclear
    return ListRead(tuple(items), sum(size for size, _ in sizes), end, partial,
                    any(unknown for _, unknown in sizes))


def _clean(piece: str, partial: bool) -> str:
    item = " ".join(piece.split())
    if partial and item.lower().startswith("in "):
        item = item[3:]  # "in Ohio, in Texas and in Utah"
    return item

"""Occasions a sentence dates its figures by ("At independence, Ova had 3 million people"), dated by the store.

A sentence that states no date of its own may still say when its figures held: at an occasion of
its subject's history ("at independence", "at the time of independence", "upon reunification";
``occasions`` in ``verify/data/alignment.toml``). The store dates the occasion: a passage that names
it and one of the sentence's names, and whose dates (relative ones aside) all fall in one year
("When did Ova become independent? 1 October 1961", "Ova gained independence in 1961"). Passages
that date it in different years date it not at all. The sentence's figures are then judged as of
that date, not as of the article's: this year's census neither supports nor refutes "At
independence, Ova had 3.2 million people"; the 1961 count does.

>>> from verify.evidence.alignment import Sentence
>>> from verify.evidence.spans import Span
>>> passage = Sentence("Ova became independent in 1961.", [Span("name", 0, 3, "Ova"),
...     Span("date", 26, 30, "1961", {"start": "1961-01-01", "end": "1961-12-31"})])
>>> occasion = occasion_of("At independence, Ova had 3.2 million people.")
>>> occasion, occasion_date(occasion, ["Ova"], [passage])
('independence', (datetime.date(1961, 1, 1), datetime.date(1961, 12, 31)))
>>> occasion_date(occasion, ["Eli"], [passage]) is None  # a passage about someone else dates nothing
True
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from verify.evidence.keys import mentions, words_key
from verify.evidence.passages import occasions
from verify.lexicon import phrase_pattern

if TYPE_CHECKING:
    from verify.evidence.alignment import Sentence

_DETERMINERS = r"(?:(?:its|their|the|our|his|her)\s+)?"


@cache
def _occasions() -> dict[str, frozenset[str]]:
    """Each occasion and the words naming it (``occasions`` in ``verify/data/alignment.toml``)."""
    return {name: frozenset(forms) for name, forms in occasions().items() if name != "marks"}


@cache
def _pattern() -> re.Pattern[str]:
    """A mark, then an occasion's word: "at independence", "at the time of its independence"."""
    forms = phrase_pattern(form for all_forms in _occasions().values() for form in all_forms).pattern
    marks = phrase_pattern(occasions()["marks"]).pattern
    return re.compile(rf"(?<![\w-]){marks}\s+{_DETERMINERS}(?P<occasion>{forms})\b",
                      re.IGNORECASE)


def occasion_of(text: str) -> str | None:
    """The occasion a sentence dates its figures by, if it says "at" one; else None.

    >>> occasion_of("At the time of independence, Ova's towns held 700,000 people.")
    'independence'
    >>> occasion_of("Ova's independence party won 40% of the vote.") is None
    True
    """
    match = _pattern().search(text)
    if not match:
        return None
    word = match.group("occasion").lower()
    return next(name for name, forms in _occasions().items() if word in forms)


def occasion_reach(text: str) -> tuple[int, int] | None:
    """Where a sentence says at which occasion its figures held ("at the time of independence"), if it does.

    >>> occasion_reach("Its towns held 700,000 people at the time of independence.")
    (30, 57)
    """
    match = _pattern().search(text)
    return match.span() if match else None


def occasion_words(occasion: str) -> list[str]:
    """The words naming an occasion, for the search of the passages dating it."""
    return sorted(_occasions()[occasion])


def _dates_in_one_year(passage: Sentence) -> tuple[date, date] | None:
    """The span of the passage's dates, relative ones and those of an inferred year aside, if they all
    fall in one year."""
    found = [(date.fromisoformat(span.value["start"]), date.fromisoformat(span.value["end"]))
             for span in passage.spans if span.type == "date" and span.value and span.value.get("start")
             and not span.value.get("relative") and not span.value.get("year_inferred")]
    if not found or len({start.year for start, _ in found} | {end.year for _, end in found}) != 1:
        return None
    return min(start for start, _ in found), max(end for _, end in found)


def occasion_date(occasion: str, names: list[str], passages: list[Sentence]) -> tuple[date, date] | None:
    """The date the passages give an occasion of one of ``names`` (see the module's docstring), or None."""
    forms = _occasions()[occasion]
    dated = []
    for passage in passages:
        key = words_key(passage.text)
        if forms.isdisjoint(key.split()) or not any(mentions(key, name, loosely=True) for name in names):
            continue
        period = _dates_in_one_year(passage)
        if period:
            dated.append(period)
    if not dated or len({start.year for start, _ in dated}) != 1:
        return None
    return min(start for start, _ in dated), max(end for _, end in dated)

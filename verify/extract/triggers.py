"""Cheap evidence that an extractor could find something in a text.

Each extractor scans with patterns that cost a few microseconds per
character; a text with no currency marker cannot hold a money amount, one
with no digit, month, weekday or time word cannot hold a date. The pipeline
asks here first and skips extractors with nothing to find (a large saving on
short texts, none lost: every pattern needs one of these).

>>> t = Triggers("Revenue rose nearly 40% last month.")
>>> t.percent(), t.dates(), t.money(), t.quotes()
(True, True, False, False)
"""

from __future__ import annotations

import re
from functools import cache, cached_property

from verify.extract.context import MONTH_NAMES, WEEKDAY_NAMES
from verify.extract.money import CURRENCY_SYMBOLS, _table, code_words
from verify.extract.numbers import ORDINAL_WORDS, TENS_WORDS, UNIT_WORDS, words_of
from verify.extract.percent import RATIO_IN

_WORD = re.compile(r"[a-z]+")
_DIGIT = re.compile(r"\d")
_CODE = re.compile(r"[A-Z]{3,4}")
_CURRENCY_SYMBOL = re.compile(f"[{CURRENCY_SYMBOLS}]")
_PENCE = re.compile(r"\dp\b")
_APPOSITIVE_NUMBER = re.compile(r"[A-Za-z],\s\d")
_NUMBER_WORDS = frozenset(UNIT_WORDS) | frozenset(TENS_WORDS) | {"hundred", "dozen", "half", "quarter", "quarters"}
_TIME_UNITS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades",
                         "fortnight", "fortnights"})
_DATE_WORDS = (frozenset(m.lower() for m in MONTH_NAMES) | frozenset(m[:3].lower() for m in MONTH_NAMES)
               | frozenset(w.lower() for w in WEEKDAY_NAMES) | _TIME_UNITS
               | {"sept", "tues", "thur", "thurs", "yesterday", "today", "tonight", "tomorrow", "now", "currently",
                  "presently", "nowadays", "present", "ago", "last", "next", "this", "past", "coming", "previous",
                  "earlier", "later", "early", "late", "mid", "century", "quarter", "weekend", "spring", "summer",
                  "autumn", "fall", "winter", "hence", "hour", "hours", "hrs", "minutes", "date", "fiscal"})
# "its 25th anniversary", "her 60th birthday", "the centenary": ages with no unit written
_DURATION_WORDS = _TIME_UNITS | {"aged", "age", "anniversary", "birthday", "jubilee", "centenary", "centennial",
                                 "bicentenary", "bicentennial", "tercentenary"}
_PERCENT_WORDS = frozenset({"percent", "percents", "per", "pct", "pc", "percentage", "half", "third", "thirds",
                            "quarter", "quarters", "fifth", "point", "points"})
_RANK_WORDS = (frozenset(ORDINAL_WORDS) | {"top", "podium", "no", "nr", "number", "ranked", "ranks", "place",
                                           "position", "spot"})
_QUOTE_MARKS = "\"“”‘’«»"


@cache
def _money_words() -> tuple[frozenset[str], frozenset[str]]:
    """Lower-case currency words ("yuan", "cents", "usd") and upper-case codes ("USD", "MEUR").

    Codes count only in upper case ("TRY", "PEN" are also English words), and
    one-letter parts of symbols ("A$") never do: their "$" is the trigger.
    """
    table = _table()
    words: set[str] = set(table["codes"]["lowercase"])
    for section in ("words", "scaled_words", "minor"):
        for key in table[section]:
            words.update(w for w in _WORD.findall(key.lower()) if len(w) > 1)
    # Symbols written in letters ("Rs 5,300", "Rs. 500"): no symbol character gives them away.
    words.update(s.rstrip(".").lower() for s in table["symbols"] if s.rstrip(".").isalpha())
    codes = set(table["codes"]["list"]) | {f"M{code}" for code in table["codes"]["list"]}
    return frozenset(words), frozenset(codes)


class Triggers:
    """Which extractors a text needs; computed lazily from one scan of its words."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def words(self) -> frozenset[str]:
        return words_of(self.text)

    @cached_property
    def digit(self) -> bool:
        return _DIGIT.search(self.text) is not None

    def money(self) -> bool:
        if _CURRENCY_SYMBOL.search(self.text):
            return True
        words, codes = _money_words()
        if not self.words.isdisjoint(words):
            return True
        # Upper-case codes are looked for only when their lower-case form is among the words.
        if not self.words.isdisjoint(code_words()) and not codes.isdisjoint(_CODE.findall(self.text)):
            return True
        return "p" in self.words and _PENCE.search(self.text) is not None

    def percent(self) -> bool:
        # "one in seven" holds no percent word: " in " before a number is enough
        return "%" in self.text or not self.words.isdisjoint(_PERCENT_WORDS) or RATIO_IN.search(self.text) is not None

    def dates(self) -> bool:
        return self.digit or not self.words.isdisjoint(_DATE_WORDS)

    def durations(self) -> bool:
        return not self.words.isdisjoint(_DURATION_WORDS) or (
            self.digit and _APPOSITIVE_NUMBER.search(self.text) is not None)

    def rankings(self) -> bool:
        return self.digit or "#" in self.text or not self.words.isdisjoint(_RANK_WORDS)

    def quantities(self) -> bool:
        return self.digit or not self.words.isdisjoint(_NUMBER_WORDS)

    def quotes(self) -> bool:
        return any(mark in self.text for mark in _QUOTE_MARKS)

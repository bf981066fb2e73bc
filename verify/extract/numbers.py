"""Numbers as written in news: digits, number words, scales and fractions.

Each regular-expression part is named and composed (statcheck style); every
part is linear-time: no nested quantifiers over the same characters.

>>> parse_number("1,200"), parse_number("12.5"), parse_number("two"), parse_number("twenty-five")
(1200, 12.5, 2, 25)
>>> scaled(parse_number("1.2"), "billion"), scaled(2, "bn"), scaled(5, "k")
(1200000000, 2000000000, 5000)
>>> parse_number("a"), parse_number("three hundred")
(1, 300)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from decimal import Decimal, InvalidOperation
from functools import cached_property, lru_cache
from typing import NamedTuple

UNIT_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
              "eighty": 80, "ninety": 90}
SCALES = {
    "thousand": 10**3, "k": 10**3, "million": 10**6, "m": 10**6, "mn": 10**6, "mln": 10**6,
    "mil": 10**6, "billion": 10**9, "b": 10**9, "bn": 10**9, "bln": 10**9,
    "trillion": 10**12, "t": 10**12, "tn": 10**12, "trn": 10**12, "lakh": 10**5, "crore": 10**7,
}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20,
}

_UNITS = "|".join(sorted(UNIT_WORDS, key=len, reverse=True))
_TENS = "|".join(TENS_WORDS)
_DIGIT_WORDS = "one|two|three|four|five|six|seven|eight|nine"
# "twenty-five", "forty two", "seven", "three hundred and twelve"
_SMALL = rf"(?:(?:{_TENS})(?:[- ](?:{_DIGIT_WORDS}))?|{_UNITS})"
WORD_NUMBER = rf"(?:{_SMALL}(?:\s+hundred(?:\s+(?:and\s+)?{_SMALL})?)?|a\s+hundred|a\s+dozen|dozen)"
# Digits with thousands separators or plain, optional decimals; not glued to letters before.
# Each form starts by consuming a character and checks what precedes it afterwards: a pattern
# that begins with a look-behind or \b cannot use the regex engine's fast scan for its first
# character, which made every extractor ~35 % slower.
DIGITS = r"\d(?<![\w.,]\d)(?:\d{0,2}(?:,\d{3})+|\d*)(?:\.\d+)?"
NUMBER = rf"(?:{DIGITS}|(?i:(?<!\w){WORD_NUMBER}\b))"
SCALE_WORD = r"(?i:thousand|million|billion|trillion|lakh|crore)"
SCALE_ABBR = r"(?:bn|mn|mln|bln|tn|trn|[kKmMbB])"
DIGIT_ORDINAL = r"\d(?<!\w\d)\d{0,2}(?:st|nd|rd|th)\b"
ORDINAL = (r"(?:\b(?i:" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
           + rf")\b|{DIGIT_ORDINAL})")
# Lower-case words without which no word number or word ordinal can be written.
NUMBER_WORDS = frozenset(UNIT_WORDS) | frozenset(TENS_WORDS) | frozenset(ORDINAL_WORDS) | {"hundred", "dozen"}


class NumberForms(NamedTuple):
    """The parts a :class:`NumberPattern` is built from; ``words`` says whether word forms are in."""

    number: str
    ordinal: str
    words: bool


_WITH_WORDS = NumberForms(NUMBER, ORDINAL, True)
_DIGITS_ONLY = NumberForms(f"(?:{DIGITS})", f"(?:{DIGIT_ORDINAL})", False)


class NumberPattern:
    """A pattern around numbers, compiled twice: as written, and with digits only.

    ``build(forms)`` returns the pattern's text around ``forms.number`` and
    ``forms.ordinal``. Word numbers let a match start at any letter, so the
    regex engine tries every position of the text; most texts hold no number
    word at all, and for them the digits-only twin finds the same matches
    several times faster (it starts with a digit, which the engine scans for).
    ``words`` are further words whose presence needs the full pattern (word
    forms the pattern adds itself when ``forms.words`` is true).

    >>> cats = NumberPattern(lambda forms: rf"(?P<n>{forms.number}) cats")
    >>> cats.choose(frozenset({"two", "cats"})) is cats.full, cats.choose(frozenset({"cats"})) is cats.digits
    (True, True)
    >>> cats.choose(frozenset({"cats"})).search("7 cats").group()
    '7 cats'
    """

    def __init__(self, build: Callable[[NumberForms], str], words: frozenset[str] = frozenset()) -> None:
        self._build = build
        self.needs = NUMBER_WORDS | words

    @cached_property
    def full(self) -> re.Pattern[str]:
        return re.compile(self._build(_WITH_WORDS))

    @cached_property
    def digits(self) -> re.Pattern[str]:
        """Each twin is compiled on first use (a cold run compiles only what its text needs)."""
        return re.compile(self._build(_DIGITS_ONLY))

    def choose(self, words: frozenset[str]) -> re.Pattern[str]:
        """The twin for a text with these lower-case words."""
        return self.digits if self.needs.isdisjoint(words) else self.full

    def finditer_at_numbers(self, text: str, words: frozenset[str]) -> Iterator[re.Match[str]]:
        """``self.choose(words).finditer(text)`` for a pattern whose every match starts with its number.

        With number words in the text, the full pattern is tried only where a number starts (a digit,
        or one of the number words the text holds) instead of at every letter.

        >>> cats = NumberPattern(lambda forms: rf"(?P<n>{forms.number}) cats")
        >>> [m.group() for m in cats.finditer_at_numbers("two cats, 7 cats", frozenset({"two", "cats"}))]
        ['two cats', '7 cats']
        """
        if self.needs.isdisjoint(words):
            yield from self.digits.finditer(text)
            return
        yield from matches_at(self.full, text, number_starts(text, words))


def number_starts(text: str, words: frozenset[str], also: frozenset[str] = frozenset()) -> list[int]:
    """Where a number may start, in order: a digit (as DIGITS reads one), a number word the text holds,
    "a" before "hundred" or "dozen", and the words in ``also`` ("half" for "half a million").

    >>> number_starts("Two of 15, a dozen", frozenset({"two", "of", "a", "dozen"}))
    [0, 7, 11, 13]
    """
    starts = [m.start() for m in _DIGIT_START.finditer(text)]
    present = words & (NUMBER_WORDS | also)
    if present & {"hundred", "dozen"}:
        present = present | {"a"}
    if present:
        starts += [m.start() for m in _number_words(frozenset(present)).finditer(text)]
        starts.sort()
    return starts


def matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern every match of which starts at one of ``starts``
    (in order): it is tried there only, and a start inside a match is skipped as a scan skips it."""
    end = 0
    for start in starts:
        if start < end:
            continue
        match = pattern.match(text, start)
        if match is not None:
            yield match
            end = max(match.end(), start + 1)


_WORD = re.compile(r"[a-z]+")
# Where a number written in digits starts (as DIGITS checks it: not inside "3.5" or "B12").
_DIGIT_START = re.compile(r"\d(?<![\w.,]\d)")


@lru_cache(maxsize=1024)
def _number_words(present: frozenset[str]) -> re.Pattern[str]:
    """Where one of these number words starts (texts share few such sets: cached)."""
    # Longest first, equal lengths in a fixed order: the same pattern text in every run (and process).
    return re.compile(r"(?<!\w)(?i:" + "|".join(sorted(present, key=lambda w: (-len(w), w))) + r")\b")
_DIGIT_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
_ORDINAL_SET = frozenset(ORDINAL_WORDS)
_DIGIT_ORDINAL = re.compile(DIGIT_ORDINAL)


def ordinals_in(text: str, words: frozenset[str], *, exclude: frozenset[str] = frozenset()) -> list[re.Match[str]]:
    """The ordinals of ``text`` ("third", "21st"), in order, found by the few ordinal words it holds
    (one pattern over every ordinal word would be tried at every letter of the text).

    >>> [m.group() for m in ordinals_in("the Third and the 21st", frozenset({"the", "third", "and", "st"}))]
    ['Third', '21st']
    """
    present = _ORDINAL_SET.intersection(words) - exclude
    found: list[re.Match[str]] = list(_number_words(present).finditer(text)) if present else []
    if not _DIGIT_ORDINAL_SUFFIXES.isdisjoint(words):
        digits = list(_DIGIT_ORDINAL.finditer(text))
        found = sorted([*found, *digits], key=lambda m: m.start()) if found else digits
    return found


def words_of(text: str) -> frozenset[str]:
    """The lower-case words of a text, as the extractors' gates read them."""
    return frozenset(_WORD.findall(text.lower()))


def parse_number(text: str) -> int | float:
    """Value of a number as written (digits or words); ``a``/``an`` is one."""
    cleaned = text.strip().lower().replace(",", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        value = Decimal(_words_value(cleaned))
    return int(value) if value == value.to_integral_value() else float(value)


def _words_value(words: str) -> int:
    if words in ("a", "an"):
        return 1
    if words.endswith("dozen"):
        return 12
    total = 0
    current = 0
    for word in words.replace("-", " ").split():
        if word in UNIT_WORDS:
            current += UNIT_WORDS[word]
        elif word in TENS_WORDS:
            current += TENS_WORDS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "a":
            current = 1
    total += current
    return total


def parse_ordinal(text: str) -> int:
    """Value of an ordinal: ``third`` → 3, ``21st`` → 21."""
    word = text.strip().lower()
    if word in ORDINAL_WORDS:
        return ORDINAL_WORDS[word]
    return int(word[:-2])


def scaled(value: int | float, scale: str | None) -> int | float:
    """Multiply by a scale word or abbreviation, keeping integers exact."""
    if not scale:
        return value
    factor = SCALES[scale.lower()]
    result = Decimal(str(value)) * factor
    return int(result) if result == result.to_integral_value() else float(result)

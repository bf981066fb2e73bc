"""Counts written without their noun: the figures every other extractor leaves.

News copy names what it counts once and drops the noun after: "9,000 staff: 5,000 in Norway and
3,000 in Spain", "rose to 347 from 329", "at least 2.4 million, the census found", "Nine of 15
economists", "the other five". Once money, percentages, dates, durations, rankings and counted
quantities are known, each number left over is a quantity whose unit is the counted noun of the
nearest figure before it in its sentence (``unit_inherited`` says so), or of the figure it is
paired with ("from 41 to 57 singers", "seven of the state's 11 districts"), or the noun after
"of the" ("three of the finalists"); with none of these it has no unit. Numbers that are names,
codes, addresses or clock times ("stage 4", "Route 66", "B4120", "200 Canal Street", "2000
GMT") and years are not counts. Word numbers count only where a count is plain ("two of the",
"the other five", "the remaining six,", "all but nine", "six had forecast", "Labour held six,", the other
side of "by seven votes to five", a list's next item by origin: "…, six from Ukraine").

>>> from verify.claims import Claim
>>> text = "It employs 9,000 staff: 5,000 in Norway and 3,000 in Spain."
>>> staff = Claim("quantity", 11, 22, {"amount": 9000, "unit": "staff"})
>>> [(c.value["amount"], c.value["unit"], c.value["unit_inherited"])
...  for c in find_counts(text, [staff], lambda offset: (0, len(text)))]
[(5000, 'staff', True), (3000, 'staff', True)]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from functools import lru_cache
from operator import attrgetter

from verify.claims import Claim
from verify.extract.hedges import hedge_before, hedge_info
from verify.extract.lexicon import words as lexicon_words
from verify.extract.numbers import (
    DIGITS,
    SCALE_WORD,
    TENS_WORDS,
    UNIT_WORDS,
    WORD_NUMBER,
    parse_number,
    scaled,
    words_of,
)
from verify.extract.quantities import word_before

_BARE = re.compile(
    rf"(?P<num>{DIGITS})(?:(?P<abbr>(?:bn|m|k))\b|\s+(?P<scale>{SCALE_WORD})\b)?"
)
# A word number counts where a count is plain: "two of the", "four had forecast", "the other five,".
_WORD_NUMBER = re.compile(rf"(?i:{WORD_NUMBER})\b")
_COUNT_TAIL = re.compile(r"\s+of\s+(?:(?:the|its|their|his|her|them|those|these|us|our)\b|\d)"
                         r"|\s+(?:had|have|were|abstained|voted|backed|opposed|did|would|will)\b"
                         r"|(?P<stop>\s*[,.;]|\s+[–—]\s)")
_COUNT_LEAD = re.compile(r"\b(?i:the\s+other|the\s+remaining|all\s+but|a\s+further|another)\s+$")
_LISTED_LEAD = re.compile(r"(?:,|\band)\s+$")  # a word number as the next item of a list …
_FROM_PLACE = re.compile(r"\s+from\s+(?:the\s+)?[A-Z]")  # … counted by where its members come from
_AND_TAIL = re.compile(r"\s+and\s")  # "the Greens held eight and independents …": the clause ends there
_TALLY_LEAD = re.compile(r"\b(?i:votes?\s+(?:to|against))\s+$")  # "by seven votes to five": the other side
_NUMBER_WORDS = (frozenset(UNIT_WORDS) | frozenset(TENS_WORDS) | {"hundred", "dozen"}) - {"one", "zero"}
_FROM_TO_BEFORE = re.compile(r"\b(?i:from|to|against|versus|vs\.?|compared\s+with)\s+$")
_PAIRED_AFTER = re.compile(r"\s*(?:to|and|or|-|–)\s*$")
_OF_NOUN = re.compile(r"\s+of\s+(?:the|its|their|his|her|those|these)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z-]+s)\b")
# "44 in Tanvik": a number followed by the place it is counted in
_PART_IN_PLACE = re.compile(r"\s+in\s+(?:the\s+)?[A-Z]")
_OF_FIGURE = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,3}?$")
# A verb between two figures starts a clause about something else: "rose 3.1% to 2,240 reports, while
# card fraud cases climbed to 814 from 702" (702 is not a number of reports).
_NEW_CLAUSE = re.compile(r"\b(?:rose|risen|fell|fallen|jumped|climbed|increased|decreased|declined|dropped|grew|"
                         r"slid|slumped|surged|soared|gained|lost|stood|reached|totall?ed|hit|topped|was|were|is|are|"
                         r"had|has|have|recorded|reported|logged|counted|received|won|took|made|rises|falls|stands)\b")
_LONGEST = 24  # characters of the longest number read as a count ("1,000,000,000,000,000")
_YEARLIKE = re.compile(r"(?:1[6-9]|2[01])\d\d")
_NOT_AFTER = re.compile(r"\s?(?P<word>[A-Za-z][\w.’']*)")


_STREET = re.compile(r"\s+(?:[A-Z][a-z]+\s+){1,2}(?P<kind>[A-Z][a-z]+)\b")  # "200 Canal Street"

def _is_label_or_code(text: str, start: int, end: int, sentence_start: int) -> bool:
    """A number that names or orders something rather than counting it."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if before.isalpha() or (before and before in "#/:-–") or after.isalpha() or (after and after in "/:-–"):
        return True  # "B4120", "#3", "3/4", "4:12", "A321neo", "180-200"
    if before == "(" and after == ")":
        return True  # "(2)": a note or list marker
    word = word_before(text, start)
    if word and word.lower() in lexicon_words("quantities", "labels"):
        return True  # "stage 4", "page 12", "No. 5"
    if word[:1].isupper() and start - len(word) - 1 > sentence_start and word not in _CAPITALISED_OK:
        return True  # "Windows 11", "Route 66", "Airbus 320"
    following = _NOT_AFTER.match(text, end)
    if following:
        token = following["word"].lower().rstrip(",;")
        if token in lexicon_words("quantities", "not_count_after"):
            return True  # "8 p.m.", "2000 GMT", "200 Canal Street" (checked by its last word below)
        street = _STREET.match(text, end, end + 40)
        if street and street["kind"].lower() in lexicon_words("quantities", "not_count_after"):
            return True
    return False


# Capitalised words that may stand before a count ("In 2,100", "About 320"): sentence openers,
# hedges and prepositions written with a capital.
_CAPITALISED_OK = frozenset({"About", "Around", "Some", "Nearly", "Almost", "Over", "Under", "Only", "Just",
                             "All", "Of", "In", "At", "By", "For", "From", "To", "With", "And", "But", "Another"})


class _Figures:
    """The figures already found, for looking up the nearest ones to a number (sorted by start)."""

    def __init__(self, figures: list[Claim]) -> None:
        self.figures = figures
        self.starts = [c.start for c in figures]

    def before(self, at: int, sentence_start: int, *, counted: bool = False) -> Claim | None:
        """The nearest figure ending before ``at`` in its sentence; ``counted``: the nearest quantity,
        looking past dates, durations and ranks ("84,700 ounces in the first quarter, 88,200 in …")."""
        index = bisect_left(self.starts, at) - 1
        while index >= 0 and self.figures[index].start >= sentence_start:
            figure = self.figures[index]
            if figure.end <= at and (not counted or figure.type in ("quantity", "money", "percent")):
                return figure
            index -= 1
        return None

    def after(self, at: int, limit: int) -> Claim | None:
        index = bisect_left(self.starts, at)
        if index < len(self.figures) and self.figures[index].start < limit:
            return self.figures[index]
        return None


def _alike(amount: float, figure: Claim) -> bool:
    """Could ``amount`` be another value of ``figure``'s kind ("from 45.30" after "$48.15", "from 4.1"
    after "5.3%")? Not a count ten times bigger or smaller ("up 9.6% from 38,210")."""
    other = float(figure.value["amount"])
    return other != 0 and 0.1 <= amount / other <= 10


def _counts_places(figure: Claim) -> bool:
    return figure.type == "quantity" and names_places(str(figure.value.get("unit", "")))


def names_places(noun: str) -> bool:
    """Does a counted noun name places or sites ("districts", "five cities", "four plants")? Then the
    numbers listed in them count something else: "three districts: 151 in Orvale, 44 in Tessin and 13 in
    Brack" lists three districts.

    >>> names_places("districts"), names_places("coastal counties"), names_places("sites"), names_places("staff")
    (True, True, True, False)
    """
    words = noun.lower().split()
    if not words:
        return False
    head, places = words[-1], lexicon_words("nouns", "place") | lexicon_words("nouns", "sites")
    return head in places or head.removesuffix("s") in places or head.removesuffix("ies") + "y" in places


def _unit_of(text: str, start: int, end: int, amount: float, sentence: tuple[int, int], figures: _Figures
             ) -> tuple[str | None, bool] | None:
    """The counted noun of a bare number and whether it was inherited; None: the number is not a count."""
    previous = figures.before(start, sentence[0])
    if previous is not None and previous.type in ("money", "percent") and _FROM_TO_BEFORE.search(
            text, max(0, start - 16), start) and _alike(amount, previous):
        return None  # "rose to $48.15 from 45.30": the same money or share with its sign left out
    following = figures.after(end, min(sentence[1], end + 60))
    if following is not None and following.type == "quantity" and following.value.get("unit"):
        gap = text[end:following.start]
        if _PAIRED_AFTER.fullmatch(gap) or _OF_FIGURE.fullmatch(gap):
            return str(following.value["unit"]), True  # "from 41 to 57 singers", "seven of the 11 districts"
    counted = figures.before(start, sentence[0], counted=True)
    if counted is not None and _PART_IN_PLACE.match(text, end) and _counts_places(counted):
        # "12 shops in five towns: 7 in Lerwick, 5 in Brora": each number counts what is in one of the
        # places counted, so it is of the figure before the places ("shops"), or of nothing named
        counted = figures.before(counted.start, sentence[0], counted=True)
        if counted is not None and _counts_places(counted):
            counted = None
    if (counted is not None and counted.type == "quantity" and counted.value.get("unit")
            and not _NEW_CLAUSE.search(text, counted.end, start)):
        return str(counted.value["unit"]), True
    noun = _OF_NOUN.match(text, end)
    if noun:
        return noun["noun"], False  # "two of the favourites"
    return None, False


def find_counts(text: str, figures: list[Claim], sentence_at: Callable[[int], tuple[int, int]],
                covered: bytearray | None = None, words: frozenset[str] | None = None) -> list[Claim]:
    """Bare numbers of ``text`` that no claim in ``figures`` (sorted by start) covers, as quantities.

    ``covered`` (one byte per character, 1 where a figure lies) and ``words`` (the text's lower-case
    words) save recomputing them when known.
    """
    if covered is None:
        covered = bytearray(len(text))
        for claim in figures:
            covered[claim.start:claim.end] = b"\x01" * (claim.end - claim.start)
    known = _Figures(figures)
    found: list[Claim] = []
    for match in _uncovered(_BARE, text, figures):
        start, end = match.span()
        if covered.find(1, start, end) >= 0:
            continue
        number = match["num"]
        if len(number) > _LONGEST:
            continue  # a run of digits this long is a code or an identifier, not a count
        if _YEARLIKE.fullmatch(number) and not match["scale"] and not match["abbr"]:
            continue  # a year the date extractor left (a clock time, a model number): not a count
        sentence = sentence_at(start)
        if _is_label_or_code(text, start, match.end("num"), sentence[0]):
            continue
        claim = _count(text, start, end, scaled(parse_number(number), match["scale"] or match["abbr"]),
                       sentence, known)
        if claim is not None:
            found.append(claim)
    present = _NUMBER_WORDS & (words_of(text) if words is None else words)
    last_end = 0
    for word in _number_words(present).finditer(text) if present else ():
        match = _WORD_NUMBER.match(text, word.start())
        if match is None or match.start() < last_end:
            continue  # "five" inside "twenty-five"
        start, end = match.span()
        last_end = end
        amount = parse_number(match.group())
        if covered.find(1, start, end) >= 0 or amount < 2 or not _plain_count(text, start, end):
            continue
        claim = _count(text, start, end, amount, sentence_at(start), known)
        if claim is not None:
            found.append(claim)
    return sorted(found, key=attrgetter("start")) if len(found) > 1 else found


def _plain_count(text: str, start: int, end: int) -> bool:
    """Is the word number at ``start``–``end`` plainly a count: the other side of a tally ("by seven votes to
    five"), followed by what says so ("two of the", "six had forecast"), or ending its clause after words
    that make it one ("the other five,", "Labour held six,", "the Greens won four and …")?"""
    if _TALLY_LEAD.search(text, max(0, start - 12), start) or (
            _LISTED_LEAD.search(text, max(0, start - 6), start) and _FROM_PLACE.match(text, end)):
        return True  # "by seven votes to five"; "12 seafarers from Manila, six from Ukraine"
    tail = _COUNT_TAIL.match(text, end)
    held = _holding_lead().search(text, max(0, start - 16), start) is not None
    if tail is None:
        return held and _AND_TAIL.match(text, end) is not None
    return not tail["stop"] or held or _COUNT_LEAD.search(text, max(0, start - 16), start) is not None


@lru_cache(maxsize=1)
def _holding_lead() -> re.Pattern[str]:
    verbs = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(lexicon_words("quantities", "holding_verbs"),
                                                                     key=len, reverse=True))
    return re.compile(rf"\b(?i:{verbs})\s+$")


def _uncovered(pattern: re.Pattern[str], text: str, figures: list[Claim]) -> Iterator[re.Match[str]]:
    """``pattern``'s matches in the stretches between the figures (most numbers are inside one)."""
    position = 0
    for figure in [*figures, None]:
        gap_end = figure.start if figure is not None else len(text)
        if gap_end > position:
            yield from pattern.finditer(text, position, gap_end)
        if figure is not None:
            position = max(position, figure.end)


@lru_cache(maxsize=1024)
def _number_words(present: frozenset[str]) -> re.Pattern[str]:
    """A pattern for just the number words a text holds: one alternation over every number word
    would be tried at every letter of the text (texts share few such sets: cached)."""
    alternation = "|".join(sorted(present, key=len, reverse=True))
    return re.compile(rf"\b(?i:{alternation})\b")


def _count(text: str, start: int, end: int, amount: int | float, sentence: tuple[int, int],
           figures: _Figures) -> Claim | None:
    unit = _unit_of(text, start, end, amount, sentence, figures)
    if unit is None:
        return None
    value: dict[str, object] = {"amount": amount}
    if unit[0] is not None:
        value["unit"] = unit[0]
        if unit[1]:
            value["unit_inherited"] = True
    hedge, hedged_start = hedge_before(text, start)
    value.update(hedge_info(hedge))
    claim = Claim("quantity", hedged_start, end, value)
    claim.extra["comparable"] = unit[0] is not None  # a count of nothing named is compared with nothing
    return claim

"""Counted quantities: "1,200 employees", "45 police officers", "3 million people", "12 km".

A number becomes a quantity when a counted noun or a unit follows it ("1,200 employees"), when
it is joined to one ("a 60-metre bridge", "a 101-seat chamber"), when a capitalised plural
follows it ("212 Chileans", "53 Republicans"), when a group noun is counted ("a crew of seven",
"a staff of 160") and when it is a multiple ("three times the cost", "twice"). A bare number is
read as a count by :mod:`verify.extract.counts`, once every other figure is known.

>>> [(c.value["amount"], c.value["unit"]) for c in find_quantities(
...     "It has 1,200 employees, 45 police officers and 3 million users in 12 countries.")]
[(1200, 'employees'), (45, 'police officers'), (3000000, 'users'), (12, 'countries')]
>>> find_quantities("It hired 45 new police officers.")[0].value
{'amount': 45, 'unit': 'new police officers'}
>>> find_quantities("one of the three")
[]
>>> [(c.value["amount"], c.value["unit"]) for c in find_quantities(
...     "A crew of seven flew 212 Chileans over a 60-metre bridge, three times in a week.")]
[(7, 'crew'), (212, 'Chileans'), (60, 'metre'), (3, 'times')]

A nationality before the counted noun describes it ("three Romanian women", "five Chinese start-ups"):

>>> [(c.value["amount"], c.value["unit"]) for c in find_quantities(
...     "Police held three Romanian women; 40 Chileans fled and five Chinese start-ups closed.")]
[(3, 'Romanian women'), (40, 'Chileans'), (5, 'Chinese start-ups')]
"""

from __future__ import annotations

import re

from verify.claims import Claim
from verify.extract.hedges import hedge_before, hedge_info
from verify.extract.lexicon import words as lexicon_words
from verify.extract.numbers import SCALE_WORD, NumberPattern, parse_number, scaled, words_of
from verify.extract.overlaps import leftmost_longest

_UNIT_SYMBOLS = ("sq ft", "sq m", "sq mi", "sq km", "km²", "m²", "ft²",
                 "km", "kg", "mg", "cm", "mm", "m2", "km2", "mph", "kph", "km/h",
                 "MW", "GW", "kW", "kWh", "MWh", "GWh", "TWh", "mi", "ft", "lb", "lbs", "oz",
                 "ha", "bpd", "bps", "bp", "TB", "GB", "MB", "°C", "°F", "ºC", "ºF")
# Words after a number that do not name what is counted.
_NOT_NOUNS = {
    "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "the", "a",
    "an", "is", "are", "was", "were", "be", "been", "has", "have", "had", "that", "which", "who",
    "as", "than", "more", "less", "per", "percent", "times", "ago", "old", "years", "year",
    "months", "month", "weeks", "week", "days", "day", "decades", "decade", "hours", "minutes",
    "seconds", "it", "its", "their", "his", "her", "this", "these", "those", "other", "others",
    "million", "billion", "thousand", "trillion", "hundred", "so", "will", "would", "can",
    "could", "may", "might", "did", "do", "does", "not", "also", "into", "out", "up", "down",
    "over", "under", "about", "after", "before", "since", "while", "when", "where", "if",
    "then", "each", "all", "some", "such", "most", "many", "much", "said", "says", "percentage",
    "points", "point", "place", "th", "st", "nd", "rd", "am", "pm", "a.m.", "p.m.", "o'clock", "p",
    # adverbs and pronouns after a number count nothing: "the 12 already allocated", "48 they said"
    "already", "still", "now", "again", "too", "alone", "apiece", "instead", "overall", "together", "later",
    "earlier", "yet", "just", "only", "even", "there", "here", "they", "we", "he", "she", "you", "i", "them",
    "against", "versus", "vs",  # "2,706 against 3,218": the other side of a comparison, not a noun
}
_WORD = r"[a-z][a-z-]*"
# "three South Koreans", "40 New Zealanders": a two-word nation's people (the plural ending keeps "North Wales" out)
def _demonym_prefix() -> str:
    return "|".join(sorted(word.title() for word in lexicon_words("names", "demonym_prefixes")))
# The words after the number are read in a look-ahead, so that a scan resumes right after the first
# and a number word among them ("1,200 staff and five offices") still starts its own quantity.
# One scan reads every form that starts at the number: a unit symbol ("12 km"), a compound ("a 60-metre
# bridge", "a seven-member committee"), a capitalised plural that is not the start of a name ("212
# Chileans", "40 Japanese") and the words after it ("1,200 staff", "three times").
_QUANTITY = NumberPattern(lambda forms: (
    rf"(?P<num>{forms.number})(?:\s+(?P<scale>{SCALE_WORD}))?"
    rf"(?:\s?(?P<symbol>{'|'.join(re.escape(u) for u in _UNIT_SYMBOLS)})\b"
    r"|-(?P<compound>[a-z]+)\b(?!-)"
    r"|\s+(?P<demonym>[A-Z][a-z]+)\s+(?P<dnoun>[a-z][a-z-]*s|people|men|women|children)\b"
    rf"|\s+(?P<capital>(?:{_demonym_prefix()})\s+[A-Z][a-z]+(?:ans|ers|ese|is)|[A-Z][a-z]+(?:s|ese)|Swiss)\b"
    r"(?![\s-]+[A-Z0-9])"
    rf"|\s+(?P<w1>{_WORD})(?=(?:\s+(?P<w2>{_WORD})(?:\s+(?P<w3>{_WORD}))?)?))"
))
# Words that describe what is counted without naming it: "45 new police officers", "3 more stores".
_MODIFIERS = frozenset({
    "new", "more", "additional", "extra", "other", "further", "fewer", "full-time", "part-time", "young",
    "former", "current", "active", "local", "foreign", "international", "senior", "junior", "permanent",
    "temporary", "elderly", "major", "small", "large", "big", "separate", "different", "rival", "armed",
    "largest", "biggest", "smallest", "highest", "lowest", "oldest", "newest", "fastest", "richest", "top",
})
# Plurals without an "s": what is counted after a participle modifier ("12 injured people").
_PLURALS = frozenset({"people", "children", "men", "women", "staff", "police", "personnel", "cattle", "sheep",
                      "fish", "aircraft"})


_TWICE_WORDS = frozenset({"twice", "thrice"})

def _is_noun(word: str) -> bool:
    return word not in _NOT_NOUNS and not word.endswith(("ly", "ed", "ing")) and not word.startswith("-")


def _looks_plural(word: str) -> bool:
    return word in _PLURALS or (word.endswith("s") and not word.endswith(("ss", "us")))


def _noun_phrase(words: list[tuple[str, int]]) -> tuple[str | None, int]:
    """The counted noun at the head of ``words`` (word, end): one word, or two ("police officers")."""
    (first, first_end), *rest = words
    if rest and f"{first} {rest[0][0]}" in lexicon_words("quantities", "two_word_units"):
        return f"{first} {rest[0][0]}", rest[0][1]  # "50 basis points": "points" alone names nothing
    if not _is_noun(first):
        return None, 0
    if rest and _is_noun(rest[0][0]) and not first.endswith("s") and _looks_plural(rest[0][0]):
        return f"{first} {rest[0][0]}", rest[0][1]
    if len(rest) == 2 and not _looks_plural(first) and not _looks_plural(rest[0][0]) and \
            rest[0][0] not in _NOT_NOUNS and not rest[0][0].endswith(("ly", "ed")) and \
            _is_noun(rest[1][0]) and _looks_plural(rest[1][0]):
        # "12 roadside monitoring sites", "40 community health workers": the plural noun heads the compound
        return " ".join(word for word, _ in words), rest[1][1]
    return first, first_end


def _unit(match: re.Match[str]) -> tuple[str | None, int]:
    """What is counted and where it ends; None when no noun follows the number.

    Up to two describing words may come before the noun: listed modifiers ("new", "more") and
    participles ("confirmed", "newly hired", "remaining") when a plural noun follows them.
    """
    if match["demonym"]:  # "three Romanian women", "five Chinese start-ups"; else "212 Chileans"
        if match["demonym"].lower() in lexicon_words("names", "demonyms") and _is_noun(match["dnoun"]):
            return f"{match['demonym']} {match['dnoun']}", match.end("dnoun")
        if re.fullmatch(r"[A-Z][a-z]+(?:s|ese)|Swiss", match["demonym"]) and match["demonym"] not in _DAY_PLURALS:
            return match["demonym"], match.end("demonym")
        return None, 0
    for form in ("symbol", "compound", "capital"):
        if match[form]:
            unit = match[form]
            if (form == "compound" and unit in lexicon_words("quantities", "not_compound_units")) or (
                    form == "capital" and unit in _DAY_PLURALS):
                return None, 0
            return unit, match.end(form)
    if match["w1"] == "times":
        return "times", match.end("w1")  # "three times the cost", "1.6 times as likely"
    words = [(match[name], match.end(name)) for name in ("w1", "w2", "w3") if match[name]]
    for skip in (1, 2):
        described = words[skip:]
        if not described or not all(_describes(word) for word, _ in words[:skip]):
            break
        noun, end = _noun_phrase(described)
        participle = any(word not in _MODIFIERS for word, _ in words[:skip])
        if noun and (not participle or _looks_plural(noun.split()[-1])):
            # The describing words stay in the unit: "new stores" are not the stores a chain has.
            return " ".join([*(word for word, _ in words[:skip]), noun]), end
    return _noun_phrase(words) if words[0][0] not in _MODIFIERS else (None, 0)


def _describes(word: str) -> bool:
    return word in _MODIFIERS or word.endswith(("ed", "ing", "ly"))


def word_before(text: str, start: int, reach: int = 20) -> str:
    """The word that ends, with at most a full stop and spaces after it, just before ``start``
    ("No. 5" → "No", "stage 4" → "stage"; "" when punctuation or nothing stands there).

    Read with string operations: a backward regular-expression search tries every position of
    its window, and this runs once per number.
    """
    window = text[max(0, start - reach):start]
    stripped = window.rstrip()
    if len(stripped) == len(window):
        return ""
    stripped = stripped.removesuffix(".")
    end = len(stripped)
    begin = end
    while begin and stripped[begin - 1].isalpha():
        begin -= 1
    return stripped[begin:end]


def follows_label(text: str, start: int) -> bool:
    """Is the number at ``start`` a place in a sequence ("stage 4", "page 12", "No. 5"), not a count?"""
    word = word_before(text, start)
    return bool(word) and word.lower() in lexicon_words("quantities", "labels")


def _in_a_name(text: str, start: int) -> bool:
    """Is the number part of a name joined by a hyphen ("COVID-19 vaccine", "SARS-CoV-2", "F-35 jets")?"""
    return start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha()


def _counted(text: str, words: frozenset[str]) -> list[Claim]:
    """Numbers with a counted noun or unit after them ("1,200 employees", "12 km")."""
    claims = []
    for match in _QUANTITY.finditer_at_numbers(text, words):
        unit, end = _unit(match)
        if not unit or _in_a_name(text, match.start()) or follows_label(text, match.start()):
            continue
        number = match["num"]
        if number.lower() in ("one", "zero") and not match["scale"]:
            continue
        claims.append(_claim(text, match.start(), end, scaled(parse_number(number), match["scale"]), unit))
    return claims


def _claim(text: str, start: int, end: int, amount: int | float, unit: str) -> Claim:
    value: dict[str, object] = {"amount": amount, "unit": unit}
    hedge, start = hedge_before(text, start)
    value.update(hedge_info(hedge))
    return Claim("quantity", start, end, value)


# "a crew of seven", "a staff of 160": no plural noun after the number (else that noun names the unit).
# "of" is found first (a literal the regex engine scans for), then the group noun before it.
_GROUP_OF = NumberPattern(lambda forms: (
    rf"of\s+(?P<num>{forms.number})(?:\s+(?P<scale>{SCALE_WORD}))?\b"
    r"(?!\s+(?!was\b|has\b|is\b|as\b|this\b)[a-z]+s\b|[\d%-]|[,.]\d)"))
_GROUP_BEFORE = re.compile(r"\b(?P<group>[a-z-]+)\s+$")
_TWICE = re.compile(r"\b(?P<word>(?i:twice|thrice))\b")
_DAY_PLURALS = frozenset({"Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays"})


def _joined(text: str, words: frozenset[str]) -> list[Claim]:
    """Counted groups ("a crew of seven") and "twice"."""
    groups = lexicon_words("quantities", "group_nouns")
    claims = []
    for match in _GROUP_OF.choose(words).finditer(text) if not words.isdisjoint(groups) else ():
        group = _GROUP_BEFORE.search(text, max(0, match.start() - 20), match.start())
        if group and group["group"] in groups and match["num"].lower() != "one":
            amount = scaled(parse_number(match["num"]), match["scale"])
            claim = _claim(text, match.start("num"), match.end(), amount, group["group"])
            claim.extra["group"] = True
            claims.append(claim)
    for match in _TWICE.finditer(text) if not words.isdisjoint(_TWICE_WORDS) else ():
        amount = 2 if match["word"].lower() == "twice" else 3
        claims.append(_claim(text, match.start(), match.end(), amount, "times"))
    return claims


def find_quantities(text: str, words: frozenset[str] | None = None) -> list[Claim]:
    """Numbers with a counted noun or unit, with prose offsets, in order and not overlapping.

    ``words`` (the text's lower-case words) saves recomputing them when known.
    """
    words = words_of(text) if words is None else words
    # At one start, a counted group ("a crew of seven flew") wins over a noun guessed after the number.
    return leftmost_longest([*_counted(text, words), *_joined(text, words)], first=lambda c: bool(c.extra.get("group")))

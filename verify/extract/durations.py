"""Durations and ages: "three-year-old startup", "two months after", "under three years",
"a decade", "Lindholm, 29,", "aged 45", "died at 88", "now 54", "turned 43", "a pension age of
65", "her 60th birthday", "its 25th anniversary", "its centenary", "in his late forties" (an
interval), "a year-long wait", "the past decade".

"A year" after a figure is a rate ("5,000 earthquakes a year", "£3m a month"), not a duration.

>>> [(c.value["amount"], c.value["unit"], c.value.get("age")) for c in find_durations(
...     "a three-year-old startup, two months after, in under three years, a decade")]
[(3, 'year', True), (2, 'month', None), (3, 'year', None), (10, 'year', None)]
>>> find_durations("Jane Lindholm, 29, said")[0].value
{'amount': 29, 'unit': 'year', 'age': True}
>>> [(c.value["amount"], c.value.get("age"), c.value.get("age_at")) for c in find_durations(
...     "She died in 2011, at 91; her daughter, now 64, joined at 17. It costs £3m a year.")]
[(91, None, True), (64, True, None), (17, None, True)]
>>> find_durations("a manager in his late forties")[0].value
{'amount': 47, 'unit': 'year', 'max': 49, 'range': True, 'age_range': True}
"""

from __future__ import annotations

import re
from typing import Any

from verify.claims import Claim
from verify.extract.anchors import anchored_finditer
from verify.extract.hedges import hedge_before, hedge_info
from verify.extract.lexicon import lexicon
from verify.extract.lexicon import words as lexicon_words
from verify.extract.numbers import NUMBER, ORDINAL, parse_number, parse_ordinal, words_of
from verify.extract.overlaps import leftmost_longest

_UNITS = {"day": "day", "week": "week", "month": "month", "year": "year", "decade": "year",
          "fortnight": "week"}
_FACTOR = {"decade": 10, "fortnight": 2}
_COUNT = rf"(?:{NUMBER}(?:\s+and\s+a\s+half)?|(?i:an?(?:\s+single)?|half\s+a|one\s+and\s+a\s+half))"
_AGE_ADJECTIVE = re.compile(
    rf"(?P<num>{_COUNT})[\s-](?P<unit>(?i:day|week|month|year|decade))s?[\s-]old\b"
)
# "our 12-year history", "the club's 140-year history": how long its owner has existed, an age
# ("her 20-year history with the bank" is a tie to something else, not an age)
_HISTORY_AGE = re.compile(rf"(?P<num>{_COUNT})-(?P<unit>(?i:year|decade))(?:-long)?\s+(?i:history)\b"
                          r"(?!\s+(?:with|at|of|in|as|on|for)\b)")
# "aged 45", "aged 13 to 17", "aged five to 19"
_AGED = re.compile(rf"\b(?i:aged)\s+(?P<num>\d{{1,3}}|{NUMBER})(?:\s*(?:to|and|-|–)\s*(?P<num2>\d{{1,3}}|{NUMBER}))?\b")
# "Jane Lindholm, 29, said", "Pavel Hrubý, 26, deserves": a name, then an age set off by commas.
_APPOSITIVE_AGE = re.compile(r"\b[A-Z][^\W\d_]+,\s(?P<num>\d{1,3}),\s+[a-z]")
_APPOSITIVE_NUMBER = re.compile(r",\s\d{1,3},")  # what _APPOSITIVE_AGE needs, found by a fast literal scan
# "died at 88", "At 29, he", "in 1979, at 35,", "at the age of 67": the number is found first (a digit
# the regex engine scans for), then the "at" before it.
_AT_NUMBER = re.compile(r"(?P<num>\d(?<![\w.,]\d)\d{0,2})(?![\d.,]\d)"
                        r"(?=\s*[,.;)]|\s+(?:in\s+\d{4}|after|when|while|before|and)\b)")
_AT_BEFORE = re.compile(r"\b(?i:at)\s+(?P<of>(?i:the\s+age\s+of)\s+)?$")
# ", now 78,", "who is now 17,"
_NOW_AGE = re.compile(r"(?:,\s|\b(?:is|was)\s)(?i:now)\s+(?P<num>\d{1,3})(?=\s*[,.;)])")
_TURNED = re.compile(r"\b(?i:turned|turns|turning)\s+(?P<num>\d{1,3})\b"
                     r"(?!\s*(?:%|[.,]\d|per\b|(?i:million|billion)\b))")
# "a pension age of 65", "the state pension age will rise to 65 from 63"
_AGE_OF = re.compile(r"\b(?P<noun>[a-z-]+)\s+age\s+(?:[a-z]+\s+){0,3}?(?:of|to|from|at|is|was|be)\s+"
                     r"(?P<num>\d{2,3})(?:\s+(?:from|to)\s+(?P<num2>\d{2,3}))?\b")
_DECADE_OF_LIFE = re.compile(r"\b(?i:in)\s+(?i:his|her|their|its)\s+(?:(?P<part>(?i:early|mid|late))[\s-])?"
                             r"(?P<decade>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b")
# "her 60th birthday", "its 25th anniversary", "the centenary"
_ORDINAL_YEARS = re.compile(rf"(?P<ord>{ORDINAL})\s+(?P<kind>(?i:birthday|anniversary|jubilee))\b")
_CENTENARY = re.compile(r"\b(?P<word>(?i:centenary|centennial|bicentenary|bicentennial|tercentenary|"
                        r"sesquicentennial|quincentenary))\b")
_CENTENARY_YEARS = {"centenary": 100, "centennial": 100, "bicentenary": 200, "bicentennial": 200,
                    "tercentenary": 300, "sesquicentennial": 150, "quincentenary": 500}
# "a year-long wait", "a decade-long decline"
_LONG = re.compile(r"\b(?P<unit>(?i:day|week|month|year|decade))-long\b")
# "the past decade", "over the last five years" (the years up to publication: a span)
_PAST_SPAN = re.compile(rf"\b(?i:the)\s+(?i:past|last|previous|next|coming)\s+(?:(?P<num>{NUMBER})\s+)?"
                        r"(?P<unit>(?i:decades?|years?))\b")
# "the first full year after opening", "the first year of output"
_FIRST_UNIT = re.compile(r"\b(?i:the|its|their|his|her)\s+(?i:first)\s+(?:(?i:full)\s+)?"
                         r"(?P<unit>(?i:year|month|week))\b(?=\s+(?:of|after|in|on)\b)")
_SPAN = re.compile(
    rf"(?P<num>{_COUNT})[\s-](?P<unit>(?i:day|week|month|year|decade|fortnight))"
    rf"(?P<plural>s)?\b(?P<tail>\s+(?i:after|later|earlier|before|long|later|prior(?=\s+to\b)))?(?!\s+(?i:ago|old)\b)"
    rf"(?![\s-]old\b)"
)
_DECADE_WORDS = frozenset({"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
                           "nineties"})
_PAST_WORDS = frozenset({"past", "last", "previous", "next", "coming"})
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")
_NOUN_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
_FIGURE_BEFORE = re.compile(r"[\d%£$€¥]")


_TURNED_WORDS = frozenset({"turned", "turns", "turning"})
_WAS_WHEN = re.compile(r"\b(?:was|were)\s+(?:only\s+|just\s+|aged\s+)?(?P<num>\d{1,3})\s+when\b")  # "was 38 when"
_THAN_PLANNED = re.compile(r"\s+than\b")  # "two years later than planned", "a month earlier than expected"
_YEARS_WORDS = frozenset({"birthday", "anniversary", "jubilee"})

def _number(text: str) -> float:
    lowered = " ".join(text.lower().split())
    if lowered == "half a":
        return 0.5
    if lowered == "one and a half":
        return 1.5
    if lowered in ("a single", "an single"):
        return 1
    if lowered.endswith(" and a half"):
        return parse_number(lowered.removesuffix(" and a half")) + 0.5
    return parse_number(lowered)


def _value(num: str, unit_word: str) -> dict[str, object]:
    unit_word = unit_word.lower().rstrip("s")
    amount = _number(num) * _FACTOR.get(unit_word, 1)
    return {"amount": int(amount) if float(amount).is_integer() else amount, "unit": _UNITS[unit_word]}


def _age(start: int, end: int, amount: int | float, kind: str = "age") -> Claim:
    """An age: ``kind`` "age" is someone's age now (what the age rules check against a birth year),
    "age_at" an age at some event ("died at 83"), "age_limit" an age a rule sets ("a pension age of 65")."""
    return Claim("duration", start, end, {"amount": amount, "unit": "year", kind: True})


def _is_rate(text: str, start: int) -> bool:
    """Is "a year" at ``start`` the "per year" of a figure before it ("£3m a year", "5,000 quakes a year")?"""
    before = text[max(0, start - 40):start]
    word = _WORD_BEFORE.search(before)
    if word and word.group(1).lower() in lexicon_words("ages", "span_before"):
        return False
    clause = before[max(before.rfind(","), before.rfind(";"), before.rfind(".")) + 1:]
    noun = _NOUN_BEFORE.search(before)  # "earthquakes a year": a plural right before it
    return bool(_FIGURE_BEFORE.search(clause)) or bool(noun and noun.group(1).lower().endswith("s"))


def _ages(text: str, words: frozenset[str], anchors: list[tuple[int, int]]) -> list[Claim]:
    """Every age in ``text``: adjectives, "aged", appositives, "at 83", "now 78", "turned 37" and the like."""
    claims = []
    for match in anchored_finditer(_AGE_ADJECTIVE, text, anchors):
        value = _value(match.group("num"), match.group("unit"))
        value["age"] = True
        hedge, start = hedge_before(text, match.start())  # "almost 40 years old": 36 to 40, not 40
        value.update(hedge_info(hedge))
        claims.append(Claim("duration", start, match.end(), value))
    for match in _HISTORY_AGE.finditer(text) if "history" in words else ():
        value = _value(match.group("num"), match.group("unit"))
        value["age"] = True
        hedge, start = hedge_before(text, match.start())  # "its nearly 150-year history"
        value.update(hedge_info(hedge))
        claims.append(Claim("duration", start, match.end(), value, extra={"history": True}))
    for match in _AGED.finditer(text) if "aged" in words else ():
        ages = [_age(match.start(), match.end("num"), parse_number(match["num"]))]
        if match["num2"]:
            ages.append(_age(match.start("num2"), match.end("num2"), parse_number(match["num2"])))
            for age in ages:
                age.extra["age_range"] = True  # "aged 13 to 17": the ends of a group's ages, no one's age
        claims += ages
    for match in _APPOSITIVE_AGE.finditer(text) if _APPOSITIVE_NUMBER.search(text) else ():
        age = int(match.group("num"))
        if 1 <= age <= 120:
            claims.append(_age(match.start("num"), match.end("num"), age))
    claims += _ages_in_clauses(text, words)
    return claims


def _ages_in_clauses(text: str, words: frozenset[str]) -> list[Claim]:
    """Ages read from the words around a bare number: "died at 83", "now 78", "turned 37", "pension age of 65"."""
    claims = []
    verbs, not_before = lexicon_words("ages", "at_verbs"), lexicon_words("ages", "not_before")
    for number in _AT_NUMBER.finditer(text) if "at" in words else ():
        match = _AT_BEFORE.search(text, max(0, number.start() - 20), number.start())
        if match is None:
            continue
        age = int(number["num"])
        word = _WORD_BEFORE.search(text[max(0, match.start() - 30):match.start()])
        previous = word.group(1).lower() if word else ""
        opens_clause = not text[max(0, match.start() - 3):match.start()].strip() or \
            text[max(0, match.start() - 3):match.start()].rstrip()[-1:] in ",.;(—" or previous == "and"
        if 5 <= age <= 110 and previous not in not_before and (match["of"] or previous in verbs or opens_clause):
            claims.append(_age(number.start(), number.end(), age, "age_at"))
    for match in _WAS_WHEN.finditer(text) if "when" in words else ():
        if 5 <= int(match["num"]) <= 110:  # "who was 38 when she began stealing": an age at that event
            claims.append(_age(match.start("num"), match.end("num"), int(match["num"]), "age_at"))
    for match in _NOW_AGE.finditer(text) if "now" in words else ():
        if 1 <= int(match["num"]) <= 120:
            claims.append(_age(match.start("num"), match.end("num"), int(match["num"])))
    for match in _TURNED.finditer(text) if not words.isdisjoint(_TURNED_WORDS) else ():
        if 1 <= int(match["num"]) <= 150:
            claims.append(_age(match.start("num"), match.end("num"), int(match["num"])))
    for match in _AGE_OF.finditer(text) if "age" in words else ():
        if match["noun"] in lexicon_words("ages", "age_nouns"):
            for group in ("num", "num2"):
                if match[group]:
                    claims.append(_age(match.start(group), match.end(group), int(match[group]), "age_limit"))
    return claims


def _decades_of_life(text: str) -> list[Claim]:
    """"in his late forties": the years the phrase allows (early 0–3, mid 4–6, late 7–9 of the decade)."""
    decades: dict[str, Any] = lexicon("ages")["decades_of_life"]
    claims = []
    for match in _DECADE_OF_LIFE.finditer(text):
        first = int(decades[match["decade"].lower()])
        low, high = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}.get((match["part"] or "").lower(), (0, 9))
        # Not an exact age: the age rules, which compare one number, leave it alone.
        claims.append(Claim("duration", match.start(), match.end(),
                            {"amount": first + low, "unit": "year", "max": first + high, "range": True,
                             "age_range": True}))
    return claims


def _spans_of_years(text: str, words: frozenset[str]) -> list[Claim]:
    """Anniversaries, centenaries, "year-long", "the past decade" and "the first full year"."""
    claims = []
    for match in _ORDINAL_YEARS.finditer(text) if not words.isdisjoint(_YEARS_WORDS) else ():
        value: dict[str, object] = {"amount": parse_ordinal(match["ord"]), "unit": "year", "anniversary": True}
        if match["kind"].lower() == "birthday":
            value["age"] = True
        claims.append(Claim("duration", match.start(), match.end(), value))
    for match in _CENTENARY.finditer(text) if not words.isdisjoint(_CENTENARY_YEARS) else ():
        years = _CENTENARY_YEARS[match["word"].lower()]
        claims.append(Claim("duration", match.start(), match.end(), {"amount": years, "unit": "year",
                                                                     "anniversary": True}))
    for match in _LONG.finditer(text) if "long" in words else ():
        claims.append(Claim("duration", match.start(), match.end(), _value("a", match["unit"])))
    for match in _PAST_SPAN.finditer(text) if not words.isdisjoint(_PAST_WORDS) else ():
        claims.append(Claim("duration", match.start(), match.end(), _value(match["num"] or "a", match["unit"])))
    for match in _FIRST_UNIT.finditer(text) if "first" in words else ():
        claims.append(Claim("duration", match.start(), match.end(), _value("a", match["unit"])))
    return claims


# Every age adjective and span holds a unit word; its count starts at most this far before it
# ("three hundred and twenty-five years"): longer counts are not read as durations.
# (A character class first, which the regex engine scans for, instead of a case-insensitive alternation.)
_UNIT_WORD = re.compile(r"[DdWwMmYyFf](?i:ay|eek|onth|ear|ecade|ortnight)")
_COUNT_REACH = 40


def find_durations(text: str, words: frozenset[str] | None = None) -> list[Claim]:
    """All ages and durations in ``text``, with prose offsets, in order and not overlapping.

    ``words`` (the text's lower-case words) saves recomputing them when known.
    """
    words = words_of(text) if words is None else words
    anchors = [(match.start() - _COUNT_REACH, match.start()) for match in _UNIT_WORD.finditer(text)]
    claims = [*_ages(text, words, anchors), *(_decades_of_life(text) if not words.isdisjoint(_DECADE_WORDS) else ()),
              *_spans_of_years(text, words)]
    taken = bytearray(len(text))  # characters already claimed by an age (linear overlap tests)
    for claim in claims:
        taken[claim.start:claim.end] = b"\x01" * (claim.end - claim.start)
    for match in anchored_finditer(_SPAN, text, anchors):
        if taken.find(1, match.start(), match.end()) >= 0:
            continue
        num = match.group("num")
        tail = (match.group("tail") or "").strip().lower()
        if num.lower() in ("a", "an") and (match.group("plural") or (not tail and _is_rate(text, match.start()))):
            continue
        value = _value(num, match.group("unit"))
        hedge, start = hedge_before(text, match.start())
        value.update(hedge_info(hedge))
        if tail in ("later", "earlier") and _THAN_PLANNED.match(text, match.end()):
            value["delay"] = True  # "two years later than planned": a delay, counted from no event
        elif tail in ("after", "later"):
            value["relation"] = "after"
        elif tail in ("before", "earlier", "prior"):  # "six months prior to the recession"
            value["relation"] = "before"
        claims.append(Claim("duration", start, match.end(), value))
    return leftmost_longest(claims)

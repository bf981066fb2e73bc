"""Percentages: "40%", "12.5 percent", "40 per cent", "nearly 40%", "3 percentage points".

>>> [(c.value["amount"], c.value.get("approx")) for c in find_percent("nearly 40% and 12.5 per cent")]
[(40.0, True), (12.5, None)]
>>> find_percent("up 3 percentage points")[0].value
{'amount': 3.0, 'points': True}
>>> find_percent("almost half of venture funding")[0].value
{'amount': 50.0, 'approx': True, 'bound': 'max', 'hedge': 'almost', 'fraction': True}
"""

from __future__ import annotations

import re

from verify.claims import Claim
from verify.extract.hedges import hedge_before, hedge_info
from verify.extract.numbers import NUMBER, NumberPattern, parse_number, words_of
from verify.extract.overlaps import leftmost_longest

_PERCENT = NumberPattern(lambda forms: (
    rf"(?P<num>{forms.number})"
    rf"(?:\s?(?P<sign>%)(?![0-9A-Fa-f]{{2}})|[\s-]?(?P<word>(?i:percentage[\s-]points?|per[\s-]?cents?(?:age)?|pct|pc)\b))"
))
# A sign read backwards from the figure: "minus 3%", "negative 0.5 percent", "-2%".
_MINUS_BEFORE = re.compile(r"(?:\b(?i:minus|negative)\s+|-)$")
# The low end of a range written before the figure: "a 3-5% rise", "the 0–5% band".
_RANGE_LOW = re.compile(r"(?<![\w.,])(?P<low>\d+(?:\.\d+)?)\s?[-–]\s?$")


_FRACTIONS = {"half": 50.0, "a half": 50.0, "one half": 50.0, "a third": 100 / 3, "one third": 100 / 3,
              "two thirds": 200 / 3, "a quarter": 25.0, "one quarter": 25.0, "three quarters": 75.0,
              "a fifth": 20.0, "one fifth": 20.0}
_FRACTION_WORDS = frozenset({"half", "third", "thirds", "quarter", "quarters", "fifth"})
# A fraction is a share when a whole follows ("almost half of venture funding", not "the second
# half of 2025" nor "a quarter of a century"), or when it ends a figure of its own ("more than
# half,", "cut by half", "or about a third.").
_FRACTION = re.compile(
    r"(?<!\bfirst\s)(?<!\bsecond\s)\b(?P<fraction>(?i:(?:a|one)\s+half|half|(?:a|one)\s+third|two[\s-]thirds|"
    r"(?:a|one)\s+quarter|three[\s-]quarters|(?:a|one)\s+fifth))"
    r"(?=\s+of\b(?!\s+(?:a\s+)?(?:century|decade|year|month|week|day|hour|mile|point)\b)"
    r"|\s*[,.;)](?!\d)|\s+(?:full|empty|my|his|her|their|its|the)\b)"
)
# "one in seven", "roughly three in five", "nine in 10": a share written as a ratio. " in " before a
# number is found first (a literal the regex engine scans for), then the number before it.
RATIO_IN = re.compile(r" in (?=\d{1,3}\b(?![.,]\d)|(?i:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|"
                      r"a\s+hundred)\b)")  # not "in 2013", "in 5,000"
_RATIO_OF = re.compile(rf"(?P<m>{NUMBER})\b(?![\d,.%]|\s+(?:(?i:minutes|hours|days|weeks|months|years|seconds|"
                       r"cases|games|matches|races|starts|attempts|million|billion|thousand))\b)")
_RATIO_N = re.compile(r"(?<![\w-])(?P<n>(?i:one|two|three|four|five|six|seven|eight|nine|ten)|\d{1,3})$")
# "up 4.4 points" in a sentence about percentages: percentage points
_POINTS = re.compile(r"\b(?i:up|down|by|rose|fell|gained|lost|dropped|climbed|slipped|jumped)\s+"
                     r"(?P<num>\d+(?:\.\d+)?)\s+(?i:points?)\b")
# "one point four per cent"
_POINT_WORDS = NumberPattern(lambda forms: (
    rf"(?P<int>{forms.number})\s+(?i:point)\s+(?P<dec>(?:(?i:zero|one|two|three|four|five|six|seven|eight|nine)"
    r"\s+)+)(?i:per\s?cent|percent)\b"), frozenset({"point"}))
_DIGITS_OF = {"zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
              "eight": "8", "nine": "9"}


def _minus_before(text: str, start: int) -> int | None:
    """Where a minus sign or word written just before ``start`` begins, if there is one. A dash
    after a number or a word joins a range or a compound ("0-5%", "year-on-year-2%"), no sign.

    >>> _minus_before("fell -2% in May", 6), _minus_before("a 0-5% band", 4)
    (5, None)
    """
    if start and text[start - 1] == "-":
        if start >= 2 and text[start - 2].isalnum():
            return None
        return start - 1 if text[start].isdigit() else None
    match = _MINUS_BEFORE.search(text, max(0, start - 12), start)
    return match.start() if match else None


def _ratios_and_points(text: str, words: frozenset[str]) -> list[Claim]:
    """"one in seven" (14.3), "up 4.4 points" where the sentence speaks of percentages, "one point four
    per cent"."""
    claims = []
    for found in RATIO_IN.finditer(text):
        first = _RATIO_N.search(text, max(0, found.start() - 6), found.start())
        second = _RATIO_OF.match(text, found.end())
        if first is None or second is None:
            continue
        n, m = parse_number(first["n"]), parse_number(second["m"])
        if 0 < n < m <= 1000 and not (1600 <= m <= 2199):
            value: dict[str, object] = {"amount": round(100 * n / m, 1)}
            hedge, start = hedge_before(text, first.start())
            value.update(hedge_info(hedge))
            value["ratio"] = f"{first['n']} in {second['m']}"
            claims.append(Claim("percent", start, second.end(), value))
    for match in _POINTS.finditer(text) if "points" in words or "point" in words else ():
        sentence = text[max(0, text.rfind(".", 0, match.start()) + 1):text.find(".", match.end()) % (len(text) + 1)]
        if "%" in sentence or "per cent" in sentence or "percent" in sentence:
            claims.append(Claim("percent", match.start("num"), match.end(),
                                {"amount": float(match["num"]), "points": True}))
    for match in _POINT_WORDS.choose(words).finditer(text) if "point" in words else ():
        decimals = "".join(_DIGITS_OF[w.lower()] for w in match["dec"].split())
        amount = float(f"{parse_number(match['int'])}.{decimals}")
        claims.append(Claim("percent", match.start(), match.end(), {"amount": amount}))
    return claims


def find_percent(text: str, words: frozenset[str] | None = None) -> list[Claim]:
    """All percentages in ``text`` (and fractions of a whole), with prose offsets.

    ``words`` (the text's lower-case words) saves recomputing them when known.
    """
    words = words_of(text) if words is None else words
    claims = []
    for match in _FRACTION.finditer(text) if not words.isdisjoint(_FRACTION_WORDS) else ():
        fraction = " ".join(match.group("fraction").lower().replace("-", " ").split())
        value: dict[str, object] = {"amount": round(_FRACTIONS[fraction], 2)}
        hedge, start = hedge_before(text, match.start())
        value.update(hedge_info(hedge))
        value["fraction"] = True
        claims.append(Claim("percent", start, match.end(), value))
    claims += _ratios_and_points(text, words)
    for match in _PERCENT.finditer_at_numbers(text, words):
        amount = float(parse_number(match.group("num")))
        minus_at = _minus_before(text, match.start())
        value: dict[str, object] = {"amount": -amount if minus_at is not None else amount}
        hedge, start = hedge_before(text, match.start() if minus_at is None else minus_at)
        # A number and a dash before it (never a minus sign then) open a range: "a 3-5% rise".
        low = _RANGE_LOW.search(text, max(0, match.start() - 12), match.start())
        if low is not None and float(low.group("low")) < amount:
            value, start = {"amount": float(low.group("low")), "max": amount, "range": True}, low.start()
        value.update(hedge_info(hedge))
        if match.group("word") and match.group("word").lower().startswith("percentage"):
            value["points"] = True
        claims.append(Claim("percent", start, match.end(), value))
    return leftmost_longest(claims)

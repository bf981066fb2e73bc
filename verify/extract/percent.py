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
from verify.extract.numbers import NumberPattern, parse_number, words_of

_PERCENT = NumberPattern(lambda forms: (
    rf"(?P<num>{forms.number})"
    rf"(?:\s?(?P<sign>%)(?![0-9A-Fa-f]{{2}})|[\s-]?(?P<word>(?i:percentage[\s-]points?|per[\s-]?cents?(?:age)?|pct|pc)\b))"
))
# A sign read backwards from the figure: "minus 3%", "negative 0.5 percent", "-2%".
_MINUS_BEFORE = re.compile(r"(?:\b(?i:minus|negative)\s+|-)$")


_FRACTIONS = {"half": 50.0, "a half": 50.0, "one half": 50.0, "a third": 100 / 3, "one third": 100 / 3,
              "two thirds": 200 / 3, "a quarter": 25.0, "one quarter": 25.0, "three quarters": 75.0,
              "a fifth": 20.0, "one fifth": 20.0}
_FRACTION_WORDS = frozenset({"half", "third", "thirds", "quarter", "quarters", "fifth"})
# A fraction is a share only when a whole follows: "almost half of venture funding".
_FRACTION = re.compile(
    r"\b(?P<fraction>(?i:(?:a|one)\s+half|half|(?:a|one)\s+third|two[\s-]thirds|"
    r"(?:a|one)\s+quarter|three[\s-]quarters|(?:a|one)\s+fifth))(?=\s+of\b)"
)


def _minus_before(text: str, start: int) -> int | None:
    """Where a minus sign or word written just before ``start`` begins, if there is one."""
    if start and text[start - 1] == "-":
        return start - 1 if text[start].isdigit() else None
    match = _MINUS_BEFORE.search(text, max(0, start - 12), start)
    return match.start() if match else None


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
    for match in _PERCENT.choose(words).finditer(text):
        amount = float(parse_number(match.group("num")))
        minus_at = _minus_before(text, match.start())
        value: dict[str, object] = {"amount": -amount if minus_at is not None else amount}
        hedge, start = hedge_before(text, match.start() if minus_at is None else minus_at)
        value.update(hedge_info(hedge))
        if match.group("word") and match.group("word").lower().startswith("percentage"):
            value["points"] = True
        claims.append(Claim("percent", start, match.end(), value))
    return sorted(claims, key=lambda c: c.start)

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
from verify.extract.numbers import NUMBER, parse_number

_PERCENT = re.compile(
    rf"(?P<minus>(?i:minus|negative)\s+|-(?=\d))?(?P<num>{NUMBER})"
    rf"(?:\s?(?P<sign>%)(?![0-9A-Fa-f]{{2}})|[\s-]?(?P<word>(?i:percentage[\s-]points?|per[\s-]?cents?(?:age)?|pct|pc)\b))"
)


_FRACTIONS = {"half": 50.0, "a half": 50.0, "one half": 50.0, "a third": 100 / 3, "one third": 100 / 3,
              "two thirds": 200 / 3, "a quarter": 25.0, "one quarter": 25.0, "three quarters": 75.0,
              "a fifth": 20.0, "one fifth": 20.0}
# A fraction is a share only when a whole follows: "almost half of venture funding".
_FRACTION = re.compile(
    r"\b(?P<fraction>(?i:(?:a|one)\s+half|half|(?:a|one)\s+third|two[\s-]thirds|"
    r"(?:a|one)\s+quarter|three[\s-]quarters|(?:a|one)\s+fifth))(?=\s+of\b)"
)


def find_percent(text: str) -> list[Claim]:
    """All percentages in ``text`` (and fractions of a whole), with prose offsets."""
    claims = []
    for match in _FRACTION.finditer(text):
        words = " ".join(match.group("fraction").lower().replace("-", " ").split())
        value: dict[str, object] = {"amount": round(_FRACTIONS[words], 2)}
        hedge, start = hedge_before(text, match.start())
        value.update(hedge_info(hedge))
        value["fraction"] = True
        claims.append(Claim("percent", start, match.end(), value))
    for match in _PERCENT.finditer(text):
        amount = float(parse_number(match.group("num")))
        value: dict[str, object] = {"amount": -amount if match.group("minus") else amount}
        hedge, start = hedge_before(text, match.start())
        value.update(hedge_info(hedge))
        if match.group("word") and match.group("word").lower().startswith("percentage"):
            value["points"] = True
        claims.append(Claim("percent", start, match.end(), value))
    return sorted(claims, key=lambda c: c.start)

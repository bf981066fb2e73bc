"""Percentages: "40%", "12.5 percent", "40 per cent", "nearly 40%", "3 percentage points".

>>> [(c.value["amount"], c.value.get("approx")) for c in find_percent("nearly 40% and 12.5 per cent")]
[(40.0, True), (12.5, None)]
>>> find_percent("up 3 percentage points")[0].value
{'amount': 3.0, 'points': True}
"""

from __future__ import annotations

import re

from verify.claims import Claim
from verify.extract.hedges import HEDGE, hedge_info
from verify.extract.numbers import NUMBER, parse_number

_PERCENT = re.compile(
    rf"(?P<hedge>{HEDGE})?(?P<num>{NUMBER})(?:\s?(?P<sign>%)|[\s-]?(?P<word>(?i:percentage[\s-]points?"
    rf"|per[\s-]?cent(?:age)?|pct|pc)\b))"
)


def find_percent(text: str) -> list[Claim]:
    """All percentages in ``text``, with prose offsets."""
    claims = []
    for match in _PERCENT.finditer(text):
        value: dict[str, object] = {"amount": float(parse_number(match.group("num")))}
        value.update(hedge_info(match.group("hedge")))
        if match.group("word") and match.group("word").lower().startswith("percentage"):
            value["points"] = True
        claims.append(Claim("percent", match.start(), match.end(), value))
    return claims

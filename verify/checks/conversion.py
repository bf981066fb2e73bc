"""``conversion``: a figure given in two currencies, checked against the ECB rate.

"$290 million, equivalent to 2 billion yuan" implies 6.90 CNY per USD; the
ECB reference rate of the publication date (nearest earlier business day) is
compared, and the gap must stay within ``tolerance`` (3 % by default; a
hedged figure adds ``approx_tolerance``). The two amounts are linked when an
equivalence cue ("equivalent to", "or", "worth", a bracket) stands between
them, or stands before the second one and the first is the nearest earlier
amount about the same thing. Without a publication date nothing is checked.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from datetime import date
from typing import Any

from verify.checks.common import CheckContext, Hit, HitIterator, percent_text, quoted
from verify.claims import Claim
from verify.lazy_re import LazyPattern

FIELDS = frozenset({"first", "second", "implied", "reference", "rate_date", "gap", "tolerance",
                    "base", "quote", "reason"})
_CUE = LazyPattern(
    r"(?:equivalent\s+to|the\s+equivalent\s+of|or(?:\s+(?:about|roughly|around|some|nearly|"
    r"almost|approximately))?|worth|about|roughly|approximately|around|some|\(|=|converted\s+to|"
    r"amounting\s+to|i\.e\.|which\s+is)\s*$",
    re.IGNORECASE,
)
# Cues that say "the same amount in another currency" on their own; "about" alone does not.
_STRONG_CUE = LazyPattern(r"(?:equivalent\s+to|the\s+equivalent\s+of|\bor(?:\s+(?:about|roughly|around|some|nearly|"
                          r"almost|approximately))?|\(|=|converted\s+to|i\.e\.)\s*$", re.IGNORECASE)
_MAX_DISTANCE = 1500  # characters between an amount and its restatement


def _pairs(ctx: CheckContext) -> list[tuple[Claim, Claim]]:
    money = ctx.of_type("money")
    text = ctx.document.text
    paragraph_starts = [start for start, _ in ctx.document.blocks]
    pairs = []
    for index, second in enumerate(money):
        if index == 0:
            continue
        nearest = money[index - 1]
        gap = text[nearest.end:second.start]
        if nearest.value["currency"] != second.value["currency"] and len(gap) < 40 \
                and _CUE.search(gap.strip(" ,")):
            pairs.append((nearest, second))
            continue
        clause_start = max(second.sentence[0], second.start - 80)
        lead = text[clause_start:second.start].strip(" ,")
        if not _CUE.search(lead):
            continue
        if _STRONG_CUE.search(lead):
            # "The round, or about €30 million": the nearest other-currency amount in the paragraph.
            paragraph_start = paragraph_starts[max(bisect_right(paragraph_starts, second.start) - 1, 0)]
            other = None
            for earlier in _before(money, index):
                if earlier.start < paragraph_start:
                    break
                if earlier.value["currency"] != second.value["currency"]:
                    other = earlier
                    break
            if other is not None:
                pairs.append((other, second))
                continue
        for earlier in _before(money, index):
            if second.start - earlier.end > _MAX_DISTANCE:
                break
            if earlier.value["currency"] != second.value["currency"] and earlier.head \
                    and earlier.head == second.head:
                pairs.append((earlier, second))
                break
    return pairs


def _before(claims: list[Claim], index: int) -> Iterator[Claim]:
    """Claims before ``index``, nearest first (no copies: a text of 20,000 amounts stays linear)."""
    for position in range(index - 1, -1, -1):
        yield claims[position]


def _unchecked_because(base: str, quote: str, day: date) -> str:
    """Why no ECB rate links two currencies on ``day``: a currency it has never quoted, or not yet.

    >>> _unchecked_because("INR", "USD", date(2005, 1, 19))
    'the ECB published no INR reference rate before 2009-01-02'
    """
    from verify.rates import first_quoted

    for code in (base, quote):
        since = first_quoted(code)
        if since is None:
            return f"the ECB publishes no {code} reference rate"
        if since > day:
            return f"the ECB published no {code} reference rate before {since.isoformat()}"
    return f"the ECB published no {base}/{quote} rate in the ten days up to {day.isoformat()}"


def run(ctx: CheckContext, params: dict[str, Any]) -> HitIterator:
    if ctx.published is None:
        return
    from verify.rates import reference_rate

    unquoted = params.get("facet") == "unquoted"  # the note that a restatement could not be checked
    for first, second in _pairs(ctx):
        base, quote = first.value["currency"], second.value["currency"]
        found = reference_rate(base, quote, ctx.published)
        if unquoted:
            if found is None:
                yield Hit([second, first], {
                    "first": quoted(first), "second": quoted(second), "base": base, "quote": quote,
                    "reason": _unchecked_because(base, quote, ctx.published), "implied": "", "reference": "",
                    "rate_date": "", "gap": "", "tolerance": ""})
            continue
        if found is None or not first.value["amount"]:
            continue
        reference, rate_date = found
        implied = second.value["amount"] / first.value["amount"]
        gap = abs(implied - reference) / reference
        tolerance = float(params.get("tolerance", 0.03))
        if first.value.get("approx") or second.value.get("approx"):
            tolerance += float(params.get("approx_tolerance", 0.02))
        if gap > tolerance:
            yield Hit([second, first], {
                "first": quoted(first), "second": quoted(second), "base": base, "quote": quote,
                "implied": f"{implied:.4g}", "reference": f"{reference:.4g}",
                "rate_date": rate_date.isoformat(), "gap": percent_text(gap),
                "tolerance": percent_text(tolerance), "reason": ""})

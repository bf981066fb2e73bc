"""``remainder-mismatch`` (a relation of :mod:`verify.checks.aggregate`): what is left of a whole after a part.

"He has repaid $600,000, leaving $1.95 million of the restitution still outstanding" says the
restitution less $600,000 is $1.95 million; with "restitution of $2.45 million" stated elsewhere, it is
$1.85 million. Read by position:

- the remainder: an amount after "leaving" (``[remainder]`` in ``verify/data/arithmetic.toml``), followed
  by "of" and the whole it is left of: the whole's noun ("of the restitution", "of its grant") or the
  whole's amount itself ("of its £5m budget");
- the part: the nearest amount before it in its sentence, of the same type and currency;
- the whole named by its noun: the amount the article writes with that noun before it ("restitution of
  $2.45 million", "a grant of £5m") or after it ("a £5m grant"), the nearest one before the remainder.

Each figure stands for what its rounding and hedge allow: whole less part must meet the remainder.

>>> from verify.document import Document
>>> from verify.extract import extract_claims
>>> from verify.checks.common import CheckContext
>>> text = ("The judge ordered restitution of $2.45 million. Voss has repaid $600,000, leaving $1.95 million "
...         "of the restitution outstanding.")
>>> doc = Document.from_plain("a.txt", text)
>>> ctx = CheckContext(doc, extract_claims(doc, None), None)
>>> [hit.fields["computed"] for hit in remainders(ctx, {})]
['1,850,000 USD']
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from verify.checks.common import CheckContext, Hit, HitIterator, disjoint, interval, quoted
from verify.claims import Claim
from verify.formats.describe import describe_value
from verify.lexicon import phrase_pattern, words

_AMOUNTS = ("money", "quantity")
_NOUN_OF = r"(?:the|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+)"


@cache
def _leaving() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{phrase_pattern(words('arithmetic', 'remainder.leaving')).pattern})\s+$", re.IGNORECASE)


_OF_WHOLE = re.compile(rf"\s+of\s+(?:(?:the|its|their|his|her)\s+(?=[£$€¥\d])|{_NOUN_OF}\b)", re.IGNORECASE)


def _same_kind(a: Claim, b: Claim) -> bool:
    return a.type == b.type and a.value.get("currency") == b.value.get("currency") and (
        a.type != "quantity" or a.value.get("unit") == b.value.get("unit") or b.value.get("unit_inherited"))


def _whole_named(ctx: CheckContext, noun: str, before: Claim, kind: Claim) -> Claim | None:
    """The nearest amount before ``before`` written with ``noun``: "restitution of $2.45 million", "a £5m
    grant"."""
    text = ctx.document.text
    written_before = re.compile(rf"\b{re.escape(noun)}s?\s+of\s+(?:about\s+|some\s+|nearly\s+)?$", re.IGNORECASE)
    written_after = re.compile(rf"\s+(?:[a-z-]+\s+)?{re.escape(noun)}s?\b", re.IGNORECASE)
    found = None
    for claim in ctx.of_type(kind.type):
        if claim.start >= before.start:
            break
        if claim.sentence == before.sentence or not _same_kind(claim, kind):
            continue
        if written_before.search(text, max(0, claim.start - 40), claim.start) or written_after.match(text, claim.end):
            found = claim
    return found


def remainders(ctx: CheckContext, params: dict[str, Any]) -> HitIterator:
    text = ctx.document.text
    for kind in _AMOUNTS:
        amounts = ctx.of_type(kind)
        for index, left in enumerate(amounts):
            if not _leaving().search(text, max(left.sentence[0], left.start - 20), left.start):
                continue
            part = next((c for c in reversed(amounts[:index]) if c.sentence == left.sentence), None)
            if part is None or not _same_kind(part, left):
                continue
            of = _OF_WHOLE.match(text, left.end, left.sentence[1])
            if of is None:
                continue
            if of["noun"]:
                whole = _whole_named(ctx, of["noun"].lower(), part, left)
            else:  # "leaving £1m of its £5m budget"
                whole = next((c for c in amounts[index + 1:index + 2] if c.start == of.end() and _same_kind(c, left)),
                             None)
            if whole is None:
                continue
            yield from _compared(whole, part, left, params)


def _compared(whole: Claim, part: Claim, left: Claim, params: dict[str, Any]) -> HitIterator:
    whole_low, whole_high = interval(whole, params)
    part_low, part_high = interval(part, params)
    from verify.checks.aggregate import relation_fields  # aggregate runs this module: imported when it does

    if disjoint((whole_low - part_high, whole_high - part_low), interval(left, params)):
        computed = describe_value(left.type, {**left.value, "amount": whole.value["amount"] - part.value["amount"]})
        yield Hit([left, part, whole], relation_fields(first=quoted(whole), second=quoted(part), stated=quoted(left),
                                                       computed=computed))

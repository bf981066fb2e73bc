"""``percent-of-mismatch`` (a relation of :mod:`verify.checks.aggregate`): a percentage of a count
against the count.

"35% of the 2,000 members, or 900" says 900 is 35 % of 2,000, but it is 45 %. Three figures of one
sentence are read by position, and nothing but these words may stand between them:

- the whole right after the percentage's "of": "35% of the 2,000 members", "one in five of its
  3,500 staff", "30% of that unit's 3,100 staff";
- the part before the percentage ("940 jobs, or about 30% of …", "96 (41%) of the 234 …") or after
  the whole ("… of the 2,000 members, or 900", "… of its 3,500 staff — about 900 people"), set off by a
  comma, "or", a bracket or a dash;
- or, when the percentage is of a whole named without a figure ("— 6.5% of the total —", "Of those
  tested, 96, or 41%"), the wholes stated in the paragraph and the one before it: the part must be
  that share of one of them.

Each figure stands for what its rounding and hedge allow; "one in five" for 1 in 4.5 to 1 in 5.5.
The share the part is of the whole must come within ``tolerance`` points (1) of the percentage.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from verify.checks.common import CheckContext, Hit, HitIterator, interval, quoted
from verify.extract.numbers import parse_number
from verify.frames.model import Frame
from verify.frames.pairs import Policy
from verify.lexicon import phrase_pattern, words

_COUNTS = frozenset({"quantity", "money"})
_OF_WHOLE = re.compile(r"\s*,?\s*of\s+(?:[A-Za-z][\w'’-]*\s+){0,3}")
_SET_OFF = r"\s*(?:,\s*or|\(|[—–]|,)\s*"
_PART_BEFORE = re.compile(rf"(?:\s+[a-z]+){{0,2}}{_SET_OFF}")
_PART_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}?\s*(?:,\s*or|\(|[—–])\s*")
# "1,170 had been waiting a month — 6.5% of the total", "96, or 41%": a bare comma sets off a share of
# the figure before it instead ("210 people, about a quarter of them chemists").
_PART_FAR = re.compile(r"(?:\s+[\w'’-]+){0,8}\s*(?:,\s*or|\(|[—–])\s*")
_RATIO = re.compile(r"(?P<part>\w+)\s+(?:in|out\s+of)\s+(?P<whole>\w+)", re.IGNORECASE)
_EARLIER_WHOLES = 8  # figures looked back over for a whole named without a figure
_NEIGHBOURS = 4  # figures on each side of a share in which its part and whole are sought


@cache
def _anaphoric() -> re.Pattern[str]:
    return re.compile(rf"\s*,?\s*of\s+{phrase_pattern(words('wholes', 'named')).pattern}\b",
                      re.IGNORECASE)


def share_interval(frame: Frame, params: dict[str, Any]) -> tuple[float, float]:
    """The percentages a stated share allows: its rounding and hedge, and for "k in n" the shares
    between k in n + ½ and k in n − ½ ("one in five": 18.2–22.2 %).

    >>> from verify.claims import Claim
    >>> one_in_five = Claim("percent", 0, 11, {"amount": 20.0, "ratio": "one in five"}, text="one in five")
    >>> [round(x, 1) for x in share_interval(Frame(one_in_five), {})]
    [18.2, 22.2]
    """
    claim = frame.claim
    ratio = _RATIO.search(str(claim.value.get("ratio", "")))
    if not ratio:
        return interval(claim, params)
    part, whole = float(parse_number(ratio["part"])), float(parse_number(ratio["whole"]))
    low, high = 100 * part / (whole + 0.5), 100 * part / (whole - 0.5)
    if claim.value.get("bound") == "max":
        return low * (1 - float(params.get("near_tolerance", 0.10))), high
    if claim.value.get("bound") == "min":
        return low, high * (1 + float(params.get("near_tolerance", 0.10)))
    if claim.value.get("approx"):
        approx = float(params.get("approx_tolerance", 0.05))
        return low * (1 - approx), high * (1 + approx)
    return low, high


def _counts_in(ctx: CheckContext, frame: Frame) -> list[Frame]:
    """The nearest counts and amounts in the sentence of ``frame``, in order (a bounded search)."""
    return [f for f in ctx.frames.around(frame, _COUNTS, _NEIGHBOURS) if f.claim.sentence == frame.claim.sentence]


def _between(ctx: CheckContext, first: Frame, second: Frame, pattern: re.Pattern[str]) -> bool:
    return pattern.fullmatch(ctx.document.text, first.claim.end, second.claim.start) is not None


def _same_kind(a: Frame, b: Frame) -> bool:
    return a.claim.type == b.claim.type and a.claim.value.get("currency") == b.claim.value.get("currency")


def _triples(ctx: CheckContext, share: Frame) -> Iterator[tuple[Frame, list[Frame]]]:
    """(part, wholes) stated with a share: one whole after its "of", or the wholes a named whole may be."""
    counts = _counts_in(ctx, share)
    before = [f for f in counts if f.claim.end <= share.claim.start]
    after = [f for f in counts if f.claim.start >= share.claim.end]
    whole = after[0] if after and _between(ctx, share, after[0], _OF_WHOLE) else None
    part = before[-1] if before and _between(ctx, before[-1], share, _PART_BEFORE) else None
    if whole is not None:
        later = after[1] if len(after) > 1 else None
        if part is None and later is not None and _between(ctx, whole, later, _PART_AFTER):
            part = later
        if part is not None and _same_kind(part, whole):
            yield part, [whole]
        return
    text = ctx.document.text
    named = _anaphoric().match(text, share.claim.end) or _anaphoric().search(
        text, share.claim.sentence[0], before[-1].claim.start if before else share.claim.start)
    if not named or not before:
        return
    part = before[-1] if _between(ctx, before[-1], share, _PART_FAR) else None
    if part is None:
        return
    wholes = [f for f in ctx.frames.before(part, _COUNTS, _EARLIER_WHOLES)
              if ctx.frames.paragraph(part) - ctx.frames.paragraph(f) <= 1 and f.period.kind != "prior"
              and _same_kind(part, f) and float(f.claim.value["amount"]) > float(part.claim.value["amount"])]
    if wholes:
        yield part, wholes


def _agrees(part: Frame, whole: Frame, stated: tuple[float, float], tolerance: float,
            params: dict[str, Any]) -> bool:
    (part_low, part_high), (whole_low, whole_high) = interval(part.claim, params), interval(whole.claim, params)
    if whole_low <= 0:
        return True
    low, high = 100 * part_low / whole_high, 100 * part_high / whole_low
    return low <= stated[1] + tolerance and stated[0] - tolerance <= high


def percent_of(ctx: CheckContext, params: dict[str, Any], policy: Policy) -> HitIterator:
    from verify.checks.aggregate import _points, relation_fields

    tolerance = float(params.get("tolerance", 1.0))
    for share in ctx.frames.of_type("percent"):
        value = share.claim.value
        if value.get("points") or value.get("range") or share.aspect == "change" or float(value["amount"]) > 100:
            continue
        stated = share_interval(share, params)
        for part, wholes in _triples(ctx, share):
            if any(_agrees(part, whole, stated, tolerance, params) for whole in wholes):
                continue
            wholes = wholes[:3]
            amount = float(part.claim.value["amount"])
            computed = " or ".join(f"{100 * amount / float(w.claim.value['amount']):.1f} %" for w in wholes)
            # The sentence ties the three figures together ("of the 2,000 members, or 900"; "of the
            # total"), not their entities: the finding is as sure as that grammar.
            yield Hit([share.claim, part.claim, *(w.claim for w in wholes)], relation_fields(
                stated=quoted(share.claim), first=quoted(part.claim),
                second=" or ".join(quoted(w.claim) for w in wholes), computed=computed, tolerance=_points(tolerance)),
                links=[part.link_text(), *(w.link_text() for w in wholes)])

"""``direction-mismatch`` (a relation of :mod:`verify.checks.aggregate`): a direction word against the
two figures it describes.

"Sales fell to €5.2bn from €4.9bn" says the figure went down, but €5.2bn is above €4.9bn. The two
figures are the ones the change machinery of :mod:`verify.checks.aggregate` pairs: a figure of an
earlier period ("from €4.9bn") and the level it moved to in its sentence (same type, unit, entity
and metric). The word is the one that governs them, and nothing else may stand between:

- "<word> [by …] to <now> from <before>", "<word> from <before> to <now>";
- "<now>, up from <before>", "<now>, down from <before>".

The words are the ``[direction]`` up/down table of ``verify/data/verbs.toml`` less the ones that do
not say which way a figure moved (``verify/data/directions.toml``): "improved" and "worsened" count
only for a metric whose better direction is known (a margin improves upwards, unemployment
downwards). "Widened" and "narrowed" say the same of a gap or a loss, whose figures are written
without a sign. Both figures stand for the intervals their rounding allows; the word contradicts
them only when the intervals are apart the other way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from verify.checks.common import CheckContext, Hit, HitIterator, interval, quoted
from verify.frames.model import Frame
from verify.frames.pairs import Policy
from verify.frames.periods import introduced_as_prior
from verify.lexicon import phrase_pattern, table, words

_LEVELS = frozenset({"money", "quantity", "percent", "duration"})


@cache
def _signs() -> dict[str, int]:
    """Each direction word with +1 (up) or -1 (down); "improved" and "worsened" with 0 (the metric decides)."""
    skip = words("directions", "not_directional")
    signs = {word: 1 for word in words("verbs", "direction.up") - skip}
    signs.update({word: -1 for word in words("verbs", "direction.down") - skip})
    signs.update({word: 0 for word in words("directions", "better.words") | words("directions", "better.worse")})
    return signs


@cache
def _governing() -> re.Pattern[str]:
    """The direction word before the first figure: "fell to ", "rose 5% to ", "climbed from "."""
    return re.compile(rf"\b(?P<word>{phrase_pattern(_signs()).pattern})\s+(?:by\s+)?(?:[^\s,;]+\s+){{0,6}}?"
                      r"(?P<link>to|from)\s+$", re.IGNORECASE)


_PER = r"(?:\s+(?:a|an|per)\s+[a-z]+)?"  # "2,300 passengers a day, down from 2,100"
_BETWEEN = re.compile(rf"{_PER}\s*,?\s*(?P<link>from|to)\s*", re.IGNORECASE)
_UP_DOWN_FROM = re.compile(rf"{_PER}\s*,\s*(?P<word>up|down)\s+from\s*", re.IGNORECASE)
_LEAD = 60  # characters before the first figure in which its direction word is sought


def sign_of(word: str, metric: str | None) -> int:
    """+1 or -1 for the way ``word`` says the figure moved, 0 when it does not say."""
    word = word.lower()
    if word not in _signs():
        return 0  # no direction word at all: whatever the metric, it says nothing
    sign = _signs()[word]
    if sign or metric is None:
        return sign
    better = table("directions")["better"]
    polarity = 1 if metric in better["higher_is_better"] else -1 if metric in better["lower_is_better"] else 0
    return polarity if word in better["words"] else -polarity


def _stated(text: str, start: Frame, reached: Frame) -> tuple[str, int] | None:
    """The direction word governing the pair, and its sign."""
    first, second = sorted((start, reached), key=lambda f: f.claim.start)
    between = text[first.claim.end:second.claim.start]
    up_down = _UP_DOWN_FROM.fullmatch(between)
    if up_down and first is reached:
        return up_down["word"], sign_of(up_down["word"], None)
    lead_start = max(first.claim.sentence[0], first.claim.start - _LEAD)
    word = _governing().search(text, lead_start, first.claim.start)
    link = _BETWEEN.fullmatch(between)
    if not word or not link:
        return None
    # "to <now> from <before>" or "from <before> to <now>": each link word introduces its own figure.
    if (word["link"].lower() == "to") != (first is reached) or link["link"].lower() == word["link"].lower():
        return None
    sign = sign_of(word["word"], reached.metric)
    return (word["word"], sign) if sign else None


def moved(start: Frame, reached: Frame) -> str:
    """"a rise (+2 weeks)", "a fall (-0.5 points)", "a rise (+2,000,000 USD)"."""
    a, b = float(start.claim.value["amount"]), float(reached.claim.value["amount"])
    value = reached.claim.value
    unit = "points" if start.claim.type == "percent" else str(value.get("currency") or value.get("unit") or "")
    if start.claim.type == "duration" and abs(b - a) != 1:
        unit += "s"
    return f"{'a rise' if b > a else 'a fall'} ({b - a:+,.10g} {unit})".replace(" )", ")")


def level_pairs(ctx: CheckContext) -> Iterator[tuple[Frame, Frame, tuple[str, int] | None]]:
    """Each figure of an earlier period ("from £283,900 in June", dated or not) with the level it moved to
    in its sentence (same metric, both levels), and the direction word governing the two, if one does."""
    from verify.checks.aggregate import reached_from

    text = ctx.document.text
    for start in ctx.frames.frames:
        if start.claim.type not in _LEVELS or start.aspect != "level" or not (
                start.period.kind == "prior" or introduced_as_prior(text, start.claim)):
            continue
        reached = reached_from(ctx, start)
        if reached is not None and reached.metric == start.metric and reached.aspect == "level":
            yield start, reached, _stated(text, start, reached)


def goes_against(start: Frame, reached: Frame, sign: int, params: dict[str, Any]) -> bool:
    """Do the two levels, as rounded, lie apart the other way from ``sign`` (+1 a rise, -1 a fall)?"""
    (a_low, a_high), (b_low, b_high) = _span(start, params), _span(reached, params)
    return (sign > 0 and b_high < a_low) or (sign < 0 and b_low > a_high)


def directions(ctx: CheckContext, params: dict[str, Any], policy: Policy) -> HitIterator:
    from verify.checks.aggregate import relation_fields

    for start, reached, stated in level_pairs(ctx):
        if stated is None:
            continue
        word, sign = stated
        if goes_against(start, reached, sign, params):
            # The sentence itself ties the two figures to one thing: the finding is as sure as its grammar.
            yield Hit([reached.claim, start.claim], relation_fields(
                first=quoted(start.claim), second=quoted(reached.claim), stated=f"\"{word}\"",
                computed=moved(start, reached), first_link=start.link_text(), second_link=reached.link_text()),
                links=[reached.link_text(), start.link_text()])


def _span(frame: Frame, params: dict[str, Any]) -> tuple[float, float]:
    """A figure as written ("$4m" is 4 million: two figures of one sentence share their rounding), or
    the interval its hedge allows ("about $4m")."""
    value = frame.claim.value
    if value.get("approx") or value.get("bound"):
        return interval(frame.claim, params)
    amount = float(value["amount"])
    return amount, amount

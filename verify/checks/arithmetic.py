"""``arithmetic``: figures that do not add up. Facets (``params.facet``):

- ``change``: a stated change ("rose 25%", "doubled") against the two figures
  it describes ("from $4 million to $5 million") in the same sentence.
- ``shares``: percentages of one whole ("40% of sales", "35% of sales", …) in
  one sentence summing past 100 % beyond ``tolerance`` points.
- ``total``: parts that add up to more than their stated total ("a total of
  $10 million: $6 million … and $5 million"), or, when the sentence says the
  total is split into them, to something other than it.
"""

from __future__ import annotations

import re
from typing import Any

from verify.checks.common import CheckContext, Hit, HitIterator, interval, quoted
from verify.claims import Claim
from verify.extract.hedges import hedge_before, hedge_info
from verify.lazy_re import LazyPattern

FIELDS = frozenset({"first", "second", "stated", "computed", "total", "parts", "sum", "tolerance",
                    "whole"})
_UP = "|".join(("rose", "rise", "risen", "increased", "increase", "grew", "grown", "growth", "jumped", "climbed",
                "surged", "soared", "gained", "up", "higher", "expanded", "boosted"))
_DOWN = "|".join(("fell", "fall", "fallen", "dropped", "drop", "declined", "decline", "decreased", "decrease", "slid",
                  "slumped", "plunged", "down", "lower", "cut", "reduced", "shrank", "lost"))
# "rose 15%", "fell by 3%" (cue just before), "a 15% rise" (cue just after).
_DIRECTION_BEFORE = LazyPattern(rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))(?:\s+by)?(?:\s+\w+)?\s*$", re.IGNORECASE)
_DIRECTION_AFTER = LazyPattern(rf"\s+(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\b", re.IGNORECASE)
_LEVEL = LazyPattern(r"\b(?:from|to|at|of)\s*$", re.IGNORECASE)
_LEVEL_OR_CHANGE = LazyPattern(rf"\b(?:from|to|(?!up\b|down\b)(?:{_UP}|{_DOWN}))(?:\s+by)?\s*$", re.IGNORECASE)
_MULTIPLE = LazyPattern(r"\b(?P<word>doubled|tripled|trebled|quadrupled|halved)\b", re.IGNORECASE)
_MULTIPLES = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5}
# "rose by a third", "cut by half", "up by two-thirds": a change stated as a fraction.
_FRACTION_CHANGE = LazyPattern(
    rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\s+by\s+(?P<fraction>a\s+half|half|a\s+third|two[\s-]thirds|"
    r"a\s+quarter|three[\s-]quarters|a\s+fifth)\b", re.IGNORECASE)
_FRACTION_SIZES = {"a half": 50.0, "half": 50.0, "a third": 100 / 3, "two thirds": 200 / 3, "a quarter": 25.0,
                   "three quarters": 75.0, "a fifth": 20.0}
_TOTAL_CUE = LazyPattern(r"\b(?:a\s+total\s+of|totall?ing|in\s+total|in\s+all|altogether|combined|"
                        r"overall|of\s+which)\b", re.IGNORECASE)
_SPLIT_CUE = LazyPattern(r"\b(?:split|divided|broken\s+down|made\s+up\s+of|comprising|"
                        r"consisting\s+of)\b", re.IGNORECASE)
_FUNCTION_WORD = r"(?:and|or|the|a|an|in|on|at|for|to|from|by|with|while|but|as|was|were|is|are|than)\b"
# "40% of (its) sales", "of venture funding": the whole, up to two words, not a function word.
_OF_WHOLE = LazyPattern(rf"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?((?!{_FUNCTION_WORD})[a-z-]+"
                       rf"(?:\s+(?!{_FUNCTION_WORD})[a-z-]+)?)")


def _points(value: float) -> str:
    return f"{value:g} point" + ("" if value == 1 else "s")


def _levels(ctx: CheckContext, sentence: tuple[int, int]) -> list[Claim]:
    return sorted(ctx.in_sentence(sentence, "money", "quantity"), key=lambda c: c.start)


def _unit(claim: Claim) -> str:
    return str(claim.value.get("currency") or claim.value.get("unit"))


def _from_to(ctx: CheckContext, sentence: tuple[int, int]) -> tuple[Claim, Claim] | None:
    text = ctx.document.text
    levels = _levels(ctx, sentence)
    origin = [c for c in levels if re.search(r"\bfrom\s*$", text[max(0, c.start - 12):c.start])]
    target = [c for c in levels if re.search(r"\bto\s*$", text[max(0, c.start - 8):c.start])]
    for a in origin:
        for b in target:
            if a is not b and _unit(a) == _unit(b) and a.value["amount"]:
                return a, b
    return None


def _change(ctx: CheckContext, params: dict[str, Any]) -> HitIterator:
    text = ctx.document.text
    tolerance = float(params.get("tolerance", 1.0))
    for sentence in ctx.text.sentences:
        pair = _from_to(ctx, sentence)
        if pair is None:
            continue
        a, b = pair
        ratio = b.value["amount"] / a.value["amount"]
        computed = (ratio - 1) * 100
        for percent in ctx.in_sentence(sentence, "percent"):
            if percent.value.get("points"):
                continue
            if _LEVEL.search(text, max(sentence[0], percent.start - 8), percent.start):
                continue  # "up from 31%": a level, not the size of the change
            if min(abs(percent.start - a.end), abs(percent.start - b.end), abs(a.start - percent.end)) > 60:
                continue
            cue = (_DIRECTION_BEFORE.search(text, max(sentence[0], percent.start - 30), percent.start)
                   or _DIRECTION_AFTER.match(text, percent.end))
            if not cue:
                continue
            sign = 1 if cue.group("up") else -1
            low, high = interval(percent, params)
            if not low - tolerance <= sign * computed <= high + tolerance:
                yield Hit([percent, a, b], {
                    "first": quoted(a), "second": quoted(b), "stated": quoted(percent),
                    "computed": f"{computed:+.1f} %", "tolerance": _points(tolerance),
                    "total": "", "parts": "", "sum": "", "whole": ""})
        fraction = _FRACTION_CHANGE.search(text, sentence[0], sentence[1])
        if fraction:
            words = " ".join(fraction.group("fraction").lower().replace("-", " ").split())
            stated = _FRACTION_SIZES[words] * (1 if fraction.group("up") else -1)
            slack = float(params.get("fraction_tolerance", 5.0))
            if abs(computed - stated) > slack:
                yield Hit([a, b], {
                    "first": quoted(a), "second": quoted(b), "stated": f"\"{fraction.group()}\" ({stated:+.1f} %)",
                    "computed": f"{computed:+.1f} %", "tolerance": _points(slack),
                    "total": "", "parts": "", "sum": "", "whole": ""})
        multiple = _MULTIPLE.search(text, sentence[0], sentence[1])
        if multiple:
            expected = _MULTIPLES[multiple.group("word").lower()]
            if _off_multiple(text, multiple.start(), ratio, expected, float(params.get("multiple_tolerance", 0.1))):
                yield Hit([a, b], {
                    "first": quoted(a), "second": quoted(b),
                    "stated": f"\"{multiple.group()}\" (×{expected:g})",
                    "computed": f"×{ratio:.2f}", "tolerance": "10 %",
                    "total": "", "parts": "", "sum": "", "whole": ""})


def _off_multiple(text: str, at: int, ratio: float, expected: float, tolerance: float) -> bool:
    """Does ``ratio`` contradict the multiple written at ``at``? "More than doubled" allows any
    ratio above two, "nearly doubled" any below it."""
    bound = hedge_info(hedge_before(text, at)[0]).get("bound")
    if bound == "min":
        return ratio < expected * (1 - tolerance)
    if bound == "max":
        return ratio > expected * (1 + tolerance)
    return abs(ratio - expected) / expected > tolerance


def _shares(ctx: CheckContext, params: dict[str, Any]) -> HitIterator:
    text = ctx.document.text
    tolerance = float(params.get("tolerance", 1.0))
    for sentence in ctx.text.sentences:
        wholes: dict[str, list[Claim]] = {}
        for percent in ctx.in_sentence(sentence, "percent"):
            if not percent.value.get("points"):
                if _LEVEL_OR_CHANGE.search(text, max(sentence[0], percent.start - 12), percent.start):
                    continue  # "rose to 64% of voters, from 58%": levels over time, not shares
                whole = _OF_WHOLE.match(text, percent.end, sentence[1])
                if whole:
                    wholes.setdefault(whole.group(1).lower(), []).append(percent)
        for whole, shares in wholes.items():
            if len(shares) < 2:
                continue
            lowest = sum(max(interval(s, params)[0], 0) for s in shares)
            if lowest > 100 + tolerance:
                yield Hit(shares, {
                    "parts": ", ".join(quoted(s) for s in shares), "sum": f"{lowest:g} %",
                    "whole": whole, "tolerance": _points(tolerance), "first": "",
                    "second": "", "stated": "", "computed": "", "total": ""})


def _total(ctx: CheckContext, params: dict[str, Any]) -> HitIterator:
    text = ctx.document.text
    sentences = ctx.text.sentences
    for index, sentence in enumerate(sentences):
        cue = _TOTAL_CUE.search(text, sentence[0], sentence[1])
        if not cue:
            continue
        levels = _levels(ctx, sentence)
        if index + 1 < len(sentences) and len(levels) == 1:
            levels += _levels(ctx, sentences[index + 1])
        if len(levels) < 3:
            continue
        total = min(levels, key=lambda c: abs(c.start - cue.end()) if c.start >= cue.start()
                    else abs(cue.start() - c.end))
        parts = [c for c in levels if c is not total and _unit(c) == _unit(total)]
        if len(parts) < 2:
            continue
        total_low, total_high = interval(total, params)
        low = sum(interval(p, params)[0] for p in parts)
        high = sum(interval(p, params)[1] for p in parts)
        exhaustive = bool(_SPLIT_CUE.search(text, sentence[0], sentence[1]))
        if low > total_high or (exhaustive and high < total_low):
            yield Hit([total, *parts], {
                "total": quoted(total), "parts": ", ".join(quoted(p) for p in parts),
                "sum": f"{sum(p.value['amount'] for p in parts):,.0f} {_unit(total)}",
                "first": "", "second": "", "stated": "", "computed": "", "tolerance": "",
                "whole": ""})


def run(ctx: CheckContext, params: dict[str, Any]) -> HitIterator:
    facet = params.get("facet", "change")
    if facet == "shares":
        yield from _shares(ctx, params)
    elif facet == "total":
        yield from _total(ctx, params)
    else:
        yield from _change(ctx, params)

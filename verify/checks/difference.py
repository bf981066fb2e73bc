"""``difference-mismatch`` (a relation of :mod:`verify.checks.aggregate`): an absolute change against
its two figures.

"A $650m improvement, from $120m to $850m" says the two levels are $650m apart; they are $730m
apart. Read by position in one sentence:

- a change amount: one before a change noun ("a $650m improvement", "a 300-job cut" is not read),
  after "by" or straight after a direction word ("rose by $650m", "jumped $30m to …"), or after "an
  increase of"; its two levels are the figure of the earlier period ("from $120m") and the other figure
  of the same type, unit and entity that the sentence gives now ("to $850m");
- a gap to a figure: "12 more seats than the 48 it won last time", "…, 12 more than the 48", "6.9%, 1.4
  percentage points higher than the 5.3% for men" (a gap in points, between percentages of one sentence): the
  figure it is compared with comes after "than", the figure now is the other one of the sentence
  ("won 58 seats, 12 more than the 48") or, when the sentence has none, the one figure of the same
  entity and metric in its paragraph and the one before ("The party now holds 58 seats");
- a contest's margin: the amount after a contest verb's "by" ("lost the seat by 1,204 votes, polling
  1,807 to her 2,911", "won by a margin of 57 votes, 2,340 to 2,283") is the distance between the two
  tallies the sentence then gives; "by 31 votes to 19" is a tally, not a margin.

Each figure stands for what its rounding and hedge allow: the levels' gap must meet the change. Which
way the figure moved is :mod:`verify.checks.direction`'s to check; a change is compared by size.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from verify.checks.common import CheckContext, Hit, HitIterator, interval, quoted
from verify.formats.describe import describe_value
from verify.frames.clauses import clause_of
from verify.frames.metrics import metric_near, named_before
from verify.frames.model import Frame
from verify.frames.pairs import Policy
from verify.frames.periods import introduced_as_prior
from verify.lexicon import phrase_pattern, table, words

_AMOUNTS = frozenset({"money", "quantity"})
_FIGURES = _AMOUNTS | {"percent"}  # a change in points ("by 50 basis points") lies between two percentages
_NEIGHBOURS = 8  # amounts on each side of a change in which its levels are sought
_ELSEWHERE = 24  # amounts on each side of a gap in which the figure now is sought, outside its sentence
_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)  # "from $118m a year ago": the earlier level, whatever its date


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    difference = table("directions")["difference"]
    comparatives = phrase_pattern([*difference["more"], *difference["fewer"]]).pattern
    placed = phrase_pattern([*difference["above"], *difference["below"]]).pattern
    return {
        "than_after": re.compile(rf"\s+(?P<word>{comparatives})\b(?:\s+[a-z]+){{0,2}}?\s+than\s+"
                                 r"(?:the\s+|its\s+|their\s+|his\s+|her\s+)?$", re.IGNORECASE),
        "than": re.compile(r"\s+than\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?$", re.IGNORECASE),
        "placed_word": re.compile(rf"\s+(?:{placed})\b", re.IGNORECASE),
        # "17 percentage points below the long-term average for December of 74%": no figure in between
        "placed": re.compile(rf"\s+(?P<word>{placed})"
                             r"\s+(?:the|its|their|his|her)\s+(?:[A-Za-z'’-]+\s+){1,8}?(?:of|at)\s+$", re.IGNORECASE),
    }


def _same_kind(a: Frame, b: Frame) -> bool:
    return a.claim.type == b.claim.type and a.claim.value.get("currency") == b.claim.value.get("currency")


def _in_points(frame: Frame) -> float | None:
    """How many percentage points one of the figure's units is: 1 for "3 percentage points", 0.01 for "50
    basis points"; None for a figure that is no change in points."""
    if frame.claim.type == "percent":
        return 1.0 if frame.claim.value.get("points") else None
    unit = str(frame.claim.value.get("unit", "")).lower()
    return 0.01 if frame.claim.type == "quantity" and unit in words("quantities", "basis_points") else None


def _percentages_in_sentence(ctx: CheckContext, frame: Frame) -> list[Frame]:
    return [f for f in ctx.frames.around(frame, {"percent"}, _NEIGHBOURS) if f.claim.sentence == frame.claim.sentence
            and not f.claim.value.get("range") and _is_level(f)]


def _is_level(frame: Frame) -> bool:
    """A percentage that is a level ("to 5.25%"), not a change of one ("rose 5%", "by 50 basis points")."""
    return frame.claim.type != "percent" or (not frame.claim.value.get("points") and frame.aspect != "change")


def _in_sentence(ctx: CheckContext, frame: Frame) -> list[Frame]:
    """The nearest amounts of the same kind in the sentence of ``frame``, in order."""
    return [f for f in ctx.frames.around(frame, _AMOUNTS, _NEIGHBOURS) if f.claim.sentence == frame.claim.sentence
            and _same_kind(f, frame) and not f.claim.value.get("range")]


def _words(text: str) -> list[str]:
    return [w.strip(",.;:()\"'").lower() for w in text.split()]


@cache
def _change_words() -> tuple[frozenset[str], frozenset[str]]:
    """The change nouns ("improvement") and the direction words ("rose")."""
    return words("directions", "difference.nouns"), words("verbs", "direction.up") | words("verbs", "direction.down")


def _is_change(ctx: CheckContext, frame: Frame) -> bool:
    """Is the amount a change ("a $650m improvement", "rose by $650m", "an increase of 300 staff")?
    Read word by word: this runs once per amount."""
    text = ctx.document.text
    nouns, verbs = _change_words()
    after = _words(text[frame.claim.end:min(frame.claim.sentence[1], frame.claim.end + 30)])[:2]
    if any(word in nouns for word in after):
        return True
    lead = _words(text[max(frame.claim.sentence[0], frame.claim.start - 40):frame.claim.start])
    if lead and lead[-1] == "by":
        lead = lead[:-1]
    if not lead:
        return False
    return lead[-1] in verbs or (lead[-1] == "of" and len(lead) > 1 and lead[-2] in nouns)


def _moved_by(ctx: CheckContext, frame: Frame) -> bool:
    """ "lifted its key rate by 40 basis points": "by" after a direction word and what moved."""
    lead = _words(ctx.document.text[max(frame.claim.sentence[0], frame.claim.start - 60):frame.claim.start])
    moving = _change_words()[1] | words("directions", "difference.moved")
    return len(lead) > 1 and lead[-1] == "by" and any(word in moving for word in lead[-7:-1])


def _levels(ctx: CheckContext, change: Frame, others: list[Frame], *, by_unit: bool = True
            ) -> tuple[Frame, Frame] | None:
    """The earlier level (of an earlier period, or after "from") and the level now of a change, in its
    sentence; None unless the sentence gives one of each. ``by_unit``: the levels share the change's unit
    (not so for points between two percentages)."""
    text = ctx.document.text
    others = [f for f in others if f.entity is change.entity and (not by_unit or f.unit == change.unit)]
    before = [f for f in others
              if f.period.kind == "prior" or _FROM.search(text, max(0, f.claim.start - 8), f.claim.start)]
    now = [f for f in others if f not in before]
    if len(before) != 1 or len(now) != 1:
        return None
    return before[0], now[0]


def _started_elsewhere(ctx: CheckContext, change: Frame) -> Iterator[tuple[Frame, Frame, Frame, int, float]]:
    """For "raised its key rate by 40 basis points to 3.1%" with the level it started from in a sentence
    near it ("The rate had stood at 2.7% since March"): the one percentage of the same entity and metric
    in the change's paragraph or the ones beside it that is written as the earlier level (in the
    pluperfect, after "from", or of an earlier period). As sure as the weakest of the three links."""
    now = [f for f in _percentages_in_sentence(ctx, change) if f.entity is change.entity]
    if len(now) != 1 or now[0].metric is None or now[0].period.kind == "prior" or \
            _FROM.search(ctx.document.text, max(0, now[0].claim.start - 8), now[0].claim.start):
        return
    reached, paragraph = now[0], ctx.frames.paragraph(change)
    earlier = {float(f.claim.value["amount"]): f for f in ctx.frames.around(change, {"percent"}, _ELSEWHERE)
               if f.claim.sentence != change.claim.sentence and abs(ctx.frames.paragraph(f) - paragraph) <= 1
               and _is_level(f) and not f.claim.value.get("range") and f.entity is not None
               and f.entity is reached.entity and f.metric == reached.metric and _written_as_earlier(ctx, f)
               and _metric_words(ctx, f) == _metric_words(ctx, reached)}
    if len(earlier) == 1:
        start = next(iter(earlier.values()))
        yield change, start, reached, 0, min(change.strength, reached.strength, start.strength)


def _metric_words(ctx: CheckContext, frame: Frame) -> str | None:
    """The words that name the figure's metric, as written ("repo rate"): one metric ("interest rate")
    holds rates that differ (a deposit rate and a lending rate), so a level is taken from another sentence
    only when the same words name it there, or a bare "the rate" that refers back to them."""
    text = ctx.document.text
    hit = metric_near(text, frame.claim.start, frame.claim.end,
                      *clause_of(text, frame.claim.sentence, frame.claim.start, frame.claim.end))
    hit = named_before(text, hit) if hit is not None else None  # "the rate": the rate named before it
    return " ".join((hit.refers_to or hit.written).lower().split()) if hit is not None else None


def _written_as_earlier(ctx: CheckContext, frame: Frame) -> bool:
    """Is the level written as one held before the news ("had stood at 2.7%", "from 2.7%", "a year ago")?"""
    if frame.period.kind == "prior" or introduced_as_prior(ctx.document.text, frame.claim):
        return True
    low, _ = clause_of(ctx.document.text, frame.claim.sentence, frame.claim.start, frame.claim.end)
    return not _earlier_words().isdisjoint(_words(ctx.document.text[low:frame.claim.start]))


@cache
def _earlier_words() -> frozenset[str]:
    return words("frames", "comparison.earlier_level")


def _compared_after(text: str, end: int) -> bool:
    """Is a gap in points set against a figure after it ("… higher than", "… below the average of")?"""
    return "than" in text[end:end + 30] or _patterns()["placed_word"].match(text, end) is not None


def _compared(ctx: CheckContext, gap: Frame, others: list[Frame], *, elsewhere: bool = True
              ) -> tuple[Frame, Frame, int] | None:
    """For "12 more than the 48": the figure compared with, the figure now and the sign (+1 more, -1 fewer).
    ``elsewhere``: the figure now may be sought outside the sentence when it gives none."""
    text, patterns = ctx.document.text, _patterns()
    after = [f for f in others if f.claim.start > gap.claim.end]
    if not after:
        return None
    base = after[0]
    between = text[gap.claim.end:base.claim.start]
    found = patterns["than_after"].fullmatch(between)
    word = found["word"].lower() if found else None
    placed = patterns["placed"].fullmatch(between) if word is None and _in_points(gap) else None
    if placed is not None:
        word = "more" if " ".join(placed["word"].lower().split()) in words("directions", "difference.above") \
            else "fewer"
    if word is None:
        modifiers = [q.split(":", 1)[1] for q in gap.qualifiers if q.startswith("mod:")]
        word = next((m for m in modifiers if m in words("directions", "difference.more")
                     or m in words("directions", "difference.fewer")), None)
        if word is None or not patterns["than"].fullmatch(between):
            return None
    sign = 1 if word in words("directions", "difference.more") else -1
    now = [f for f in others if f.claim.start < gap.claim.start]
    if now:
        return base, now[-1], sign
    if not elsewhere:
        return None
    paragraph = ctx.frames.paragraph(gap)
    elsewhere = {float(f.claim.value["amount"]): f for f in ctx.frames.around(gap, _AMOUNTS, _ELSEWHERE)
                 if f.claim.sentence != gap.claim.sentence and abs(ctx.frames.paragraph(f) - paragraph) <= 1
                 and _same_kind(f, gap) and f.entity is not None and f.entity is gap.entity
                 and f.metric == gap.metric and f.period.kind != "prior"
                 and (f.period != base.period or f.period.kind == "current")}
    if len(elsewhere) != 1:
        return None  # no figure now, or several: which one the gap is of is not known
    return base, next(iter(elsewhere.values())), sign


@cache
def _margin_lead() -> re.Pattern[str]:
    """A contest's verb and its "by" before a margin: "lost the seat to Ms Hale by ", "won by a margin of "."""
    verbs = phrase_pattern(words("directions", "difference.margin_verbs")).pattern
    return re.compile(rf"\b{verbs}\b[^,;:.\d]{{0,60}}?\bby\s+(?:(?:a|an)\s+(?:margin|majority)\s+of\s+)?$",
                      re.IGNORECASE)


_TALLY_JOIN = re.compile(r"\s*(?:to|against|versus|vs\.?|-|–)\s*(?:(?:his|her|their|its)\s+)?", re.IGNORECASE)
_TO_TALLY = re.compile(r"\s*(?:to|-|–)\s*\d")  # "by 31 votes to 19": the figure is a tally, not a margin
_TALLIES_AFTER = re.compile(r"[^\d;:.]{0,40}")  # ", polling ", " (", ", with "


def _tallies(ctx: CheckContext, margin: Frame) -> tuple[Frame, Frame] | None:
    """For a contest's margin ("lost by 1,204 votes, polling 1,807 to her 2,911"): the two tallies after it
    in its sentence, joined by "to", "against" or a dash, each of the margin's kind and unit or of no unit
    of its own; None when the sentence gives no such pair.

    Whichever tally is the winner's, the margin is the distance between them.
    """
    text = ctx.document.text
    start, end = margin.claim.start, margin.claim.end
    if margin.claim.type != "quantity" or _TO_TALLY.match(text, end) or \
            not _margin_lead().search(text, max(margin.claim.sentence[0], start - 90), start):
        return None
    after = [f for f in ctx.frames.after(margin, _AMOUNTS, 2) if f.claim.sentence == margin.claim.sentence]
    if len(after) < 2 or not _TALLIES_AFTER.fullmatch(text, end, after[0].claim.start):
        return None
    first, second = after
    if not _TALLY_JOIN.fullmatch(text, first.claim.end, second.claim.start):
        return None
    if not all(_same_kind(f, margin) and (f.unit == margin.unit or f.claim.value.get("unit_inherited")
                                          or not f.claim.value.get("unit")) for f in after):
        return None
    return first, second


def _gaps(ctx: CheckContext) -> Iterator[tuple[Frame, Frame, Frame, int, float]]:
    """(stated change, figure before, figure now, sign or 0 for a change by size, strength)."""
    for frame in ctx.frames.frames:
        if frame.claim.type not in _FIGURES or frame.claim.value.get("range") or frame.period.kind == "prior":
            continue
        if _in_points(frame) or frame.claim.type == "percent":
            if _in_points(frame) and (_is_change(ctx, frame) or _moved_by(ctx, frame)):
                # "raised its rate by 40 basis points to 3.85% from 3.2%"
                levels = _levels(ctx, frame, _percentages_in_sentence(ctx, frame), by_unit=False)
                if levels:
                    yield frame, levels[0], levels[1], 0, 1.0
                else:
                    yield from _started_elsewhere(ctx, frame)
            elif _in_points(frame) and _compared_after(ctx.document.text, frame.claim.end):
                # "6.9%, 1.4 percentage points higher than the 5.3% rate for men"
                compared = _compared(ctx, frame, _percentages_in_sentence(ctx, frame), elsewhere=False)
                if compared:
                    yield frame, compared[0], compared[1], compared[2], 1.0
            continue
        tallies = _tallies(ctx, frame)
        if tallies:
            yield frame, tallies[0], tallies[1], 0, 1.0
            continue
        if _is_change(ctx, frame):
            levels = _levels(ctx, frame, _in_sentence(ctx, frame))
            if levels:
                yield frame, levels[0], levels[1], 0, 1.0
            continue
        if "than" not in ctx.document.text[frame.claim.end:frame.claim.end + 40]:
            continue
        compared = _compared(ctx, frame, _in_sentence(ctx, frame))
        if compared:
            base, now, sign = compared
            strength = 1.0 if now.claim.sentence == frame.claim.sentence else min(frame.strength, now.strength)
            yield frame, base, now, sign, strength


def differences(ctx: CheckContext, params: dict[str, Any], policy: Policy) -> HitIterator:
    from verify.checks.aggregate import relation_fields

    for change, before, now, sign, strength in _gaps(ctx):
        scale = _in_points(change) or 1.0
        (d_low, d_high) = (bound * scale for bound in interval(change.claim, params))
        (b_low, b_high), (n_low, n_high) = interval(before.claim, params), interval(now.claim, params)
        low, high = n_low - b_high, n_high - b_low
        if sign == 0:  # a change by size: the distance between the two levels
            low, high = (max(low, -high, 0.0), max(abs(low), abs(high)))
        elif sign < 0:
            low, high = -high, -low
        if low <= d_high and d_low <= high:
            continue
        gap = float(now.claim.value["amount"]) - float(before.claim.value["amount"])
        gap = abs(gap) if sign == 0 else sign * gap
        value = {key: now.claim.value[key] for key in ("currency", "unit") if key in now.claim.value}
        if _in_points(change) is not None:
            value["points"] = True
        yield Hit([change.claim, before.claim, now.claim], relation_fields(
            stated=quoted(change.claim), first=quoted(before.claim), second=quoted(now.claim),
            computed=describe_value(now.claim.type, {**value, "amount": gap})),
            weak=strength < policy.min_strength, links=[now.link_text(), before.link_text()])

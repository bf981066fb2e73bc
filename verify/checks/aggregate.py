"""``aggregate``: figures that must add up — a change and its two levels, a whole and its parts,
shares of one whole.

The pairing service hands each relation the frames that share an entity, a metric and a unit
(under the rule's ``[pair]`` policy); the relation finds the whole and its parts among them:

- ``change-mismatch``: a stated change ("rose 25%", "doubled", "rose by a third", "up 50 basis
  points") against the level it reached and the level it started from — both in its sentence, or
  the earlier level in the paragraphs before ("the closing price of 400p" … "jumped 45% to 540p");
- ``parts-exceed-total``: a whole ("a total of $10m", "9,000 staff:") and the parts after it that
  confine the same figure to a part ("$6m for roads", "5,000 in Norway"): the parts may not exceed it,
  and must reach it when the text says the whole is split into them;
- ``shares-exceed-whole``: shares of one whole ("46% of all passengers", "31% for its rival") held by
  different entities or parts, adding up past 100 %;
- ``parts-exceed-capacity``: parts past a whole of fixed size — a tally past the seats of its body, a
  subgroup larger than its group (:mod:`verify.checks.capacity`);
- ``subperiods-mismatch``: a figure for a period against those for the periods that make it up, a year
  and its four quarters (:mod:`verify.checks.subperiods`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from verify.checks.common import CheckContext, Hit, HitIterator, interval, quoted, summed_interval
from verify.claims import Claim
from verify.frames.clauses import clause_across_asides, clause_of
from verify.frames.metrics import metrics_named
from verify.frames.model import Frame
from verify.frames.pairs import Policy
from verify.frames.periods import introduced_as_prior
from verify.frames.qualifiers import stance_of
from verify.lexicon import phrase_pattern, table

RELATIONS = frozenset({"change-mismatch", "direction-mismatch", "difference-mismatch", "remainder-mismatch",
                       "percent-of-mismatch", "parts-exceed-total", "shares-exceed-whole", "parts-exceed-capacity",
                       "subperiods-mismatch"})
FIELDS = frozenset({"first", "second", "stated", "computed", "total", "parts", "sum", "tolerance", "whole",
                    "first_link", "second_link"})
CONFINING = ("for", "in", "on", "from", "during", "mod")  # qualifiers that confine a figure to a part
_ONE_SENTENCE = 0.8  # the strength of a change and both its levels written in one sentence
_EARLIER_PARAGRAPHS = 2  # how far back the earlier level of a change is looked for
_PARTS_REACH = 2  # paragraphs after a whole in which its parts may stand
_NEIGHBOURS = 8  # figures on each side of a figure in which the figures it is read with are sought
_COMPARISON_TAIL = re.compile(r"[\s,;]*(?:(?:up|down)\s+)?(?:from|compared\s+with|compared\s+to|against)\b",
                              re.IGNORECASE)
_BY_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)  # "raised by $5m to $20m": the $5m is the change, no level
# A change set beside the clause it sums up: ", a drop of 22%", ", an increase of about 5%".
_APPOSITIVE_CHANGE = re.compile(r"[\s,;—–-]*(?:a|an)\s+(?:[\w-]+\s+)?[\w-]+\s+of\s+(?:[a-z]+\s+){0,2}", re.IGNORECASE)


@cache
def _cue(name: str) -> re.Pattern[str]:
    return re.compile(rf"\b{phrase_pattern(table('arithmetic')[name]).pattern}\b", re.IGNORECASE)


def _points(value: float) -> str:
    return f"{value:g} point" + ("" if value == 1 else "s")


def relation_fields(**values: Any) -> dict[str, Any]:
    """A hit's fields for any aggregate relation: every field of :data:`FIELDS`, "" where not given.

    >>> relation_fields(total="€5m")["total"], relation_fields(total="€5m")["sum"]
    ('€5m', '')
    """
    return {name: values.get(name, "") for name in FIELDS}


def run(ctx: CheckContext, params: dict[str, Any], policy: Policy | None = None, relation: str = "",
        claims: tuple[str, ...] = ()) -> HitIterator:
    policy = policy or Policy()
    if relation == "change-mismatch":
        yield from _changes(ctx, params, policy)
    elif relation == "direction-mismatch":
        from verify.checks.direction import directions
        from verify.checks.direction_told import told_before

        yield from directions(ctx, params, policy)
        yield from told_before(ctx, params, policy.min_strength)
    elif relation == "difference-mismatch":
        from verify.checks.difference import differences

        yield from differences(ctx, params, policy)
    elif relation == "remainder-mismatch":
        from verify.checks.remainder import remainders

        yield from remainders(ctx, params)
    elif relation == "percent-of-mismatch":
        from verify.checks.percent_of import percent_of

        yield from percent_of(ctx, params, policy)
    elif relation == "parts-exceed-total":
        from verify.checks.composition import composition_totals
        from verify.checks.members import member_totals
        from verify.checks.partition import partition_totals

        yield from _totals(ctx, params, policy, claims)
        yield from partition_totals(ctx, params, policy.min_strength)
        yield from composition_totals(ctx, params)
        yield from member_totals(ctx, params)
    elif relation == "shares-exceed-whole":
        yield from _shares(ctx, params, policy)
        yield from _classed_shares(ctx, params, policy)
    elif relation == "parts-exceed-capacity":
        from verify.checks.capacity import exceeding_capacity

        yield from exceeding_capacity(ctx, params)
    elif relation == "subperiods-mismatch":
        from verify.checks.subperiods import subperiods_mismatch

        yield from subperiods_mismatch(ctx, params, policy)


# ---- change-mismatch --------------------------------------------------------------------------

# A figure joined to its noun by a hyphen ("a 45-minute trip", "a 60-metre bridge") describes the noun: no level
_COMPOUND = re.compile(r"[\d.,]+-[a-z]+")


# "rose 7.4% to NZ$118.6m from …": the change's own levels
_TO_FROM = re.compile(r"\s+(?:to|from)\s+(?:(?!\.\s)[^;:]){0,40}?$")


def _reached_by(text: str, change: Frame, level: Frame) -> bool:
    """Is a level of no metric of its own the change's "to"/"from" figure ("Net profit for the year to June
    rose 7.4% to NZ$118.6 million from NZ$106.3 million": the metric is named too far back for the levels)?"""
    return level.metric is None and level.claim.start > change.claim.end and \
        _TO_FROM.match(text, change.claim.end, level.claim.start) is not None


def _levels_of(ctx: CheckContext, change: Frame, policy: Policy) -> tuple[Frame, Frame, float] | None:
    """The level a change reached and the one it started from, with how sure the pairing is."""
    frames = ctx.frames
    text = ctx.document.text
    in_sentence = [f for f in frames.in_sentence(change) if f.claim.type in ("money", "quantity", "percent")
                   and f.aspect == "level" and f.entity is change.entity and f.claim is not change.claim
                   and (f.metric == change.metric or change.metric is None or _reached_by(text, change, f))
                   and not _BY_BEFORE.search(text, max(0, f.claim.start - 4), f.claim.start)  # "raised by Rs 275"
                   and not _passed().search(text, max(0, f.claim.start - 30), f.claim.start)  # "edged past the 47.9m"
                   and not _COMPOUND.fullmatch(f.claim.text)]  # "a 45-minute boat trip" describes a noun
    in_sentence = [f for f in in_sentence if not _across_contrast(text, change, f)]
    if change.metric is None:
        # Nothing names what changed: only the levels of the change's own clause are its ("Pickpocketing rose
        # 3.1% to 2,240, while card fraud cases climbed to 814 from 702": the fraud figures are not), or of
        # the clause it is set beside ("fell to £21m from £27m, a drop of 22%")
        low, high = clause_across_asides(text, change.claim.sentence, change.claim.start, change.claim.end)
        if _APPOSITIVE_CHANGE.fullmatch(text, low, change.claim.start) and low > change.claim.sentence[0]:
            low = clause_of(text, change.claim.sentence, low - 2, low - 1)[0]
            if _COMPARISON_TAIL.match(text, low) and low > change.claim.sentence[0]:
                low = clause_of(text, change.claim.sentence, low - 2, low - 1)[0]  # "$410m, up from $360m, a rise of"
        in_sentence = [f for f in in_sentence if low <= f.claim.start and f.claim.end <= high]
        # One metric's levels, those the change leads to when it has any: in "the mean at the 9 roadside sites
        # rose 18%, from 40.2 to 33.0 micrograms" the sites are where it was measured, not what changed
        after = [f for f in in_sentence if f.claim.start > change.claim.end]
        named = next((f.metric for f in (after or in_sentence) if f.metric is not None), None)
        # a level with no metric of its own is of the metric its clause names ("took $22.8 million, down 38%
        # from its $41.2 million debut")
        in_sentence = [f for f in in_sentence if f.metric in (named, None)]
    named = _change_of(text, change)
    if named is not None and in_sentence and in_sentence[0].metric not in named:
        return None  # "revenue rose to $3.4bn from $3bn, helped by a 17% increase in freight rates"
    now = [f for f in in_sentence if f.period.kind != "prior"]
    before = [f for f in in_sentence if f.period.kind == "prior"]
    if now and not before:
        # "to $93.6m in the quarter, from $72m a year earlier": dated before the level reached, or written as
        # the earlier side ("fell 8% to 1,426 from 1,550 last year", one period for the whole comparison)
        before = [f for f in now[1:] if _earlier(f, now[0]) or introduced_as_prior(text, f.claim)]
    if now and before:
        # One sentence ties the three figures together: how surely its entity was found does not
        # weaken that (the main organisation at 0.5 owns all three alike).
        return now[0], before[0], max(min(change.strength, now[0].strength, before[0].strength), _ONE_SENTENCE)
    if not now:
        return None
    reached = now[0]
    start = frames.latest_before(change, _EARLIER_PARAGRAPHS, lambda f: (
        f.claim.sentence != change.claim.sentence and f.claim.type == reached.claim.type and f.unit == reached.unit
        and f.aspect == "level" and f.entity is change.entity and f.metric == change.metric
        and f.modality == reached.modality and f.qualifiers == reached.qualifiers
        and (f.period.kind == "prior" or _earlier(f, reached)) and not _compared_in_place(ctx, f)))
    if start is None:
        return None
    return reached, start, min(change.strength, reached.strength, start.strength) * 0.9


@cache
def _passed() -> re.Pattern[str]:
    return re.compile(rf"\b{_cue('passed_before').pattern}\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)


@cache
def _contrast() -> re.Pattern[str]:
    return re.compile(rf";|,\s+{_cue('contrast_openers').pattern}", re.IGNORECASE)


def _across_contrast(text: str, change: Frame, level: Frame) -> bool:
    """Does a clause about something else open between a change and a level of its sentence?

    >>> from verify.claims import Claim
    >>> text = "Food sales rose 8% to £4.6bn, while clothing slipped to £2.2bn from £2.3bn."
    >>> def at(figure: str) -> Frame:
    ...     return Frame(Claim("money", text.index(figure), text.index(figure) + len(figure), {}))
    >>> _across_contrast(text, at("8%"), at("£4.6bn")), _across_contrast(text, at("8%"), at("£2.3bn"))
    (False, True)
    """
    low, high = sorted((change.claim.end, level.claim.start))
    return _contrast().search(text, low, high) is not None


def _compared_in_place(ctx: CheckContext, level: Frame) -> bool:
    """Is an earlier level the start of a comparison its own sentence makes ("rose to €5.1bn from €4.95bn")?
    It is then where that comparison started, not where a change told in a later sentence started."""
    return level.period.kind == "prior" and reached_from(ctx, level) is not None


@cache
def _change_of_pattern() -> re.Pattern[str]:
    nouns = phrase_pattern(table("arithmetic")["change_nouns"]).pattern
    return re.compile(rf"\s+(?:[a-z]+\s+)?(?:{nouns})\s+in\s+(?P<what>[^,.;:()]{{1,60}})", re.IGNORECASE)


def _change_of(text: str, change: Frame) -> frozenset[str] | None:
    """The metrics a change written as a noun names ("a 17% increase in average freight rates" is of
    freight rates), or None when it is not written so. A change of something else is not the change of
    its clause's levels.

    >>> from verify.claims import Claim
    >>> sorted(_change_of("helped by a 17% increase in net profit.", Frame(Claim("percent", 12, 15, {}))))
    ['net profit']
    >>> _change_of("up 17%.", Frame(Claim("percent", 3, 6, {}))) is None
    True
    """
    found = _change_of_pattern().match(text, change.claim.end)
    return metrics_named(found["what"]) if found else None


def _earlier(a: Frame, b: Frame) -> bool:
    """Is ``a``'s stated period wholly before ``b``'s (``b`` stated, or now)?

    >>> from datetime import date
    >>> from verify.claims import Claim
    >>> from verify.frames.model import Period
    >>> year_before = Frame(Claim("money", 0, 1, {}), period=Period("stated", date(2004, 1, 1), date(2004, 1, 31)))
    >>> now = Frame(Claim("money", 0, 1, {}), period=Period("current", date(2005, 2, 1), date(2005, 2, 1)))
    >>> _earlier(year_before, now), _earlier(now, year_before)
    (True, False)
    """
    if a.period.kind != "stated" or a.period.end is None:
        return False
    if b.period.kind in ("stated", "current") and b.period.start is not None:
        return a.period.end < b.period.start  # "now" is the publication date, when known
    return False


def _direction(ctx: CheckContext, change: Frame) -> int:
    from verify.frames.qualifiers import direction_of

    return direction_of(ctx.document.text, change.claim.start, change.claim.end, change.claim.sentence)


def _change_words(text: str, sentence: tuple[int, int]) -> tuple[str, float] | None:
    """A change stated in words in a sentence: ("doubled", ×2) or ("rose by a third", +33.3 %)."""
    arithmetic = table("arithmetic")
    multiple = re.search(rf"\b{phrase_pattern(arithmetic['multiples']).pattern}\b", text[sentence[0]:sentence[1]],
                         re.IGNORECASE)
    if multiple:
        return multiple.group(), arithmetic["multiples"][multiple.group().lower()]
    fraction = re.search(rf"\bby\s+(?P<size>{phrase_pattern(arithmetic['fractions']).pattern})\b",
                         text[sentence[0]:sentence[1]], re.IGNORECASE)
    if fraction:
        size = " ".join(fraction["size"].lower().replace("-", " ").split())
        return fraction.group(), arithmetic["fractions"][size]
    return None


def _changes(ctx: CheckContext, params: dict[str, Any], policy: Policy) -> HitIterator:
    tolerance = float(params.get("tolerance", 1.0))
    text = ctx.document.text
    seen_sentences: set[tuple[int, int]] = set()
    for change in ctx.frames.frames:
        if change.claim.type != "percent" or change.aspect != "change" or \
                (change.entity is None and policy.entity == "same"):
            continue
        found = _levels_of(ctx, change, policy)
        if found is None:
            continue
        reached, start, strength = found
        seen_sentences.add(change.claim.sentence)
        sign = _direction(ctx, change)
        a, b = float(start.claim.value["amount"]), float(reached.claim.value["amount"])
        if sign == 0 or reached.claim.type != start.claim.type or reached.unit != start.unit or \
                reached.claim.value.get("unit") != start.claim.value.get("unit"):
            continue
        if change.claim.value.get("points"):
            label = f"{b - a:+.2f} points"
        elif a:
            label = f"{(b / a - 1) * 100:+.1f} %"
        else:
            continue
        low, high = interval(change.claim, params)
        possible = _possible_change(start.claim, reached.claim, params, points=bool(change.claim.value.get("points")))
        if possible is None:
            continue
        signed = sorted((sign * possible[0], sign * possible[1]))
        if signed[0] <= high + tolerance and low - tolerance <= signed[1]:
            continue
        yield Hit([change.claim, start.claim, reached.claim], relation_fields(
            first=quoted(start.claim), second=quoted(reached.claim), stated=quoted(change.claim), computed=label,
            tolerance=_points(tolerance), first_link=start.link_text(), second_link=reached.link_text()),
            weak=strength < policy.min_strength, links=[change.link_text(), start.link_text()])
    yield from _word_changes(ctx, params, policy, text, seen_sentences)


def _possible_change(start: Claim, reached: Claim, params: dict[str, Any], *, points: bool
                     ) -> tuple[float, float] | None:
    """The changes two levels allow as written, each anywhere in its rounding: "to $2.1bn from $1.9bn" is
    anything from +5.1 % to +16.2 %, "to 8,596.4 from 8,542.7" only +0.63 %. None for an unbounded level
    ("more than $2bn") or one of nothing.

    >>> from verify.claims import Claim
    >>> def money(text: str, amount: float) -> Claim:
    ...     return Claim("money", 0, 0, {"amount": amount}, text=text)
    >>> [round(x, 1) for x in _possible_change(money("$1.9bn", 1.9e9), money("$2.1bn", 2.1e9), {}, points=False)]
    [5.1, 16.2]
    """
    a_low, a_high = interval(start, params)
    b_low, b_high = interval(reached, params)
    if not all(map(math.isfinite, (a_low, a_high, b_low, b_high))):
        return None
    if points:
        return b_low - a_high, b_high - a_low
    if a_low <= 0:
        return None
    return (b_low / a_high - 1) * 100, (b_high / a_low - 1) * 100


def reached_from(ctx: CheckContext, start: Frame) -> Frame | None:
    """The level a figure of an earlier period ("from €60,000") moved to in its sentence: the first
    figure there of the same type, unit and entity that is not itself of an earlier period, among the
    nearest figures on each side (a bounded search: a run-on sentence of amounts stays linear)."""
    return next((f for f in ctx.frames.around(start, {start.claim.type}, _NEIGHBOURS)
                 if f.claim.sentence == start.claim.sentence and f.period.kind != "prior" and f.unit == start.unit
                 and f.entity is start.entity), None)


def _off_multiple(text: str, sentence: tuple[int, int], words: str, ratio: float, expected: float,
                  tolerance: float) -> bool:
    """Does ``ratio`` contradict the multiple written? "More than doubled" allows any ratio above two,
    "nearly doubled" any below it."""
    from verify.extract.hedges import hedge_before, hedge_info

    at = text.find(words, *sentence)
    bound = hedge_info(hedge_before(text, at)[0]).get("bound") if at >= 0 else None
    if bound == "min":
        return ratio < expected * (1 - tolerance)
    if bound == "max":
        return ratio > expected * (1 + tolerance)
    return abs(ratio - expected) / expected > tolerance


def _word_changes(ctx: CheckContext, params: dict[str, Any], policy: Policy, text: str,
                  done: set[tuple[int, int]]) -> HitIterator:
    """ "Doubled to €150,000 from €60,000", "rose by a third to £48m from £32m"."""
    for start in ctx.frames.frames:
        sentence = start.claim.sentence
        if start.period.kind != "prior" or sentence in done or start.claim.type not in ("money", "quantity"):
            continue
        stated = _change_words(text, sentence)
        if stated is None:
            continue
        reached = reached_from(ctx, start)
        a = float(start.claim.value["amount"])
        if reached is None or not a:
            continue
        done.add(sentence)
        ratio = float(reached.claim.value["amount"]) / a
        words, size = stated
        if words.lower().startswith("by") or " by " in words.lower():
            computed = (ratio - 1) * 100
            sign = 1 if ratio >= 1 else -1
            slack = float(params.get("fraction_tolerance", 5.0))
            if abs(abs(computed) - size) <= slack:
                continue
            label, tolerance = f"{computed:+.1f} %", _points(slack)
            stated_text = f"\"{words}\" ({sign * size:+.1f} %)"
        else:
            if not _off_multiple(text, sentence, words, ratio, size, float(params.get("multiple_tolerance", 0.1))):
                continue
            label, tolerance, stated_text = f"×{ratio:.2f}", "10 %", f"\"{words}\" (×{size:g})"
        strength = min(start.strength, reached.strength)
        yield Hit([start.claim, reached.claim], relation_fields(
            first=quoted(start.claim), second=quoted(reached.claim), stated=stated_text, computed=label,
            tolerance=tolerance), weak=strength < policy.min_strength, links=[start.link_text()])


# ---- parts-exceed-total -----------------------------------------------------------------------

def _is_whole(ctx: CheckContext, frame: Frame) -> bool:
    text = ctx.document.text
    lead = text[max(frame.claim.sentence[0], frame.claim.start - 40):frame.claim.start]
    after = text[frame.claim.end:min(frame.claim.sentence[1], frame.claim.end + 40)]
    return bool(_cue("total_cues").search(lead) or re.match(r"\s*(?:[a-z-]+\s+){0,2}?[a-z-]*\s*[:—–]", after)
                or re.match(r"\s*,\s*(?:with|including|of\s+which)\b", after))


def _parts(group: list[Frame], whole: Frame, index: int, ctx: CheckContext) -> list[Frame]:
    """The parts after a whole: the same figure confined to distinct parts, before the next whole."""
    parts: list[Frame] = []
    seen: set[frozenset[str]] = set()
    whole_paragraph = ctx.frames.paragraph(whole)
    for frame in group[index + 1:]:
        if ctx.frames.paragraph(frame) - whole_paragraph > _PARTS_REACH:
            break
        if frame.modality != whole.modality or frame.period.kind != whole.period.kind:
            continue
        own = frame.qualifiers - whole.qualifiers
        confined = frozenset(q for q in own if q.split(":")[0] in CONFINING)
        if not confined or confined in seen:
            if parts and not confined:
                break  # a figure of the whole again: the list of parts has ended
            continue
        seen.add(confined)
        parts.append(frame)
    return parts


def _totals(ctx: CheckContext, params: dict[str, Any], policy: Policy, claims: tuple[str, ...]) -> HitIterator:
    text = ctx.document.text
    for group in ctx.frames.groups(set(claims), policy):
        for index, whole in enumerate(group):
            if whole.claim.value.get("range") or not _is_whole(ctx, whole):
                continue
            parts = _parts(group, whole, index, ctx)
            if len(parts) < 2:
                continue
            total_low, total_high = interval(whole.claim, params)
            low, high = summed_interval([p.claim for p in parts], params)
            exhaustive = bool(_cue("exhaustive_cues").search(text, whole.claim.sentence[0], whole.claim.sentence[1]))
            if low > total_high or (exhaustive and high < total_low):
                strength = min(f.strength for f in (whole, *parts))
                unit = whole.unit or ""
                yield Hit([whole.claim, *(p.claim for p in parts)], relation_fields(
                    total=quoted(whole.claim), parts=", ".join(quoted(p.claim) for p in parts),
                    sum=f"{sum(float(p.claim.value['amount']) for p in parts):,.0f} {unit}".strip(),
                    first_link=whole.link_text()), weak=strength < policy.min_strength,
                    links=[whole.link_text()])


# ---- shares-exceed-whole ----------------------------------------------------------------------

def _shares(ctx: CheckContext, params: dict[str, Any], policy: Policy) -> HitIterator:
    tolerance = float(params.get("tolerance", 1.0))
    for group in ctx.frames.groups({"percent"}, policy):
        shares = [f for f in group if f.aspect == "share" and not f.claim.value.get("points")]
        for window in _exclusive_runs(ctx, shares):
            total = _past_whole(window, params, tolerance)
            if total is not None:
                strength = min(s.strength for s in window)
                whole = _whole_named(window[0].metric or "")
                yield Hit([s.claim for s in window], relation_fields(
                    parts=", ".join(quoted(s.claim) for s in window), sum=total, whole=whole,
                    tolerance=_points(tolerance)), weak=strength < policy.min_strength,
                    links=[s.link_text() for s in window])


def _whole_named(metric: str) -> str:
    """The whole a share metric is of, for messages: "share of votes" → "votes", "market share" → "market".

    >>> _whole_named("share of votes"), _whole_named("market share")
    ('votes', 'market')
    """
    named = {share: whole for whole, share in table("metrics")["bare_share"]["wholes"].items()}
    return named.get(metric, metric).removeprefix("share of ")


def _past_whole(shares: list[Frame], params: dict[str, Any], tolerance: float) -> str | None:
    """What shares add up to when even their lowest readings pass 100 % by more than ``tolerance``, or None.

    >>> from verify.claims import Claim
    >>> def share(amount: int) -> Frame:
    ...     return Frame(Claim("percent", 0, 3, {"amount": amount}, text=f"{amount}%"))
    >>> _past_whole([share(60), share(50)], {}, 1.0), _past_whole([share(60), share(40)], {}, 1.0)
    ('110 % (at least 109 % as rounded)', None)
    """
    lowest = sum(max(interval(s.claim, params)[0], 0) for s in shares)
    if lowest <= 100 + tolerance:
        return None
    written = sum(float(s.claim.value["amount"]) for s in shares)
    return f"{written:g} %" if written == lowest else f"{written:g} % (at least {lowest:g} % as rounded)"


def _classed_shares(ctx: CheckContext, params: dict[str, Any], policy: Policy) -> HitIterator:
    """Shares that a classing verb sorts into classes ("46% were classed as mild, 38% as moderate and 24%
    as severe"), past 100 % (:mod:`verify.checks.classes`). The sentence ties them: as sure as its grammar."""
    from verify.checks.classes import classed_runs, whole_of

    tolerance = float(params.get("tolerance", 1.0))
    for run in classed_runs(ctx):
        total = _past_whole(run, params, tolerance)
        if total is not None:
            yield Hit([s.claim for s in run], relation_fields(
                parts=", ".join(quoted(s.claim) for s in run), sum=total, whole=whole_of(ctx.document.text, run),
                tolerance=_points(tolerance)), links=[s.link_text() for s in run])


def _exclusive_runs(ctx: CheckContext, shares: list[Frame]) -> Iterator[list[Frame]]:
    """Runs of shares held by different parts (entities or qualifiers) in one paragraph: shares of one
    whole that can be added up."""
    by_paragraph: dict[int, list[Frame]] = {}
    for share in shares:
        by_paragraph.setdefault(ctx.frames.paragraph(share), []).append(share)
    for run in (timed for paragraph in by_paragraph.values() for timed in _same_time(paragraph)):
        stances = _stances(ctx.document.text, run)
        holders: set[object] = set()
        distinct: list[Frame] = []
        parts: set[object] = set()
        for share, stance in zip(run, stances, strict=True):
            holder = (share.entity.id if share.entity else None, share.qualifiers, share.period, stance)
            if holder in holders:
                continue
            holders.add(holder)
            distinct.append(share)
            parts.add((*holder[:2], stance))
        if len(distinct) >= 2 and len(parts) == len(distinct):
            yield distinct


def _same_time(shares: list[Frame]) -> list[list[Frame]]:
    """The shares split by the times they are dated: shares of one whole at two times that do not meet
    are not its parts ("35% at launch" now, "85% by 2007"). An undated share goes with each time.

    >>> from datetime import date
    >>> from verify.claims import Claim
    >>> from verify.frames.model import Period
    >>> def share(day: date) -> Frame:
    ...     return Frame(Claim("percent", 0, 1, {}), period=Period("stated", day, day))
    >>> undated = Frame(Claim("percent", 0, 1, {}))
    >>> [len(run) for run in _same_time([share(date(2005, 3, 1)), share(date(2007, 1, 1)), undated])]
    [2, 2]
    """
    times: list[tuple[Any, Any, set[int]]] = []  # each time's first interval and its shares
    for share in shares:
        start, end = share.period.start, share.period.end
        if start is None or end is None:
            continue
        meeting = next((t for t in times if t[0] <= end and start <= t[1]), None)
        if meeting is None:
            times.append((start, end, {id(share)}))
        else:
            meeting[2].add(id(share))
    if not times:
        return [shares]
    return [[s for s in shares if id(s) in run or s.period.start is None or s.period.end is None]
            for _, _, run in times]


_OPPOSITE = {"for": "against", "against": "for"}


def _stances(text: str, run: list[Frame]) -> list[str | None]:
    """Each share's side; a share whose words take no side, answered in its sentence by one that does
    ("58% said they trusted her, with 37% replying they did not"; "51% approved and 22% disagreed"), takes
    the other side."""
    stances = [_stance(text, share) for share in run]
    for index in range(len(run) - 1):
        if stances[index] is None and stances[index + 1] is not None and \
                run[index].claim.sentence == run[index + 1].claim.sentence:
            stances[index] = _OPPOSITE[stances[index + 1]]
    return stances


def _stance(text: str, share: Frame) -> str | None:
    """Which side of a question a share's own words put it on (:func:`verify.frames.qualifiers.stance_of`);
    shares of one holder on opposite sides are exclusive parts of one whole."""
    return stance_of(text, share.claim.end)

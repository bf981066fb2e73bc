"""``conversion``: a figure given in two currencies, checked against the ECB rate.

"$290 million, equivalent to 2 billion yuan" implies 6.90 CNY per USD; the ECB reference rate of
the publication date (nearest earlier business day) is compared, and the gap must stay within
``tolerance`` (3 % by default; a hedged figure adds ``approx_tolerance``). A restatement pairs by
position, through the frame index's bounded look-back: the nearest amount in another currency
before it, when an equivalence cue ("equivalent to", "or", "worth", a bracket) stands between them
("3m euros (£2.1m; $3.4m)": both restatements), or a strong cue stands before the second one and
the two are in one paragraph or measure one metric. Without a publication date nothing is checked.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from datetime import date
from functools import cache
from typing import Any

from verify.checks.common import WRITTEN_NUMBER, CheckContext, Hit, HitIterator, percent_text, precision, quoted
from verify.claims import Claim
from verify.frames.model import Frame
from verify.frames.pairs import Pair, Policy
from verify.lexicon import phrase_pattern, words

RELATIONS = frozenset({"rate-off", "rate-unquoted", "rate-inconsistent"})
FIELDS = frozenset({"first", "second", "implied", "reference", "rate_date", "gap", "tolerance",
                    "base", "quote", "reason", "others"})


@cache
def _cues(strength: str) -> re.Pattern[str]:
    """A restatement cue ending the text before an amount; "weak" also takes the strong ones."""
    table = words("currencies", "restatement.strong") | (words("currencies", "restatement.weak")
                                                          if strength == "weak" else frozenset())
    return re.compile(rf"(?:^|(?<=\W)|\b){phrase_pattern(table).pattern}\s*$", re.IGNORECASE)


_PERCENT_BETWEEN = re.compile(r"\d\s*(?:%|per\s?cent\b)", re.IGNORECASE)
_MAX_DISTANCE = 1500  # characters between an amount and its restatement


_MONEY = frozenset({"money"})
_LOOK_BACK = 12  # amounts looked back over for the one a restatement restates

def _without_amounts(ctx: CheckContext, pair: Pair) -> str:
    """The text between the pair without the amounts in it: other restatements in one bracket
    ("(£2.1m; $3.4m)") stand between a base and its second restatement (a bounded look-ahead)."""
    text = ctx.document.text
    start, end = pair.first.claim.end, pair.second.claim.start
    pieces, at = [], start
    for frame in ctx.frames.after(pair.first, _MONEY, _LOOK_BACK):
        if frame.claim.start >= end:
            break
        pieces.append(text[at:frame.claim.start])
        at = frame.claim.end
    return "".join(pieces) + text[at:end]


def _restated(ctx: CheckContext, pair: Pair) -> bool:
    """Is the later amount of the pair the earlier one restated in another currency?"""
    first, second = pair.first.claim, pair.second.claim
    if first.value["currency"] == second.value["currency"]:
        return False
    text = ctx.document.text
    if first.sentence != second.sentence and _set_in_the_past(text, first) and not _set_in_the_past(text, second):
        return False  # "A year earlier it was €385,150. The latest figure, equivalent to about £360,000, …"
    gap = text[first.end:second.start]
    if _PERCENT_BETWEEN.search(gap):
        return False  # "a budget of €1.9bn, roughly $2.6bn … will pay 60%, or €1.14bn": "or" restates the 60%
    if not gap.strip(" ,"):
        gap += _hedge_written(second)  # "£36.5m, about $52m": the second figure's own hedge is the only cue
    # Other restatements in one bracket ("(£2.1m; $3.4m)") stand between a base and its second restatement.
    bare = _without_amounts(ctx, pair) if gap.lstrip(" ,").startswith("(") else gap
    if len(gap) < 60 and _cues("weak").search(bare.strip(" ,;")):
        return True
    lead = text[max(second.sentence[0], second.start - 80):second.start].strip(" ,")
    if _cues("strong").search(lead) and _nearest_other_currency(ctx, pair.second) is pair.first:
        same_paragraph = ctx.frames.paragraph(pair.first) == ctx.frames.paragraph(pair.second)
        one_metric = pair.first.metric is not None and pair.first.metric == pair.second.metric
        return same_paragraph or one_metric
    return (first.sentence == second.sentence and pair.first.entity is not None
            and pair.first.entity is pair.second.entity and pair.first.metric is not None
            and pair.first.metric == pair.second.metric and _cues("weak").search(lead) is not None
            and _nearest_other_currency(ctx, pair.second) is pair.first)


@cache
def _earlier_opener() -> re.Pattern[str]:
    return re.compile(rf"[\"“‘(]*{phrase_pattern(words('currencies', 'restatement.earlier_openers')).pattern}\b",
                      re.IGNORECASE)


def _set_in_the_past(text: str, claim: Claim) -> bool:
    """Does the claim's sentence open by setting its figures in the past ("A year earlier, …", "Last year …")?"""
    return _earlier_opener().match(text, claim.sentence[0], claim.end) is not None


def _hedge_written(claim: Claim) -> str:
    """The hedge that opens a claim's own text ("about $52m" -> "about"), which cues a restatement as the
    same word between the two figures would ("£36.5m, about $52m"); "" when the claim has none.

    >>> _hedge_written(Claim("money", 0, 10, {"amount": 5.2e7, "currency": "USD", "hedge": "about"},
    ...                      text="about $52m"))
    ' about'
    """
    hedge = claim.value.get("hedge")
    return f" {hedge}" if hedge and claim.text.lower().startswith(hedge.lower()) else ""


def _nearest_other_currency(ctx: CheckContext, frame: Frame) -> Frame | None:
    """The nearest amount in another currency before ``frame``, in its paragraph or the one before."""
    currency = frame.claim.value["currency"]
    here = ctx.frames.paragraph(frame)
    for earlier in ctx.frames.before(frame, _MONEY, _LOOK_BACK):
        if here - ctx.frames.paragraph(earlier) > 1:
            return None
        if earlier.claim.value["currency"] != currency:
            return earlier
    return None


def _candidates(ctx: CheckContext, frame: Frame) -> list[Frame]:
    """The amounts ``frame`` may restate: the nearest one in another currency, and, inside a bracket of
    restatements ("3m euros (£2.1m; $3.4m)"), the amount the bracket follows."""
    nearest = _nearest_other_currency(ctx, frame)
    found = [nearest] if nearest is not None else []
    text = ctx.document.text
    for earlier in ctx.frames.before(frame, _MONEY, 4):
        gap = text[earlier.claim.end:frame.claim.start]
        if gap.lstrip(" ,").startswith("(") and ")" not in gap and earlier not in found and \
                earlier.claim.value["currency"] != frame.claim.value["currency"]:
            found.append(earlier)
            break
    return found




def _unchecked_because(base: str, quote: str, day: date) -> str | None:
    """Why no ECB rate links two currencies on ``day``: a currency it has never quoted, or not yet.
    None when both are quoted and only the day's rate is missing (the report's note on the rate data
    says that once for the whole article).

    >>> _unchecked_because("INR", "USD", date(2005, 1, 19))
    'the ECB published no INR reference rate before 2009-01-02'
    >>> _unchecked_because("USD", "EUR", date(2099, 1, 1)) is None
    True
    """
    from verify.rates import first_quoted

    for code in (base, quote):
        since = first_quoted(code)
        if since is None:
            return f"the ECB publishes no {code} reference rate"
        if since > day:
            return f"the ECB published no {code} reference rate before {since.isoformat()}"
    return None


def _restatements(ctx: CheckContext) -> Iterator[Pair]:
    """Every amount restated in another currency, as (amount, restatement), in document order."""
    for frame in ctx.frames.of_type("money"):
        pair = next((Pair(earlier, frame, 1.0) for earlier in _candidates(ctx, frame)
                     if _restated(ctx, Pair(earlier, frame, 1.0))), None)
        if pair is not None:
            yield pair


def _rounding(claim: Claim) -> float:
    """Half the rounding unit of an amount as written, counting the zeros that end a whole number as
    rounded, down to two significant digits ("$2,300" may be 2,250–2,350, "830bn" 825bn–835bn, "40bn"
    39.5bn–40.5bn): what the figure can stand for when it restates another at some rate.

    >>> _rounding(Claim("money", 0, 6, {"amount": 2300, "currency": "USD"}, text="$2,300"))
    50.0
    >>> _rounding(Claim("money", 0, 6, {"amount": 1.6e9, "currency": "USD"}, text="$1.6bn"))
    50000000.0
    >>> _rounding(Claim("money", 0, 4, {"amount": 4e10, "currency": "INR"}, text="40bn"))
    500000000.0
    """
    match = WRITTEN_NUMBER.search(claim.text)
    digits = match.group().replace(",", "") if match else ""
    significant = digits.lstrip("0")
    zeros = min(len(significant) - len(significant.rstrip("0")), len(significant) - 2) \
        if digits.isdigit() and significant else 0
    zeros = max(zeros, 0)
    return precision(claim) * 10.0 ** zeros / 2


def _rate_range(amount: Claim, restated: Claim) -> tuple[float, float]:
    """The rates (``restated`` per ``amount``) that the two figures, as rounded, allow."""
    low_base, high_base = amount.value["amount"] - _rounding(amount), amount.value["amount"] + _rounding(amount)
    low, high = restated.value["amount"] - _rounding(restated), restated.value["amount"] + _rounding(restated)
    return low / high_base, high / low_base if low_base > 0 else math.inf


def _inconsistent(ctx: CheckContext, params: dict[str, Any]) -> HitIterator:
    """Restatements whose rate is far from the one the article's other restatements agree on, for a pair of
    currencies the ECB did not quote that day (or an undated article): the article is its own reference.

    A restatement is compared with the median rate of the others of that pair of currencies, when at least
    ``min_others`` of them agree with each other within ``agreement``; it is off when no rate its rounded
    figures allow comes within ``tolerance`` of that median (plus ``approx_tolerance`` for a hedged one).
    """
    from verify.rates import reference_rate

    tolerance = float(params.get("tolerance", 0.1))
    agreement = float(params.get("agreement", 0.05))
    min_others = int(params.get("min_others", 2))
    by_currencies: dict[tuple[str, str], list[tuple[Claim, Claim]]] = {}
    for pair in _restatements(ctx):
        first, second = pair.first.claim, pair.second.claim
        if not first.value["amount"] or not second.value["amount"]:
            continue
        base, quote = sorted((first.value["currency"], second.value["currency"]))
        if ctx.published is not None and reference_rate(base, quote, ctx.published) is not None:
            continue  # the ECB rate is the reference: conversion.rate checks it
        amount, restated = (first, second) if first.value["currency"] == base else (second, first)
        by_currencies.setdefault((base, quote), []).append((amount, restated))
    for (base, quote), pairs in by_currencies.items():
        if len(pairs) <= min_others:
            continue
        import statistics  # here: most articles restate no amount, and the import costs 4 ms

        rates = [restated.value["amount"] / amount.value["amount"] for amount, restated in pairs]
        if statistics.median(rates) < 1:  # "44 INR per USD" reads better than "0.0227 USD per INR"
            base, quote = quote, base
            pairs = [(restated, amount) for amount, restated in pairs]
            rates = [1 / rate for rate in rates]
        for index, (amount, restated) in enumerate(pairs):
            others = sorted(rates[:index] + rates[index + 1:])
            consensus = statistics.median(others)
            if sum(abs(rate / consensus - 1) <= agreement for rate in others) < max(min_others, 0.75 * len(others)):
                continue  # the others do not agree on one rate: no reference to hold this one to
            low, high = _rate_range(amount, restated)
            gap = max(low / consensus - 1, 1 - high / consensus, 0.0)
            allowed = tolerance + (float(params.get("approx_tolerance", 0.02))
                                   if amount.value.get("approx") or restated.value.get("approx") else 0.0)
            if gap > allowed:
                primary, other = (restated, amount) if restated.start > amount.start else (amount, restated)
                yield Hit([primary, other], {
                    "first": quoted(other), "second": quoted(primary), "base": base, "quote": quote,
                    "implied": f"{rates[index]:.4g}", "reference": f"{consensus:.4g}",
                    "others": str(len(others)), "gap": percent_text(gap), "tolerance": percent_text(allowed),
                    "rate_date": "", "reason": ""})


def run(ctx: CheckContext, params: dict[str, Any], policy: Policy | None = None, relation: str = "rate-off",
        claims: tuple[str, ...] = ("money",)) -> HitIterator:
    if relation == "rate-inconsistent":
        yield from _inconsistent(ctx, params)
        return
    if ctx.published is None:
        return
    from verify.rates import reference_rate

    unquoted = relation == "rate-unquoted"  # the note that a restatement could not be checked
    for pair in _restatements(ctx):
        first, second = pair.first.claim, pair.second.claim
        base, quote = first.value["currency"], second.value["currency"]
        found = reference_rate(base, quote, ctx.published)
        if unquoted:
            reason = _unchecked_because(base, quote, ctx.published) if found is None else None
            if reason:
                yield Hit([second, first], {
                    "first": quoted(first), "second": quoted(second), "base": base, "quote": quote,
                    "reason": reason, "implied": "", "reference": "", "rate_date": "", "gap": "",
                    "tolerance": "", "others": ""})
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
                "tolerance": percent_text(tolerance), "reason": "", "others": ""})

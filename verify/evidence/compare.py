"""Do two aligned spans state the same value? ``True`` (they agree), ``False`` (they differ) or ``None``.

Figures agree when the values their wording allows meet (the rounding of what is written and its
hedge, as for the consistency rules: "$3 billion" allows $3.1 billion, "13 percent" does not
allow 13.8); money in another currency is first converted at the ECB rate of the day. Dates
agree when their days meet; written without a year or a publication date to resolve them, they
are compared by what both state (weekday, month, day of the month, year, or the same words with
another number: "35 years ago" against "36 years ago").

>>> from verify.evidence.spans import Span
>>> def money(text, amount): return Span("money", 0, len(text), text, {"amount": amount, "currency": "USD"})
>>> same_value(money("$3 billion", 3e9), money("$3.1 billion", 3.1e9), None)
True
>>> same_value(money("$6.84", 6.84), money("$6.86", 6.86), None)
False
>>> same_value(money("$2.80", 2.8), money("$2.79", 2.79), None)  # written to the cent, they only touch
False
>>> def when(text): return Span("date", 0, len(text), text, {"start": None, "end": None, "relative": True})
>>> same_value(when("Thursday"), when("Friday"), None), same_value(when("June 6"), when("June 6"), None)
(False, True)
>>> same_value(when("Thursday"), when("June 6"), None) is None
True
"""

from __future__ import annotations

import re
from datetime import date

from verify.checks.common import NEAR_HEDGES, disjoint, interval
from verify.claims import Claim
from verify.evidence.alignment import Sentence
from verify.evidence.spans import Span
from verify.extract.context import MONTH_NUMBERS, WEEKDAY_NAMES

_NUMBER = re.compile(r"\d+")
_WORD = re.compile(r"[A-Za-z]+")
_WEEKDAYS = {name.lower(): index for index, name in enumerate(WEEKDAY_NAMES)} | {
    name[:3].lower(): index for index, name in enumerate(WEEKDAY_NAMES)}


def same_value(claimed: Span, stated: Span, on: date | None) -> bool | None:
    """Does ``stated`` (a stored span) give the value ``claimed`` gives? ``on``: the day for currency rates."""
    if claimed.type == "date":
        return _same_date(claimed, stated)
    if claimed.type == "ranking":
        key = "top" if "top" in (claimed.value or {}) else "rank"
        return (claimed.value or {}).get(key) == (stated.value or {}).get(key)
    if claimed.type == "duration" and (claimed.value or {}).get("unit") != (stated.value or {}).get("unit"):
        return _same_length(claimed, stated)
    rate = _rate(claimed, stated, on)
    if rate is None:
        return None
    low, high = interval(_bound_as_value(stated, claimed), {})
    slack = 1.0 if rate == 1.0 else 1.005  # a newsroom's rate of the day is not the ECB's to the digit
    return _meet(interval(_bound_as_value(claimed, stated), {}), (low * rate / slack, high * rate * slack))


def restates(claimed: Span, stated: Span, on: date | None) -> bool:
    """Does ``stated`` give the value ``claimed`` gives at least as precisely? "$1.5 billion" is
    within the rounding of "$1 billion", but "$1 billion" does not restate it. A bound is restated
    only by the same bound of its own number: "57 people" is within "at least four people", and
    "four people" (those rescued, say) is another count of the same size, but neither restates it.

    >>> def money(text, amount): return Span("money", 0, len(text), text, {"amount": amount, "currency": "USD"})
    >>> restates(money("$1.5 billion", 1.5e9), money("$1 billion", 1e9), None)
    False
    >>> restates(money("$2 billion", 2e9), money("$2.04 billion", 2.04e9), None)
    True
    >>> def people(text, amount, bound=None):
    ...     return Span("quantity", 0, len(text), text, {"amount": amount, "unit": "people"} | (
    ...         {"bound": bound} if bound else {}))
    >>> restates(people("at least four people", 4, "min"), people("57 people", 57), None)
    False
    >>> restates(people("at least four people", 4, "min"), people("four people", 4), None)
    False
    >>> restates(people("at least four people", 4, "min"), people("at least four people", 4, "min"), None)
    True
    """
    if (claimed.value or {}).get("bound") != (stated.value or {}).get("bound") or not same_value(claimed, stated, on):
        return False
    if claimed.type not in ("money", "percent", "quantity", "duration"):
        return True
    amount = in_claim_units(claimed, stated, on)
    low, high = interval(_unbounded(claimed), {})
    return amount is not None and low <= amount <= high


def _same_length(claimed: Span, stated: Span) -> bool | None:
    """Two lengths in other units, read in days with their rounding (see
    :func:`verify.checks.relations.duration_days`), a day more for counting both ends.

    >>> def length(text, amount, unit): return Span("duration", 0, len(text), text, {"amount": amount, "unit": unit})
    >>> _same_length(length("30 years", 30, "year"), length("30 days", 30, "day"))
    False
    >>> _same_length(length("two years", 2, "year"), length("24 months", 24, "month"))
    True
    """
    from verify.checks.relations import COUNTED_ENDS, duration_days

    a = duration_days(_bound_as_value(claimed, stated), {})
    b = duration_days(_bound_as_value(stated, claimed), {})
    if a is None or b is None:
        return None
    return not disjoint(a, (b[0] - COUNTED_ENDS, b[1] + COUNTED_ENDS))


def _bound_as_value(span: Span, other: Span) -> Claim:
    """The span as a claim; a bound that the other span states the same way ("at least two people"
    against "at least three people", "more than 50" against "over 60") is read as its value, since
    two sources giving one fact's bound give the same number.

    >>> def bound(text, amount): return Span("quantity", 0, len(text), text, {"amount": amount, "bound": "min"})
    >>> same_value(bound("at least three", 3), bound("at least two", 2), None)
    False
    >>> same_value(bound("more than 50", 50), bound("over 50", 50), None)
    True
    """
    bound = (span.value or {}).get("bound")
    if bound and bound == (other.value or {}).get("bound") and not {
            (span.value or {}).get("hedge"), (other.value or {}).get("hedge")} & NEAR_HEDGES:
        return _unbounded(span)
    return span.as_claim()


def _unbounded(span: Span) -> Claim:
    """The span as a claim of its own number: "at least four people" as four people."""
    claim = span.as_claim()
    claim.value = {k: v for k, v in claim.value.items() if k not in ("bound", "hedge")}
    return claim


def _meet(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Do two intervals share more than an end point? "$2.80" (2.795–2.805) and "$2.79" (2.785–2.795)
    only touch: written to the same cent, they are two values."""
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    return overlap > 1e-9 * max(abs(a[0]), abs(b[0]), 1.0)


def in_claim_units(claimed: Span, stated: Span, on: date | None) -> float | None:
    """The stated amount in the claim's currency (or unit), if it can be converted."""
    rate = _rate(claimed, stated, on)
    return None if rate is None else float((stated.value or {})["amount"]) * rate


def _rate(claimed: Span, stated: Span, on: date | None) -> float | None:
    if claimed.type != "money":
        return 1.0
    have, want = (stated.value or {}).get("currency"), (claimed.value or {}).get("currency")
    if have == want:
        return 1.0
    if on is None or not have or not want:
        return None
    from verify.rates import reference_rate

    found = reference_rate(have, want, on)
    return found[0] if found else None


def _parts(span: Span) -> dict[str, object]:
    """What a date's words state: weekday, month, day and year, and its shape without numbers."""
    words = [w.lower() for w in _WORD.findall(span.text)]
    numbers = [int(n) for n in _NUMBER.findall(span.text)]
    parts: dict[str, object] = {}
    for word in words:
        if word in _WEEKDAYS:
            parts["weekday"] = _WEEKDAYS[word]
        elif word in MONTH_NUMBERS:
            parts["month"] = MONTH_NUMBERS[word]
    years = [n for n in numbers if n >= 1000]
    days = [n for n in numbers if 1 <= n <= 31]
    if years:
        parts["year"] = years[0]
    if days and "month" in parts:
        parts["day"] = days[0]
    parts["shape"] = tuple(w for w in words if w not in _WEEKDAYS and w not in MONTH_NUMBERS)
    parts["numbers"] = tuple(numbers)
    return parts


def _same_date(claimed: Span, stated: Span) -> bool | None:
    a, b = claimed.value or {}, stated.value or {}
    if a.get("start") and b.get("start"):
        return not disjoint((date.fromisoformat(a["start"]).toordinal(), date.fromisoformat(a["end"]).toordinal()),
                            (date.fromisoformat(b["start"]).toordinal(), date.fromisoformat(b["end"]).toordinal()))
    x, y = _parts(claimed), _parts(stated)
    shared = [k for k in ("weekday", "month", "day", "year") if k in x and k in y]
    if any(x[k] != y[k] for k in shared):
        return False
    if not shared and x["shape"] and x["shape"] == y["shape"] and x["numbers"] and y["numbers"]:
        return x["numbers"] == y["numbers"]  # "35 years ago" against "36 years ago"
    return True if shared else None


def agrees(sentence: Sentence, span: Span, passage: Sentence, stated: Span, on: date | None) -> bool | None:
    """Does the passage's span state the sentence's, in the same direction ("up 40.6%" is not "down 40.6%")?"""
    same = same_value(span, stated, on)
    if same and span.type != "date" and sentence.direction(span)[0] * passage.direction(stated)[0] < 0:
        return False
    return same

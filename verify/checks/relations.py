"""Named relations between two frames: what makes a pair a contradiction.

A relation takes the earlier and the later frame of a pair and the rule's parameters, and returns
the message fields of a contradiction, or None when the two agree. Rule files name them
(``relation = "values-disjoint"``); :data:`RELATIONS` is the closed set a rule may name.

>>> from verify.claims import Claim
>>> from verify.frames.model import Frame
>>> a = Frame(Claim("money", 0, 5, {"amount": 4.8e9, "currency": "EUR"}, text="€4.8bn"), metric="revenue")
>>> b = Frame(Claim("money", 9, 14, {"amount": 4.6e9, "currency": "EUR"}, text="€4.6bn"), metric="revenue")
>>> RELATIONS["values-disjoint"](a, b, {})["second"]
'"€4.6bn" (4,600,000,000 EUR)'
>>> RELATIONS["values-disjoint"](a, a, {}) is None
True
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from verify.checks.common import apart_as_written, describe, disjoint, interval, quoted, years_between
from verify.claims import Claim
from verify.frames.lasting import told_as_known
from verify.frames.model import Frame

Relation = Callable[[Frame, Frame, dict[str, Any]], dict[str, Any] | None]


def subject_of(frame: Frame) -> str:
    """What the two sides are about, for messages: "Acme revenue (series B)"."""
    owner = "" if frame.counted else frame.entity_name or ""  # a count of a happening is no one's
    parts = [owner, frame.metric or ""]
    labels = sorted(q.split(":", 1)[1] for q in frame.qualifiers if q.startswith(("round:", "in:", "for:", "per:")))
    text = " ".join(p for p in parts if p)
    return f"{text} ({', '.join(labels)})" if labels else text


def values_disjoint(first: Frame, second: Frame, params: dict[str, Any]) -> dict[str, Any] | None:
    """Two statements of one figure whose values, with their rounding and hedges, cannot both hold."""
    a, b = first.claim, second.claim
    if a.type == "duration" or b.type == "duration":
        return lengths_disjoint(first, second, params)
    if a.value.get("range") or b.value.get("range"):
        return None
    if not disjoint(interval(a, params), interval(b, params)) and not apart_as_written(a, b):
        return None
    return {"first": describe(a), "second": describe(b), "subject": subject_of(second)}


_DAYS = {"day": (1.0, 1.0), "week": (7.0, 7.0), "month": (28.0, 31.0), "year": (365.0, 366.0)}
COUNTED_ENDS = 1.0  # days: "41 days" may count both ends of a span that another counts as 42


def duration_days(claim: Claim, params: dict[str, Any]) -> tuple[float, float] | None:
    """The days a duration allows with its rounding and hedges: "six weeks" is 38.5–45.5 days."""
    unit = claim.value.get("unit")
    if unit not in _DAYS or claim.value.get("range"):
        return None
    low, high = interval(claim, params)
    return low * _DAYS[unit][0], high * _DAYS[unit][1]


def lengths_disjoint(first: Frame, second: Frame, params: dict[str, Any]) -> dict[str, Any] | None:
    """Two lengths of one occasion ("the 41-day strike" … "the walkout, which lasted 44 days") that cannot
    both hold, read in days with their rounding ("six weeks" may be 41 days, not 30) and a day more for
    counting both ends. Each must be the length of that occasion, the later named as known already ("the
    strike"): a strike told as "a" strike after another may be another strike.

    >>> from verify.frames.model import Slot
    >>> known = (Slot("occasion", "the length of the strike (definite)", 0.9),)
    >>> six = Frame(Claim("duration", 0, 9, {"amount": 6, "unit": "week"}, text="six weeks"), occasion="strike")
    >>> days = Frame(Claim("duration", 20, 27, {"amount": 41, "unit": "day"}, text="41 days"), occasion="strike",
    ...              slots=known)
    >>> lengths_disjoint(six, days, {}) is None
    True
    >>> month = Frame(Claim("duration", 20, 27, {"amount": 30, "unit": "day"}, text="30 days"), occasion="strike",
    ...               slots=known)
    >>> lengths_disjoint(six, month, {})["subject"]
    'the strike'
    """
    if first.claim.type != "duration" or second.claim.type != "duration" or first.occasion is None or \
            first.occasion != second.occasion or first.claim.value.get("age") or second.claim.value.get("age"):
        return None
    if not told_as_known(second):
        return None  # "the 41-day strike" … "a 44-day strike by pilots": a strike told after it as new is another
    a, b = duration_days(first.claim, params), duration_days(second.claim, params)
    if a is None or b is None or not (a[1] + COUNTED_ENDS < b[0] or b[1] + COUNTED_ENDS < a[0]):
        return None
    return {"first": describe(first.claim), "second": describe(second.claim),
            "subject": f"the {first.occasion.replace('_', ' ')}"}


def currency_slip(first: Frame, second: Frame, params: dict[str, Any]) -> dict[str, Any] | None:
    """One amount written with the same number in two currencies ("$56bn" … "£56bn", "A$1,185" … "$1,185"):
    a slipped symbol rather than a conversion, since no two currencies an article converts trade at par.

    >>> from verify.claims import Claim
    >>> usd = Frame(Claim("money", 0, 5, {"amount": 5.6e10, "currency": "USD"}, text="$56bn"), metric="revenue")
    >>> gbp = Frame(Claim("money", 9, 14, {"amount": 5.6e10, "currency": "GBP"}, text="£56bn"), metric="revenue")
    >>> currency_slip(usd, gbp, {})["second"], currency_slip(usd, usd, {})
    ('"£56bn"', None)
    """
    a, b = first.claim.value, second.claim.value
    if first.claim.type != "money" or second.claim.type != "money" or a.get("currency") == b.get("currency"):
        return None
    x, y = float(a.get("amount") or 0), float(b.get("amount") or 0)
    if not x or abs(x - y) > float(params.get("tolerance", 0.005)) * max(abs(x), abs(y)):
        return None
    return {"first": quoted(first.claim), "second": quoted(second.claim), "subject": subject_of(second)}


def ranks_differ(first: Frame, second: Frame, params: dict[str, Any]) -> dict[str, Any] | None:
    a, b = first.claim.value, second.claim.value
    if "rank" not in a or "rank" not in b or a["rank"] == b["rank"]:
        return None
    return {"first": quoted(first.claim), "second": quoted(second.claim), "entity": second.entity_name or "",
            "first_rank": a["rank"], "second_rank": b["rank"], "top": ""}


def rank_outside_top(first: Frame, second: Frame, params: dict[str, Any]) -> dict[str, Any] | None:
    """A rank outside a "top N" said to hold it, or inside one said to exclude it ("just outside the top 10")."""
    tops = [f for f in (first, second) if "top" in f.claim.value and "rank" not in f.claim.value]
    ranks = [f for f in (first, second) if "rank" in f.claim.value]
    if len(tops) != 1 or len(ranks) != 1:
        return None
    top, rank = tops[0], ranks[0]
    size, place = top.claim.value["top"], rank.claim.value["rank"]
    outside = "outside" in top.qualifiers
    if (place <= size) != outside:
        return None
    return {"first": quoted(top.claim), "second": quoted(rank.claim), "entity": rank.entity_name or "",
            "first_rank": place, "second_rank": "", "top": size,
            "inside": "inside" if outside else "outside"}


def _when(frame: Frame) -> str:
    return frame.period.describe()


def dates_disjoint(first: Frame, second: Frame, params: dict[str, Any]) -> dict[str, Any] | None:
    """One occasion given two dates whose intervals do not meet: the same event described twice ("the
    vote", "the settlement"), or an event that happens once in the life of its entity (a founding, a
    birth), neither marked as another occurrence ("a second round", "a new plant")."""
    from verify.frames.events import is_one_off

    a, b = first.period, second.period
    if a.kind != "stated" or b.kind != "stated" or "another" in first.qualifiers | second.qualifiers:
        return None
    same_occasion = first.occasion is not None and first.occasion == second.occasion
    kind = first.entity.kind.value if first.entity else ""
    if not same_occasion and not is_one_off(first.event, kind):
        return None
    assert a.start and a.end and b.start and b.end
    if a.start <= b.end and b.start <= a.end:
        return None
    event = first.occasion or first.event or ""
    return {"first": quoted(first.claim), "second": quoted(second.claim), "first_date": _when(first),
            "second_date": _when(second), "event": f"{first.entity_name or 'the article'} ({event})"}


def _age_and(first: Frame, second: Frame, metric: str, *, anniversaries: bool = False) -> tuple[Frame, Frame] | None:
    """The age frame and the other one of a pair, if the pair is an age (or, with ``anniversaries``, an
    anniversary: "its 25th anniversary") against ``metric``."""
    for age, other in ((first, second), (second, first)):
        is_age = age.metric == "age" or (anniversaries and bool(age.claim.value.get("anniversary")))
        if is_age and age.claim.value.get("unit") == "year" and other.metric == metric:
            return age, other
    return None


def _expected_age(age: Frame, event: Frame, published: date) -> tuple[int, int]:
    """The ages an entity that began in ``event``'s period may have when ``age`` is said of it: on the
    publication date, between the whole years since the last and the first day the date allows; at an
    anniversary or a birthday dated in its own sentence ("marked its 25th anniversary last year"), exactly
    the years between the two years, the anniversary falling on the day itself."""
    assert event.period.start and event.period.end
    dated = age.period.kind == "stated" and age.period.start is not None and age.period.end is not None
    if age.claim.value.get("anniversary") and dated:
        assert age.period.start and age.period.end
        return age.period.start.year - event.period.end.year, age.period.end.year - event.period.start.year
    return years_between(event.period.end, published), years_between(event.period.start, published)


def age_vs_start(first: Frame, second: Frame, params: dict[str, Any]) -> dict[str, Any] | None:
    """An age against the date its entity began: born (a person), built (a work) or founded (anything else). The age on
    the publication date lies between the whole years since the last and the first day the date allows:
    "born in 1990" allows 34 or 35 in June 2025, "born in October 2002" only 22 in January 2025."""
    published = params.get("published")
    found = _age_and(first, second, "event:born", anniversaries=True) or \
        _age_and(first, second, "event:founded", anniversaries=True) or _age_and(first, second, "event:built")
    if published is None or found is None:
        return None
    age, event = found
    entity = age.entity
    if entity is None or event.period.kind != "stated" or "another" in event.qualifiers:
        return None
    wanted = "event:born" if entity.kind.value == "person" else \
        "event:built" if event.metric == "event:built" and entity.kind.value == "work" else "event:founded"
    if event.metric != wanted and entity.kind.value != "unknown":
        return None  # a founder's birth is not the company's founding
    if age.metric != "age" and age.period.kind != "stated":
        return None  # an anniversary with no date of its own ("ahead of its centenary") says no age
    same_dates = (event.period.start, event.period.end) == (age.period.start, age.period.end)
    if age.claim.value.get("anniversary") and same_dates:
        return None  # "founded in 1962 and marks its 60th anniversary this year": "this year" dates the anniversary
    youngest, oldest = _expected_age(age, event, published)  # "born in October 2002": 22 until October
    if oldest < 0:
        return None  # a founding dated after the anniversary said of it is some other date
    low, high = interval(age.claim, params) if _hedged(age) else (age.claim.value["amount"],) * 2
    if not disjoint((float(low), float(high)), (youngest, oldest)):
        return None  # "almost 40 years old" allows 36 to 40
    expected = f"{youngest}" if youngest == oldest else f"{max(youngest, 0)}–{oldest}"
    return {"first": quoted(event.claim), "second": quoted(age.claim), "age": quoted(age.claim),
            "event": quoted(event.claim), "entity": entity.name, "year": str(event.period.start.year),
            "expected": expected, "primary": age}


def age_then_vs_now(first: Frame, second: Frame, params: dict[str, Any]) -> dict[str, Any] | None:
    """An age at a dated event against the age now: "opened a shop in 1979, at the age of 26" makes its owner
    born in 1952 or 1953, so 70 to 72 on a day of 2024 ("Ashdown, 74," is not). Both are whole ages: the birth
    year lies between the event's year less the age and one year before that."""
    published = params.get("published")
    pair = [(then, now) for then, now in ((first, second), (second, first))
            if then.metric == "age at event" and now.metric == "age" and now.period.kind == "current"]
    if published is None or not pair:
        return None
    then, now = pair[0]
    if then.period.kind != "stated" or then.period.start is None or then.period.end is None or \
            now.claim.value.get("anniversary") or _hedged(then) or _hedged(now):
        return None
    age = int(then.claim.value["amount"])
    youngest = published.year - then.period.end.year + age - 1
    oldest = published.year - then.period.start.year + age + 1
    stated = float(now.claim.value["amount"])
    if youngest <= stated <= oldest:
        return None
    return {"first": quoted(then.claim), "second": quoted(now.claim), "age": quoted(now.claim),
            "event": quoted(then.claim), "entity": now.entity_name or "", "year": str(then.period.start.year),
            "expected": f"{youngest}–{oldest}", "primary": now}


def _hedged(age: Frame) -> bool:
    """Is the age written with a hedge or a bound ("nearly 30 years old", "over 40 years old")?"""
    return any(age.claim.value.get(key) for key in ("approx", "bound", "hedge"))


def span_exceeds_age(first: Frame, second: Frame, params: dict[str, Any]) -> dict[str, Any] | None:
    """A span of an entity's history ("for more than five years") longer than its stated age allows."""
    found = _age_and(first, second, "span")
    if found is None:
        return None
    age, span = found
    value = span.claim.value
    if value.get("unit") != "year" or value.get("bound") == "max" or value.get("relation") or age.entity is None \
            or age.claim.value.get("bound") == "min":
        return None  # "more than 40 years old" sets no most
    oldest = (interval(age.claim, params)[1] if _hedged(age) else float(age.claim.value["amount"])) + 1
    if float(value["amount"]) <= oldest:
        return None
    return {"first": quoted(age.claim), "second": quoted(span.claim), "age": quoted(age.claim),
            "span": quoted(span.claim), "entity": age.entity.name, "expected": f"at most {oldest:g} years",
            "primary": span}


def _ladders() -> tuple[dict[str, str], set[frozenset[str]]]:
    from verify.lexicon import table

    roles = table("roles")
    ladder = {office["name"]: office["ladder"] for office in roles["office"] if "ladder" in office}
    allowed = {frozenset(pair) for pair in roles["combinations"]["allowed"]}
    return ladder, allowed


def roles_incompatible(first: Frame, second: Frame, params: dict[str, Any]) -> dict[str, Any] | None:
    """One person, now, in two posts of one ladder that one person does not hold at once: two ranks of one
    police force, "assistant professor" and "associate professor", "chief executive" and "finance chief"."""
    a, b = first.role, second.role
    if not a or not b or a == b or first.modality != "actual" or second.modality != "actual":
        return None
    ladder, allowed = _ladders()
    if a not in ladder or ladder.get(a) != ladder.get(b) or frozenset((a, b)) in allowed:
        return None
    at_a = {q for q in first.qualifiers if q.startswith("at:")}
    at_b = {q for q in second.qualifiers if q.startswith("at:")}
    if at_a and at_b and at_a != at_b:
        return None  # chair of one company, chief executive of another
    return {"person": second.entity_name or "", "first": f"\"{first.claim.value['written']}\" ({a})",
            "second": f"\"{second.claim.value['written']}\" ({b})"}


def office_shared(first: Frame, second: Frame, params: dict[str, Any]) -> dict[str, Any] | None:
    """One office that an organisation gives one person at a time, held now by two people there: "Declan
    Rowe, Marrick's chief executive" and "Ostley, who has led Marrick as chief executive"."""
    from verify.lexicon import words

    a, b = first.role, second.role
    if not a or a != b or a not in words("roles", "sole") or first.modality != "actual" or \
            second.modality != "actual" or first.entity is None or second.entity is None or \
            first.entity is second.entity:
        return None
    at_a = {q for q in first.qualifiers if q.startswith("at:")}
    if not at_a or at_a != {q for q in second.qualifiers if q.startswith("at:")}:
        return None  # the organisation must be named for both: "chief executive" alone is anyone's
    return {"person": second.entity_name or "", "entity": first.entity_name or "",
            "first": f"\"{first.claim.value['written']}\" ({a})",
            "second": f"\"{second.claim.value['written']}\" ({b})"}


def ages_differ(first: Frame, second: Frame, params: dict[str, Any]) -> dict[str, Any] | None:
    """Two ages of one entity now ("Roe, 52," … "the 53-year-old Roe"); an age at an event ("at 31, she
    joined") is no age now, and neither is a span of years."""
    if first.metric != "age" or second.metric != "age" or first.claim.sentence == second.claim.sentence or \
            first.claim.extra.get("age_range") or second.claim.extra.get("age_range"):
        return None  # two ages in one sentence, or the ends of "aged 13 to 17", are no one person's two ages
    a, b = first.claim.value, second.claim.value
    if any(value.get(key) for value in (a, b) for key in ("approx", "bound", "hedge", "range")):
        return values_disjoint(first, second, params)  # "in his late forties", "nearly 40"
    if a.get("amount") == b.get("amount"):
        return None  # a whole age is that many years, not a rounding of it: 30 and 31 never meet
    return {"first": describe(first.claim), "second": describe(second.claim), "subject": subject_of(second)}


RELATIONS: dict[str, Relation] = {
    "values-disjoint": values_disjoint,
    "ages-differ": ages_differ,
    "office-shared": office_shared,
    "currency-slip": currency_slip,
    "ranks-differ": ranks_differ,
    "rank-outside-top": rank_outside_top,
    "dates-disjoint": dates_disjoint,
    "age-vs-start": age_vs_start,
    "age-then-vs-now": age_then_vs_now,
    "span-exceeds-age": span_exceeds_age,
    "roles-incompatible": roles_incompatible,
}

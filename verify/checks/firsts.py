"""``record-vs-last-time`` for firsts: a first told against the years it spans and an occurrence of
the same event the article dates inside them.

"It is the club's first cup final since 2009" and "the club lost the 2015 final" cannot both hold:
a final in 2015 lies inside the years the first says had none. A first is "the first NOUN since
YEAR", "the first NOUN in N years", or "for the first time since YEAR / in N years" with the
event named in its clause ("reached the final for the first time in 14 years"). An occurrence is a
year the article gives the same event, of the same entity: "the 2015 final", "won the title in
2016". Taking part is the event of a fixture ("lost the 2015 final" was a final); an outcome must be
won ("lost the title in 2015" was no title); "missed the 2015 final" and "the 2015 title race" are
none. A first narrowed by a word ("its first home win") against an occurrence that does not say it
("a win in 2021") is reported at ``info``; two narrowed differently ("the 2015 league final") are
other events. The word lists are in the ``[firsts]`` table of ``verify/data/records.toml``.

>>> from datetime import date
>>> from verify.document import Document
>>> from verify.extract import extract_claims
>>> from verify.checks.common import CheckContext
>>> text = "It is Brackley Rovers' first cup final since 2009. Brackley Rovers lost the 2015 final to Rask."
>>> doc = Document.from_plain("a.txt", text)
>>> ctx = CheckContext(doc, extract_claims(doc, date(2025, 5, 10)), date(2025, 5, 10))
>>> [hit.fields["year"] for hit in firsts(ctx, {})]
['2015']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from verify.checks.common import CheckContext, Hit, HitIterator, interval
from verify.claims import Claim
from verify.frames.model import Frame
from verify.lexicon import phrase_pattern, table

_MODS = r"(?P<mods>(?:[\w’'-]+[ \t]+){0,3}?)"  # words between "first" and the noun: "first cup final"
_CLAUSE_BACK = 80  # characters before "for the first time" in which its event is named
_NOT_REACH = 40  # characters before an occurrence's noun in which a word may say it did not happen


@dataclass(frozen=True)
class _First:
    claim: Claim  # the date after "since", or the span of years
    noun: str  # the event, as one key: "final", "win"
    narrowed: frozenset[str]  # "home", "league": words that make it a part of its kind
    since: int  # the year the first counts from
    written: str
    slack: int = 0  # years an occurrence may lie after ``since``: "in 14 years" may be written for 13


@dataclass(frozen=True)
class _Occurrence:
    claim: Claim
    noun: str
    narrowed: frozenset[str]
    written: str


@cache
def _data() -> dict[str, Any]:
    return table("records")["firsts"]


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    data = _data()
    nouns = phrase_pattern([*data["fixtures"], *data["outcomes"], *data["same"]]).pattern
    return {
        "first_noun": re.compile(rf"\bfirst[ \t]+{_MODS}(?P<noun>{nouns})(?:[ \t]+(?:in|for))?[ \t]+"
                                 rf"(?:(?:the[ \t]+)?(?:past|last)[ \t]+)?$", re.IGNORECASE),
        "first_time": re.compile(r"\b(?:for[ \t]+)?the[ \t]+first[ \t]+time[ \t]+(?:in[ \t]+)?"
                                 r"(?:(?:the[ \t]+)?(?:past|last)[ \t]+)?$", re.IGNORECASE),
        "noun": re.compile(rf"\b(?P<noun>{nouns})(?![\w-])", re.IGNORECASE),
        "after_year": re.compile(rf"[ \t]+(?P<mods>(?:[A-Za-z][\w’'-]*[ \t]+){{0,2}}?)(?P<noun>{nouns})(?![\w-])",
                                 re.IGNORECASE),
        "before_year": re.compile(rf"\b(?:the|a|an|its|their|his|her|[A-Z][\w-]*[’']s?)[ \t]+{_MODS}"
                                  rf"(?P<noun>{nouns})[ \t]+(?:back[ \t]+)?in[ \t]+$"),
        "not_after": re.compile(rf"[ \t]+{phrase_pattern(data['not_after']).pattern}\b", re.IGNORECASE),
        "not_before": re.compile(rf"\b{phrase_pattern(data['not_before']).pattern}\b", re.IGNORECASE),
        "lost": re.compile(rf"\b{phrase_pattern(data['lost']).pattern}\b", re.IGNORECASE),
    }


def _key(noun: str) -> str:
    """One key for the nouns of one event: "victory" → "win", "Semifinal" → "semi-final"."""
    plain = " ".join(noun.lower().split())
    return str(_data()["same"].get(plain, plain))


def _narrowed(mods: str) -> frozenset[str]:
    narrowing = set(_data()["narrowing"])
    return frozenset(w for w in mods.lower().split() if w in narrowing)


def _first(ctx: CheckContext, claim: Claim, published_year: int) -> _First | None:
    """The first a "since YEAR" date or a span of years ends, if its words make it one."""
    text = ctx.document.text
    slack = 0
    if claim.type == "date":
        if not claim.value.get("since") or not claim.value.get("start") or claim.text[:5].lower() != "since":
            return None
        since = int(str(claim.value["start"])[:4])
    else:
        value = claim.value
        if value.get("unit") != "year" or value.get("age") or value.get("relation") or value.get("range"):
            return None
        since = published_year - round(float(value["amount"]))  # "in 14 years": about 14 years back
        slack = 1 if interval(claim, {})[1] - interval(claim, {})[0] <= 1 else 2
    lead_start = max(claim.sentence[0], claim.start - _CLAUSE_BACK)
    found = _patterns()["first_noun"].search(text, lead_start, claim.start)
    if found is not None:
        return _First(claim, _key(found["noun"]), _narrowed(found["mods"]), since,
                      " ".join(text[found.start():claim.end].split()), slack)
    timed = _patterns()["first_time"].search(text, lead_start, claim.start)
    if timed is None:
        return None
    clause = re.split(r"[,;:]", text[max(claim.sentence[0], timed.start() - _CLAUSE_BACK):timed.start()])[-1]
    named = list(_patterns()["noun"].finditer(clause))
    if not named:
        return None
    mods = clause[:named[-1].start()].split()[-2:]
    return _First(claim, _key(named[-1]["noun"]), _narrowed(" ".join(mods)), since,
                  " ".join(text[timed.start():claim.end].split()), slack)


def _occurrence(ctx: CheckContext, claim: Claim) -> _Occurrence | None:
    """The event a year of the article dates, if it is one a first may be of: "the 2015 final", "won the
    title in 2016"."""
    text = ctx.document.text
    value = claim.value
    start, end = value.get("start"), value.get("end")
    if not start or not end or value.get("since") or str(start)[:4] != str(end)[:4] or \
            not re.fullmatch(r"(?:in\s+)?\d{4}", claim.text):
        return None
    patterns = _patterns()
    after = patterns["after_year"].match(text, claim.end, claim.sentence[1])
    before = patterns["before_year"].search(text, max(claim.sentence[0], claim.start - 60), claim.start)
    found = after or before
    if found is None or patterns["not_after"].match(text, found.end(), claim.sentence[1]):
        return None
    noun = _key(found["noun"])
    lead_start = max(claim.sentence[0], min(found.start(), claim.start) - _NOT_REACH)
    lead = re.split(r"[,;:]", text[lead_start:min(found.start("noun"), claim.start)])[-1]
    if patterns["not_before"].search(lead):
        return None  # "missed the 2015 final", "will host the 2027 final"
    if noun not in {_key(n) for n in _data()["fixtures"]} and patterns["lost"].search(lead):
        return None  # "lost the title in 2015": no title won
    span = (min(found.start(), claim.start), max(found.end(), claim.end))
    return _Occurrence(claim, noun, _narrowed(found["mods"]), " ".join(text[span[0]:span[1]].split()))


def _same_owner(a: Frame | None, b: Frame | None) -> bool | None:
    """True when both sides are one entity's (or one's name holds the other's: "Rovers", "Brackley Rovers"),
    False when they are two entities', None when a side names none."""
    if a is None or b is None or a.entity is None or b.entity is None:
        return None
    if a.entity is b.entity:
        return True
    x, y = set(a.entity.name.split()), set(b.entity.name.split())
    return bool(x and y and (x <= y or y <= x))


def firsts(ctx: CheckContext, params: dict[str, Any]) -> HitIterator:
    """Each occurrence the article dates inside the years a first of the same event says had none."""
    published = ctx.published
    if published is None:
        return
    found = [f for f in (_first(ctx, c, published.year) for c in [*ctx.of_type("date"), *ctx.of_type("duration")])
             if f is not None]
    if not found:
        return
    occurrences = [o for o in map(lambda c: _occurrence(ctx, c), ctx.of_type("date")) if o is not None]
    for first in found:
        for occurrence in occurrences:
            year = int(str(occurrence.claim.value["start"])[:4])
            if occurrence.noun != first.noun or not first.since + first.slack < year < published.year or \
                    occurrence.claim is first.claim:
                continue
            if occurrence.narrowed - first.narrowed:
                continue  # "its first cup final" and "the 2015 league final" are two events
            owner = _same_owner(ctx.frames.of(first.claim), ctx.frames.of(occurrence.claim))
            if owner is False:
                continue
            weak = owner is None or bool(first.narrowed - occurrence.narrowed)
            yield Hit([occurrence.claim, first.claim], {
                "first": f'"{first.written}"', "second": f'"{occurrence.written}"', "year": str(year),
                "gap": f"{published.year - year} years", "expected": str(first.since)}, weak=weak)
            break

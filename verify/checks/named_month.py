"""``named-month``: a record month ("its busiest November") told in the clause of a relative month.

"The port had its busiest November in ten years last month" is true of a December article and
false of a January one: the month the record names is the month the clause happened in, so a
relative month beside it ("this month", "last month", "next month") must resolve to that month.
The record is a determiner, a superlative of ``verify/data/records.toml`` (or "record") and a month
name not followed by a year ("its busiest-ever November", "a record March"). The two stand in one
clause: at most ``_WORDS_BETWEEN`` words apart, with no other date and no clause break between; a
comma is allowed only after a relative month that opens the sentence ("This month, the port had
its quietest May"). Words such as "than" or "since" before the record make it another time
("busier this month than its best November") and stay silent. Needs a publication date.

>>> from datetime import date
>>> from verify.document import Document
>>> from verify.extract import extract_claims
>>> from verify.checks.common import CheckContext
>>> doc = Document.from_plain("a.txt", "The port had its busiest November in ten years this month.")
>>> ctx = CheckContext(doc, extract_claims(doc, date(2021, 12, 20)), date(2021, 12, 20))
>>> [hit.fields["month"] for hit in named_months(ctx)]
['November']
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from verify.checks.common import CheckContext, Hit, HitIterator
from verify.claims import Claim
from verify.extract.context import MONTH_NAMES
from verify.lexicon import phrase_pattern, table, words

_WORDS_BETWEEN = 8  # words between the record month and the relative month in one clause
_RELATIVE_MONTH = re.compile(r"(?:(?:earlier|later)\s+)?(?:this|last|next)\s+month", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;:!?()\"“”—–]|\.\s")


@cache
def _record_month() -> re.Pattern[str]:
    """A determiner, a superlative (or "record") and a month name with no year after it."""
    data = table("records")
    cues = phrase_pattern([*data["superlatives"]["low"], *data["superlatives"]["high"], "record"]).pattern
    determiners = phrase_pattern(data["named_month"]["determiners"]).pattern
    months = "|".join(MONTH_NAMES)
    return re.compile(rf"\b{determiners}\s+(?:{cues})(?:-ever)?\s+(?P<month>(?-i:{months}))\b(?!\s*,?\s*\d)",
                      re.IGNORECASE)


@cache
def _other_time() -> re.Pattern[str]:
    """A word right before the record that makes it another time than the clause's ("than its best May")."""
    return re.compile(rf"\b{phrase_pattern(words('records', 'named_month.other_time_before')).pattern}\s*$",
                      re.IGNORECASE)


def _month_of(claim: Claim) -> int | None:
    """The calendar month a relative month resolves to ("last month" of 2021-12-20 → 11), if it is one."""
    start, end = claim.value.get("start"), claim.value.get("end")
    if not start or not end or not claim.value.get("relative") or not _RELATIVE_MONTH.fullmatch(claim.text):
        return None
    first, last = date.fromisoformat(start), date.fromisoformat(end)
    return first.month if (first.year, first.month) == (last.year, last.month) else None


def _one_clause(ctx: CheckContext, between: tuple[int, int], date_first: Claim | None) -> bool:
    """Is the text between the record and the relative month inside one clause, with no other date?"""
    text = ctx.document.text[between[0]:between[1]]
    if len(text.split()) > _WORDS_BETWEEN or _CLAUSE_BREAK.search(text):
        return False
    if "," in text and (date_first is None or date_first.start != date_first.sentence[0]
                        or text.count(",") > 1 or not text.lstrip().startswith(",")):
        return False
    return not any(between[0] <= c.start < between[1] for c in ctx.of_type("date"))


def _records_in(ctx: CheckContext, claim: Claim) -> list[re.Match[str]]:
    """The record months of the claim's sentence that share its clause."""
    text = ctx.document.text
    found = []
    for record in _record_month().finditer(text, *claim.sentence):
        if _other_time().search(text, claim.sentence[0], record.start()):
            continue
        if record.end() <= claim.start:
            if _one_clause(ctx, (record.end(), claim.start), None):
                found.append(record)
        elif claim.end <= record.start() and _one_clause(ctx, (claim.end, record.start()), claim):
            found.append(record)
    return found


def named_months(ctx: CheckContext) -> HitIterator:
    """Each relative month whose clause names another month as the time of its record."""
    if ctx.published is None:
        return
    for claim in ctx.of_type("date"):
        month = _month_of(claim)
        if month is None:
            continue
        for record in _records_in(ctx, claim):
            named = record.group("month").capitalize()
            if MONTH_NAMES.index(named) + 1 != month:
                yield Hit([claim], {"first": f'"{" ".join(record.group().split())}"', "second": f'"{claim.text}"',
                                    "month": named, "second_date": MONTH_NAMES[month - 1]})
                break

"""``record-vs-last-time``: a record told as a span of years against the last time it was matched.

"The festival's crowds were the smallest for 20 years" and "the last time the gate sank so low, in
1994," cannot both hold in 2005: a low matched eleven years ago is no twenty-year low. A record span
("the least visited for 20 years", "its wettest March in eight years", "the first time in 30
years", "a 15-year low") is read with the year of a last-time phrase in the same or one of the next
two paragraphs ("the last time … was in 1994", "not since 1990 has …", "were last this high in
1994"). The years between that
year and publication must lie between one less than the span and the span plus a quarter (at least
two years more: a writer rounds a long record down). The two must go the same way when both say
which ("so low" is no "highest"); a paragraph with two record spans of different lengths is
ambiguous and stays silent. Word lists are in ``verify/data/records.toml``.

>>> from datetime import date
>>> from verify.document import Document
>>> from verify.extract import extract_claims
>>> from verify.checks.common import CheckContext
>>> text = "Crowds were the smallest for 20 years. The last time the gate sank so low, in 1994."
>>> doc = Document.from_plain("a.txt", text)
>>> ctx = CheckContext(doc, extract_claims(doc, date(2005, 2, 22)), date(2005, 2, 22))
>>> [hit.fields["gap"] for hit in records(ctx, {})]
['11 years']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from verify.checks.common import CheckContext, Hit, HitIterator, interval
from verify.claims import Claim
from verify.lexicon import phrase_pattern, table

_WORDS_BETWEEN = 3  # words between the superlative and "for/in N years": "the least visited for 20 years"
_PARAGRAPHS = 2  # paragraphs after the record in which its last time may be told
_LAST_REACH = 120  # characters before the date in which the last-time phrase stands


@dataclass(frozen=True)
class _Record:
    claim: Claim
    way: str | None  # "low", "high", or None ("the first time in 30 years")
    written: str  # the record as written: "the least visited for 20 years", "a 15-year low"


@cache
def _patterns() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The way of each word, the record cue before a span, the "N-year low" after one, the last-time cue."""
    data = table("records")
    way = {word: kind for kind in ("low", "high") for word in data["superlatives"][kind]}
    way.update({word: kind for kind in ("low", "high") for word in data["levels"][kind]})
    cues = [*data["superlatives"]["low"], *data["superlatives"]["high"], *data["cues"]["undirected"]]
    before = re.compile(rf"\b(?P<cue>{phrase_pattern(cues).pattern})\b(?:[\s-]+[\w'’-]+){{0,{_WORDS_BETWEEN}}}"
                        r"\s+(?:for|in)\s+(?:(?:the\s+)?(?:past|last)\s+)?$", re.IGNORECASE)
    after = re.compile(r"\s+(?P<cue>low|high)\b", re.IGNORECASE)
    last = re.compile(rf"\b{phrase_pattern(data['cues']['last_time']).pattern}\b", re.IGNORECASE)
    return way, before, after, last


def _record(ctx: CheckContext, claim: Claim) -> _Record | None:
    """The record a span of years tells, if its words make it one."""
    if claim.value.get("unit") != "year" or claim.value.get("age") or claim.value.get("relation") or \
            claim.value.get("range"):
        return None
    way, before, after, _ = _patterns()
    text = ctx.document.text
    found = before.search(text, max(claim.sentence[0], claim.start - 80), claim.start)
    if found is None and claim.text.endswith("-year"):
        found = after.match(text, claim.end)
    if found is None:
        return None
    start, end = min(found.start("cue"), claim.start), max(found.end(), claim.end)
    return _Record(claim, way.get(found.group("cue").lower()), " ".join(text[start:end].split()))


def _last_time(ctx: CheckContext, claim: Claim) -> tuple[str, str] | None:
    """The last-time phrase before this date as written, and its way ("low" for "the last time it was so
    low", "" when it says none); None when no such phrase dates it."""
    way, _, _, last = _patterns()
    text = ctx.document.text
    since = claim.text.lower().startswith("since")  # "since 1994" is a date of its own: "not since" ends in it
    cues = [cue for cue in last.finditer(text, max(claim.sentence[0], claim.start - _LAST_REACH), claim.end)
            if cue.end() <= claim.start or (since and cue.start() < claim.start)]
    if not cues or re.search(r"\d", text[cues[-1].end():claim.start]):
        return None  # another figure between the phrase and the date: the date is not the last time's
    after = re.match(r"[^,;.]{0,60}", text[claim.end:claim.sentence[1]])  # "not since 1994 had demand been so strong"
    words = text[cues[-1].end():claim.start] + " " + (after.group() if after else "")
    level = re.search(r"\b(?:so|as|this|that)\s+([a-z]+)\b", words, re.IGNORECASE)
    written = " ".join(text[cues[-1].start():claim.end].split())
    return written, way.get(level.group(1).lower(), "") if level else ""


def _paragraph(ctx: CheckContext, claim: Claim) -> int:
    frame = ctx.frames.of(claim)
    assert frame is not None
    return ctx.frames.paragraph(frame)


def records(ctx: CheckContext, params: dict[str, Any]) -> HitIterator:
    """Each last-time date whose record, told before it, reaches further back or less far than it."""
    published = ctx.published
    found = [(r, _paragraph(ctx, r.claim)) for r in (_record(ctx, c) for c in ctx.of_type("duration"))
             if r is not None]  # each record and its paragraph
    if published is None or not found:
        return
    for claim in ctx.of_type("date"):
        told = _last_time(ctx, claim) if claim.value.get("start") else None
        if told is None:
            continue
        written, way = told
        paragraph = _paragraph(ctx, claim)
        reach = [r for r, at in found if r.claim.start < claim.start and
                 0 <= paragraph - at <= _PARAGRAPHS and (not r.way or not way or r.way == way)]
        if any(r.way and not way for r in reach):
            continue  # "a 12-year high … the last time it closed": a last time that names no level is another's
        if len({r.claim.value["amount"] for r in reach}) != 1:
            continue  # no record before it, or records of different reaches: which one is unclear
        record = reach[-1]
        year = int(str(claim.value["start"])[:4])
        gap = published.year - year
        if gap <= 0:
            continue  # "the last time the fair is held here, in 2026": a last time still to come
        low, high = interval(record.claim, params)
        if low - 1 <= gap <= high + max(2.0, high / 4):
            continue
        yield Hit([claim, record.claim], {"first": f'"{record.written}"', "second": f'"{written}"', "year": str(year),
                                          "gap": f"{gap} years",
                                          "expected": str(published.year - round(record.claim.value["amount"]))})

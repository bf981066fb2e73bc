"""Extraction pipeline: a Document in, typed claims with source spans out.

Figures never overlap one another: where two extractors claim the same
characters, the earlier type in ``_PRIORITY`` wins (a money amount beats the
bare quantity inside it). Quotes may contain figures; both are kept.

>>> from datetime import date
>>> from verify.document import Document
>>> doc = Document.from_plain("x.txt", 'It raised $5m last month. "We grew fast," Ann Lee said.')
>>> [(c.id, c.type, c.text) for c in extract_claims(doc, date(2026, 4, 10))]
[('c1', 'money', '$5m'), ('c2', 'date', 'last month'), ('c3', 'quote', '"We grew fast,"')]
"""

from __future__ import annotations

import re
from datetime import date
from operator import attrgetter

from verify.claims import Claim
from verify.document import Document
from verify.extract.context import TextContext
from verify.extract.counts import find_counts
from verify.extract.dates import find_dates
from verify.extract.durations import find_durations
from verify.extract.money import find_money
from verify.extract.ordinals import find_occurrences
from verify.extract.percent import find_percent
from verify.extract.quantities import find_quantities
from verify.extract.quotes import find_quotes
from verify.extract.rankings import find_rankings
from verify.extract.scores import find_scores
from verify.extract.timings import find_timings
from verify.extract.triggers import Triggers
from verify.frames.build import attach_frames
from verify.refs.speakers import link_speakers_side

_PRIORITY = ("money", "percent", "date", "duration", "ranking", "quantity")
_YUAN_CONTEXT = re.compile(r"\b(?:yuan|renminbi|RMB|CNY|China|Chinese)\b")


def _figures(doc: Document, ctx: TextContext, published: date | None, triggers: Triggers) -> list[Claim]:
    text = doc.text

    found = {
        "money": (find_money(text, yen_is_yuan=bool(_YUAN_CONTEXT.search(text)), words=triggers.words)
                  if triggers.money() else []),
        "percent": find_percent(text, triggers.words) if triggers.percent() else [],
        "date": (find_dates(text, published, sentence_at=ctx.sentence_at, words=triggers.words)
                 if triggers.dates() else []),
        "duration": find_durations(text, triggers.words) if triggers.durations() else [],
        "ranking": find_rankings(text, triggers.words) if triggers.rankings() else [],
        "quantity": ([*find_scores(text, triggers.words), *find_timings(text, triggers.words),
                      *find_quantities(text, triggers.words)] if triggers.quantities() else [])
        + find_occurrences(text, triggers.words),
    }
    # One byte per prose character marks what a kept claim covers: overlap tests stay linear.
    covered = bytearray(len(text))
    kept: list[Claim] = []
    for kind in _PRIORITY:
        for claim in found[kind]:
            if covered.find(1, claim.start, claim.end) < 0:
                kept.append(claim)
                covered[claim.start:claim.end] = b"\x01" * (claim.end - claim.start)
    if triggers.digit or triggers.quantities():
        # Last, the numbers no extractor claimed: counts whose noun was left out ("5,000 in Norway").
        kept.sort(key=attrgetter("start"))
        kept += find_counts(text, kept, ctx.sentence_at, covered, triggers.words)
    return kept


def _trim(claim: Claim, text: str) -> None:
    while claim.start < claim.end and text[claim.start].isspace():
        claim.start += 1
    while claim.end > claim.start and text[claim.end - 1].isspace():
        claim.end -= 1


def extract_claims(doc: Document, published: date | None) -> list[Claim]:
    """All claims of a document in source order, with ids ``c1``, ``c2``, … and source spans."""
    ctx = doc.context
    triggers = Triggers(doc.text)
    claims = _figures(doc, ctx, published, triggers)
    for claim in claims:
        _trim(claim, doc.text)
        claim.sentence = ctx.sentence_at(claim.start)
    quotes = find_quotes(ctx, doc.references) if triggers.quotes() else []
    for quote in quotes:
        quote.sentence = ctx.sentence_at(quote.start)
        claims.append(quote)
    link_speakers_side(doc.references, quotes)  # "our" in a quote is the speaker's side
    claims.sort(key=lambda c: (c.start, c.end))
    for number, claim in enumerate(claims, start=1):
        claim.id = f"c{number}"
        claim.source_start, claim.source_end = doc.source_span(claim.start, claim.end)
        claim.text = doc.source[claim.source_start:claim.source_end]
    attach_frames(doc, claims, published)
    return claims

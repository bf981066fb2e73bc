"""What a figure is about: an entity and a head noun, as a short phrase.

The consistency rules compare figures only when their subjects match, so a
subject errs on the side of being specific. For "a $290 million investment in
ShengShu" the entity is "ShengShu" and the head "investment"; for "Kelly's
commentary, published in March" the entity is "Kevin Kelly" and the head the
event family "publish".

>>> from verify.extract.context import TextContext, without_title
>>> from verify.claims import Claim
>>> text = "Alibaba led a $290 million investment in ShengShu in this series B round."
>>> claim = Claim("money", 14, 26, {})
>>> assign_subject(claim, TextContext(text))
>>> claim.subject, claim.entity, claim.head
('ShengShu series B investment', 'ShengShu', 'investment')
"""

from __future__ import annotations

import re

from verify.claims import Claim
from verify.extract.context import TextContext, without_title

# Event words, grouped into families so "wrote" and "published" compare equal.
EVENT_FAMILIES = {
    "publish": ("wrote", "written", "writes", "published", "posted", "commentary", "piece",
                "essay", "article", "column", "op-ed", "post", "blog", "publication"),
    # Not "said"/"stated": a speech verb dates the statement, not the fact it reports.
    "announce": ("announced", "announcement", "unveiled", "revealed", "disclosed"),
    "launch": ("released", "launched", "launch", "release", "debuted", "introduced",
               "rolled", "unveiling", "opened", "opening"),
    "found": ("founded", "established", "started", "created", "set", "incorporated",
              "founding", "born"),
    "funding": ("raised", "secured", "closed", "invested", "investment", "round", "funding",
                "financing", "led", "co-led", "raise"),
    "acquire": ("acquired", "bought", "purchased", "acquisition", "takeover", "merger"),
}
_WORD_FAMILY = {word: family for family, words in EVENT_FAMILIES.items() for word in words}
METRIC_NOUNS = {
    "revenue", "revenues", "sales", "profit", "profits", "loss", "losses", "income",
    "investment", "round", "funding", "financing", "valuation", "raise", "deal", "budget",
    "price", "cost", "costs", "fine", "salary", "spending", "debt", "assets", "stake",
    "capital", "fee", "fees", "tax", "bonus", "grant", "loan", "bid", "offer", "turnover",
    "earnings", "dividend", "market", "share", "growth", "inflation", "unemployment",
    "employees", "staff", "workers", "jobs", "users", "customers", "population", "votes",
    "acquisition", "contract", "subsidy", "award", "payout", "settlement", "donation",
    "ebitda", "margin", "rate", "shares", "funds", "fund", "sale", "purchase",
}
_VERB_NOUN = {"raised": "funding", "secured": "funding", "raises": "funding",
              "earned": "revenue", "lost": "loss", "invested": "investment",
              "paid": "payment", "spent": "spending", "borrowed": "debt", "fined": "fine",
              "valued": "valuation", "sold": "sale", "bought": "purchase", "acquired": "acquisition"}
_STOP = {"the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and",
         "or", "its", "their", "his", "her", "this", "that", "these", "those", "was", "were",
         "is", "are", "be", "been", "has", "have", "had", "it", "as", "than", "more", "less",
         "about", "nearly", "almost", "some", "over", "under", "which", "who", "new", "also",
         "just", "only", "into", "equivalent", "fueling", "fuelling", "per", "each", "such"}
_RESULT = re.compile(r"\b(?:finish\w*|came|comes|placed|places|podium|won|wins|place)\b", re.IGNORECASE)
_ROUND = re.compile(r"\b(?:[Ss]eries\s+[A-H]\d?|[Pp]re-seed|[Ss]eed)\b")
_CLAUSE_BREAK = re.compile(r"[;:()—–]|\s-\s")
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_AFTER_PREPOSITION = re.compile(r"\b(?:in|at|from|near|to|into)\s+$")
_PREPOSITION_ENTITY = re.compile(r"^\s*(?:in|for|of|by|from|at|into|to|on)\s+$")


_CLAUSE_REACH = 300  # a clause is read at most this far around its figure (run-on text stays linear)


def _clause(ctx: TextContext, claim: Claim) -> tuple[int, int]:
    sentence_start, sentence_end = ctx.sentence_at(claim.start)
    text = ctx.text
    start = max(sentence_start, claim.start - _CLAUSE_REACH)
    for match in _CLAUSE_BREAK.finditer(text, start, claim.start):
        start = match.end()
    limit = min(max(sentence_end, claim.end), claim.end + _CLAUSE_REACH)
    end_match = _CLAUSE_BREAK.search(text, claim.end, limit)
    end = end_match.start() if end_match else limit
    return start, end


# Heads and events are read within a few words of the figure: windows long enough for that.
_BEFORE = 80
_AFTER = 60


def _words(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group().lower(), m.start(), m.end()) for m in _WORD.finditer(text, start, end)]


Words = list[tuple[str, int, int]]


def _around(ctx: TextContext, claim: Claim, start: int, end: int) -> tuple[Words, Words]:
    """The words just before and just after a figure, inside its clause (read once per claim)."""
    return (_words(ctx.text, max(start, claim.start - _BEFORE), claim.start),
            _words(ctx.text, claim.end, min(end, claim.end + _AFTER)))


def _head_after(after: Words, claim: Claim) -> tuple[str | None, int]:
    """A metric noun within five words after the figure ("$5m investment", "$45m in its series C round")."""
    for word, _, word_end in after[:5]:
        if word in METRIC_NOUNS:
            return word, word_end
    return None, claim.end


def _head_before(before: Words) -> str | None:
    for word, _, _ in reversed(before[-6:]):
        if word in METRIC_NOUNS:
            return word
        if word in _VERB_NOUN:
            return _VERB_NOUN[word]
    return None


def _event(before: Words, after: Words) -> str | None:
    for word, _, _ in [*reversed(before[-8:]), *after[:2]]:
        if word in _WORD_FAMILY:
            return _WORD_FAMILY[word]
    return None


def assign_subject(claim: Claim, ctx: TextContext) -> None:
    """Set ``subject``, ``entity``, ``head`` and ``sentence`` of a figure or date claim."""
    claim.sentence = ctx.sentence_at(claim.start)
    start, end = _clause(ctx, claim)
    entities = ctx.entities_between(start, end)
    described = None  # the person a sentence like "The Danish runner, born in 1996," means
    if claim.type == "date":
        head = _event(*_around(ctx, claim, start, end))
        before = [e for e in entities if e.end <= claim.start]
        entity = before[0] if before else None
        if entity is None:
            described = ctx.described_at(claim.sentence[0])
    elif claim.type == "duration" and claim.value.get("age"):
        # "ShengShu, a three-year-old startup" / "Jane Roe, 29," : the name before, the noun after
        following = _words(ctx.text, claim.end, end)[:1]
        # Only "three-year-old" is followed by its noun; "Jane Roe, 29, said" by a verb.
        adjective = ctx.text[claim.start:claim.end].endswith("old")
        head = following[0][0] if adjective and following and following[0][0] not in _STOP else None
        before = [e for e in ctx.entities_between(claim.sentence[0], claim.start)]
        entity = before[-1] if before else None
        if entity is None:
            described = ctx.described_at(claim.sentence[0])
    elif claim.type == "ranking":
        # Race results ("finished second", "missed the podium") and standings ("ranked ninth",
        # "No. 3", "top 10") are different lists.
        head = "result" if _RESULT.search(ctx.text, max(start, claim.start - 12), claim.end) else "standing"
        # Who is ranked is named before the rank, but not as a place ("…, who trains in Leeds, is ranked").
        before = [e for e in entities if e.end <= claim.start
                  and not _AFTER_PREPOSITION.search(ctx.text, max(0, e.start - 8), e.start)]
        entity = before[-1] if before else None
        if entity is None:
            described = ctx.described_at(claim.sentence[0])
            entity = entities[0] if entities and described is None else None
    elif claim.type == "quantity":
        head = str(claim.value.get("unit"))
        before = [e for e in entities if e.end <= claim.start]
        entity = before[-1] if before else None
    else:
        words_before, words_after = _around(ctx, claim, start, end)
        head, head_end = _head_after(words_after, claim)
        if head is None:
            head = _head_before(words_before)
        entity = None
        for candidate in entities:
            if candidate.start >= head_end and _PREPOSITION_ENTITY.match(
                    ctx.text[head_end:candidate.start]):
                entity = candidate
                break
        if entity is None:
            before = [e for e in entities if e.end <= claim.start]
            entity = before[-1] if before else None
    round_label = _ROUND.search(ctx.text, start, end)
    claim.entity = ctx.canonical(without_title(entity.name)) if entity else described
    if claim.entity is None and ctx.refers_back(claim.sentence[0]):
        claim.extra["refers_back"] = True  # "It now employs 1,400 people": about someone named earlier
    claim.head = head
    label = None
    if round_label:
        first, *rest = round_label.group().split()
        label = " ".join([first.lower(), *rest])  # "Series B" and "series B" compare equal
    subject = " ".join(p for p in (claim.entity, label, head) if p)
    claim.subject = subject or None

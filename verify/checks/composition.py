"""A group told member by member (a ``parts-exceed-total`` source of :mod:`~verify.checks.aggregate`).

"All 21 crew members were unharmed. The crew comprised 12 seafarers from Manila, six from Ukraine, three
from India and the Romanian master": a verb of composition after the group's noun (``composed_verbs`` in
``verify/data/arithmetic.toml``) makes the figures after it every member of the group, so they add up to
its size — stated in that sentence before the verb or in the two before it, by a count whose noun is the
group's ("21 crew members", "a crew of 21"). A last item written without a figure, in the singular ("and
the Romanian master"), is one member; one that names many ("and the rest from Peru") stops the reading,
and members short of the size are read only when nothing follows the list ("… and others"). A verb of
inclusion (``including_verbs``) lists some members: they may not outnumber the group.

>>> from datetime import date
>>> from verify.document import Document
>>> from verify.extract import extract_claims
>>> from verify.checks.common import CheckContext
>>> doc = Document.from_plain("a.txt", "All 21 crew members were safe. The crew comprised 12 seafarers from "
...     "Manila, six from Ukraine, three from India and the vessel's Romanian master.")
>>> ctx = CheckContext(doc, extract_claims(doc, date(2025, 3, 21)), date(2025, 3, 21))
>>> [hit.fields["sum"] for hit in composition_totals(ctx, {})]
['22']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from verify.checks.common import CheckContext, Hit, exact, quoted
from verify.claims import Claim
from verify.lexicon import phrase_pattern, words

_OPEN = re.compile(r"\b(?:and|plus|others?|as\s+well\s+as|among|with)\b", re.IGNORECASE)  # more members after
_SENTENCES_BEFORE = 2  # sentences before the composition in which the group's size may stand
_JOINER = re.compile(r"[^\d.;:!?]{0,40}?(?:,\s*(?:and\s+)?|\s+and\s+)")  # "from the Philippines, "
_ONE_MORE = re.compile(r"[^\d.;:!?]{0,40}?(?:,\s*)?\s+and\s+(?P<item>(?:the|a|an|its|their|one)\s+"
                       r"(?:[\w’'-]+\s+){0,3}?(?P<head>[a-z]+))"
                       r"(?:\s+(?:from|of)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?\s*[.;]")


@cache
def _verb(key: str) -> re.Pattern[str]:
    """A group's noun and its verb: "crew comprised ", "delegation of 12 was made up of "."""
    verbs = phrase_pattern(words("arithmetic", key)).pattern
    return re.compile(rf"\b(?P<noun>[a-z]+)(?:\s+of\s+[\w,]+)?\s+{verbs}\s+", re.IGNORECASE)


def composition_totals(ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """Groups whose members, told one by one, do not add up to the group's size."""
    from verify.checks.aggregate import relation_fields

    del params  # a count of members is exact
    text = ctx.document.text
    sentences = sorted({c.sentence for c in ctx.of_type("quantity")})
    for index, sentence in enumerate(sentences):
        for key, exhaustive in (("composed_verbs", True), ("including_verbs", False)):
            found = _verb(key).search(text, *sentence)
            if found is None:
                continue
            parts = _members(ctx, sentence, found.end())
            whole = _size(ctx, sentences[max(0, index - _SENTENCES_BEFORE):index + 1], found)
            if whole is None or len(parts) < 2:
                continue
            one = _ONE_MORE.match(text, parts[-1].end)
            extra = 1 if one is not None and one["head"] not in words("arithmetic", "not_one_heads") and \
                not one["head"].endswith("s") else 0
            if one is not None and not extra:
                continue  # "… and the rest from Peru": how many that is is not said
            total = sum(float(p.value["amount"]) for p in parts) + extra
            size = float(whole.value["amount"])
            end = one.end() if extra else parts[-1].end
            if total > size or (exhaustive and total < size and not _OPEN.search(text, end, sentence[1])):
                listed = [quoted(p) for p in parts] + ([f"\"{one['item']}\" (one)"] if extra else [])
                yield Hit([whole, *parts], relation_fields(
                    total=quoted(whole), parts=", ".join(listed), sum=f"{total:,.0f}", first_link=""))


def _members(ctx: CheckContext, sentence: tuple[int, int], start: int) -> list[Claim]:
    """The exact counts listed one after another from ``start`` ("12 seafarers from Manila, six from …")."""
    text = ctx.document.text
    parts: list[Claim] = []
    for claim in ctx.in_sentence(sentence, "quantity"):
        if claim.start < start:
            continue
        if (parts and not _JOINER.fullmatch(text, parts[-1].end, claim.start)) or \
                (not parts and claim.start != start) or not exact(claim):
            break
        parts.append(claim)
    return parts


def _size(ctx: CheckContext, sentences: list[tuple[int, int]], verb: re.Match[str]) -> Claim | None:
    """The last exact count before the verb, in its sentence or the ones given, whose noun is the group's
    ("21 crew members", "a crew of 21" for "the crew comprised")."""
    noun = verb["noun"].lower()
    sized = [c for s in sentences for c in ctx.in_sentence(s, "quantity")
             if c.end <= verb.end() and exact(c) and noun in str(c.value.get("unit", "")).lower().split()]
    return sized[-1] if sized else None

"""A group told member by member (a ``parts-exceed-total`` source of :mod:`~verify.checks.aggregate`).

"All 21 crew members were unharmed. The crew comprised 12 seafarers from Manila, six from Ukraine, three
from India and the Romanian master": a verb of composition after the group's noun (``composed_verbs`` in
``verify/data/arithmetic.toml``) makes the figures after it every member of the group, so they add up to
its size — stated in that sentence before the verb or in the two before it, by a count whose noun is the
group's ("21 crew members", "a crew of 21"). A last item written without a figure, in the singular ("and
the Romanian master"), is one member; one that names many ("and the rest from Peru") stops the reading,
and members short of the size are read only when nothing follows the list ("… and others"). A verb of
inclusion (``including_verbs``) lists some members: they may not outnumber the group.

A sentence or clause opened by a subset opener (``subset_openers``: "Among them were", "They included")
right after a count lists some of what was just counted: "The ferry was carrying 148 people. Among them
were 150 Filipinos, two Japanese and one passenger each from Chile, Peru and Norway" counts at least 155
of 148 ("one each from A, B and C" is three). The list must be of nouns — parts that each have their own
verb ("60 were rescued and 50 were hurt", ``part_verbs``) may overlap — and it contradicts only when it
outnumbers every count of its sentence before it and of the sentence before (any of them may be "them").

A sentence opened by where travellers were (``aboard_openers``: "On board Flight 212 were", "Among those on
board were") that lists them by nationality alone ("230 Greeks, three South Koreans and one each from Chile
and Peru") tells everyone aboard: wherever the article states how many people the vessel carried ("a ferry
carrying 240 people", with ``aboard_words`` and ``aboard_units``), the list may not outnumber every such count.

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
from verify.extract.lists import read_list
from verify.extract.numbers import WORD_NUMBER, parse_number
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
    yield from subset_totals(ctx)
    yield from aboard_totals(ctx)


def subset_totals(ctx: CheckContext) -> Iterator[Hit]:
    """Counts listed after a subset opener ("Among them were …") that outnumber every count just before."""

    text = ctx.document.text
    sentences = ctx.text.sentences
    order = {sentence: index for index, sentence in enumerate(sentences)}
    for sentence in sorted({c.sentence for c in ctx.of_type("quantity")}):
        for found in _subset_opener().finditer(text, *sentence):
            if found.start() > sentence[0] and not re.search(r"[,;:—–]\s*$", text[sentence[0]:found.start()]):
                continue  # "among them" inside a clause ("popular among them") opens no list
            listed = _listed(ctx, sentence, found.end())
            if len(listed) < 2:
                continue
            index = order.get(sentence, 0)
            before = [c for c in ctx.in_sentence(sentence, "quantity") if c.end <= found.start()]
            if found.start() - sentence[0] <= 1 and index:
                before += ctx.in_sentence(sentences[index - 1], "quantity")
            wholes = [c for c in before if exact(c) and c.value.get("unit") and not c.value.get("unit_inherited")]
            yield from _outnumbering(listed, wholes)


def aboard_totals(ctx: CheckContext) -> Iterator[Hit]:
    """Travellers listed by nationality after an opener of where they were ("On board were …") that
    outnumber every count the article gives of the people carried.

    >>> from datetime import date
    >>> from verify.document import Document
    >>> from verify.extract import extract_claims
    >>> doc = Document.from_plain("a.txt", "A ferry carrying 240 people ran aground on Sunday.\\n\\nDivers searched."
    ...     "\\n\\nOn board were 238 Greeks, three South Koreans and one each from Chile and Peru.")
    >>> ctx = CheckContext(doc, extract_claims(doc, date(2025, 3, 21)), date(2025, 3, 21))
    >>> [hit.fields["sum"] for hit in aboard_totals(ctx)]
    ['243']
    """

    text = ctx.document.text
    carried = [c for c in ctx.of_type("quantity") if exact(c) and not c.value.get("unit_inherited")
               and str(c.value.get("unit", "")).lower() in words("arithmetic", "aboard_units")
               and _aboard_words().search(text, *c.sentence)]
    if not carried:
        return
    demonyms = frozenset(word.lower() for word in words("names", "demonyms"))
    for sentence in sorted({c.sentence for c in ctx.of_type("quantity")}):
        found = _aboard_opener().match(text, sentence[0], sentence[1])
        if found is None:
            continue
        listed = _listed(ctx, sentence, found.end())
        if len(listed) < 2 or any(claim is not None and not _of_a_nation(str(claim.value.get("unit", "")), demonyms)
                                  for claim, _, _ in listed):
            continue
        named = _FLIGHT.findall(found.group())
        yield from _outnumbering(listed, [c for c in carried if c.sentence != sentence
                                          and _same_flight(text[slice(*c.sentence)], named)])


def _outnumbering(listed: list[tuple[Claim | None, int, str]], wholes: list[Claim]) -> Iterator[Hit]:
    """A hit when the listed counts add up past every one of ``wholes`` (set against the largest)."""
    from verify.checks.aggregate import relation_fields

    total = sum(count for _, count, _ in listed)
    if not wholes or total <= max(float(c.value["amount"]) for c in wholes):
        return
    whole = max(wholes, key=lambda c: float(c.value["amount"]))
    parts = [claim for claim, _, _ in listed if claim is not None]
    yield Hit([whole, *parts], relation_fields(
        total=quoted(whole), parts=", ".join(label for _, _, label in listed), sum=f"{total:,.0f}", first_link=""))


_FLIGHT = re.compile(r"\bFlight\s+([A-Z0-9]{2,8})\b")


def _same_flight(sentence: str, named: list[str]) -> bool:
    """May the count in this sentence be of the flight the list names? Not when it names another flight
    ("Flight KT12 was lost with all 305 passengers" beside "On board Flight QZ850 were …").

    >>> _same_flight("A plane carrying 162 people vanished.", ["QZ850"])
    True
    >>> _same_flight("Flight KT12 was lost with all 305 passengers.", ["QZ850"])
    False
    """
    flights = _FLIGHT.findall(sentence)
    return not flights or bool(set(flights) & set(named))


def _of_a_nation(unit: str, demonyms: frozenset[str]) -> bool:
    """Is the counted noun a nation's people ("Greeks", "South Koreans")? ``demonyms`` are lower case."""
    return unit.lower() in demonyms or unit.lower().split()[-1] in demonyms or \
        (len(unit.split()) == 2 and unit.split()[0] in words("names", "demonym_prefixes"))


@cache
def _aboard_opener() -> re.Pattern[str]:
    """ "On board were ", "On board Flight QZ212 were ", "Among those on board were " at a sentence's start."""
    openers = phrase_pattern(words("arithmetic", "aboard_openers")).pattern
    return re.compile(rf"\s*{openers}(?:\s+(?:the\s+)?(?-i:[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)*))?"
                      r"(?:\s+(?:were|was|included))?[\s,:]+", re.IGNORECASE)


@cache
def _aboard_words() -> re.Pattern[str]:
    return re.compile(rf"\b{phrase_pattern(words('arithmetic', 'aboard_words')).pattern}\b", re.IGNORECASE)


@cache
def _subset_opener() -> re.Pattern[str]:
    return re.compile(rf"\b{phrase_pattern(words('arithmetic', 'subset_openers')).pattern}\b[\s,:]*",
                      re.IGNORECASE)


@cache
def _each() -> re.Pattern[str]:
    """ "one passenger each from " — one figure for every item of the list after it."""
    return re.compile(rf"(?P<n>\d{{1,3}}|{WORD_NUMBER}|an?)\s+(?:[\w’'-]+\s+){{0,2}}?each\s+(?:from|of|in)\s+",
                      re.IGNORECASE)


def _listed(ctx: CheckContext, sentence: tuple[int, int], start: int) -> list[tuple[Claim | None, int, str]]:
    """The counts listed from ``start``, each with what it counts and how it is shown: exact counts joined by
    commas or "and" with no verb of their own between them, and "one each from A, B and C" as one per item.

    Returns [] when the list is not of nouns alone."""
    text = ctx.document.text
    listed: list[tuple[Claim | None, int, str]] = []
    at = start
    claims = [c for c in ctx.in_sentence(sentence, "quantity") if c.start >= start]
    while at < sentence[1]:
        each = _each().match(text, at, sentence[1])
        items = read_list(text, each.end(), sentence[1]) if each else None
        if each is not None and items is not None:
            n = 1 if each["n"].lower() in ("a", "an") else int(parse_number(each["n"]))
            listed.append((None, n * len(items.items), f"\"{text[each.start():items.end]}\" ({n * len(items.items)})"))
            at = items.end
        else:
            claim = next((c for c in claims if c.start == at), None)
            if claim is None or not exact(claim):
                break
            listed.append((claim, int(claim.value["amount"]), quoted(claim)))
            at = claim.end
        joiner = _JOINER.match(text, at, sentence[1])
        if joiner is None:
            break
        if _has_verb(joiner.group()):
            return []
        at = joiner.end()
    return listed


def _has_verb(gap: str) -> bool:
    """Do the words between two listed parts give the first its own verb ("… were rescued and")?

    >>> _has_verb(" Filipinos, "), _has_verb(" were rescued and "), _has_verb(" injured and ")
    (False, True, True)
    """
    verbs = words("arithmetic", "part_verbs")
    return any(w in verbs or w.endswith("ed") for w in re.findall(r"[a-z]+", gap.lower()))


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

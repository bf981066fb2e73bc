"""``listing``: a stated count against the items listed for it.

``count-vs-listed``: a count of a named noun ("five new destinations", "two categories") followed by
a list of them (read by :mod:`verify.extract.lists`) — in its sentence after a colon, a dash,
"namely", "including" or "in", or in a later sentence of the next two that refers back to the noun
("Its new plants will be in Ohio, Texas and Utah") — must name as many items as it counts. A list
that may leave items out ("including", "such as", "in") contradicts the count only when it names
more. The count must be exact: "about five", "at least five" are not compared.

The sentence that refers back must name the count's entity, if it names one (the rule's ``[pair]``
``entity = "same"``): "Halden's new plants are in …" does not list Nordvik's.

>>> from datetime import date
>>> from verify.document import Document
>>> from verify.extract import extract_claims
>>> from verify.checks.common import CheckContext
>>> doc = Document.from_plain("a.txt", "Acme will open two new plants in Ohio, Texas and Utah.")
>>> ctx = CheckContext(doc, extract_claims(doc, date(2026, 4, 10)), date(2026, 4, 10))
>>> [hit.fields["listed"] for hit in run(ctx, {}, relation="count-vs-listed", claims=("quantity",))]
['3 items (Ohio, Texas, Utah)']
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from verify.checks.common import CheckContext, Hit, HitIterator, quoted
from verify.claims import Claim
from verify.extract.counts import names_places
from verify.extract.lists import ListRead, read_list
from verify.frames.metrics import singular
from verify.frames.pairs import Policy
from verify.lexicon import phrase_pattern, words

RELATIONS = frozenset({"count-vs-listed"})
FIELDS = frozenset({"count", "listed", "stated", "noun", "how", "first_link"})
_MAX_COUNT = 20  # longer lists are not enumerated in prose item by item
_MAX_GROUPED = 10_000  # but may be, group by group: "a squad of 23: 12 forwards and 11 backs"
_GAP = r"(?P<gap>(?:\s+[^\W\d][\w’'-]*){0,6}?)"  # words between the count and its list: "this summer", "of crime rose"
_SENTENCES_AFTER = 4  # sentences after the count in which a list may refer back to it
_APPOSITION_SENTENCES_AFTER = 8  # … and in which a list set in apposition to the noun may ("The primaries, A, B,")
_ITEM_SENTENCES = 4  # sentences after a count of what a sum is spent on in which its items may be told
_NUMBER_IN_PLACE = re.compile(r"\d[\d,.]*\s+in\s+\S")  # "151 in Orvale"
# A list of numbers by place may follow a comma: "3,150 staff at four sites, 1,900 in Leeds, 700 in …"
_NUMBER_IN_PLACE_AHEAD = r"\d[\d,.]*\s+(?:in|at)\s+(?:the\s+)?[A-Z]"


@cache
def _subset() -> re.Pattern[str]:
    """Words before a noun referred back to that make its list a part of what was counted."""
    return re.compile(rf"\b(?:\d+|{phrase_pattern(words('lists', 'subset_words')).pattern})\b", re.IGNORECASE)


@cache
def _opener() -> re.Pattern[str]:
    full = phrase_pattern(w for w in words("lists", "full_openers") if w[0].isalpha()).pattern
    partial = phrase_pattern(w for w in words("lists", "partial_openers") if w != "in").pattern
    return re.compile(
        rf"(?:{_GAP}(?:\s*(?P<colon>:|,(?=\s+{_NUMBER_IN_PLACE_AHEAD}))|,?\s+(?P<full>{full})\b:?|"
        rf",?\s+(?P<partial>{partial})\b:?)"
        rf"|[ \t]*[—–]\s*(?:(?P<dashin>in)\s+)?|\s+(?P<in>in)\s+(?=[A-Z]))\s*")


@cache
def _reference() -> re.Pattern[str]:
    """The start of a sentence that refers back to a counted noun and lists it: "Its new plants will be in"."""
    det = phrase_pattern(words("lists", "referring")).pattern
    full = phrase_pattern(words("lists", "list_verbs")).pattern
    partial = phrase_pattern(words("lists", "partial_list_verbs")).pattern
    return re.compile(
        rf"[\"“]?(?:(?P<det>{det})\s+)?(?:(?P<owner>(?:[\w-]+\s+){{0,3}}?[\w-]+)['’]s\s+)?"
        rf"(?:[a-z-]+\s+){{0,2}}?(?P<noun>[a-z-]+)\s+(?:(?P<full>{full})|(?P<partial>{partial}))\s+(?:(?P<in>in)\s+)?",
        re.IGNORECASE)


@cache
def _apposition_reference() -> re.Pattern[str]:
    """The start of a sentence that refers back to a counted noun and lists it in apposition: "The primaries,
    Braunstone Park, …, together teach"."""
    det = phrase_pattern(words("lists", "referring")).pattern
    return re.compile(rf"[\"“]?(?P<det>{det})\s+(?:[a-z-]+\s+){{0,2}}?(?P<noun>[a-z-]+),\s+(?=[A-Z])", re.IGNORECASE)


def _same_noun(referred: str, unit: str) -> bool:
    """Does the noun a later sentence opens with name what was counted: its head ("the schools" for "three
    primary schools"), or the word a compound is shortened to ("the primaries")?

    >>> _same_noun("primaries", "primary schools"), _same_noun("schools", "primary schools")
    (True, True)
    >>> _same_noun("teachers", "primary schools")
    False
    """
    words_of_unit = [singular(word) for word in unit.lower().split()]
    noun = singular(referred.lower())
    return noun == words_of_unit[-1] or (len(words_of_unit) > 1 and noun == words_of_unit[0])


def _countable(claim: Claim) -> bool:
    value = claim.value
    amount = value.get("amount")
    return (claim.type == "quantity" and bool(value.get("unit")) and not value.get("unit_inherited")
            and not value.get("ordinal") and not any(value.get(k) for k in ("hedge", "approx", "bound", "range"))
            and isinstance(amount, int | float) and float(amount).is_integer() and 2 <= amount <= _MAX_GROUPED)


def _in_sentence(text: str, claim: Claim) -> ListRead | None:
    opened = _opener().match(text, claim.end, claim.sentence[1])
    if opened is None:
        return None
    partial = bool(opened["in"] or opened["dashin"] or opened["partial"])
    if opened["gap"] and re.search(r"\d", opened["gap"]):
        return None
    return read_list(text, opened.end(), claim.sentence[1], partial=partial)


def _referring_back(ctx: CheckContext, claim: Claim, policy: Policy, order: dict[tuple[int, int], int]
                    ) -> ListRead | None:
    """A list in one of the next sentences whose subject is the counted noun again, owned by the same entity
    (``order``: each sentence's index, built once)."""
    sentences = ctx.text.sentences
    index = order.get(claim.sentence, len(sentences))
    unit = str(claim.value["unit"])
    entity = claim.frame.entity if claim.frame is not None else None
    for ahead, (start, end) in enumerate(sentences[index + 1:index + 1 + _APPOSITION_SENTENCES_AFTER]):
        match = _reference().match(ctx.document.text, start, end) if ahead < _SENTENCES_AFTER else None
        if match is None:
            match = _apposition_reference().match(ctx.document.text, start, end)  # "The primaries, A, B and C,"
            if match is not None and _same_noun(match["noun"], unit) and \
                    not _subset().search(ctx.document.text, match.start(), match.start("noun")):
                return read_list(ctx.document.text, match.end(), end)
            continue
        if not _same_noun(match["noun"], unit) or not (match["det"] or match["owner"]):
            continue
        if _subset().search(ctx.document.text, match.start(), match.start("noun")):
            continue  # "The two northern hubs will be in …", "The other hubs are …": some of them, not all
        if match["owner"] and policy.entity == "same":
            owners = ctx.references.between(match.start(), match.end("owner") + 2)
            linked = ctx.references.link(owners[-1]) if owners else None
            if linked is None or entity is None or linked[0] is not entity:
                continue
        return read_list(ctx.document.text, match.end(), end, partial=bool(match["partial"] or match["in"]))
    return None


@cache
def _allotting() -> re.Pattern[str]:
    return re.compile(rf"\b{phrase_pattern(words('lists', 'allotting_verbs')).pattern}\s+(?:\w+\s+){{0,2}}?$",
                      re.IGNORECASE)


@cache
def _next_item() -> re.Pattern[str]:
    return re.compile(rf"\b{phrase_pattern(words('lists', 'next_item')).pattern}\s+$", re.IGNORECASE)


def _allotted(ctx: CheckContext, claim: Claim, order: dict[tuple[int, int], int]) -> ListRead | None:
    """The amounts a counted sum is spent on, told one by one in the sentences after the count ("spent on
    three priorities. The largest share, £40,000, … A further £30,000 … Another £9,000 …"): the first
    amount of the next sentence, then each amount after a word of the next item ("a further", "the
    remaining"), until a sentence goes on without one. Read as a list that may leave items out (the
    first amount need not be all the first item's)."""
    text = ctx.document.text
    if not _allotting().search(text, claim.sentence[0], claim.start):
        return None
    sentences = ctx.text.sentences
    index = order.get(claim.sentence, len(sentences))
    items: list[Claim] = []
    for sentence in sentences[index + 1:index + 1 + _ITEM_SENTENCES]:
        amounts = ctx.in_sentence(sentence, "money")
        told = [c for c in amounts if (not items and c is amounts[0]) or _next_item().search(
            text, max(sentence[0], c.start - 20), c.start)]
        if not told or (items and told[0] is not amounts[0]):
            break
        items.extend(told)
    if len(items) < 2:
        return None
    return ListRead(tuple(c.text for c in items), len(items), items[-1].end, partial=True)


def _contradicts(count: int, found: ListRead, unit: str) -> bool:
    if found.uncounted and unit.split()[-1].lower() in words("lists", "group_units"):
        return False  # "four victims: pensioners and children": how many each item is, nobody says
    size = _size(found, unit)
    return size > count if found.partial else size != count


def _size(found: ListRead, unit: str) -> int:
    """How many things the list names: its items when the count is of places and each item is a number in one
    ("three districts: 151 in Orvale, 44 in Tessin"), else what the items' numbers add up to."""
    if names_places(unit) and all(_NUMBER_IN_PLACE.match(item) for item in found.items):
        return len(found.items)
    return found.size


def run(ctx: CheckContext, params: dict[str, Any], policy: Policy | None = None, relation: str = "",
        claims: tuple[str, ...] = ()) -> HitIterator:
    policy = policy or Policy()
    text = ctx.document.text
    order = {sentence: index for index, sentence in enumerate(ctx.text.sentences)}
    reported: set[int] = set()
    for claim in ctx.of_type(*claims):
        if not _countable(claim):
            continue
        found = _in_sentence(text, claim)
        how = "after it"
        if found is None:
            found, how = _referring_back(ctx, claim, policy, order), "in a later sentence"
        if found is None:
            found, how = _allotted(ctx, claim, order), "in the sentences after it"
        count = int(claim.value["amount"])
        unit = str(claim.value["unit"])
        if found is None or (count > _MAX_COUNT and found.size == len(found.items)) or \
                not _contradicts(count, found, unit):
            continue
        items, size = ", ".join(found.items), _size(found, unit)
        listed = f"{size} item{'s' if size != 1 else ''} ({items})" if size == len(found.items) \
            else f"{size:,} in all ({items})"  # "12 forwards and nine backs" counts 21
        stated = f"{quoted(claim)} ({count})"
        link = claim.frame.link_text() if claim.frame is not None else ""
        reported.add(id(claim))
        yield Hit([claim], {"count": quoted(claim), "listed": listed, "stated": stated, "noun": unit,
                            "how": how, "first_link": link})
    if "quantity" in claims:
        from verify.checks.members_named import named_members

        yield from (hit for hit in named_members(ctx) if id(hit.claims[0]) not in reported)

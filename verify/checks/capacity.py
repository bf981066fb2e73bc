"""``parts-exceed-capacity`` (an :mod:`~verify.checks.aggregate` relation): parts that cannot fit the
whole they belong to, because the whole is a fixed size rather than a sum.

- a vote in a body of known size: the votes and abstentions of one tally ("passed by 48 votes to 37
  with seven abstentions") may not add up past the body's seats or members ("the 91-seat
  assembly", "a 21-member board") — in the tally's sentence, or the one body of that kind the
  article sizes. A tally of an electorate ("voters backed it by 1.2m votes to 0.8m") is not bounded
  by a parliament; a margin ("a margin of 172 votes") is not a part;
- a subgroup written with its group: "400 of the 350 patients", "Of its 120 staff, 130 …".

Word lists are in ``verify/data/capacity.toml``.

>>> from datetime import date
>>> from verify.document import Document
>>> from verify.extract import extract_claims
>>> from verify.checks.common import CheckContext
>>> doc = Document.from_plain("a.txt", "The bill passed 48 votes to 37 with seven abstentions in the 91-seat chamber.")
>>> ctx = CheckContext(doc, extract_claims(doc, date(2026, 4, 10)), date(2026, 4, 10))
>>> [hit.fields["sum"] for hit in exceeding_capacity(ctx, {})]
['92']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from itertools import pairwise
from typing import Any

from verify.checks.common import CheckContext, Hit, exact, interval, quoted
from verify.claims import Claim
from verify.frames.model import Frame
from verify.lexicon import phrase_pattern, words

_SIZE_ADJECTIVE = re.compile(r"[\d,]+-(?P<unit>[a-z]+)$", re.IGNORECASE)  # "101-seat", "21-member"
# Between two counts of one group told kind by kind: the first's verb and noun at most ("140 were passengers
# and 12 crew", "90 men, 40 women and 12 children") …
_KIND_GAP = re.compile(r"(?:\s+(?:were|was|are|is))?(?:\s+[A-Za-z][\w’'-]*){0,2}(?:,\s*(?:and\s+)?|\s+and\s+)")
_COPULA = re.compile(r"\s+(?:were|was|are|is)\s+[a-z]")  # "140 were passengers"
_BARE_END = re.compile(r"\s*[.;]?\s*[\"”]?")  # nothing after the last kind's own noun
_NOUN_END = re.compile(r"(?:\s+(?:were|was|are|is))?\s+[A-Za-z][\w’'-]*\s*[.;]\s*[\"”]?")  # "… and 12 (were) crew."
_JOINED = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_GROUP_GAP = 30  # characters between a subgroup's "of the" and its group's figure ("of the 350 patients")


@cache
def _pattern(key: str) -> re.Pattern[str]:
    return re.compile(rf"\b{phrase_pattern(words('capacity', key)).pattern}\b", re.IGNORECASE)


@cache
def _having() -> re.Pattern[str]:
    """A body noun and its verb of having right before its size: "the committee, which has ", "The board has "."""
    nouns = phrase_pattern(words("capacity", "body_nouns")).pattern
    having = phrase_pattern(words("capacity", "having_words")).pattern
    return re.compile(rf"\b(?:{nouns})(?:,?\s+(?:which|that))?\s+{having}\s+$", re.IGNORECASE)


@cache
def _present() -> re.Pattern[str]:
    return re.compile(rf"\s+{phrase_pattern(words('capacity', 'present_words')).pattern}\b", re.IGNORECASE)


def _cast(claim: Claim) -> float:
    """The votes a figure counts: both sides of a tally written as a score ("voted 7-5"), else its amount."""
    score = claim.value.get("score")
    return float(sum(score)) if score else float(claim.value["amount"])


def _least(claim: Claim, params: dict[str, Any]) -> float:
    """The fewest a count allows: a count of people or votes written plainly is exact, not rounded."""
    return _cast(claim) if exact(claim) or claim.value.get("score") else interval(claim, params)[0]


def _most(claim: Claim, params: dict[str, Any]) -> float:
    return float(claim.value["amount"]) if exact(claim) else interval(claim, params)[1]


def _unit(claim: Claim) -> str:
    return str(claim.value.get("unit", "")).lower().split()[-1] if claim.value.get("unit") else ""


def _is_capacity(ctx: CheckContext, claim: Claim) -> bool:
    """A body's size: "the 101-seat parliament", "a 21-member board", what it has ("the committee, which has
    11 members") or the members who voted ("All 47 councillors were present")."""
    if claim.type != "quantity" or claim.value.get("range"):
        return False
    adjective = _SIZE_ADJECTIVE.search(claim.text)
    if adjective is not None:
        return adjective["unit"].lower() in words("capacity", "body_units")
    text = ctx.document.text
    return _unit(claim) in words("capacity", "body_units") and exact(claim) and (
        _present().match(text, claim.end) is not None
        or _having().search(text, max(claim.sentence[0], claim.start - 40), claim.start) is not None)


def _tally(ctx: CheckContext, sentence: tuple[int, int]) -> list[Claim]:
    """The votes of one tally in a body: the cast figures of a sentence that speaks of a body's vote."""
    text = ctx.document.text
    said = text[sentence[0]:sentence[1]]
    if not _pattern("body_vote_words").search(said) or _pattern("electorate_words").search(said):
        return []
    parts = []
    for claim in ctx.in_sentence(sentence, "quantity"):
        if _unit(claim) not in words("capacity", "cast_units") or claim.value.get("range"):
            continue
        if _pattern("margin_words").search(text, max(sentence[0], claim.start - 20), claim.start):
            continue
        parts.append(claim)
    return parts


def _sized_bodies(ctx: CheckContext) -> dict[tuple[int, int], list[Claim]]:
    """The sizes of bodies by sentence; where a sentence gives a body's size and the members present ("The
    council has 51 councillors, and 47 councillors were present"), those present, who are what voted."""
    bodies: dict[tuple[int, int], list[Claim]] = {}
    for claim in ctx.of_type("quantity"):
        if _is_capacity(ctx, claim):
            bodies.setdefault(claim.sentence, []).append(claim)
    text = ctx.document.text
    for sentence, claims in bodies.items():
        present = [c for c in claims if _present().match(text, c.end)]
        if present and len(present) < len(claims):
            bodies[sentence] = present
    return bodies


def _votes_past_seats(ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    bodies = _sized_bodies(ctx)
    if not bodies:
        return
    sizes = {float(c.value["amount"]) for claims in bodies.values() for c in claims}
    only = next(iter(bodies.values()))[0] if len(sizes) == 1 else None  # the one body the article sizes
    in_order = sorted((c for claims in bodies.values() for c in claims), key=lambda c: c.start)
    starts = [c.start for c in in_order]
    done: set[tuple[int, int]] = set()
    for claim in ctx.of_type("quantity"):
        sentence = claim.sentence
        if sentence in done or _unit(claim) not in words("capacity", "cast_units"):
            continue
        done.add(sentence)
        parts = _tally(ctx, sentence)
        body = bodies.get(sentence) or ([only] if only is not None else _just_before(ctx, claim, in_order, starts))
        if not parts or len(body) != 1:
            continue
        whole = body[0]
        if whole.sentence != sentence and (not _one_holder(whole, parts) or not _same_body(ctx, whole, sentence)):
            continue  # "Halden's board backed it by 9 votes to 4" is not a vote of Nordvik's 12-member board
        singles = _single_casts(ctx, sentence)
        if sum(_least(p, params) for p in parts) + len(singles) > _most(whole, params):
            total = f"{sum(_cast(p) for p in parts) + len(singles):,.0f}"
            yield _hit(parts, whole, total, "the body's size", singles)


def _single_casts(ctx: CheckContext, sentence: tuple[int, int]) -> list[str]:
    """The single votes a sentence writes in words, which no figure counts ("with one abstention")."""
    return [found.group() for found in _pattern("single_casts").finditer(ctx.document.text, *sentence)]


def _just_before(ctx: CheckContext, claim: Claim, sized_bodies: list[Claim], starts: list[int]) -> list[Claim]:
    """The body sized last before a tally (``sized_bodies`` in text order, ``starts`` theirs), in its paragraph
    or the one before ("The 15-member committee met in May. Its amendment was carried by 11 votes to 5."),
    when the article sizes several."""
    from bisect import bisect_left

    frame = ctx.frames.of(claim)
    at = bisect_left(starts, claim.start) if frame is not None else 0
    if frame is None or at == 0:
        return []
    paragraph = ctx.frames.paragraph(frame)
    last = sized_bodies[at - 1]
    sized = ctx.frames.of(last)
    return [last] if sized is not None and paragraph - ctx.frames.paragraph(sized) <= 1 else []


def _same_body(ctx: CheckContext, whole: Claim, sentence: tuple[int, int]) -> bool:
    """Does a tally's sentence, if it names a body, name the one sized elsewhere ("the 12-member board" …
    "the board backed it")?"""
    text = ctx.document.text
    nouns = words("capacity", "body_nouns")
    named = {w.lower() for w in re.findall(r"[A-Za-z]+", text[sentence[0]:sentence[1]]) if w.lower() in nouns}
    after = re.match(r"\s+(?:[A-Za-z-]+\s+){0,2}?([A-Za-z]+)", text[whole.end:whole.end + 40])
    having = _having().search(text, max(whole.sentence[0], whole.start - 40), whole.start)
    return not named or (after is not None and after.group(1).lower() in named) or \
        any(_unit(whole).startswith(noun) for noun in named) or \
        (having is not None and having.group().split()[0].strip(",").lower() in named)  # "The panel has nine …"


def _one_holder(whole: Claim, parts: list[Claim]) -> bool:
    """Are a body told of elsewhere and a tally one entity's, as far as their frames say?"""
    holder = whole.frame.entity if whole.frame is not None else None
    others = {id(p.frame.entity) for p in parts if p.frame is not None and p.frame.entity is not None}
    return holder is None or not others or others == {id(holder)}


def _seats_shared_out(ctx: CheckContext) -> Iterator[Hit]:
    """Seats shared out to the last, past the seats of the one body the article sizes in seats: "the 60-seat
    council" … "the Progressives won 27 seats, the Greens 19. Labour held eight and independents took the
    remaining nine" — the last share says the figures of its paragraph before it are every other seat."""
    seat_units = words("capacity", "seat_units")
    seats = [c for claims in _sized_bodies(ctx).values() for c in claims if _unit(c) in seat_units]
    if len({float(c.value["amount"]) for c in seats}) != 1:
        return
    whole = seats[0]
    for rest in ctx.of_type("quantity"):
        frame = ctx.frames.of(rest)
        if frame is None or not exact(rest) or not _led(ctx, rest, "remainder_leads"):
            continue
        paragraph = ctx.frames.paragraph(frame)
        parts = [c for c in ctx.of_type("quantity") if c.start <= rest.start and c is not whole
                 and (other := ctx.frames.of(c)) is not None and ctx.frames.paragraph(other) == paragraph
                 and _seat_share(ctx, c, other)]
        total = sum(_cast(p) for p in parts)
        if len(parts) >= 3 and any(_unit(c) in seat_units for c in parts) and total > float(whole.value["amount"]):
            yield _hit(parts, whole, f"{total:,.0f}", "the body's seats")


@cache
def _lead(key: str) -> re.Pattern[str]:
    return re.compile(rf"\b{phrase_pattern(words('capacity', key)).pattern}\s+$", re.IGNORECASE)


@cache
def _tail(key: str) -> re.Pattern[str]:
    return re.compile(rf",?\s+{phrase_pattern(words('capacity', key)).pattern}\b", re.IGNORECASE)


def _led(ctx: CheckContext, claim: Claim, key: str) -> bool:
    return _lead(key).search(ctx.document.text, max(claim.sentence[0], claim.start - 20), claim.start) is not None


def _seat_share(ctx: CheckContext, claim: Claim, frame: Frame) -> bool:
    """Is a figure of a paragraph that shares seats out a share held now — of seats or of nothing named,
    exact, and neither a change ("up eight"), the earlier tally ("from 30"), a part of a group ("of the 60")
    nor the seats a majority needs ("31 seats needed")?"""
    unit = _unit(claim)
    return (not unit or unit in words("capacity", "seat_units")) and exact(claim) and \
        frame.period.kind != "prior" and not _led(ctx, claim, "not_share_leads") and \
        _tail("not_share_tails").match(ctx.document.text, claim.end) is None


def _subgroups(ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """ "400 of the 350 patients"; "Of its 120 staff, 130 …"."""
    text = ctx.document.text
    of_group = _pattern("of_group")
    quantities = ctx.of_type("quantity")
    for index, part in enumerate(quantities):
        following = quantities[index + 1] if index + 1 < len(quantities) else None
        if following is None or following.sentence != part.sentence or not following.value.get("unit"):
            continue
        gap = text[part.end:following.start]
        opened = of_group.search(gap)
        if not opened or opened.start() > 1 or len(gap) - opened.end() > _GROUP_GAP or re.search(r"[,;:.]", gap):
            continue
        if part.value.get("unit_inherited") or _unit(part) == _unit(following):
            yield from _larger(part, following, params)
    for group in quantities:
        opening = text[group.sentence[0]:group.start]
        if not re.fullmatch(rf"[\"“]?(?i:{of_group.pattern})\s+(?:[\w’'-]+\s+){{0,2}}", opening):
            continue
        comma = re.compile(r"[^,;]{0,40},\s*").match(text, group.end, group.sentence[1])
        if comma is None:
            continue
        # the first figure after the comma, a few words in at most ("Of its 120 staff, only 130 …")
        sub = next((c for c in ctx.in_sentence(group.sentence, "quantity")
                    if 0 <= c.start - comma.end() <= 12), None)
        if sub is None:
            continue
        kinds = _kinds(ctx, sub)
        if len(kinds) >= 2:
            yield from _outnumbering(kinds, group)
        elif sub.value.get("unit_inherited") or _unit(sub) == _unit(group):
            yield from _larger(sub, group, params)


def _kinds(ctx: CheckContext, first: Claim) -> list[Claim]:
    """The exact counts of a group told kind by kind from ``first``, or [] when they are not. Two shapes
    share one verb across the parts, so the kinds are exclusive:

    - the verb after the first: "140 were passengers and 12 crew", "90 were men, 40 women and 12 were
      children" — nothing after the last kind's noun;
    - the verb after the last: "140 passengers and 12 crew were rescued" — every count with its noun.

    Counts with their own verbs ("80 were retrained and 60 resigned", "80 were women and 60 work part-time")
    may overlap: they are no list of kinds."""
    text = ctx.document.text
    sentence = first.sentence
    parts = [first]
    for claim in (c for c in ctx.in_sentence(sentence, "quantity") if c.start > first.start):
        if not exact(claim) or not _KIND_GAP.fullmatch(text, parts[-1].end, claim.start):
            break
        parts.append(claim)
    if len(parts) < 2 or not exact(first):
        return []
    gaps = [text[a.end:b.start] for a, b in pairwise(parts)]
    rest = text[parts[-1].end:sentence[1]]
    if _COPULA.match(gaps[0]):  # the verb after the first
        last = _own_unit(parts[-1])
        tail = _BARE_END if last else _NOUN_END
        fits = all(_own_unit(p) or _COPULA.match(g) for g, p in zip(gaps[1:], parts[1:-1], strict=True)) and \
            tail.fullmatch(rest) is not None
        said = [w.lower() for w in re.findall(r"[A-Za-z]+", " ".join([*gaps, rest, *(p.text for p in parts[1:])]))]
        if not fits or any(w.endswith("ed") or w in _verbs() for w in said):
            return []
        return parts
    if all(_own_unit(p) for p in parts) and all(_JOINED.fullmatch(g) for g in gaps):  # the verb after the last
        return parts
    return []


@cache
def _verbs() -> frozenset[str]:
    """Verbs that give a count its own clause ("… and 60 left"), less the copula the kinds share."""
    return frozenset(words("arithmetic", "part_verbs")) - {"were", "was", "are", "is"}


def _own_unit(claim: Claim) -> bool:
    """Does a figure carry its own noun ("12 crew"), not one read from the figure before it?"""
    return bool(claim.value.get("unit")) and not claim.value.get("unit_inherited")


def _outnumbering(kinds: list[Claim], group: Claim) -> Iterator[Hit]:
    total = sum(float(k.value["amount"]) for k in kinds)
    if exact(group) and total > float(group.value["amount"]):
        yield _hit(kinds, group, f"{total:,.0f}", "its group")


def _larger(sub: Claim, group: Claim, params: dict[str, Any]) -> Iterator[Hit]:
    if _least(sub, params) > _most(group, params):
        yield _hit([sub], group, f"{float(sub.value['amount']):,.0f}", "its group")


def _hit(parts: list[Claim], whole: Claim, total: str, what: str, singles: list[str] | None = None) -> Hit:
    from verify.checks.aggregate import relation_fields

    listed = [quoted(p) for p in parts] + [f"\"{single}\"" for single in singles or ()]
    return Hit([parts[0], *parts[1:], whole], relation_fields(
        parts=", ".join(listed), sum=total, total=quoted(whole), whole=what))


def exceeding_capacity(ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """Every tally past its body's size and every subgroup larger than its group."""
    yield from _votes_past_seats(ctx, params)
    yield from _seats_shared_out(ctx)
    yield from _subgroups(ctx, params)

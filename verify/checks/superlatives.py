"""``rank-vs-figures``: a superlative rank against the figures the article gives for its holder's peers.

"Kelso Crossing, the busiest border post in the region, handled 1.9 million vehicles last year" and
"The Marrow Bridge post handled 2.4 million vehicles last year" cannot both hold: the busiest post
handled fewer vehicles than a peer. A superlative ranked N ("the second-largest producer") is
contradicted by N peers whose figure beats the holder's on the same metric, unit, qualifiers and
period (both actual levels, neither a forecast nor a group's total "including" others).

What a superlative ranks by comes from ``verify/data/superlatives.toml``: its adjective ("busiest":
traffic) or, for an adjective of size ("largest", "smallest", "highest"), its head noun ("producer":
output, "employer": staff, "school": pupils). A size adjective whose head says nothing reports at
info; so does a superlative scoped to a place ("in the region", "the country's") when a peer's
sentence names another place, and a pair of periods only compatible (a year and no date).
A superlative over time ("the busiest since 2009", "its largest plant", "the busiest day") is no
rank among peers.

>>> from datetime import date
>>> from verify.document import Document
>>> from verify.extract import extract_claims
>>> text = ("Kelso Crossing, the busiest border post, handled 1.9 million vehicles in 2025. "
...         "The Marrow Bridge post handled 2.4 million vehicles in 2025.")
>>> doc = Document.from_plain("a.txt", text)
>>> ctx = CheckContext(doc, extract_claims(doc, date(2026, 3, 1)), date(2026, 3, 1))
>>> [hit.fields["peer"] for hit in rank_figures(ctx, {})]
['Marrow Bridge']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from verify.checks.common import CheckContext, Hit, HitIterator, interval, quoted
from verify.extract.numbers import ORDINAL_WORDS
from verify.frames.metrics import singular
from verify.frames.model import Frame
from verify.frames.periods import same_time
from verify.lexicon import phrase_pattern, table, words
from verify.refs.kinds import countries, regions
from verify.refs.model import Entity, Kind

_FIGURES = frozenset({"quantity", "money"})  # and ages ("Mara Quell, 61, the oldest of the four")
_HOLDER_PARAGRAPHS = 1  # paragraphs after the superlative's in which its holder's figure may be told
_MIN_STRENGTH = 0.7
_LEAD = 30  # characters before a superlative in which a word may make it a past or hoped-for standing
_DATE_REACH = 12  # characters around a superlative in which a date dates it ("in 2019", "last year's")
_SET_SCOPE = "set"  # "the smallest of the five schools": the peers named are of that set
_OF_THE_SET = re.compile(r"\s+of\s+(?:the|its|their|all)\s+(?:[\w-]+\s+)?(?=[a-z])")
_OWNER_BEFORE = re.compile(r"(?:\b(?P<pronoun>its|their|his|her|our|my|your)|(?P<owner>[\w-]+)[’']s?)\s+"
                           r"(?:\w+[\s-]+){0,2}$", re.IGNORECASE)
_SCOPE_AFTER = re.compile(r"\s+(?:in|on|across|of)\s+(?:the\s+)?(?P<scope>[A-Za-z][\w-]*)")
_OF_MATERIAL = re.compile(r"\s+of\s+(?:the\s+)?(?P<material>[a-z][a-z-]*)\b")  # "41 tonnes of gold" → "gold"
_WORD = re.compile(r"\s+(?P<word>[A-Za-z][\w-]*)")


@dataclass(frozen=True)
class Superlative:
    """A superlative rank among peers: who holds it, which way it ranks, by which figures."""

    frame: Frame
    holder: Entity
    rank: int  # the place counted the adjective's way ("the second-smallest": 2)
    way: str  # "high" | "low"
    ranks_by: frozenset[str]  # figure names (metric, counted noun or unit), final "s" dropped
    firm: bool  # what it ranks by is said by its adjective or head noun, not guessed from a family
    scope: str | None  # "region", "europe", "country", "set"; None when no scope is written
    written: str  # as written, for messages: "the busiest border post in the region"
    beaten: str  # what a peer that beats it is, for messages: "older"; "" for "has more" / "has less"
    end: int  # where the written superlative ends


def _stem(word: str) -> str:
    """A figure name without a final "s": "vehicles" → "vehicle", "Tonnes" → "tonne"."""
    word = " ".join(word.lower().split())
    return word[:-1] if word.endswith("s") else word


@cache
def _data() -> dict[str, Any]:
    return table("superlatives")


@cache
def _family(name: str) -> frozenset[str]:
    return frozenset(_stem(word) for word in _data()["families"].get(name, []))


@cache
def _head_families() -> dict[str, str]:
    return {_stem(noun): family for family, nouns in _data()["heads"].items() for noun in nouns}


@cache
def _phrases(key: str) -> re.Pattern[str]:
    return re.compile(rf"\b{phrase_pattern(_data()[key]).pattern}\b", re.IGNORECASE)


def _word_set(key: str) -> frozenset[str]:
    return frozenset(_data()[key])


def figure_name(frame: Frame) -> str | None:
    """What a figure counts, for matching it to a family: its metric, else its unit, without a final "s".

    >>> from verify.claims import Claim
    >>> figure_name(Frame(Claim("quantity", 0, 9, {"amount": 41, "unit": "tonnes"}), unit="tonnes"))
    'tonne'
    """
    name = frame.metric or frame.unit
    return _stem(name) if name else None


def _head(text: str, at: int, limit: int) -> tuple[str | None, int]:
    """The head noun of the phrase a superlative opens, and where the phrase ends: " border post in the
    region" → ("post", end of "post"); (None, at) when no noun follows."""
    stops = _word_set("head_stops")
    head, end = None, at
    for _ in range(4):
        word = _WORD.match(text, end, limit)
        if word is None or word["word"].lower() in stops or word["word"][0].isupper():
            break
        head, end = word["word"].lower(), word.end()
    return head, end


def read_superlative(ctx: CheckContext, frame: Frame) -> Superlative | None:
    """The superlative rank among peers a rank frame states, if it is one ("the busiest border post")."""
    claim, holder = frame.claim, frame.entity
    word = claim.value.get("superlative")
    if holder is None or not isinstance(word, str) or not isinstance(claim.value.get("rank"), int):
        return None
    text, sentence = ctx.document.text, claim.sentence
    spelled = r"\s+".join(map(re.escape, word.split()))
    found = re.search(rf"\b{spelled}\b", text[claim.start:claim.end], re.IGNORECASE)
    if found is None:
        return None
    adjective_start, adjective_end = claim.start + found.start(), claim.start + found.end()
    entry = _data()["adjectives"].get(word)
    if text.startswith("-", adjective_end):  # "the highest-paid", "the longest-serving"
        compound = _WORD.match(" " + text[adjective_end + 1:adjective_end + 30])
        entry = _data()["compounds"].get(compound["word"].lower()) if compound else None
        adjective_end += 1 + (len(compound["word"]) if compound else 0)
    if entry is None:
        return None
    lead = text[max(sentence[0], claim.start - _LEAD):adjective_start]
    if _phrases("standing_before").search(re.split(r"[,;:()]", lead)[-1]) or frame.modality != "actual" or \
            frame.period.kind == "prior":
        return None  # "once the busiest", "set to become the largest", "among the busiest", "had been the largest"
    owner = _OWNER_BEFORE.search(text, max(sentence[0], claim.start - 40), adjective_start)
    if owner and owner["pronoun"]:
        return None  # "its largest plant", "their busiest day": parts of the owner, not the owner among peers
    scope = None
    if owner and owner["owner"]:
        named = owner["owner"].lower()
        if named not in _word_set("scope_owners") and named not in countries() and \
                owner["owner"] not in regions():
            return None  # "Acme's largest plant": one of Acme's plants
        scope = named
    rank = int(claim.value["rank"])
    after = max(adjective_end, claim.end)
    closed = _OF_THE_SET.match(text, after, sentence[1])
    if closed or re.search(r"\bof\s+the\s+\w+$", text[claim.start:claim.end]):
        scope = _SET_SCOPE
        before = text[claim.start:adjective_start].lower()
        if word in _word_set_last() and not re.search(r"\d", before) and \
                not any(found in ORDINAL_WORDS for found in re.findall(r"[a-z]+", before)):
            rank = 1  # "the smallest of the five" is first among the small (read as 5th on the list)
        after = closed.end() - 1 if closed else after
    head, end = _head(text, after, sentence[1])
    if head in _word_set("time_heads") or _phrases("record_after").match(text, end, sentence[1]) or \
            re.match(r"\s+(?:in|for)\s+(?:the\s+)?(?:\w+\s+)?(?:years|decades|months)\b", text[end:sentence[1]]):
        return None  # "the busiest day", "the largest since 2009", "the smallest in 20 years": a record
    scoped = _SCOPE_AFTER.match(text, end, sentence[1])
    if any(_phrases("except_after").match(text, at + 1, sentence[1]) and text[at:at + 1].isspace()
           for at in (end, scoped.end() if scoped else end)):
        return None  # "the busiest post (in the region) after Marrow Bridge": ranked among the others
    if scope is None and scoped:
        scope = scoped["scope"].lower()
    family = _head_families().get(_stem(head)) if head and entry.get("heads") else None
    ranks_by = _family(family) if family else _family(entry["family"])
    if not ranks_by:
        return None  # "the highest" with no head that says what: nothing to compare
    opening = owner.start() if owner and owner["owner"] else claim.start
    the = re.search(r"\b(?i:the)\s+$", text[max(sentence[0], opening - 4):opening])
    opening = opening - len(the.group()) if the else opening
    written = " ".join(text[opening:(scoped.end() if scoped else end)].split())
    narrowed = bool(_phrases("narrowing").search(text, claim.start, end))  # "the largest independent producer"
    firm = (bool(family) or not entry.get("heads")) and not narrowed
    return Superlative(frame, holder, rank, entry["way"], ranks_by, firm=firm, scope=scope, written=written,
                       beaten=entry.get("beaten", ""), end=scoped.end() if scoped else end)


@cache
def _word_set_last() -> frozenset[str]:
    return frozenset(table("rankings")["last_superlatives"])


def _figures(ctx: CheckContext) -> list[Frame]:
    return [f for f in ctx.frames.frames if (f.claim.type in _FIGURES or f.metric == "age") and f.modality == "actual"
            and f.aspect == "level" and not f.claim.value.get("range") and figure_name(f)]


def _holder_figures(ctx: CheckContext, sup: Superlative, figures: list[Frame]) -> list[Frame]:
    """The holder's figures of what the superlative ranks by: in its sentence, else after it in its paragraph
    or the next; a superlative guessed to rank by its family must be told with its figure in one sentence,
    and a sentence that tells a figure of its kind someone else's gives the holder's figure to no one."""
    index = ctx.frames.paragraph(sup.frame)
    claim = sup.frame.claim
    dated = any(claim.start - _DATE_REACH <= d.start <= sup.end + _DATE_REACH for d in ctx.dates_in_sentence(claim))
    # "the busiest post in 2019", "last year's busiest post"; not "the busiest post, reopened on Monday"
    own = [f for f in figures if f.entity is sup.holder and figure_name(f) in sup.ranks_by
           and (not dated or same_time(sup.frame.period, f.period) > 0)
           and not _phrases("capacity").search(_sentence(ctx, f))]
    in_sentence = [f for f in own if f.claim.sentence == claim.sentence]
    if in_sentence or not sup.firm or any(f.claim.sentence == claim.sentence and figure_name(f) in sup.ranks_by
                                          for f in figures):
        return in_sentence  # a figure of its kind in the superlative's sentence is the superlative's, whoever's
    return [f for f in own if f.claim.start > claim.end and 0 <= ctx.frames.paragraph(f) - index <= _HOLDER_PARAGRAPHS]


def _tier(entity: Entity) -> str:
    """"country", "region" or "other": a port is no peer of a country."""
    name = entity.name
    if name.lower() in countries():
        return "country"
    return "region" if name in regions() else "other"


def _kinds_agree(holder: Entity, peer: Entity) -> bool | None:
    """True for peers of one kind, None when unclear (an organisation and a place), False for none."""
    if _tier(holder) != _tier(peer) or Kind.GROUP in (holder.kind, peer.kind):
        return False
    if (holder.kind == Kind.PERSON) != (peer.kind == Kind.PERSON) and Kind.UNKNOWN not in (holder.kind, peer.kind):
        return False
    if holder.kind == peer.kind or Kind.UNKNOWN in (holder.kind, peer.kind):
        return True
    return None


# the noun a superlative calls its holder: "the oldest ship", "the highest-paid executive"
_HEAD_AFTER_SUPERLATIVE = re.compile(r"(?:est|most\s+[a-z]+|least\s+[a-z]+)(?:-[a-z]+)?\s+(?P<noun>[a-z]+)\b",
                                     re.IGNORECASE)


def _called_alike(sup: Superlative, peer: Entity) -> bool:
    """Could the peer be called what the superlative calls its holder? A person is no "ship" or "port",
    and only a person (or someone of no clear kind) is an "executive"; a noun either may be called
    ("producer", "rival") or none known says nothing."""
    head = _HEAD_AFTER_SUPERLATIVE.search(sup.written)
    noun = singular(head["noun"].lower()) if head else ""
    if not noun or noun in words("nouns", "either_kind"):
        return True
    if noun in words("nouns", "person"):
        return peer.kind in (Kind.PERSON, Kind.UNKNOWN)
    return peer.kind != Kind.PERSON if noun in _thing_nouns() else True


@cache
def _thing_nouns() -> frozenset[str]:
    """Nouns no person is called: organisations', places', sites' and things' (``verify/data/nouns.toml``)."""
    return words("nouns", "organisation") | words("nouns", "place") | words("nouns", "sites") | words("nouns", "things")


def _sentence(ctx: CheckContext, frame: Frame) -> str:
    start, end = frame.claim.sentence
    return ctx.document.text[start:end]


def _places_named(ctx: CheckContext, frame: Frame, peer: Entity) -> set[str]:
    """The places a peer's sentence names other than the peer: where its figure may lie."""
    refs = ctx.references
    found = set()
    for mention in refs.between(*frame.claim.sentence):
        linked = refs.link(mention)
        entity = linked[0] if linked else None
        if entity is peer:
            continue
        kind = entity.kind if entity else mention.kind
        if kind == Kind.PLACE or mention.text.lower() in countries():
            found.add((entity.name if entity else mention.text).lower())
    return found


def _peer_standing(ctx: CheckContext, sup: Superlative, figure: Frame, peer: Frame) -> bool | None:
    """Does a peer's figure count against the superlative: True (clearly a peer), None (weakly: another place
    is named, kinds or periods only compatible), False (not a peer's figure to compare)."""
    if peer.entity is None or peer.entity is sup.holder or figure_name(peer) != figure_name(figure) or \
            peer.unit != figure.unit or peer.claim.type != figure.claim.type or \
            peer.qualifiers - {"another"} != figure.qualifiers - {"another"}:
        return False
    if _ranked_elsewhere(ctx, sup, peer):
        return False  # "Marrow Bridge, the busiest post in the country": the peer tops a list of its own
    materials = _material(ctx, figure), _material(ctx, peer)
    if None not in materials and materials[0] != materials[1]:
        return False  # "41 tonnes of gold" and "52 tonnes of copper"
    elided = materials[1] is not None and materials[0] is None and \
        materials[1] not in _sentence(ctx, figure).lower()  # the holder's figure may be of another thing
    when = same_time(figure.period, peer.period)
    kinds = _kinds_agree(sup.holder, peer.entity)
    if not _called_alike(sup, peer.entity):
        return False  # "the oldest ship in the fleet" has no person among its peers
    sentence = _sentence(ctx, peer)
    if when < 0.9 or kinds is False or _phrases("aggregate").search(sentence) or \
            _phrases("out_of_scope").search(sentence) or _phrases("capacity").search(sentence):
        return False
    if sup.scope is not None and sup.scope != _SET_SCOPE and sup.scope not in _word_set("whole_scopes"):
        if peer.entity.name.lower() == sup.scope:
            return False  # "the region handled 9 million": the scope itself
        if _places_named(ctx, peer, peer.entity) - {sup.scope}:
            return None
    return None if when < 1 or kinds is None or elided or not _unit_written(peer) else True


def _ranked_elsewhere(ctx: CheckContext, sup: Superlative, peer: Frame) -> bool:
    """Is the peer given a superlative of its own in its sentence, on the holder's figures but in another
    scope ("the busiest post in the country" against "in the region")? Then it may lie outside the holder's."""
    for frame in ctx.frames.in_sentence(peer):
        if frame.claim.type != "ranking" or frame.entity is not peer.entity or not frame.claim.value.get("superlative"):
            continue
        own = read_superlative(ctx, frame)
        if own is not None and own.ranks_by & sup.ranks_by and own.scope != sup.scope:
            return True
    return False


def _material(ctx: CheckContext, frame: Frame) -> str | None:
    """What a figure's unit is of, when written after it: "41 tonnes of gold" → "gold"."""
    found = _OF_MATERIAL.match(ctx.document.text, frame.claim.end, frame.claim.sentence[1])
    return found["material"].lower() if found else None


def _unit_written(frame: Frame) -> bool:
    """Does a figure write what it counts ("2.4 million vehicles"), or take it from a figure before it ("saw
    56,500")? A figure whose unit is carried over is weaker evidence of a peer's figure."""
    unit = frame.claim.value.get("unit")
    if frame.claim.type != "quantity" or not isinstance(unit, str):
        return True
    written = frame.claim.text.lower()
    return _stem(unit) in written or unit.lower() in written


def _beats(sup: Superlative, peer: Frame, figure: Frame, params: dict[str, Any]) -> bool:
    """Is the peer's figure beyond the holder's, the superlative's way, whatever their rounding?"""
    low, high = interval(figure.claim, params)
    peer_low, peer_high = interval(peer.claim, params)
    return peer_low > high if sup.way == "high" else peer_high < low


def rank_figures(ctx: CheckContext, params: dict[str, Any], min_strength: float = _MIN_STRENGTH) -> HitIterator:
    """Each superlative rank that as many peers as its rank beat on the figure it ranks by."""
    ranks = [f for f in ctx.frames.of_type("ranking") if f.claim.value.get("superlative")]
    if not ranks:
        return
    figures = _figures(ctx)
    for frame in ranks:
        sup = read_superlative(ctx, frame)
        if sup is None:
            continue
        for figure in _holder_figures(ctx, sup, figures):
            beaten: dict[int, tuple[Frame, bool]] = {}  # peer entity id → its figure, and how firmly
            for peer in figures:
                standing = _peer_standing(ctx, sup, figure, peer)
                if standing is False or not _beats(sup, peer, figure, params):
                    continue
                assert peer.entity is not None
                firm = bool(standing) and peer.strength >= min_strength
                if peer.entity.id not in beaten or (firm and not beaten[peer.entity.id][1]):
                    beaten[peer.entity.id] = (peer, firm)
            if len(beaten) < sup.rank:
                continue
            chosen = sorted(beaten.values(), key=lambda item: (not item[1], item[0].claim.start))[:sup.rank]
            firm = sup.firm and all(item[1] for item in chosen) and min(frame.strength, figure.strength) >= min_strength
            peers = [item[0] for item in chosen]
            yield Hit([frame.claim, *(p.claim for p in peers), figure.claim], _fields(sup, figure, peers),
                      weak=not firm, links=[frame.link_text(), figure.link_text(), *(p.link_text() for p in peers)])
            break


def _fields(sup: Superlative, figure: Frame, peers: list[Frame]) -> dict[str, Any]:
    """The message fields: who is called what, with which figure, and the peers' figures that beat it."""
    names = [p.entity_name or "" for p in peers]
    more = "more" if sup.way == "high" else "less"
    several = len(peers) > 1
    way = f"{'are' if several else 'is'} {sup.beaten}" if sup.beaten else f"{'have' if several else 'has'} {more}"
    return {"first": f'"{sup.written}"', "entity": sup.holder.name, "figure": quoted(figure.claim),
            "second": ", ".join(quoted(p.claim) + (f" ({p.entity_name})" if len(peers) > 1 else "") for p in peers),
            "peer": " and ".join(names), "way": way,
            "first_rank": sup.rank, "first_link": sup.frame.link_text(),
            "second_link": peers[0].link_text()}

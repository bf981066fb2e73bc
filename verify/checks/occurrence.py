"""``occurrence``: how many times something has happened, said two ways.

``ordinal-vs-count``: an ordinal that counts a win of one entity ("her fourth championship", "a
third overall title", "won it for the first time") against

- a count of its earlier wins: "she had won it twice before", "who had won here once before, in 2015"
  make this the third and the second; a count whose object is named ("won Wimbledon twice before")
  is compared only with an ordinal whose sentence names it too;
- the earlier wins its paragraph lists, each with its date before publication ("first won in Bergen in
  2014, retained it in Uppsala the following year and won again in Leuven last autumn" tells
  three, so this is at least the fourth; a list may leave wins out, so only too small an ordinal
  contradicts it);
- another ordinal of the same thing since the same year: "for the first time since 2016" and "the
  second time since 2016".

An edition's ordinal ("this ninth edition") is read against the years of the one yearly event the
article dates ("launched in 2015 and held every summer since apart from 2020": the tenth in 2025).

Both sides must be one entity's (found by the frames' governance: a pronoun, a description or a
surname is followed to its entity). Word lists are in ``verify/data/occurrence.toml``.

>>> from datetime import date
>>> from verify.document import Document
>>> from verify.extract import extract_claims
>>> from verify.checks.common import CheckContext
>>> doc = Document.from_plain("a.txt", "Lena Duarte won her fourth title on Sunday. She had won it twice before.")
>>> ctx = CheckContext(doc, extract_claims(doc, date(2026, 4, 10)), date(2026, 4, 10))
>>> [hit.fields["expected"] for hit in run(ctx, {}, relation="ordinal-vs-count", claims=("quantity",))]
['the third']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from verify.checks.common import CheckContext, Hit, HitIterator, quoted
from verify.claims import Claim
from verify.extract.numbers import ORDINAL, ORDINAL_WORDS, WORD_NUMBER, parse_number, parse_ordinal
from verify.frames.clauses import clause_of
from verify.frames.entities import Governors
from verify.frames.pairs import Policy
from verify.lexicon import phrase_pattern, table, words
from verify.refs.model import Entity, Form, Kind

RELATIONS = frozenset({"ordinal-vs-count"})
FIELDS = frozenset({"ordinal", "other", "stated", "expected", "entity", "first_link", "second_link"})
_OWNERS: frozenset[str] = frozenset()  # anyone may win: a team is often named as its place ("Leeds United")
_LOOK = 8  # counts of earlier wins looked at on each side of an ordinal
_WON_WHAT = re.compile(r"\s+(?:(?:the|a|an|its|their|his|her)\s+)?([a-z]+)\b")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)\b")
_TIME = re.compile(rf"\b(?:for\s+)?the\s+(?P<ord>{ORDINAL})\s+(?:straight\s+|consecutive\s+)?time\b"
                   rf"(?:\s+since\s+(?P<since>(?:19|20)\d\d)\b)?", re.IGNORECASE)


@dataclass(frozen=True)
class _Told:
    """One side: what is told (an ordinal, a count of earlier wins), where, and whose it is."""

    claim: Claim
    number: int  # the ordinal; or the number of earlier wins
    entity: Entity | None
    link: str
    since: str = ""  # "for the first time since 2016": the year it counts from
    named: frozenset[str] = frozenset()  # capitalised words of the count's object ("Wimbledon")
    thing: str = ""  # the count's object, unless it is generic ("it", "here"): "silver", "the league"
    noun: str = ""  # what the ordinal counts: "title", "crown"


@cache
def _win_verbs() -> re.Pattern[str]:
    return re.compile(rf"\b{phrase_pattern(words('occurrence', 'win_verbs')).pattern}\b", re.IGNORECASE)


@cache
def _prior_count() -> re.Pattern[str]:
    lexicon = table("occurrence")
    verbs = phrase_pattern(lexicon["win_verbs"]).pattern
    times = rf"(?P<times>{'|'.join(lexicon['times'])}|(?P<n>{WORD_NUMBER}|\d{{1,2}})\s+times)"
    before = phrase_pattern(lexicon["before"]).pattern
    return re.compile(rf"\b(?:{verbs})\s+(?:(?P<obj>[^,.;:]{{1,40}}?)\s+)?{times}\s+(?:{before})(?=\s*[,.;:)—–]|\s*$)",
                      re.IGNORECASE)


@cache
def _repeats() -> re.Pattern[str]:
    return re.compile(rf"\b{phrase_pattern(words('occurrence', 'repeat_markers')).pattern}\b", re.IGNORECASE)


def _synthetic(ctx: CheckContext, start: int, end: int) -> Claim:
    """A side that is no extracted claim ("twice before"): its spans, for the finding, and no id."""
    doc = ctx.document
    source_start, source_end = doc.source_span(start, end)
    return Claim("quantity", start, end, {}, text=doc.source[source_start:source_end], source_start=source_start,
                 source_end=source_end, sentence=ctx.text.sentence_at(start))


class _Reader:
    def __init__(self, ctx: CheckContext) -> None:
        self.ctx = ctx
        self.text = ctx.document.text
        self.governors = Governors(self.text, ctx.references, ctx.document.blocks)
        self.order = {sentence: index for index, sentence in enumerate(ctx.text.sentences)}

    def whose(self, claim: Claim) -> tuple[Entity | None, str]:
        sentence = self.ctx.text.sentence_at(claim.start)
        governor = self.governors.govern(claim, clause_of(self.text, sentence, claim.start, claim.end), sentence,
                                         _OWNERS)
        entity = governor.entity
        if entity is not None and len(entity.mentions) == 1 and entity.mentions[0].form != Form.NAME:
            # "The Finn made it official …, to seal a third title": a description tied to no one named is
            # the article's protagonist, the person (or organisation) it names most
            main = max((e for e in (self.ctx.references.main(Kind.PERSON), self.ctx.references.main(
                Kind.ORGANISATION)) if e is not None), key=lambda e: len(e.mentions), default=None)
            if main is not None:
                return main, f"{main.name} (“{entity.mentions[0].text}” names no one else: the article's main entity)"
        return entity, governor.reason

    def ordinals(self) -> Iterator[_Told]:
        """Ordinals that count wins: extracted occurrences ("her fourth title") and "for the Nth time"."""
        nouns = words("occurrence", "win_nouns")
        for claim in self.ctx.of_type("quantity"):
            after = _NEXT_WORD.match(self.text, claim.end)  # "her fourth national road title"
            unit = str(claim.value.get("unit", "")).lower()
            noun = unit if unit in nouns else after.group(1).lower() if after is not None else ""
            if claim.value.get("ordinal") and noun in nouns:
                yield _Told(claim, int(claim.value["amount"]), *self.whose(claim), noun=noun)
        for match in _TIME.finditer(self.text):
            claim = _synthetic(self.ctx, match.start(), match.end())
            sentence = claim.sentence
            verbs = list(_win_verbs().finditer(self.text, sentence[0], match.start()))
            if not verbs:
                continue  # "the first time I saw it", "prices fell for the first time since 2016": no win counted
            won = _WON_WHAT.match(self.text, verbs[-1].end())  # "won the cup", "lifted the cup on Sunday"
            yield _Told(claim, parse_ordinal(match["ord"]), *self.whose(claim), since=match["since"] or "",
                        noun=won.group(1).lower() if won else "")

    def prior_counts(self) -> Iterator[_Told]:
        """ "Had won it twice before", "who won here once before"."""
        times = table("occurrence")["times"]
        for match in _prior_count().finditer(self.text):
            claim = _synthetic(self.ctx, match.start(), match.end())
            said = match["times"].lower()
            number = int(times[said]) if said in times else int(parse_number(match["n"]))
            obj = " ".join((match["obj"] or "").lower().split())
            named = frozenset(re.findall(r"\b[A-Z][\w-]+", match["obj"] or ""))
            thing = "" if not obj or obj in words("occurrence", "generic_objects") else obj
            yield _Told(claim, number, *self.whose(claim), named=named, thing=thing)

    def listed_before(self, ordinal: _Told, published: date | None) -> list[Claim]:
        """The earlier wins the ordinal's next sentences list, each with its own date before publication."""
        if published is None or ordinal.entity is None:
            return []
        sentences = self.ctx.text.sentences
        index = self.order.get(ordinal.claim.sentence)
        if index is None:
            return []
        told: list[Claim] = []
        for start, end in sentences[index + 1:index + 3]:
            mentions = self.ctx.references.between(start, end)
            linked = self.ctx.references.link(mentions[0]) if mentions else None
            if linked is None or linked[0] is not ordinal.entity:
                break  # the paragraph has moved on to someone else
            markers = list(_repeats().finditer(self.text, start, end))
            for number, marker in enumerate(markers):
                until = markers[number + 1].start() if number + 1 < len(markers) else end
                dated = [d for d in self.ctx.in_sentence((start, end), "date")
                         if marker.end() <= d.start < until and d.value.get("end")
                         and date.fromisoformat(d.value["end"]).year < published.year]
                if dated:
                    told.append(dated[0])
        return told


def _nearest(told: list[_Told], starts: list[int], at: int) -> list[_Told]:
    """The ``_LOOK`` sides nearest ``at`` on each side, nearest first (``told`` in text order, ``starts`` theirs):
    a bounded look, so that a text of many counts stays linear."""
    from bisect import bisect_left

    index = bisect_left(starts, at)
    around = told[max(0, index - _LOOK):index + _LOOK]
    return sorted(around, key=lambda t: abs(t.claim.start - at))


def _same_thing(count: _Told, ordinal: _Told) -> bool:
    """Does a count of earlier wins count what the ordinal counts? "Won it twice before" does; "had won
    silver twice before" does not count golds; "won the title twice before" counts titles."""
    if not count.thing:
        return True
    from verify.frames.metrics import singular

    return bool(ordinal.noun) and singular(ordinal.noun) in {singular(w) for w in count.thing.split()}


def _expected(number: int) -> str:
    ordinal = next((word for word, value in ORDINAL_WORDS.items() if value == number), None)
    return f"the {ordinal}" if ordinal and number <= 10 else f"number {number}"


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SERIES_REACH = 80  # characters from the start cue ("launched") to its year, and from the year to "every year"


@cache
def _series_cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lexicon = table("occurrence")
    cue = lambda key: re.compile(rf"\b{phrase_pattern(lexicon[key]).pattern}\b", re.IGNORECASE)  # noqa: E731
    return cue("series_starts"), cue("series_every"), cue("series_except")


@dataclass(frozen=True)
class _Series:
    """A yearly event as told: its first year, the years it skipped, and the words that say so."""

    start: int
    end: int
    first: int
    skipped: frozenset[int]

    def edition_in(self, year: int) -> int:
        """The edition held in ``year``: "launched in 2015, held every summer since apart from 2020" → the
        tenth in 2025.

        >>> _Series(0, 0, 2015, frozenset({2020})).edition_in(2025), _Series(0, 0, 2015, frozenset()).edition_in(2015)
        (10, 1)
        """
        return year - self.first + 1 - sum(self.first < skipped <= year for skipped in self.skipped)


def _series_in(text: str, sentence: tuple[int, int]) -> _Series | None:
    """The yearly event a sentence tells, if it tells one with every year it left out: a start cue, its
    year, "every year" after it, and any "apart from" followed by the years; None when a year is left out
    without being named ("apart from the pandemic years")."""
    starts, every, excepted = _series_cues()
    start = starts.search(text, *sentence)
    year = _YEAR.search(text, start.end(), min(sentence[1], start.end() + _SERIES_REACH)) if start else None
    since = every.search(text, year.end(), min(sentence[1], year.end() + _SERIES_REACH)) if year else None
    if start is None or year is None or since is None:
        return None
    skipped: set[int] = set()
    end = since.end()
    for cue in excepted.finditer(text, since.end(), sentence[1]):
        found = list(_YEAR.finditer(text, cue.end(), min(sentence[1], cue.end() + 60)))
        if not found:
            return None
        skipped.update(int(y.group()) for y in found)
        end = found[-1].end()
    return _Series(start.start(), end, int(year.group()), frozenset(skipped))


def _editions(ctx: CheckContext) -> HitIterator:
    """An edition's ordinal ("this ninth edition", "the festival's 12th staging") against the one yearly
    event the article tells the years of: the edition held in the year of publication. An ordinal in a
    sentence that names another year is some other year's edition."""
    published, text = ctx.published, ctx.document.text
    series = [found for sentence in ctx.text.sentences if (found := _series_in(text, sentence))]
    if published is None or len(series) != 1:
        return
    told, nouns = series[0], words("occurrence", "edition_nouns")
    expected = told.edition_in(published.year)
    for claim in ctx.of_type("quantity"):
        sentence = text[claim.sentence[0]:claim.sentence[1]]
        if not claim.value.get("ordinal") or str(claim.value.get("unit", "")).lower() not in nouns or \
                any(int(y) != published.year for y in _YEAR.findall(sentence)):
            continue
        if int(claim.value["amount"]) != expected:
            other = _synthetic(ctx, told.start, told.end)
            yield Hit([claim, other], {"ordinal": quoted(claim), "other": quoted(other),
                                       "stated": _expected(int(claim.value["amount"])), "expected":
                                       f"{_expected(expected)} in {published.year}", "entity": "the yearly event",
                                       "first_link": "", "second_link": ""})


def _fields(ordinal: _Told, other: str, expected: str, other_link: str) -> dict[str, Any]:
    return {"ordinal": quoted(ordinal.claim), "other": other, "stated": _expected(ordinal.number),
            "expected": expected, "entity": ordinal.entity.name if ordinal.entity else "",
            "first_link": ordinal.link, "second_link": other_link}


def run(ctx: CheckContext, params: dict[str, Any], policy: Policy | None = None, relation: str = "",
        claims: tuple[str, ...] = ()) -> HitIterator:
    yield from _editions(ctx)
    reader = _Reader(ctx)
    ordinals = sorted((o for o in reader.ordinals() if o.entity is not None), key=lambda o: o.claim.start)
    if not ordinals:
        return
    counts = [c for c in reader.prior_counts() if c.entity is not None]
    starts = [c.claim.start for c in counts]
    first_since: dict[tuple[str, int], _Told] = {}  # the first ordinal counted since a year, per entity
    text = ctx.document.text
    for ordinal in ordinals:
        sentence = text[ordinal.claim.sentence[0]:ordinal.claim.sentence[1]]
        # "for the first time since 2016" counts from a year, not every win there has been
        count = next((c for c in _nearest(counts, starts, ordinal.claim.start) if c.entity is ordinal.entity
                      and c.claim.sentence != ordinal.claim.sentence and all(name in sentence for name in c.named)
                      and _same_thing(c, ordinal)), None) if not ordinal.since else None
        if count is not None and count.number + 1 != ordinal.number:
            yield Hit([ordinal.claim, count.claim], _fields(ordinal, quoted(count.claim), _expected(count.number + 1),
                                                            count.link), links=[ordinal.link, count.link])
            continue
        listed = reader.listed_before(ordinal, ctx.published) if not ordinal.since else []
        if len(listed) + 1 > ordinal.number:
            wins = f"the {len(listed)} earlier wins listed ({', '.join(quoted(d) for d in listed)})"
            yield Hit([ordinal.claim, *listed], _fields(ordinal, wins, f"at least {_expected(len(listed) + 1)}",
                                                        ordinal.link), links=[ordinal.link])
            continue
        key = (ordinal.since, id(ordinal.entity))
        twin = first_since.setdefault(key, ordinal) if ordinal.since else ordinal
        # one occasion told twice ("won the cup for the first time since 2016" … "lifted the cup, the second
        # time since 2016"), not two wins of one season ("won the league …, then took the cup")
        if twin.number != ordinal.number and twin.noun and twin.noun == ordinal.noun:
            fields = _fields(ordinal, quoted(twin.claim), _expected(twin.number), twin.link)
            yield Hit([ordinal.claim, twin.claim], fields, links=[ordinal.link, twin.link])

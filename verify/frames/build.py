"""Frame building: every claim of an article gets its entity, metric, period, unit, qualifiers,
modality and aspect, each slot with its reason and strength.

>>> from datetime import date
>>> from verify.document import Document
>>> from verify.extract import extract_claims
>>> doc = Document.from_plain("a.txt", "Acme Robotics hired staff. The company's revenue rose to €5bn from €4bn.")
>>> frames = build_frames(doc, extract_claims(doc, date(2026, 4, 10)), date(2026, 4, 10))
>>> [(f.claim.text, f.entity_name, f.metric, f.period.kind) for f in frames]
[('€5bn', 'Acme Robotics', 'revenue', 'current'), ('€4bn', 'Acme Robotics', 'revenue', 'prior')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from datetime import date
from functools import cache

from verify.claims import Claim
from verify.document import Document
from verify.frames import events, happenings, qualifiers
from verify.frames.clauses import clause_of
from verify.frames.entities import Governor, Governors
from verify.frames.forecasts import restate_forecasts
from verify.frames.lasting import DEFINITE
from verify.frames.lasting import occasion_of as lasting_of
from verify.frames.metrics import (
    MetricHit,
    bare_share,
    counted_metric,
    fronted_metric,
    metric_near,
    metrics_named,
    named_before,
    named_share,
    project_cost,
    singular,
    subject_count,
)
from verify.frames.model import Frame, Period, Slot
from verify.frames.periods import date_span, period_of, said_now
from verify.frames.qualifiers import HOME_COUNTRY
from verify.frames.ranks import outside_top, rank_list
from verify.lexicon import phrase_pattern, table, words
from verify.refs import kinds
from verify.refs.coref import COPULA, References, build_references
from verify.refs.model import Entity, Form, Kind, Mention

_FIGURES = ("money", "percent", "quantity")
# How sure a duration is the length of the occasion its words name: "the 41-day strike", "a 41-day strike".
_LASTING_STRENGTH = {True: 0.9, False: 0.8}
# "was a 31-year-old baker when he opened the shop": an age at an event, not the age now.
_AGENT_BEFORE = re.compile(r"\bby\s+$")  # the agent of a passive: "founded by his father in 1979"
_AGED_AFTER_COMMA = re.compile(r"(?i:aged|at\s+the\s+age\s+of)\s")  # "…, aged 19", "…, at the age of 26"
_AGED_THEN_DAYS = 400  # a date this long before the news makes an age set after its clause the age then
_AGE_THEN = re.compile(r"\b(?:was|were|had\s+been)\s+(?:a|an|the|only|just)?\s*$")
# "Corvel is now a six-year-old company": the age of the subject of the copula
_COPULA_AGE = re.compile(COPULA.pattern + r"(?:an?|the)\s+")
# An age in a phrase that opens its sentence: "Despite being nearly 40 years old, …", "Now 90 years old, …"
_AGE_OPENING = re.compile(r"\s*(?:(?:despite|though|although|while|even\s+though)\s+)?(?:being\s+|now\s+|only\s+|"
                          r"just\s+|still\s+)*", re.IGNORECASE)
_WHEN = re.compile(r"[^.;]{0,40}\b(?:when|as|at\s+the\s+time|in\s+(?:19|20)\d\d)\b")
_BODY_SIZE = re.compile(r"[\d,]+-[a-z]+")  # "45-seat", "11-member": a size written as an adjective
_ORDINAL_COUNT = re.compile(r"(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                            r"\d+(?:st|nd|rd|th))\b")
_GENERIC_COUNTS = frozenset({"people", "person", "persons", "times"})
_PARAGRAPH_DATES = 6  # dates of a paragraph's earlier sentences read for the period it states (a bound)


@cache
def _cutting() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cuts = next(m for m in table("metrics")["metric"] if m["name"] == "job cuts")
    return (re.compile(rf"\b{phrase_pattern(cuts['cutting_before']).pattern}\b(?:\s+[a-z]+){{0,3}}\s+$", re.IGNORECASE),
            re.compile(rf"\s+(?:[a-z]+\s+){{0,2}}?{phrase_pattern(cuts['cutting_after']).pattern}\b", re.IGNORECASE))


def _cut(text: str, claim: Claim, clause: tuple[int, int]) -> bool:
    """Whether the clause cuts what the figure counts: "will lose 940 roles", "300 jobs will go"."""
    before, after = _cutting()
    return bool(before.search(text, max(clause[0], claim.start - 40), claim.start)
                or after.match(text, claim.end, clause[1]))


class _Builder:
    def __init__(self, doc: Document, claims: list[Claim], refs: References, published: date | None) -> None:
        self.doc = doc
        self.text = doc.text
        self.ctx = doc.context
        self.refs = refs
        self.published = published
        self.governors = Governors(self.text, refs, doc.blocks)
        self.dates_by_sentence: dict[tuple[int, int], list[Claim]] = {}
        for claim in claims:
            if claim.type == "date":
                self.dates_by_sentence.setdefault(self.ctx.sentence_at(claim.start), []).append(claim)
        self.dates = sorted((c for c in claims if c.type == "date"), key=lambda c: c.start)
        self.date_starts = [c.start for c in self.dates]
        self.block_starts = [start for start, _ in doc.blocks]

    def _paragraph_dates(self, sentence: tuple[int, int]) -> list[Claim]:
        """The dates of the earlier sentences of the sentence's paragraph, in text order (at most a few)."""
        block = bisect_right(self.block_starts, sentence[0]) - 1
        if block < 0:
            return []
        low = bisect_left(self.date_starts, self.doc.blocks[block][0])
        high = bisect_left(self.date_starts, sentence[0])
        return self.dates[max(low, high - _PARAGRAPH_DATES):high]

    def frame(self, claim: Claim) -> Frame:
        sentence = self.ctx.sentence_at(claim.start)
        clause = clause_of(self.text, sentence, claim.start, claim.end)
        subject = self._subject_of_count(claim, clause)
        if claim.extra.get("comparable") is False and claim.type != "ranking" and subject is None:
            # Said to compare with nothing by its extractor: race times, counts of nothing named. (A rank's
            # list and holder are the frame's to find: seeds, superlatives.) Whose it is is still said,
            # for the subject shown; with no metric it pairs with nothing.
            governor = self.governors.govern(claim, clause, sentence)
            period = period_of(self.text, claim, clause, sentence, self.dates_by_sentence.get(sentence, []),
                               self.published)  # "fell 8% to 1,426 from 1,550": the earlier level of a change
            return Frame(claim, governor.entity, period=period,
                         slots=(Slot("metric", "not comparable (extraction)", 1.0), self._entity_slot(governor)))
        if claim.type in _FIGURES:
            return self.figure(claim, sentence, clause, subject)
        if claim.type == "duration":
            return self.duration(claim, sentence, clause)
        if claim.type == "date":
            return self.date(claim, sentence, clause)
        if claim.type == "ranking":
            return self.ranking(claim, sentence, clause)
        return Frame(claim)

    def _subject_of_count(self, claim: Claim, clause: tuple[int, int]) -> MetricHit | None:
        """The metric of a count of nothing named that its clause's subject gives ("The death toll from
        the storm that hit the coast rose to at least 90"): it is then compared as that metric."""
        if claim.type != "quantity" or claim.value.get("unit"):
            return None
        return subject_count(self.text, claim.start, clause)

    def _entity_slot(self, governor: Governor) -> Slot:
        return Slot("entity", governor.reason, governor.strength)

    def figure(self, claim: Claim, sentence: tuple[int, int], clause: tuple[int, int],
               subject: MetricHit | None = None) -> Frame:
        """The frame of an amount, a percentage or a count (``subject``: the metric its clause's subject gives
        a count of nothing named, see :meth:`_subject_of_count`)."""
        text = self.text
        value = claim.value
        slots: list[Slot] = []
        parts: set[str] = set()
        metric = family = None
        owners: frozenset[str] = frozenset()
        metric_start = metric_end = None
        if claim.type == "quantity" and _ORDINAL_COUNT.match(claim.text):
            return Frame(claim, slots=(Slot("metric", "a position, not a count", 1.0),))  # "the fifth hurdle"
        measure = claim.type == "quantity" and str(value.get("unit", "")).lower() in words("frames", "measure_units")
        lead = max(sentence[0], claim.start - 60)
        if claim.type == "quantity" and (_MARGIN_AFTER.match(text, claim.end) or
                                         _margin_before().search(text, lead, claim.start)):
            # "a 6,305-vote majority", "beat her rival by 6,305 votes": the gap between two tallies, no tally
            return Frame(claim, slots=(Slot("metric", "a margin, not a tally", 1.0),), metric="margin")
        if claim.type == "quantity" and not measure:
            metric, family, owners, modifiers = counted_metric(str(value.get("unit", "")))
            parts |= {f"mod:{word}" for word in modifiers if word in words("frames", "subset_modifiers")}
            slots.append(Slot("metric", f"counted: {value.get('unit')}", 1.0))
            if metric == "headcount" and _cut(text, claim, clause):
                metric, slots[-1] = "job cuts", Slot("metric", f"counted and cut: {value.get('unit')}", 0.95)
            if _BODY_SIZE.fullmatch(claim.text) and str(value.get("unit")).lower() in words("capacity", "body_units"):
                parts.add("size:body")  # "the 45-seat assembly" is the body's size, not the seats its parties hold
        aspect = qualifiers.aspect_of(text, claim.start, claim.end, clause) if claim.type == "percent" else "level"
        whole = qualifiers.whole_of(text, claim.end, clause) if aspect == "share" else None
        stance = qualifiers.stance_of(text, claim.end) if aspect == "share" else None
        if stance is not None:
            parts.add(f"stance:{stance}")  # "61% opposed" and "52% backed" are two measures
        if whole is not None:
            metric, family, owners = _share_of(whole), None, frozenset()
            slots.append(Slot("metric", f"a share of “{whole}”", 1.0))
        elif claim.type != "quantity" or measure or metric in _GENERIC_COUNTS or not value.get("unit"):
            counted = claim.type == "quantity" and not measure and metric not in _GENERIC_COUNTS
            hit = None if counted else metric_near(text, claim.start, claim.end, *clause)
            if hit is None and claim.type in ("money", "percent"):
                hit = fronted_metric(text, claim.start, claim.end, sentence)
            built = project_cost(text, claim.end, clause[1]) if hit is None and claim.type == "money" else None
            hit = hit or built or subject  # a count of nothing named takes only its subject's ("the toll rose to 90")
            hit = named_before(text, hit) if hit is not None else None
            if hit is not None and measure and (hit.strength < 0.95 or not hit.fits(str(value.get("unit", "")))):
                hit = None  # a measure's metric is named right beside it ("a 164-kilometre stage"), in its units
            if hit is not None:
                metric, family, owners = hit.name, hit.family, hit.owners
                # where a thing built stands ("plant in Ohio") is no part of its cost
                metric_start, metric_end = (None, None) if hit is subject or hit is built else \
                    (None, hit.end) if "verb" in hit.reason else (hit.start, hit.end)
                slots = [s for s in slots if s.name != "metric"] + [Slot("metric", f"“{hit.written}” ({hit.reason})",
                                                                         hit.strength)]
                if claim.type == "percent" and aspect == "level" and bare_share(hit, text):
                    # "its share had slipped to 61.4%": a share, which one the article says (_name_shares);
                    # "the share of adults who smoke fell to 12%": a share of the whole it names, no other
                    bare = table("metrics")["bare_share"]
                    of = qualifiers.whole_of(text, hit.end, clause)
                    metric, family, owners = _share_of(of) if of else bare["metric"], None, frozenset(bare["owners"])
                if claim.type == "percent" and aspect == "level" and metric in words("metrics", "bare_share.named"):
                    aspect = "share"  # "a market share of 60%" is 60% of the market
        if value.get("points"):
            aspect = "change"
        governor = self.governors.govern(claim, clause, sentence, owners, metric_end, metric)
        slots.append(self._entity_slot(governor))
        round_label = qualifiers.round_of(text, clause)
        if round_label:
            parts.add(f"round:{round_label}")
        per = qualifiers.per_unit(text, claim.end) or (qualifiers.per_unit(text, metric_end) if metric_end and
                                                         metric_end <= claim.start else None)
        if per:
            parts.add(f"per:{per}")
        during = qualifiers.sub_period(text, claim.end, clause)
        if during:
            parts.add(f"during:{during}")
        span = qualifiers.span_of(text, claim.start, clause, sentence)
        if span:
            parts.add(f"span:{span}")
        deal = qualifiers.deal_of(text, claim, clause) if claim.type == "quantity" else None
        if deal:
            parts.add(f"deal:{deal}")
        parts |= qualifiers.parts_of(text, claim.start, claim.end, clause, metric_start=metric_start,
                                     metric_end=metric_end, claim_type=claim.type)
        if metric in words("frames", "per_share_metrics"):  # "402p in London": where it trades, not a part
            parts = {part for part in parts if not part.startswith("in:")}
        if governor.entity is not None:  # "an investment in ShengShu" names whose it is, not a part of it
            own = {f"{word}:{governor.entity.name.lower()}" for word in ("in", "for", "at", "on", "from")}
            if governor.mention is not None:
                own |= {f"{word}:{governor.mention.text.lower()}" for word in ("in", "for", "at", "on", "from")}
            parts -= own
        period = period_of(text, claim, clause, sentence, self.dates_by_sentence.get(sentence, []), self.published,
                           self._paragraph_dates(sentence))
        if period.kind != "prior" and _EARLIER_LEVEL.search(text, clause[0], claim.start):
            period = Period("prior", source="pluperfect")  # "had held the rate at 4.5% since May": before the news
        slots.append(Slot("period", period.source))
        unit = value.get("currency") or (value.get("unit") if claim.type == "quantity" else "%")
        if claim.type == "quantity" and not measure:
            unit = metric
        modality = qualifiers.modality_of(text, claim.start, claim.end, clause)
        counted = str(value.get("unit") or "") if claim.type == "quantity" and not measure else ""
        happening = happenings.happening_of(text, claim.start, claim.end, counted, clause) if counted else None
        if happening is not None:  # "230 homes were evacuated": the story's evacuated homes, whoever's
            metric = unit = f"{happenings.counted_kind(counted)} {happening}"
            slots = [s for s in slots if s.name != "metric"] + [Slot("metric", f"counted: {counted}, {happening}", 1.0)]
            here = self._story_place(parts)
            if here:  # "homes in Ashby Mallet were evacuated" in a story set there: where all of it happened
                parts.discard(here)
                slots.append(Slot("qualifiers", f"“{here[3:]}” is the story's place", 0.8))
            return Frame(claim, governor.entity, metric, None, period, metric, frozenset(parts), modality, aspect,
                         tuple(slots), occasion=f"count:{happening}", counted=counted.lower().split()[-1])
        return Frame(claim, governor.entity, metric, family, period, str(unit) if unit else None, frozenset(parts),
                     modality, aspect, tuple(slots))

    def _story_place(self, parts: set[str]) -> str | None:
        """The part ``in:PLACE`` among ``parts`` that names the place the article names most, if any."""
        place = self.refs.main(Kind.PLACE)
        if place is None:
            return None
        names = {place.name.lower()} | {m.text.lower() for m in place.mentions if m.form.value == "name"}
        return next((part for part in sorted(parts) if part.startswith("in:") and part[3:] in names), None)

    def duration(self, claim: Claim, sentence: tuple[int, int], clause: tuple[int, int]) -> Frame:
        if claim.value.get("age_at") or (claim.value.get("age") and _AGE_THEN.search(
                self.text, max(sentence[0], claim.start - 30), claim.start) and _WHEN.match(
                self.text, claim.end, min(sentence[1], claim.end + 60))) or self._aged_long_ago(claim, sentence):
            # "died in 2011, at 91": an age at an event, not the age now nor a span of time; dated when its
            # sentence dates the event ("opened a shop in 1979, at the age of 26")
            governor = self.age_owner(claim, sentence, clause)
            return Frame(claim, governor.entity, "age at event", unit="year", period=self._event_dated_before(claim),
                         slots=(self._entity_slot(governor),))
        if claim.value.get("age"):
            governor = self.age_owner(claim, sentence, clause)
            if claim.extra.get("history") and governor.entity is not None and governor.entity.kind == Kind.PERSON:
                governor = Governor(None, None, 0.0, "a person's history is no age")  # "his 30-year history"
            # "her 60th birthday in 2019": a birthday dated in its sentence is her age then, not now
            period = period_of(self.text, claim, clause, sentence, self.dates_by_sentence.get(sentence, []),
                               self.published) if claim.value.get("anniversary") else Period()
            if period.kind != "stated":
                period = Period()
            return Frame(claim, governor.entity, "age", unit="year", period=period,
                         slots=(self._entity_slot(governor),))
        governor = self.governors.govern(claim, clause, sentence)
        period = period_of(self.text, claim, clause, sentence, self.dates_by_sentence.get(sentence, []), self.published)
        lasting = None if claim.value.get("relation") else lasting_of(self.text, claim.start, claim.end, sentence)
        if lasting is not None:
            # "the 41-day strike": the length of one occasion, whoever the clause is about; any unit, so that
            # "a three-week trial" and "the 19-day trial" are compared
            how = DEFINITE if lasting.definite else "indefinite"
            # "the rail strike" is one strike of several: only the rail strike's lengths are compared with it
            which = frozenset({f"lasting:{word}" for word in lasting.narrowing})
            return Frame(claim, governor.entity, "span", period=period, unit="time", occasion=lasting.occasion,
                         qualifiers=which, modality=qualifiers.modality_of(self.text, claim.start, claim.end, clause),
                         slots=(Slot("occasion", f"the length of the {lasting.occasion} ({how})",
                                     _LASTING_STRENGTH[lasting.definite]),))
        return Frame(claim, governor.entity, "span", period=period, unit=str(claim.value.get("unit")),
                     slots=(self._entity_slot(governor),))

    def _event_dated_before(self, claim: Claim) -> Period:
        """When an age at an event was: the last date before it in its sentence ("who opened a shop in 1979, at
        the age of 26", "joined in 2001, aged 19"), else the first after the "when" it is followed by ("was 38
        when she began stealing in 2017"), else no date (the period of the news)."""
        dates = self.dates_by_sentence.get(claim.sentence, [])
        before = [d for d in dates if d.end <= claim.start]
        after = [d for d in dates if d.start >= claim.end] if _WHEN.match(self.text, claim.end) else []
        chosen = before[-1] if before else after[0] if after else None  # "was 38 when she began … in 2017"
        span = date_span(chosen) if chosen else None
        return Period("stated", span[0], span[1], "event") if span else Period()

    def _aged_long_ago(self, claim: Claim, sentence: tuple[int, int]) -> bool:
        """Is an age set after a clause dated more than a year before the news ("joined the orchestra in 2001,
        aged 19")? It is the age then. ("Died on Sunday, aged 88" is the age now.)"""
        if not claim.value.get("age") or self.published is None or \
                not _AGED_AFTER_COMMA.match(self.text, claim.start, claim.end) or \
                not self.text[sentence[0]:claim.start].rstrip().endswith(","):
            return False
        spans = (date_span(d) for d in self.dates_by_sentence.get(sentence, []) if d.start < claim.start)
        return any(span is not None and (self.published - span[1]).days > _AGED_THEN_DAYS for span in spans)

    def age_owner(self, claim: Claim, sentence: tuple[int, int], clause: tuple[int, int]) -> Governor:
        """Whose age: "Roe, 52,", "the 24-year-old Marek", "Corvane, a six-year-old startup", "the
        six-year-old company", else the figure's clause."""
        text = self.text
        holder = self.refs.at(claim.start, claim.end)
        if holder is not None and holder.form.value == "description":
            found = self.governors.resolve(holder, "description")
            if found:
                return found
        before = self.refs.between(max(sentence[0], claim.start - 300), claim.start)
        if before:
            gap = text[before[-1].end:claim.start]
            if gap.strip() in ("", ",", ", a", ", an", ", the", ", aged") or _COPULA_AGE.fullmatch(gap) or \
                    (gap.startswith(",") and len(gap.split()) <= 4 and "," not in gap[1:]
                     and not _predicate_after_comma().match(gap)):
                found = self.governors.resolve(before[-1], "apposition")
                if found:
                    return found
        after = self.refs.between(claim.end, min(sentence[1], claim.end + 40))
        if after and after[0].form.value == "name" and len(text[claim.end:after[0].start].split()) <= 2:
            found = self.governors.resolve(after[0], "apposition")
            if found:
                return found
        opening = text[sentence[0]:claim.start]
        if _AGE_OPENING.fullmatch(opening) and text.startswith(",", claim.end):
            # "Despite being nearly 40, the bridge still …": the subject after the opening phrase
            subject = self._subject_after_opening(claim.end, sentence)
            found = self.governors.resolve(subject, "clause subject") if subject is not None else None
            if found:
                return found
        return self.governors.govern(claim, clause, sentence, frozenset({"person", "organisation", "work", "place",
                                                                         "group", "unknown"}))

    def date(self, claim: Claim, sentence: tuple[int, int], clause: tuple[int, int]) -> Frame:
        text = self.text
        if claim.value.get("timex") == "PRESENT_REF":
            return Frame(claim, period=Period())  # "now" says when something holds, not when it happened
        event = events.event_near(text, claim.start, claim.end, clause)
        occasion = self.occasion_of(claim, clause)
        if occasion is not None:
            named = events.event_of_noun(occasion.head)
            # "the deal to settle announced in May": announcing an occasion dates the occasion
            event = named if named and event in (None, "announced") else event
            fixtures = words("events", "fixtures.nouns")
            # "that quarter-final tie", "the quarter-final second leg": the fixture the description names
            head = next((w for w in map(singular, _WORDS.findall(occasion.text.lower())) if w in fixtures),
                        singular(occasion.head.lower()))
            if event is None and not occasion.indefinite and head in fixtures:
                event = head  # "that quarter-final three years ago": one fixture, dated once
        governor = self.event_owner(claim, sentence, clause)
        parts = {"another"} if events.marked_as_another(text, claim.start, claim.end, clause) else set()
        start, end = claim.value.get("start"), claim.value.get("end")
        period = Period("stated", date.fromisoformat(start), date.fromisoformat(end), "own") if start and end \
            else Period()
        slots = [self._entity_slot(governor)]
        name = None
        if occasion is not None and not occasion.indefinite:
            name = event if event in words("events", "fixtures.nouns") else occasion.head
            slots.append(Slot("occasion", f"“{occasion.text}”", 0.85))
        # "Its final report is expected within 12 months": a date foreseen is never the date something happened
        modality = qualifiers.modality_of(self.text, claim.start, claim.end, clause)
        return Frame(claim, governor.entity, f"event:{event}" if event else None, period=period,
                     qualifiers=frozenset(parts), modality=modality, event=event, slots=tuple(slots), occasion=name)

    def _subject_after_opening(self, at: int, sentence: tuple[int, int]) -> Mention | None:
        """The subject after an opening participle ("Founded in 2019 by Ana Sousa, a former engineer,
        Corvel makes …"): the mention that opens the first comma-delimited stretch after it, passing
        over appositions (a lower-case stretch after a name, closed by another comma)."""
        text = self.text
        comma = text.find(",", at, sentence[1])
        for _ in range(4):
            if comma < 0:
                return None
            start = comma + 1
            following = text.find(",", start, sentence[1])
            stretch = text[start:following if following >= 0 else sentence[1]].strip()
            after_name = bool(re.search(r"[A-Z][\w'-]*\s*$", text[max(sentence[0], comma - 40):comma]))
            if stretch[:1].islower() and following >= 0 and (after_name or self._describes_next(
                    stretch, following, sentence)) and \
                    not re.match(r"(?:the|its|their|his|her)\s+\w+\s+(?:is|was|has|had|makes|made)\b", stretch):
                comma = following  # an apposition to the name before it, or to the subject after it
                continue
            opening = self.refs.between(start, min(sentence[1], start + 40))
            if opening and text[start:opening[0].start].strip(" ").lower() not in ("", "the"):
                return None
            return opening[0] if opening else None
        return None

    def _describes_next(self, stretch: str, comma: int, sentence: tuple[int, int]) -> bool:
        """Is ``stretch`` a description of the subject the next stretch opens with ("Born in 1931, the eldest
        of four children, she left school …")? It must open with an article, and a name or a pronoun must
        stand right after its closing ``comma`` ("Founded in 2019, the company, which …" has no such subject)."""
        if not re.match(r"(?:the|an?)\s", stretch):
            return False
        start = len(self.text) - len(self.text[comma + 1:].lstrip())
        after = self.refs.between(start, min(sentence[1], start + 40))
        return bool(after) and after[0].start == start and after[0].form in (Form.NAME, Form.PRONOUN)

    def occasion_of(self, claim: Claim, clause: tuple[int, int]) -> Mention | None:
        """An event description the date belongs to: "the May 9 vote", "the settlement announced in
        January", "the jury's verdicts on 3 June"."""
        holder = self.refs.at(claim.start, claim.end)
        if holder is not None and holder.kind == Kind.EVENT:
            return holder
        for mention in reversed(self.refs.between(max(clause[0], claim.start - 80), claim.start)):
            if _ANOTHER_EVENT_BETWEEN.search(self.text, mention.end, claim.start):
                return None  # "the launch … came six months after a pilot in January": the pilot's date
            if mention.kind == Kind.EVENT and mention.form.value == "description":
                return mention
        return None

    def event_owner(self, claim: Claim, sentence: tuple[int, int], clause: tuple[int, int]) -> Governor:
        """Whose event: the nearest name before the date that is not a place it happened in; for a
        sentence opening with the participle ("Founded in 2019, the company …"), the subject after it."""
        opening = self.text[sentence[0]:claim.start]
        opening_mentions = self.refs.between(sentence[0], claim.start)
        named_first = bool(opening_mentions) and opening_mentions[0].form in (Form.NAME, Form.PRONOUN) and \
            not self.text[sentence[0]:opening_mentions[0].start].strip(" \"“‘(")
        # "Under the deal agreed in March, Acme …"; not "Marlow was founded in 1998 by A and B", whose subject
        # opens the sentence
        if "," not in opening and len(opening.split()) <= 6 and not named_first:
            subject = self._subject_after_opening(claim.end, sentence)
            if subject is not None:
                found = self.governors.resolve(subject, "clause subject")
                if found:
                    return found
        for mention in list(reversed(self.refs.between(max(sentence[0], claim.start - 300), claim.start)))[:12]:
            if _AGENT_BEFORE.search(self.text, max(sentence[0], mention.start - 4), mention.start):
                continue  # "a firm founded by his aunt in 1994": the founder is not what was founded
            found = self.governors.resolve(mention, "clause subject")
            if found and found.entity and not self.governors.located(mention, found.entity):
                return found
        return self.governors.fallback(claim, frozenset())

    def ranking(self, claim: Claim, sentence: tuple[int, int], clause: tuple[int, int]) -> Frame:
        governor = self.rank_owner(claim, sentence, clause)
        # 'a drama that had been expected to hold up well, slipped to third': the relative clause's tense and
        # expectation are its own, not the rank's
        relative = _RELATIVE_BEFORE.search(self.text, clause[0], claim.start)
        own = (relative.end(), clause[1]) if relative else clause
        period = period_of(self.text, claim, clause, sentence, self.dates_by_sentence.get(sentence, []), self.published)
        if _EARLIER_STANDING.search(self.text, own[0], claim.start):
            period = Period("prior", source="pluperfect")  # "Last year Heathfield had been second": before now
        elif claim.extra.get("attributive") or (period.kind == "stated" and said_now(self.text, claim, own)):
            # "Fifth-placed Dunmore travel to Stranraer next Saturday", "Nuala now ranks as the third-costliest
            # storm … since the floods of 2015": a standing as the article is written, whatever the sentence dates
            period = Period("current", self.published, self.published, "publication")
        parts = {f"list:{rank_list(self.text, claim, clause)}"}
        if "top" in claim.value and outside_top(self.text, claim, clause):
            parts.add("outside")
        superlative = claim.value.get("superlative")
        if superlative:
            superlative = table("rankings")["same_list"].get(superlative, superlative)
            region = qualifiers.rank_region(self.text, claim, clause)
            parts = {f"list:{superlative}" + (f"@{region}" if region else "")}
        # A seeding is a standing, not an outcome: "could meet seventh seed Henman" says he is the seventh seed.
        modality = "actual" if "list:seed" in parts else \
            qualifiers.modality_of(self.text, claim.start, claim.end, own)
        return Frame(claim, governor.entity, "rank", period=period, qualifiers=frozenset(parts), modality=modality,
                     slots=(self._entity_slot(governor),), co_holders=self.co_holders(claim, governor))

    def _is_place(self, mention: Mention) -> bool:
        """Is a mention a place, by its own words or by the entity it names ("Norway's", a known country)?"""
        linked = self.refs.link(mention)
        return mention.kind == Kind.PLACE or (linked is not None and linked[0].kind == Kind.PLACE)

    def co_holders(self, claim: Claim, governor: Governor) -> tuple[Entity, ...]:
        """The other names of a coordination a group rank is given to: "Halden Re and Rask Re, the two largest
        reinsurers anywhere" says each is in the top two."""
        top = claim.value.get("top")
        mention = governor.mention
        if not isinstance(top, int) or top < 2 or mention is None or governor.entity is None:
            return ()
        names = self.refs.between(max(0, mention.start - 200), mention.start)
        found: list[Entity] = []
        while names and len(found) < top - 1 and _COORDINATED.fullmatch(self.text, names[-1].end, mention.start):
            linked = self.refs.link(names[-1])
            if linked is None or linked[0] is governor.entity:
                break
            found.append(linked[0])
            mention, names = names[-1], names[:-1]
        return tuple(found) if len(found) == top - 1 else ()

    def rank_owner(self, claim: Claim, sentence: tuple[int, int], clause: tuple[int, int]) -> Governor:
        """Who is ranked: "Halden Re, the world's third-largest", "kept Quiet Hours in second place" (the name
        just before the rank), else the figure's clause."""
        named = self.refs.at(claim.start, claim.start + 1)
        if named is not None and named.form.value == "name" and named.start < claim.start < named.end:
            found = self.governors.resolve(named, "apposition")  # a results list: "the Czech Pavel Hrubý fifth"
            if found and found.entity and found.entity.kind != Kind.PLACE:
                return found
        holder = self.refs.at(claim.start, claim.end)
        if holder is not None and holder.form.value == "description" and holder.kind == Kind.PERSON:
            found = self.governors.resolve(holder, "description")  # "The seventh seed, who …"
            if found and found.entity:
                return found
        linked = self.refs.link(holder) if holder is not None and claim.value.get("superlative") else None
        if linked is not None and linked[1].sieve == "apposition":
            found = self.governors.resolve(holder, "apposition")  # "Halden Port, the busiest port in the region"
            if found and found.entity:
                return found
        if linked is not None and linked[1].sieve == "description" and linked[0].kind != Kind.PLACE and \
                claim.value.get("rank", 1) > 1 and linked[0].mentions[0].form.value == "name":
            # "lines are adding calls at the third-busiest container port in the country": the port described;
            # not "the busiest port", which in a story of the second-busiest is most often the leader
            found = self.governors.resolve(holder, "description")
            if found and found.entity:
                return found
        after = self.refs.between(claim.end, min(sentence[1], claim.end + 30))
        # "fifth seed Marek Hruby", 'the second-placed "Glass Harbor"', "Oyelaran's ninth-placed side"
        if after and (after[0].form.value == "name" or after[0].led_by is not None) and \
                _NAME_RIGHT_AFTER.fullmatch(self.text, claim.end, after[0].start):
            found = self.governors.resolve(after[0], "apposition")
            if found and found.entity and found.entity.kind != Kind.PLACE:
                return found
        fronted = self._fronted_holder(claim, sentence) or self._subject_before_apposition(claim, sentence)
        if fronted is not None:
            return fronted
        before = self.refs.between(max(sentence[0], claim.start - 300), claim.start)
        until = claim.start
        if len(before) > 1 and before[-1].possessive and self._is_place(before[-1]) and \
                _REGION_GAP.fullmatch(self.text, before[-1].end, claim.start) and \
                _BEFORE_REGION.fullmatch(self.text, before[-2].end, before[-1].start):
            # "make Aurelia Europe's 14th-largest", "the Kestrel field, Norway's third-largest": the region
            # names the list, not the holder
            until = before[-1].start
            before = before[:-1]
        if before and before[-1].end <= claim.start:
            gap = self.text[before[-1].end:until]
            # "Kestrel, Norway's …", "the Kestrel field, the country's …": an apposition to the name
            how = "apposition" if gap.startswith(",") or _HEAD_THEN_COMMA.match(gap) else "clause subject"
            if how == "apposition" or (len(gap.split()) <= 3 and not re.search(r"[,;:]", gap)):
                found = self.governors.resolve(before[-1], how)
                # An apposition describes its name even after "at" ("an outage at Kestrel, Norway's
                # third-largest field"); a clause subject after "at" is where the rank holds.
                if found and found.entity and found.entity.kind != Kind.PLACE and \
                        (how == "apposition" or not self.governors.located(before[-1], found.entity)):
                    return found
        return self.governors.govern(claim, clause, sentence, frozenset({"person", "organisation", "work", "group"}))


    def _subject_before_apposition(self, claim: Claim, sentence: tuple[int, int]) -> Governor | None:
        """The name a sentence opens with, when an apposition to it closes right before the rank's verb
        ("“Glass Harbor,” a drama from Calloway Pictures that had been expected to hold up, slipped to third
        place"): ranked is the name, not one inside the apposition."""
        opening = self.refs.between(sentence[0], claim.start)
        if not opening or opening[0].form != Form.NAME or \
                self.text[sentence[0]:opening[0].start].strip(" \"“‘'") or \
                not _APPOSITION_AFTER_NAME.match(self.text, opening[0].end) or \
                not self.text[max(sentence[0], claim.start - 3):claim.start].rstrip().endswith(","):
            return None
        found = self.governors.resolve(opening[0], "apposition")
        return found if found and found.entity and found.entity.kind != Kind.PLACE else None

    def _fronted_holder(self, claim: Claim, sentence: tuple[int, int]) -> Governor | None:
        """The name set off after a rank that opens its sentence: "The region's busiest border post, Kelso
        Crossing, handled …" ranks Kelso Crossing."""
        if not _FRONTED_RANK_LEAD.fullmatch(self.text, sentence[0], claim.start):
            return None
        head = _FRONTED_RANK_HEAD.match(self.text, claim.end, sentence[1])
        if head is None:
            return None
        after = self.refs.between(head.end(), min(sentence[1], head.end() + 80))
        if not after or after[0].start != head.end() or after[0].form.value != "name" or \
                not self.text.startswith(",", after[0].end):
            return None
        found = self.governors.resolve(after[0], "apposition")
        return found if found and found.entity and found.entity.kind != Kind.PLACE else None


def build_frames(doc: Document, claims: list[Claim], published: date | None,
                 refs: References | None = None, *, roles: bool = True) -> list[Frame]:
    """One frame per claim, in the claims' order, and (with ``roles``) the role frames of the text."""
    refs = refs if refs is not None else build_references(doc.text, doc.context.sentences)
    builder = _Builder(doc, claims, refs, published)
    frames = _inherit([builder.frame(claim) for claim in claims], doc.text)
    frames = scope_home_country(_link_occasions(restate_forecasts(_name_shares(frames, doc.text), doc)))
    return frames + role_frames(doc, refs) if roles else frames


def attach_frames(doc: Document, claims: list[Claim], published: date | None) -> None:
    """Give every claim its frame, and the display fields the report and the evidence store read from it:
    ``subject`` (rendered from the frame, never compared), ``entity`` and ``head`` (the metric)."""
    from verify.frames.subjects import render_subject

    for frame in build_frames(doc, claims, published, doc.references, roles=False):
        claim = frame.claim
        claim.frame = frame
        claim.subject = render_subject(frame)
        strong = frame.entity is not None and (frame.slot("entity") is None or frame.slot("entity").strength >= 0.6)
        claim.entity = frame.entity_name if strong else None
        claim.head = frame.metric
        if frame.entity is not None and not strong:
            claim.extra["refers_back"] = True  # tied to someone named earlier only by a weak link
        if claim.type == "ranking":
            ranked_on = next((q.split(":", 1)[1] for q in frame.qualifiers if q.startswith("list:")), None)
            if ranked_on and ranked_on != "main":
                claim.value["list"] = ranked_on  # the contract's optional list: "seed", "largest@europe"


def role_frames(doc: Document, refs: References) -> list[Frame]:
    """One frame per office given to a person ("Police Chief Denise Holloway"): internal ``role`` claims."""
    from verify.refs.roles import find_roles

    frames = []
    for role in find_roles(doc.text, refs):
        start, end = doc.source_span(role.start, role.end)
        claim = Claim("role", role.start, role.end, {"role": role.office, "written": role.written},
                      text=doc.source[start:end],
                      source_start=start, source_end=end, sentence=doc.context.sentence_at(role.start))
        qualifiers = frozenset({f"at:{role.organisation.lower()}"} if role.organisation else set())
        frames.append(Frame(claim, role.person, "role", qualifiers=qualifiers, role=role.office,
                            modality="actual" if role.current else "former",
                            slots=(Slot("entity", f"{role.person.name} ({role.how})", role.strength),)))
    return frames


_WORDS = re.compile(r"[a-z][a-z-]*")
_APPOSITION_AFTER_NAME = re.compile(r"[\"”’']?\s*,\s*[\"”’']?\s*(?:a|an|the)\s")  # "“Glass Harbor,” a drama …"
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\b[^,;]*,\s*$")  # a relative clause closed right before a rank
_NAME_RIGHT_AFTER = re.compile(r"[ \t]+[\"“‘']?")  # between a rank and the name it is written before
_REGION_GAP = re.compile(r"(?:[’']s)?\s*")  # "Norway's " between a region and the rank it scopes
_MARGIN_AFTER = re.compile(r"\s*(?:majority|margin|lead)\b", re.IGNORECASE)


@cache
def _predicate_after_comma() -> re.Pattern[str]:
    """ ", has died aged 84": the sentence's predicate after a clause set off by commas, so the age is the
    subject's, not the name's right before it."""
    return re.compile(rf",\s+{phrase_pattern(words('frames', 'predicate_openers')).pattern}\b", re.IGNORECASE)


@cache
def _margin_before() -> re.Pattern[str]:
    """ "beating her nearest rival by 6,305 votes", "won by 12": a contest verb's "by" before a count."""
    verbs = phrase_pattern(words("directions", "difference.margin_verbs")).pattern
    return re.compile(rf"\b(?:{verbs})\b(?:\s+[\w'’-]+){{0,4}}?\s+by\s+(?:a\s+margin\s+of\s+)?$", re.IGNORECASE)


# A standing told in the pluperfect is one held before the time the story tells of.
_EARLIER_STANDING = re.compile(r"\bhad\s+(?:been|finished|ranked|come|placed|stood|sat)\b", re.IGNORECASE)
# A level told in the pluperfect of a verb of standing is the one held before the news: "The committee had
# held the rate at 4.5% since May" (a reported "said profit had risen to $2bn" is the news itself).
_EARLIER_LEVEL = re.compile(r"\bhad\s+(?:(?:been\s+)?held|stood|remained|sat|been\s+(?:kept|left|steady))\b"
                            r"[^.;]{0,40}\bat\s+(?:about\s+|around\s+)?$", re.IGNORECASE)
# A rank opening its sentence ("The region's busiest", "The second-largest"), then its head noun and a comma
_FRONTED_RANK_LEAD = re.compile(r"\s*(?:(?i:the)\s+)?(?:[\w-]+[’']s\s+)?")
_FRONTED_RANK_HEAD = re.compile(r"(?:\s+[a-z][\w-]*){0,3},\s+")
_HEAD_THEN_COMMA = re.compile(r"\s+[a-z]+,")  # the name's head noun, then its apposition: "the Kestrel field, "
# "Kestrel, Norway's", "the Kestrel field, Norway's", "Kestrel describes itself as Norway's": the words between a
# name and the region that scopes its rank
_BEFORE_REGION = re.compile(r"(?:\s+[a-z]+){0,3}\s*,?\s*")
_COORDINATED = re.compile(r"\s*(?:,|\band\b|,\s*and\b)\s*")  # "Halden Re and Rask Re", "A, B and C"
_ANOTHER_EVENT_BETWEEN = re.compile(r"\b(?:after|before|since|following|than|ahead\s+of)\b", re.IGNORECASE)
_COMPARED_WITH = re.compile(r"\b(?:from|compared\s+(?:with|to)|against|versus)\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)
_LIST_GAP = re.compile(r"^[^.;!?\d$€£¥]{0,48}$")
# A bare percentage that answers a share across its sentence: "57% of those asked said yes, with 38% saying…"
_ANSWER_GAP = re.compile(r"[^.;!?\d$€£¥]{0,160}")
_ANSWER_JOIN = re.compile(r"(?:,\s*with|\bwhile|\bwhereas|\band|\bbut|,\s*against)\s+$")
_JOINER = re.compile(r"(?:^|\s)(?:and|with|while|whereas|against|compared\s+with|plus|including|of\s+which)\s|[,;:]")


def scope_home_country(frames: list[Frame]) -> list[Frame]:
    """Ranks scoped by "the country's" take the one country the article's other ranks are scoped by:
    "Kestrel, the country's third-largest field" and "Kestrel, Norway's second-biggest" rank in one
    list. With no country, or two, the rank keeps a list of its own.

    >>> from verify.claims import Claim
    >>> def rank(scope: str) -> Frame:
    ...     return Frame(Claim("ranking", 0, 1, {}), metric="rank", qualifiers=frozenset({f"list:largest@{scope}"}))
    >>> [sorted(f.qualifiers) for f in scope_home_country([rank("country"), rank("norway")])]
    [['list:largest@norway'], ['list:largest@norway']]
    >>> [sorted(f.qualifiers) for f in scope_home_country([rank("country"), rank("europe")])][0]
    ['list:largest@country']
    """
    home = f"@{HOME_COUNTRY}"
    if not any(q.endswith(home) for f in frames if f.claim.type == "ranking" for q in f.qualifiers):
        return frames
    scopes = {q.rsplit("@", 1)[1] for f in frames if f.claim.type == "ranking" for q in f.qualifiers
              if q.startswith("list:") and "@" in q}
    found = scopes & kinds.countries()
    if len(found) != 1:
        return frames
    country = found.pop()
    return [replace(f, qualifiers=frozenset(q.removesuffix(home) + f"@{country}" if q.endswith(home) else q
                                            for q in f.qualifiers)) if f.claim.type == "ranking" else f
            for f in frames]


def _inherit(frames: list[Frame], text: str) -> list[Frame]:
    """Elliptical figures take the metric of the figure their list starts with: in "46% of all passengers,
    31% for its rival and 28% for the rest", the 31% and the 28% are shares of passengers too; in "a
    total of $10m, with $6m for roads and $4m for parks", the parts are the same spending."""
    result = list(frames)
    last: dict[tuple[str, str | None], int] = {}
    for index, frame in enumerate(result):
        claim = frame.claim
        if claim.type not in _FIGURES:
            continue
        key = (claim.type, frame.unit if claim.type != "quantity" else str(claim.value.get("unit")))
        previous = last.get(key)
        after_share = previous is not None and result[previous].aspect == "share" and frame.aspect == "level"
        if (frame.metric is None or after_share) and previous is not None:
            source = result[previous]
            gap = text[source.claim.end:claim.start]
            listed = (_LIST_GAP.match(gap) and _JOINER.search(gap)) or (
                after_share and _ANSWER_GAP.fullmatch(gap) and _ANSWER_JOIN.search(gap))  # "…, with 40% saying"
            # "rose to $1.1bn (£600m) from $639m", "to $93.6m, from $72m a year earlier"
            compared = frame.metric is None and (frame.period.kind == "prior" or _COMPARED_WITH.search(
                text, max(0, claim.start - 30), claim.start) is not None)
            if source.claim.sentence == claim.sentence and source.metric and (listed or compared):
                own = frame.slot("entity")
                holds = own is not None and frame.entity is not None and any(
                    how in own.reason for how in ("(of-phrase", "(list item", "(possessive"))
                entity = frame.entity if holds else source.entity
                kept = [s for s in frame.slots if s.name not in ("metric", "entity")]
                slots = (*kept, Slot("metric", f"inherited from “{source.claim.text}”", 0.85),
                         own if entity is frame.entity else source.slot("entity"))
                # a listed figure shares its source's modality; the earlier side of a comparison keeps its own
                # "…, a slide of 6 points" after a level is a change still
                aspect = frame.aspect if frame.aspect == "change" else source.aspect
                result[index] = replace(frame, metric=source.metric, family=source.family, aspect=aspect,
                                        modality=frame.modality if compared else source.modality,
                                        entity=entity, unit=source.unit if claim.type == "quantity" else frame.unit,
                                        slots=tuple(s for s in slots if s is not None))
        if result[index].metric is not None:
            last[key] = index
    return result


def _link_occasions(frames: list[Frame]) -> list[Frame]:
    """A description of an occasion ("the vote", "the settlement") also names the dated event of its kind
    told before it without one ("parliament approved the law on Wednesday … the June 12 vote"), or, when
    every such event is told after it and is the same entity's, the first of them ("the settlement
    announced in December … In January, Halden agreed to pay $640m")."""
    named = {f.occasion: f for f in frames if f.occasion and f.claim.type == "date"}
    if not named:
        return frames
    linked = list(frames)
    undescribed = [index for index, frame in enumerate(frames)
                   if frame.claim.type == "date" and frame.event and frame.occasion is None
                   and "another" not in frame.qualifiers]
    for occasion, frame in named.items():
        of_kind = [index for index in undescribed if linked[index].event == frame.event]
        after = [index for index in of_kind if linked[index].claim.start > frame.claim.start
                 and frame.entity is not None and linked[index].entity is frame.entity]
        if of_kind and linked[of_kind[-1]].claim.start < frame.claim.start:
            index, how = of_kind[-1], f"the {occasion} told later"  # the last of its kind, told before it
        elif after and len(of_kind) == len(after):
            index, how = after[0], f"the {occasion} told before"
        else:
            continue
        earlier = linked[index]
        linked[index] = replace(earlier, occasion=occasion, slots=(*earlier.slots, Slot("occasion", how, 0.8)))
    return linked


def _share_of(whole: str) -> str:
    """The metric of a share of ``whole``: "share of votes" for "the vote", "market share" for "the market"
    (``bare_share.wholes``); the describing words stay, as a share of the cotton area is no share of the
    cultivated area.

    >>> _share_of("vote"), _share_of("adults"), _share_of("market")
    ('share of votes', 'share of adult', 'market share')
    """
    metric, _, _, described = counted_metric(whole)
    named = f"share of {' '.join([*described, str(metric)])}"
    return table("metrics")["bare_share"]["wholes"].get(named, named)


def _name_shares(frames: list[Frame], text: str) -> list[Frame]:
    """A bare share ("its share had slipped to 61.4%", read as ``bare_share.metric``) is the share the article
    names: its entity's named share (a "market share", a "share of votes", the nearest if it has two kinds,
    none then), else the one kind of share the article names for anyone (weaker), else it stays a bare share.

    >>> from verify.claims import Claim
    >>> from verify.refs.model import Entity
    >>> orbis = Entity(0, "Orbis")
    >>> named = Frame(Claim("percent", 0, 3, {"amount": 60.0}), orbis, "market share")
    >>> bare = Frame(Claim("percent", 9, 14, {"amount": 61.4}), orbis, "share")
    >>> [f.metric for f in _name_shares([named, bare], "")]
    ['market share', 'market share']
    """
    placeholder = table("metrics")["bare_share"]["metric"]
    if not any(f.metric == placeholder and f.claim.type == "percent" for f in frames):
        return frames
    named = [f for f in frames if f.claim.type == "percent" and f.aspect != "change" and named_share(f.metric)]
    in_text = sorted(m for m in metrics_named(text) if named_share(m))
    result = list(frames)
    for index, frame in enumerate(frames):
        if frame.metric != placeholder or frame.claim.type != "percent":
            continue
        own = [f for f in named if frame.entity is not None and f.entity is frame.entity]
        kinds = {f.metric for f in own} or {f.metric for f in named} or set(in_text)
        if len(kinds) != 1:
            continue  # no share named, or two: which one is not said
        metric = kinds.pop()
        sources = [f for f in (own or named) if f.metric == metric]
        source = min(sources, key=lambda f: abs(f.claim.start - frame.claim.start)) if sources else None
        how = f"the share {'its entity' if own else 'the article'} names: “{metric}”"
        slots = (*(s for s in frame.slots if s.name != "metric"), Slot("metric", how, 0.9 if own else 0.65))
        result[index] = replace(frame, metric=metric, family=None, slots=slots,
                                aspect=source.aspect if source is not None else frame.aspect)
    return result

"""Claims against the evidence store: each aligned with what the store states, then judged.

Every sentence of the article that holds a figure or a date is aligned (see
:mod:`verify.evidence.alignment`), and each of its figures and dates gets its counterparts:

1. **By key**: a figure naming an entity reaches the facts stored under that entity (rapidfuzz
   over the subject keys that begin with the entity's first word, read by a range over the index)
   whose attribute shares a word with the claim's metric ("round", "investment" and "funding"
   are one metric). A fact so reached is aligned by its keys: this is the step where entity and
   metric keys of frames plug in (:meth:`Matcher.keyed`), and the only one for data tables.
2. **By passage**: the sentence's words and names search the stored passages (BM25 on SQLite,
   ``ts_rank`` on PostgreSQL); rapidfuzz scores the best ranked, and those at the rule file's
   threshold are aligned. In them, each figure's counterpart is the comparable span whose
   surrounding words match best.

Verdicts, with the claim's ``status`` and ``extra["evidence"]`` (source, its date, the sentence,
both values) for the evidence rules:

- ``supported``: an aligned counterpart agrees (within the rounding and hedge of what is
  written, after currency conversion at the ECB rate of the claim's date);
- ``contradicted``: aligned counterparts disagree, and the contradicting source states the
  claimed value nowhere (two earnings-per-share figures in one call are no contradiction);
- ``unverified``: nothing aligned well enough.

Precision guards, each from a false alarm it prevents: a passage speaks for an article only
if its source is one the article draws on (it shares a name with an aligned sentence, or
restates one nearly word for word), so "It now employs 1,400 people" is never read against
every company in the store; a figure about an entity that a source never mentions is not that
source's to judge; a fact dated more than a year from the claim (its sentence's date, else the
publication date) does not speak to it; "series B" is never contradicted by an unlabelled round.

A quote is aligned with stored quotes (rapidfuzz partial ratio on normalised words, ellipses,
brackets and punctuation ignored): the same words by the same speaker support it; close words
are an alteration; the same words by someone else, a misattribution. A name in an aligned
sentence that the source gives as another name, and that the source never mentions, is an
entity swap (``extra["entity_swap"]``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date
from functools import cached_property
from typing import Any

from verify.claims import Claim
from verify.document import Document
from verify.evidence.alignment import (
    Aligned,
    Counterpart,
    Gate,
    Sentence,
    comparable,
    counterparts,
    gated,
    sentence_similarity,
    shared_words,
)
from verify.evidence.compare import in_claim_units, same_value
from verify.evidence.keys import subject_key, words_key
from verify.evidence.passages import PassageRow, terms_of
from verify.evidence.reader import FactRow, Reader, SourceRow
from verify.evidence.spans import FIGURES, NAME, Span, decode, spans_between, spans_of_text
from verify.formats.describe import describe_value, number_text

_ROUND = re.compile(r"\b(?:series\s+[a-h]\d?|pre-seed|seed)\b", re.IGNORECASE)
_FUNDING = {"round", "investment", "funding", "financing", "raise", "raised", "series"}
_KEYED = ("money", "percent", "quantity")  # the claim types stored as facts
DATA_KINDS = ("csv", "jsonl")  # sources imported as facts, with no sentences
# A fact speaks to claims dated within a year of it: a press release of 2 April confirms a story of
# 10 April, but a head count of 2019 neither supports nor refutes one of 2026.
_VALIDITY_DAYS = 366


@dataclass(frozen=True)
class Settings:
    """How alike things must be to align, as stated (and calibrated) in the evidence rule files."""

    sentence_similarity: float  # rapidfuzz token-set ratio, 0–1, for a passage to align with a sentence
    shared_words: int  # content words the two must share (a short sentence is a subset of many)
    context_similarity: float  # surrounding-word match, 0–1, for a span to be another's counterpart
    unique_similarity: float  # or sentences this alike, each with the only span of its kind
    restated: float  # a sentence restated this closely, sharing this many content words, makes its
    restated_words: int  # source one the article draws on
    corroborating: int  # so does a source with this many passages aligned (and one of the article's names)
    candidates: int  # passages retrieved per sentence
    name_sentence_similarity: float  # entity swap: the two sentences at least this alike
    name_context_similarity: float  # entity swap: the two names' surrounding words at least this alike

    @property
    def gate(self) -> Gate:
        return Gate(self.sentence_similarity, self.shared_words, self.context_similarity, self.unique_similarity)

    @property
    def name_gate(self) -> Gate:
        return Gate(self.name_sentence_similarity, self.shared_words, self.name_context_similarity)

    @classmethod
    def from_rules(cls) -> Settings:
        """The values of ``rules/evidence.contradicted.toml`` (and, prefixed ``name_``, of
        ``rules/evidence.entity-swapped.toml``)."""
        from verify.rules import load_builtin_rules

        rules = load_builtin_rules()
        values = rules["evidence.contradicted"].params | {
            f"name_{key}": value for key, value in rules["evidence.entity-swapped"].params.items()}
        return cls(**{f.name: (int if f.type == "int" else float)(values[f.name]) for f in fields(cls)})


def _round(text_value: str) -> str:
    found = _ROUND.search(text_value)
    return " ".join(found.group().lower().split()) if found else ""


def _metric_words(text: str) -> set[str]:
    words = set(subject_key(text).split())
    return (words - _FUNDING) | ({"funding"} if words & _FUNDING else set())


def _days_apart(a: tuple[date, date], b: tuple[date, date]) -> int:
    return max(0, (b[0] - a[1]).days, (a[0] - b[1]).days)


def _period_of(spans: list[Span], fallback: date | None) -> tuple[date, date] | None:
    """The first resolved date of a sentence, else the day it was published."""
    for span in spans:
        if span.type == "date" and (span.value or {}).get("start"):
            return date.fromisoformat(span.value["start"]), date.fromisoformat(span.value["end"])  # type: ignore[index]
    return (fallback, fallback) if fallback else None


def _mentions(text_key: str, name: str, *, loosely: bool = False) -> bool:
    """Does a normalised text mention a name (its key, as whole words)? Loosely, its first word
    will do ("Halden" for "Halden Robotics")."""
    key = subject_key(name)
    first = key.split()[0] if key else ""
    return bool(key) and (f" {key} " in f" {text_key} " or (
        loosely and len(first) > 3 and f" {first} " in f" {text_key} "))


def _same_name(a: str, b: str) -> bool:
    """One name is the other, a part of it, or its initials ("AP", "Associated Press")."""
    x, y = subject_key(a), subject_key(b)
    if not x or not y:
        return False
    if f" {x} " in f" {y} " or f" {y} " in f" {x} ":
        return True
    initials = lambda key: "".join(word[0] for word in key.split())  # noqa: E731
    return x.replace(" ", "") in (initials(y), y.replace(" ", "")) or y.replace(" ", "") == initials(x)


@dataclass
class _Line:
    """An article sentence being checked: its text and spans, its claims, and what aligned with it."""

    sentence: Sentence
    start: int
    claims: list[Claim]
    aligned: list[Aligned]


class Matcher:
    """Matches the claims of articles against one store (a :class:`Store` or a :class:`Reader`)."""

    def __init__(self, store: Any, threshold: float = 90.0, settings: Settings | None = None) -> None:
        self.store = store if isinstance(store, Reader) else Reader(store.engine)
        self.threshold = threshold  # rapidfuzz score for an entity to match a stored subject key
        self.settings = settings or Settings.from_rules()
        self._found: dict[str, list[str]] = {}
        self._sources: dict[int, _SourceText] = {}
        self._sentences: dict[int, Sentence] = {}
        self._facts: dict[str, list[tuple[FactRow, SourceRow]]] = {}
        self._retrieved: dict[tuple[str, ...], list[PassageRow]] = {}

    # ---- step 1: by key --------------------------------------------------------------------

    def _subjects(self, entity: str) -> list[str]:
        key = subject_key(entity)
        if not key:
            return []
        if key not in self._found:
            from rapidfuzz import fuzz, process

            candidates = self.store.subject_keys_starting(key.split()[0])
            found = process.extract(key, candidates, scorer=fuzz.token_sort_ratio, limit=5,
                                    score_cutoff=self.threshold)
            self._found[key] = [match for match, _, _ in found]
        return self._found[key]

    def keyed(self, claim: Claim, sentence: Sentence, retrieved: set[str]) -> tuple[list[Aligned], list[Counterpart]]:
        """Step 1: the facts stored under the claim's entity and metric.

        A document's fact brings its sentence (unless retrieval brought it already, ``retrieved``
        holding their texts), aligned by the keys: its figures are then paired by their surrounding
        words, like those of any aligned passage. A data table's fact is a counterpart aligned by its
        keys alone. The entity is read from ``claim.entity``: a frame's entity and metric keys
        replace this one step.
        """
        if claim.type not in _KEYED or not claim.entity:
            return [], []
        wanted = _metric_words(f"{claim.subject or ''} {claim.head or ''}") - set(subject_key(claim.entity).split())
        passages: dict[int, Aligned] = {}
        direct = []
        if claim.entity not in self._facts:
            self._facts[claim.entity] = self.store.facts_for(self._subjects(claim.entity))
        for fact, source in self._facts[claim.entity]:
            if (wanted and not wanted & _metric_words(fact.attribute)) or fact.excerpt in retrieved:
                continue
            if source.kind not in DATA_KINDS:
                found = self._source(source.id).passage_with(fact.excerpt or "")
                if found is not None:
                    row, passage = found
                    passages[row.id] = Aligned(passage, sentence_similarity(sentence, passage), row)
                continue
            stated = _fact_span(claim, fact)
            if stated is not None:
                aligned = Aligned(Sentence(f"{fact.subject} {fact.attribute}", [stated]), 1.0, _KeyedRow(fact, source))
                direct.append(Counterpart(aligned, stated, 1.0, 1.0))
        return list(passages.values()), direct

    # ---- step 2: by passage -----------------------------------------------------------------

    def _retrieve(self, sentence: Sentence) -> list[PassageRow]:
        terms = tuple(terms_of(sentence.text, [s.text for s in sentence.spans if s.type == NAME]))
        if terms not in self._retrieved:
            self._retrieved[terms] = self.store.passages_like(list(terms), self.settings.candidates)
        return self._retrieved[terms]

    def _align(self, sentence: Sentence) -> list[Aligned]:
        """The passages retrieved for a sentence, with their similarity (each span gates them itself)."""
        found = []
        for row in self._retrieve(sentence):
            passage = self._sentence(row)
            found.append(Aligned(passage, sentence_similarity(sentence, passage), row))
        return found

    def _sentence(self, row: PassageRow) -> Sentence:
        """A stored passage as a sentence, made once per matcher (its words and contexts are kept)."""
        if row.id not in self._sentences:
            spans = decode(row.spans) if row.spans is not None else spans_of_text(row.text, row.published)
            self._sentences[row.id] = Sentence(row.text, spans)
        return self._sentences[row.id]

    def _source(self, source_id: int) -> _SourceText:
        """Every passage of a source, read once per matcher (for the guards)."""
        if source_id not in self._sources:
            self._sources[source_id] = _SourceText(self.store.passages_of(source_id), self._sentence)
        return self._sources[source_id]

    def _drawn_on(self, lines: list[_Line]) -> set[int]:
        """The sources the article draws on: one sharing a name with an aligned sentence, one restating
        a sentence nearly word for word, or one with several passages aligned with the article's
        figures (a summary naming no one, of the call it summarises) that mentions one of the
        article's names if it uses two or more (with one, that name may be the error)."""
        sources: set[int] = set()
        gate = self.settings.gate
        for line in lines:
            ours = [s.text for s in line.sentence.spans if s.type == NAME]
            for aligned in line.aligned:
                if aligned.row.source_id in sources:
                    continue
                shared = shared_words(line.sentence, aligned.passage)
                theirs = [s.text for s in aligned.passage.spans if s.type == NAME]
                if (aligned.similarity >= self.settings.restated and shared >= self.settings.restated_words) or (
                        aligned.similarity >= gate.similarity and shared >= gate.shared_words
                        and any(_same_name(a, b) for a in ours for b in theirs)):
                    sources.add(aligned.row.source_id)
        names = {s.text for line in lines for s in line.sentence.spans if s.type == NAME}
        aligning: dict[int, set[int]] = {}
        for line in lines:
            figures = [s for s in line.sentence.spans if s.type != NAME]
            for aligned in line.aligned:
                source_id = aligned.row.source_id
                if source_id in sources or aligned.row.id in aligning.get(source_id, ()):
                    continue
                if any(gated(line.sentence, span, aligned, gate) is not None for span in figures):
                    aligning.setdefault(source_id, set()).add(aligned.row.id)
                    if len(aligning[source_id]) >= self.settings.corroborating and (
                            len(names) < 2 or any(_mentions(self._source(source_id).key, n) for n in names)):
                        sources.add(source_id)
        return sources

    # ---- annotation -------------------------------------------------------------------------

    def annotate(self, claims: list[Claim], published: date | None, document: Document) -> None:
        """Set the status and evidence of the figures, dates and quotes of ``document``'s ``claims``."""
        ordered = sorted(claims, key=lambda c: c.start)
        grouped: dict[tuple[int, int], list[Claim]] = {}
        speakers: set[str] = set()  # a quote's speaker is the quote checks' to judge
        for claim in ordered:
            if claim.type in FIGURES:
                grouped.setdefault(claim.sentence, []).append(claim)
            elif claim.type == "quote" and claim.value.get("speaker"):
                speakers.add(claim.value["speaker"])
        lines = []
        for start, end in document.context.sentences:  # those stating a figure, a date or a name
            spans = spans_between(document, ordered, start, end)
            if spans:
                sentence = Sentence(document.text[start:end].replace("\n", " "), spans)
                lines.append(_Line(sentence, start, grouped.get((start, end), []), self._align(sentence)))
        sources = self._drawn_on(lines)
        for line in lines:
            line.aligned = [a for a in line.aligned if a.row.source_id in sources]
            period = _period_of(line.sentence.spans, published)
            for claim in line.claims:
                at = claim.start - line.start
                span = next(s for s in line.sentence.spans if s.start == at and s.type == claim.type)
                self._judge(claim, span, line, period)
            if ordered:
                self._swaps(line, document, ordered[0], speakers)
        for claim in claims:
            if claim.type == "quote":
                self._quote(claim)

    def _speaks(self, claim: Claim, span: Span, sentence: Sentence, counterpart: Counterpart,
                period: tuple[date, date] | None) -> bool:
        """Can this counterpart judge the claim: a period that meets the claim's, a source about its entity?"""
        row = counterpart.aligned.row
        if isinstance(row, _KeyedRow):
            stated = _period_of(counterpart.aligned.passage.spans, None) or row.period
        else:
            stated = _period_of(counterpart.aligned.passage.spans, row.published)
            source = self._source(row.source_id)
            if claim.entity and not _mentions(source.key, claim.entity, loosely=True):
                return False  # the source never mentions whom the figure is about
            if any(not run & source.words for run in sentence.capitalised_near(span)):
                return False  # nor a name beside the figure ("Corvel employs 900 workers")
        return not (period and stated and _days_apart(period, stated) > _VALIDITY_DAYS)

    def _judge(self, claim: Claim, span: Span, line: _Line, period: tuple[date, date] | None) -> None:
        claim.status = "unverified"
        keyed, direct = self.keyed(claim, line.sentence, {" ".join(a.row.text.split())[:500] for a in line.aligned})
        seen = {a.row.id for a in line.aligned}
        aligned = line.aligned + [a for a in keyed if a.row.id not in seen]
        found = direct + counterparts(line.sentence, span, aligned, self.settings.gate)
        on = period[0] if period else None
        verdicts: dict[int, tuple[Counterpart, bool]] = {}  # the best counterpart of each source
        agreeing = {c.aligned.row.id for c in found if _agrees(line.sentence, span, c.aligned.passage, c.span, on)}
        for counterpart in found:
            source_id = counterpart.aligned.row.source_id
            if source_id in verdicts or not self._speaks(claim, span, line.sentence, counterpart, period):
                continue
            agrees = _agrees(line.sentence, span, counterpart.aligned.passage, counterpart.span, on)
            if agrees is None or (not agrees and counterpart.aligned.row.id in agreeing):
                continue  # not comparable, or the same passage also states the claimed value in a slot like it
            if not agrees and isinstance(counterpart.aligned.row, _KeyedRow) and \
                    _round(claim.subject or "") != _round(counterpart.aligned.row.fact.attribute):
                continue  # "series B" against an unlabelled round may be another round: only agreement counts
            verdicts[source_id] = (counterpart, agrees)
        supported = [c for c, agrees in verdicts.values() if agrees]
        if supported:
            claim.status = "supported"
            claim.extra["evidence"] = [_evidence(c, span, on, "supported") for c in supported]
            return
        contradicting = [c for c, _ in verdicts.values() if not self._states(line.sentence, span, c.aligned.row, on)]
        if contradicting:
            claim.status = "contradicted"
            claim.extra["evidence"] = [_evidence(c, span, on, "contradicted", line.sentence) for c in contradicting]

    def _states(self, sentence: Sentence, span: Span, row: Any, on: date | None) -> bool:
        """Does another passage of the contradicting source state the claimed value, under other words
        or no name at all? (Within the aligned passage, alignment has already chosen the counterpart:
        "rose to $2.3 billion, up from $2.1 billion" does not confirm "$2.1 billion".) A bound ("more than
        a billion dollars") states no value in particular."""
        source = self._source(row.source_id)
        return any(comparable(span, other) and not (other.value or {}).get("bound")
                   and _agrees(sentence, span, passage, other, on)
                   for passage, stored in zip(source.sentences, source.rows, strict=True) if stored.id != row.id
                   for other in passage.spans)

    # ---- names ------------------------------------------------------------------------------

    def _swaps(self, line: _Line, document: Document, first: Claim, speakers: set[str]) -> None:
        """Names of the sentence that an aligned passage gives as another name the article does not use.

        A swap is kept on the sentence's claim about that name, else its first claim, else the
        article's first claim (claims are what the rules read; a name is not a claim of the contract).
        """
        close = [a for a in line.aligned if a.similarity >= self.settings.name_gate.similarity]
        if not close:
            return
        names = [s for s in line.sentence.spans if s.type == NAME]
        for name in names:
            if any(_same_name(name.text, speaker) for speaker in speakers) or any(
                    _mentions(self._source(a.row.source_id).key, name.text) for a in close):
                continue
            for counterpart in counterparts(line.sentence, name, close, self.settings.name_gate):
                other = counterpart.span.text
                if any(_same_name(other, n.text) for n in names) or _same_name(other, name.text):
                    continue
                if _mentions(words_key(line.sentence.text), other) or self._differs(line, counterpart.aligned):
                    continue
                owner = next((c for c in line.claims if c.entity and _same_name(c.entity, name.text)),
                             line.claims[0] if line.claims else first)
                start = line.start + name.start
                swapped = Claim("name", start, line.start + name.end, {"name": name.text, "stored": other},
                                text=name.text)
                swapped.source_start, swapped.source_end = document.source_span(start, swapped.end)
                swapped.text = document.source[swapped.source_start:swapped.source_end]
                owner.extra.setdefault("entity_swaps", []).append(
                    {"claim": swapped, "in_sentence": bool(line.claims),
                     "evidence": [_evidence(counterpart, name, None, "entity-swapped")]})
                break

    def _differs(self, line: _Line, aligned: Aligned) -> bool:
        """Does the passage state any figure or date of the sentence otherwise (then it is another fact)?"""
        return any(_agrees(line.sentence, span, aligned.passage, found[0].span, None) is False
                   for span in line.sentence.spans if span.type != NAME
                   for found in (counterparts(line.sentence, span, [aligned], self.settings.gate),)
                   if found)

    # ---- quotes -----------------------------------------------------------------------------

    def _quote(self, claim: Claim) -> None:
        from rapidfuzz import fuzz

        claim.status = "unverified"
        key = words_key(claim.value["quote"].replace("…", " ").replace("...", " "))
        speaker = claim.value.get("speaker")
        best: tuple[float, str, Any, Any] | None = None
        for quote, source in self.store.quotes_like(key, speaker):
            shorter, longer = sorted((key, quote.words_key), key=len)
            score = 100.0 if shorter in longer else fuzz.partial_ratio(shorter, longer)
            same_speaker = not speaker or not quote.speaker or subject_key(speaker) == quote.speaker_key
            kind = ("verbatim" if score == 100 and same_speaker else
                    "misattributed" if score >= 95 and not same_speaker else
                    "altered" if score >= 80 and same_speaker else None)
            if kind and (best is None or (kind == "verbatim", score) > (best[1] == "verbatim", best[0])):
                best = (score, kind, quote, source)
        if best is None:
            return
        score, kind, quote, source = best
        claim.status = "supported" if kind == "verbatim" else "contradicted"
        claim.extra["evidence"] = [_cite(source, quote.words, quote.words, kind, stored=quote.speaker or "")]
        claim.extra["quote_verdict"] = kind


class _SourceText:
    """The passages of one source, with its words (normalised) for the guards."""

    def __init__(self, rows: list[PassageRow], sentence_of: Callable[[PassageRow], Sentence]) -> None:
        self.rows = rows
        self._sentence_of = sentence_of
        self.key = " ".join(words_key(row.text) for row in rows)
        self.words = frozenset(self.key.split())
        self._by_text = {" ".join(row.text.split())[:500]: index for index, row in enumerate(rows)}

    @cached_property
    def sentences(self) -> list[Sentence]:
        return [self._sentence_of(row) for row in self.rows]

    def passage_with(self, excerpt: str) -> tuple[PassageRow, Sentence] | None:
        """The passage a fact's excerpt was cut from."""
        index = self._by_text.get(excerpt)
        return None if index is None else (self.rows[index], self._sentence_of(self.rows[index]))


@dataclass(frozen=True)
class _KeyedRow:
    """A fact reached by its keys, standing where a passage row stands in a counterpart."""

    fact: FactRow
    source: SourceRow

    @property
    def source_id(self) -> int:
        return int(self.source.id)

    @property
    def period(self) -> tuple[date, date] | None:
        if self.fact.as_of is None:
            return None
        return self.fact.as_of, self.fact.valid_until or self.fact.as_of


def _fact_span(claim: Claim, fact: FactRow) -> Span | None:
    """A stored fact as a span comparable with the claim, or ``None`` if it is another kind of figure."""
    if claim.type == "money":
        if fact.currency is None:
            return None
        return Span("money", 0, 0, f"{number_text(fact.value)} {fact.currency}", {"amount": fact.value,
                                                                                  "currency": fact.currency})
    if claim.type == "percent":
        return Span("percent", 0, 0, f"{number_text(fact.value)}%", {"amount": fact.value}) \
            if fact.unit == "%" else None
    if fact.currency is not None or fact.unit in (None, "%") or \
            subject_key(fact.unit or "") != subject_key(str(claim.value.get("unit", ""))):
        return None
    return Span("quantity", 0, 0, f"{number_text(fact.value)} {fact.unit}", {"amount": fact.value, "unit": fact.unit})


def _source_name(source: Any) -> str:
    return source.location if not source.title else f"{source.title} <{source.location}>"


def _agrees(sentence: Sentence, span: Span, passage: Sentence, stated: Span, on: date | None) -> bool | None:
    """Does the passage's span state the sentence's, in the same direction ("up 40.6%" is not "down 40.6%")?"""
    same = same_value(span, stated, on)
    if same and span.type != "date" and sentence.direction(span)[0] * passage.direction(stated)[0] < 0:
        return False
    return same


def _wording(stated: Span) -> str:
    """How a stated value reads in a message: "1,200 workers", "“35 years ago”", "“April 2, 2026” (2026-04-02)"."""
    text = " ".join(stated.text.split())
    if stated.type == NAME or not stated.value:
        return text
    if stated.type == "date":
        return f"“{text}”" + (f" ({describe_value('date', stated.value)})" if stated.value.get("start") else "")
    return describe_value(stated.type, stated.value)


def _evidence(counterpart: Counterpart, span: Span, on: date | None, verdict: str,
              sentence: Sentence | None = None) -> dict[str, Any]:
    """What a verdict rests on: the source, its date, the sentence, and both values (with the
    stated direction when it is the direction that differs)."""
    row, stated = counterpart.aligned.row, counterpart.span
    source = row.source if isinstance(row, _KeyedRow) else row
    value: Any = stated.text
    if stated.type in ("money", "percent", "quantity", "duration"):
        value = in_claim_units(span, stated, on)
    wording = _wording(stated)
    sign, word = counterpart.aligned.passage.direction(stated)
    if sentence is not None and sign * sentence.direction(span)[0] < 0:
        wording = f"{word} {wording}"
    item = _cite(source, counterpart.aligned.passage.text, value, verdict, stored=wording)
    item |= {"stated": " ".join(stated.text.split()), "claimed": " ".join(span.text.split()),
             "similarity": round(counterpart.score, 3)}
    return item


def _cite(source: Any, excerpt: str, value: Any, verdict: str, stored: str) -> dict[str, Any]:
    published = source.published.isoformat() if source.published else None
    return {"source": _source_name(source), "published": published, "excerpt": " ".join(excerpt.split())[:300],
            "value": value, "stored": stored, "verdict": verdict}

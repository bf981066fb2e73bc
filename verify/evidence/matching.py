"""Claims against the evidence store: each aligned with what the store states, then judged.

Every sentence of the article that states a figure, a date or a name is aligned (see
:mod:`verify.evidence.alignment`), and each of its figures and dates gets its counterparts:

1. **By key** (:meth:`Matcher.keyed`, :mod:`verify.evidence.facts`): a figure naming an entity
   reaches the data-table facts stored under that entity and metric, aligned by those keys alone.
   This is the step where entity and metric keys of frames plug in. (A document's figures are
   reached through its passages, whose search has the entity's name as a phrase.)
2. **By passage**: the sentence's words and names search the stored passages (BM25 on SQLite,
   ``ts_rank`` on PostgreSQL, :mod:`verify.evidence.passages`); rapidfuzz scores the best ranked
   against the sentence, or against the words around the figure. In those that pass the rule
   file's thresholds (:mod:`verify.evidence.settings`), a figure's counterpart is the comparable
   span whose surrounding words match best.

Verdicts, with the claim's ``status`` and ``extra["evidence"]`` (source, its date, the sentence,
both values: :mod:`verify.evidence.citations`) for the evidence rules:

- ``supported``: an aligned counterpart agrees (within the rounding and hedge of what is
  written, after currency conversion at the ECB rate of the claim's date, in the same direction);
- ``contradicted``: aligned counterparts disagree, and no other passage of the contradicting
  source states the claimed value (two earnings-per-share figures in one call are no contradiction);
- ``unverified``: nothing aligned well enough.

Precision guards, each from a false alarm it prevents: a passage speaks for an article only
if its source is one the article draws on (it shares a name with an aligned sentence, restates
one nearly word for word, or aligns with several of its figures), so "It now employs 1,400
people" is never read against every company in the store; a figure about an entity, or beside
a name, that a source never mentions is not that source's to judge; a fact dated more than a
year from the claim (its sentence's date, else the publication date) does not speak to it;
"series B" is never contradicted by an unlabelled round.

A name in a closely aligned sentence, where the source has another name that the article does
not use and the source never mentions the article's, is an entity swap (left on the document:
:mod:`verify.evidence.kept`).
Quotes are judged by :mod:`verify.evidence.quote_evidence`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property
from typing import Any

from verify.claims import Claim
from verify.document import Document
from verify.evidence.alignment import (
    Aligned,
    Counterpart,
    Sentence,
    comparable,
    counterparts,
    gated,
    sentence_similarity,
    shared_words,
)
from verify.evidence.citations import cite, evidence
from verify.evidence.compare import agrees, restates
from verify.evidence.facts import FactKeys, KeyedRow, fact_span, round_label
from verify.evidence.kept import keep
from verify.evidence.keys import demonym_links, mentions, names_meet, same_name, subject_key, words_key
from verify.evidence.occasions import occasion_date, occasion_of, occasion_words
from verify.evidence.passages import PassageRow, stopwords, terms_of
from verify.evidence.quote_evidence import judge_quote
from verify.evidence.reader import Reader
from verify.evidence.reversal import Reversal, reversals
from verify.evidence.settings import Settings
from verify.evidence.spans import FIGURES, NAME, Span, SpanReader, decode, may_hold, spans_of_text
from verify.evidence.unsupported import added_names
from verify.lexicon import words

_KEYED = ("money", "percent", "quantity")  # the claim types stored as facts
_MOST_SPANS = 40  # a "sentence" stating more figures and names is a table or a list: not aligned
# A fact speaks to claims dated within a year of it: a press release of 2 April confirms a story of
# 10 April, but a head count of 2019 neither supports nor refutes one of 2026.
_VALIDITY_DAYS = 366


def _days_apart(a: tuple[date, date], b: tuple[date, date]) -> int:
    return max(0, (b[0] - a[1]).days, (a[0] - b[1]).days)


def _periods(spans: list[Span]) -> list[Span]:
    """The dates that name a period, not the time of writing ("now", "currently")."""
    return [span for span in spans if (span.value or {}).get("timex") != "PRESENT_REF"]


def _period_of(spans: list[Span], fallback: date | None) -> tuple[date, date] | None:
    """The first resolved date of a sentence, else the day it was published."""
    for span in spans:
        if span.type == "date" and (span.value or {}).get("start"):
            return date.fromisoformat(span.value["start"]), date.fromisoformat(span.value["end"])  # type: ignore[index]
    return (fallback, fallback) if fallback else None


def _speaks_after(sentence: Sentence, span: Span) -> bool:
    """Is the word after the span a speech verb ("Ofreg reported", "the agency said")?

    >>> sentence = Sentence("Ofreg reported 1,328 deaths.", [])
    >>> _speaks_after(sentence, Span(NAME, 0, 5, "Ofreg")), _speaks_after(sentence, Span(NAME, 6, 14, "reported"))
    (True, False)
    """
    return sentence.word_after(span).lower() in words("quotes", "speech")


def _speaker(sentence: Sentence, entity: str) -> bool:
    """Is ``entity`` who says the sentence, named in its lead ("Ana Ruiz said: …") or before a speech verb
    ("…, Ana Ruiz said.")? Then its figures are not about them.

    >>> names = [Span(NAME, 0, 8, "Ana Ruiz"), Span(NAME, 15, 18, "Ova")]
    >>> sentence = Sentence("Ana Ruiz said: Ova grew in 2020.", names)
    >>> _speaker(sentence, "Ana Ruiz"), _speaker(sentence, "Ova")
    (True, False)
    """
    return any(span.type == NAME and same_name(span.text, entity)
               and (span.end <= sentence.reported or _speaks_after(sentence, span)) for span in sentence.spans)


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
        self.settings = settings or Settings.from_rules()
        self.facts = FactKeys(self.store, threshold)
        self._sources: dict[int, _SourceText] = {}
        self._sentences: dict[int, Sentence] = {}
        self._retrieved: dict[tuple[str, ...], list[PassageRow]] = {}

    # ---- step 1: by key --------------------------------------------------------------------

    def keyed(self, claim: Claim) -> list[Counterpart]:
        """Step 1: the data-table facts stored under the claim's entity and metric
        (:class:`FactKeys`), each a counterpart aligned by its keys."""
        if claim.type not in _KEYED:
            return []
        found = []
        for fact, source in self.facts.about(claim):
            stated = fact_span(claim, fact)
            if stated is not None:
                aligned = Aligned(Sentence(f"{fact.subject} {fact.attribute}", [stated]), 1.0, KeyedRow(fact, source))
                found.append(Counterpart(aligned, stated, 1.0, 1.0))
        return found

    # ---- step 2: by passage -----------------------------------------------------------------

    def _retrieve(self, sentence: Sentence) -> list[PassageRow]:
        terms = tuple(terms_of(sentence.text, [s.text for s in sentence.spans if s.type == NAME]))
        if terms not in self._retrieved:
            self._retrieved[terms] = self.store.passages_like(list(terms), self.settings.retrieved)
        return self._retrieved[terms]

    def _align(self, sentence: Sentence) -> list[Aligned]:
        """The passages most like a sentence: the best ranked by the full-text search, of which
        rapidfuzz keeps the closest (a name that every passage of a document holds ranks them all
        alike), each with its similarity (each span gates them itself)."""
        from rapidfuzz import fuzz, process, utils

        rows = self._retrieve(sentence)
        kept = process.extract(sentence.wording, [row.text for row in rows], scorer=fuzz.token_set_ratio,
                               processor=utils.default_process, limit=self.settings.candidates)
        found = []
        for _, _, index in kept:
            passage = self._sentence(rows[index])
            found.append(Aligned(passage, sentence_similarity(sentence, passage), rows[index]))
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
            self._sources[source_id] = _SourceText(self.store, source_id, self._sentence)
        return self._sources[source_id]

    def _drawn_on(self, lines: list[_Line]) -> tuple[set[int], set[int]]:
        """The sources the article draws on: one sharing a name with an aligned sentence, one restating
        a sentence nearly word for word, or one with several passages aligned with the article's
        figures (a summary naming no one, of the call it summarises) that mentions one of the
        article's names if it uses two or more (with one, that name may be the error).

        Returns those its sentences stating a figure, a date or a name draw on (for the figures and
        names), and those all ``lines`` draw on (for reversed words: a sentence stating none may
        still restate a source's word for word).
        """
        stating = [line for line in lines if line.sentence.spans]
        sources: set[int] = set()
        for line in stating:
            self._named(line, sources)
        drawn = self._corroborated(stating, sources)
        every = set(drawn)
        for line in lines:
            if not line.sentence.spans:
                self._named(line, every)
        return drawn, every

    def _named(self, line: _Line, sources: set[int]) -> None:
        """Add to ``sources`` those an aligned passage of the line restates, or shares a name with."""
        gate = self.settings.gate
        ours = [s.text for s in line.sentence.spans if s.type == NAME]
        for aligned in line.aligned:
            if aligned.row.source_id in sources:
                continue
            shared = shared_words(line.sentence, aligned.passage)
            theirs = [s.text for s in aligned.passage.spans if s.type == NAME]
            if (aligned.similarity >= self.settings.restated and shared >= self.settings.restated_words) or (
                    aligned.similarity >= gate.similarity and shared >= gate.shared_words
                    and (any(names_meet(a, b) for a in ours for b in theirs) or (ours and all(
                        mentions(self._source(aligned.row.source_id).key, name) for name in ours)))):
                sources.add(aligned.row.source_id)

    def _corroborated(self, lines: list[_Line], named: set[int]) -> set[int]:
        """``named`` and the sources with several passages aligned with the lines' figures (see
        :meth:`_drawn_on`)."""
        sources = set(named)
        names = {s.text for line in lines for s in line.sentence.spans if s.type == NAME}
        aligning: dict[int, set[int]] = {}
        for line in lines:
            figures = [s for s in line.sentence.spans if s.type != NAME]
            for aligned in line.aligned:
                source_id = aligned.row.source_id
                if source_id in sources or aligned.row.id in aligning.get(source_id, ()):
                    continue
                if any(gated(line.sentence, span, aligned, self.settings.gate) is not None for span in figures):
                    aligning.setdefault(source_id, set()).add(aligned.row.id)
                    if len(aligning[source_id]) >= self.settings.corroborating and (
                            len(names) < 2 or any(mentions(self._source(source_id).key, n) for n in names)):
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
        lines, every = [], []  # those stating a figure, a date or a name; and all (for reversed words)
        reader = SpanReader(document, claims)
        for start, end in document.context.sentences:
            spans = reader.between(start, end)
            if len(spans) <= _MOST_SPANS:
                sentence = Sentence(document.text[start:end].replace("\n", " "), spans)
                every.append(_Line(sentence, start, grouped.get((start, end), []), self._align(sentence)))
                if spans:
                    lines.append(every[-1])
        sources, every_source = self._drawn_on(every)
        reversed_words = self._reversals(every, every_source)
        swaps: list[dict[str, Any]] = []
        additions: list[dict[str, Any]] = []
        for line in lines:
            line.aligned = [a for a in line.aligned if a.row.source_id in sources]
            for claim in line.claims:
                at = claim.start - line.start
                span = next(s for s in line.sentence.spans if s.start == at and s.type == claim.type)
                self._judge(claim, span, line, self._period(line.sentence, span, published))
            swaps.extend(self._swaps(line, document, speakers))
            additions.extend(self._additions(line, document, speakers, sources, swaps))
        keep(document, "swaps", swaps)
        keep(document, "additions", additions)
        keep(document, "reversals", [self._reversal_claim(line, reversal, document)
                                     for line, reversal in reversed_words if not _told_by_figure(line, reversal)])
        for claim in claims:
            if claim.type == "quote":
                judge_quote(self.store, claim)

    def _period(self, sentence: Sentence, span: Span, published: date | None) -> tuple[date, date] | None:
        """When the span's figure held: the first resolved date that dates it (:meth:`Sentence.dating`),
        else the date the store gives the occasion the sentence names ("At independence, …":
        :mod:`verify.evidence.occasions`), else its publication."""
        stated = _period_of(sentence.dating(span), None)
        if stated:
            return stated
        occasion = occasion_of(sentence.text)
        names = [s.text for s in sentence.spans if s.type == NAME]
        if occasion and names:
            terms = terms_of(" ".join(occasion_words(occasion)), names)
            rows = self.store.passages_like(terms, self.settings.retrieved)
            dated = occasion_date(occasion, names, [self._sentence(row) for row in rows])
            if dated:
                return dated
        return (published, published) if published else None

    def _speaks(self, claim: Claim, span: Span, sentence: Sentence, counterpart: Counterpart,
                period: tuple[date, date] | None) -> bool:
        """Can this counterpart judge the claim: a period that meets the claim's, a source about its entity?"""
        row = counterpart.aligned.row
        if isinstance(row, KeyedRow):
            stated = _period_of(counterpart.aligned.passage.dating(counterpart.span), None) or row.period
        else:
            stated = _period_of(counterpart.aligned.passage.dating(counterpart.span), row.published)
            source = self._source(row.source_id)
            if claim.entity and not _speaker(sentence, claim.entity) and not mentions(
                    source.key, claim.entity, loosely=True):
                return False  # the source never mentions whom the figure is about
            if any(source.unseen(run) == run for run in sentence.capitalised_near(span)):
                return False  # nor a name beside the figure ("Corvel employs 900 workers")
        dated = _period_of(_periods(sentence.dating(span)), None)
        told = _period_of(_periods(counterpart.aligned.passage.dating(counterpart.span)), None)
        if claim.type != "date" and dated and told and _days_apart(dated, told) > 0:
            return False  # each dated, the dates apart: two facts ("loans in January" against "in November")
        if claim.type == "date":  # the date is what is compared, not when the fact held
            return True
        return not (period and stated and _days_apart(period, stated) > _VALIDITY_DAYS)

    def _judge(self, claim: Claim, span: Span, line: _Line, period: tuple[date, date] | None) -> None:
        claim.status = "unverified"
        found = self.keyed(claim) + counterparts(line.sentence, span, line.aligned, self.settings.gate)
        on = period[0] if period else None
        verdicts: dict[int, tuple[Counterpart, bool]] = {}  # the best counterpart of each source
        said = [None if isinstance(c.aligned.row, KeyedRow) else agrees(line.sentence, span, c.aligned.passage,
                                                                          c.span, on) for c in found]
        agreeing = {c.aligned.row.id for c, verdict in zip(found, said, strict=True) if verdict}  # passages stating it
        for counterpart, verdict in zip(found, said, strict=True):
            source_id = counterpart.aligned.row.source_id
            if source_id in verdicts or not self._speaks(claim, span, line.sentence, counterpart, period):
                continue
            if isinstance(counterpart.aligned.row, KeyedRow):
                verdict = agrees(line.sentence, span, counterpart.aligned.passage, counterpart.span, on)
            if verdict is None or (not verdict and getattr(counterpart.aligned.row, "id", None) in agreeing):
                continue  # not comparable, or the same passage also states the claimed value in a slot like it
            if not verdict and claim.type == "date" and not isinstance(counterpart.aligned.row, KeyedRow) and \
                    self._differs(line.sentence, counterpart.aligned, frozenset({"date"})):
                continue  # a figure beside it differs too: another month's loans, not a wrong month
            if not verdict and isinstance(counterpart.aligned.row, KeyedRow) and \
                    round_label(claim.subject or "") != round_label(counterpart.aligned.row.fact.attribute):
                continue  # "series B" against an unlabelled round may be another round: only agreement counts
            verdicts[source_id] = (counterpart, verdict)
        supported = [c for c, verdict in verdicts.values() if verdict]
        if supported:
            claim.status = "supported"
            claim.extra["evidence"] = [evidence(c, span, on, "supported") for c in supported]
            return
        contradicting = [c for c, _ in verdicts.values() if not self._states(line.sentence, span, c.aligned.row, on)]
        if contradicting:
            claim.status = "contradicted"
            claim.extra["evidence"] = [evidence(c, span, on, "contradicted", line.sentence) for c in contradicting]

    def _states(self, sentence: Sentence, span: Span, row: Any, on: date | None) -> bool:
        """Does another passage of the contradicting source state the claimed value, under other words
        or no name at all? (Within the aligned passage, alignment has already chosen the counterpart:
        "rose to $2.3 billion, up from $2.1 billion" does not confirm "$2.1 billion".) A bound ("more than
        a billion dollars") states no value in particular."""
        source = self._source(row.source_id)
        return any(comparable(span, other) and not (other.value or {}).get("bound")
                   and agrees(sentence, span, passage, other, on) and restates(span, other, on)
                   for passage in source.holding(span.type, getattr(row, "id", None))
                   for other in passage.spans)

    # ---- words ------------------------------------------------------------------------------

    def _reversals(self, lines: list[_Line], sources: set[int]) -> list[tuple[_Line, Reversal]]:
        """Words of the article's sentences that an aligned passage of a source it draws on (``sources``)
        states the other way (:mod:`verify.evidence.reversal`), each with its line. A word beside a
        name that the source never mentions is not that source's to judge."""
        found = []
        for line in lines:
            aligned = [a for a in line.aligned if a.row.source_id in sources]
            for reversal in reversals(line.sentence, aligned, self.settings.reversal_gate):
                source = self._source(reversal.counterpart.aligned.row.source_id)
                if any(source.unseen(run) == run for run in line.sentence.capitalised_near(reversal.claimed)):
                    continue
                found.append((line, reversal))
        return found

    @staticmethod
    def _reversal_claim(line: _Line, reversal: Reversal, document: Document) -> dict[str, Any]:
        """The reversed words as a claim (not one of the contract's), with the evidence against them."""
        claimed, stated = reversal.claimed, reversal.stated
        start = line.start + claimed.start
        claim = Claim("word", start, line.start + claimed.end, {"word": claimed.text, "stored": stated.text},
                      text=claimed.text)
        claim.source_start, claim.source_end = document.source_span(start, claim.end)
        claim.text = document.source[claim.source_start:claim.source_end]
        row = reversal.counterpart.aligned.row
        item = cite(row, reversal.counterpart.aligned.passage.text, stated.text, "reversed", stored=f"“{stated.text}”")
        item |= {"stated": stated.text, "claimed": claimed.text, "kind": reversal.kind,
                 "similarity": round(reversal.counterpart.score, 3)}
        return {"claim": claim, "evidence": [item]}

    # ---- names ------------------------------------------------------------------------------

    def _swaps(self, line: _Line, document: Document, speakers: set[str]) -> list[dict[str, Any]]:
        """Names of the sentence that an aligned passage gives as another name the article does not use.

        Each swap is a name claim (not one of the contract's) with its evidence and the claim it is
        reported with: the sentence's claim about that name, else its first claim, else none.
        """
        close = [a for a in line.aligned if a.similarity >= self.settings.name_gate.similarity]
        if not close:
            return []
        names = [s for s in line.sentence.spans if s.type == NAME]
        found = []
        for name in names:
            if len(subject_key(name.text).replace(" ", "")) < 2:
                continue  # a letter read as a name ("U" of "U.S.") names no one
            if any(same_name(name.text, speaker) for speaker in speakers):
                continue
            # A source that mentions the article's name elsewhere speaks only through a sentence the
            # article restates nearly word for word, the other name in the same slot.
            mentioned = any(mentions(self._source(a.row.source_id).key, name.text) for a in close)
            for counterpart in self._name_counterparts(line, name, close):
                other = counterpart.span.text
                if mentioned and not self._restated_but(line.sentence, name, counterpart):
                    continue
                if any(same_name(other, n.text) for n in names) or same_name(other, name.text) or _demonym_pair(
                        other, name.text):
                    continue  # the same name, or its place or demonym ("Norway" for "Norwegian")
                if mentions(words_key(line.sentence.text), other) or self._differs(line.sentence, counterpart.aligned):
                    continue
                if _speaks_after(counterpart.aligned.passage, counterpart.span) and not _speaks_after(
                        line.sentence, name):
                    continue  # "Ofreg reported 1,328 deaths in Harl" names who reports, not whose they are
                owner = next((c for c in line.claims if c.entity and same_name(c.entity, name.text)),
                             line.claims[0] if line.claims else None)
                start = line.start + name.start
                swapped = Claim("name", start, line.start + name.end, {"name": name.text, "stored": other},
                                text=name.text)
                swapped.source_start, swapped.source_end = document.source_span(start, swapped.end)
                swapped.text = document.source[swapped.source_start:swapped.source_end]
                found.append({"claim": swapped, "with": [owner] if owner else [],
                              "evidence": [evidence(counterpart, name, None, "entity-swapped")]})
                break
        return found

    def _additions(self, line: _Line, document: Document, speakers: set[str], sources: set[int],
                   swaps: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Names the sentence adds to the source sentence it restates (:mod:`verify.evidence.unsupported`),
        each a name claim with the passage as its evidence: names no source the article draws on
        mentions, and not already reported as swapped."""
        close = [a for a in line.aligned if a.similarity >= self.settings.unsupported_sentence_similarity]
        if not close:
            return []
        best = max(close, key=lambda a: a.similarity)
        source = self._source(best.row.source_id)
        swapped = {swap["claim"].start - line.start for swap in swaps}
        found = []
        for name in added_names(line.sentence, best.passage, source.key, source.unseen,
                                lambda text: any(same_name(text, speaker) for speaker in speakers)):
            words = set(subject_key(name.text).split()) - stopwords()
            if name.start in swapped or any(self._source(other).unseen(words) != words for other in sources
                                            if other != best.row.source_id):
                continue  # another source the article draws on names it
            if not any(mentions(source.key, other.text) for other in line.sentence.spans
                       if other.type == NAME and other is not name):
                continue  # the sentence names no one the source does: it may be another story's
            start = line.start + name.start
            claim = Claim("name", start, line.start + name.end, {"name": name.text}, text=name.text)
            claim.source_start, claim.source_end = document.source_span(start, claim.end)
            claim.text = document.source[claim.source_start:claim.source_end]
            item = cite(best.row, best.passage.text, None, "name-unsupported", stored="")
            found.append({"claim": claim, "evidence": [item | {"similarity": round(best.similarity, 3)}]})
        return found

    def _restated_but(self, sentence: Sentence, name: Span, counterpart: Counterpart) -> bool:
        """Does the sentence restate every word of the passage but the name's counterpart, and the name
        stand in its slot (rapidfuzz token-set ratio of the two without them; their surrounding words)?"""
        from rapidfuzz import fuzz, utils

        passage, other = counterpart.aligned.passage.text, counterpart.span
        ours = sentence.text[:name.start] + sentence.text[name.end:]
        theirs = passage[:other.start] + passage[other.end:]
        return counterpart.context_score >= self.settings.name_restated_context and fuzz.token_set_ratio(
            ours, theirs, processor=utils.default_process) / 100 >= self.settings.name_restated_similarity

    def _name_counterparts(self, line: _Line, name: Span, close: list[Aligned]) -> list[Counterpart]:
        """A name's counterparts by its surrounding words; and, looser, a name of the aligned passage
        that shares words with it while the rest of it is a word the source never uses ("the James
        Gunn Space Telescope" against "the James Webb Space Telescope"), those sharing most words first.
        (Sharing a word is what makes the looser match safe: "Georgia" beside "CMS reported" in a
        source about another state is no swap.)"""
        ours = set(subject_key(name.text).split()) - stopwords()
        looser = replace(self.settings.name_gate, context=self.settings.name_partial_context)
        found, partial = [], []
        for counterpart in counterparts(line.sentence, name, close, looser):  # the gate's, and more
            if counterpart.context_score >= self.settings.name_gate.context:
                found.append(counterpart)
                continue
            theirs = set(subject_key(counterpart.span.text).split()) - stopwords()
            unseen = self._source(counterpart.aligned.row.source_id).unseen(ours)
            if ours & theirs and theirs - ours and unseen and unseen != ours:
                partial.append((len(ours & theirs), counterpart))
        return found + [c for _, c in sorted(partial, key=lambda p: (-p[0], -p[1].score))]

    def _differs(self, sentence: Sentence, aligned: Aligned, besides: frozenset[str] = frozenset()) -> bool:
        """Does the passage state any figure or date of the sentence otherwise (then it is another
        fact), spans of the types ``besides`` left out?"""
        return any(agrees(sentence, span, aligned.passage, found[0].span, None) is False
                   for span in sentence.spans if span.type != NAME and span.type not in besides
                   for found in (counterparts(sentence, span, [aligned], self.settings.gate),)
                   if found)


def _demonym_pair(a: str, b: str) -> bool:
    """Is one name the demonym of the other, a place ("Norwegian", "Norway")?

    >>> _demonym_pair("Norway", "Norwegian"), _demonym_pair("Norway", "Danish")
    (True, False)
    """
    return subject_key(b) in demonym_links().get(subject_key(a), frozenset())


def _told_by_figure(line: _Line, reversal: Reversal) -> bool:
    """Is the reversed word the direction of a figure of its sentence that the same passage
    contradicts ("rose by 12%" against "a fall … of 12%")? Then the figure's finding tells it."""
    passage = reversal.counterpart.aligned.passage.text
    for claim in line.claims:
        if claim.status != "contradicted" or not any(item["excerpt"] == " ".join(passage.split())[:300]
                                                     for item in claim.extra.get("evidence", [])):
            continue
        span = next(s for s in line.sentence.spans if s.start == claim.start - line.start and s.type == claim.type)
        sign, word = line.sentence.direction(span)
        if sign and word and line.sentence.text[reversal.claimed.start:reversal.claimed.end].endswith(word):
            return True
    return False


class _SourceText:
    """One source for the guards: its words (from its text, one read) and, if asked, its passages."""

    def __init__(self, store: Reader, source_id: int, sentence_of: Callable[[PassageRow], Sentence]) -> None:
        self._store, self._id, self._sentence_of = store, source_id, sentence_of
        self.key = words_key(store.text_of(source_id))
        self.words = frozenset(self.key.split())

    def unseen(self, words: Iterable[str]) -> set[str]:
        """The words (lower case) the source never uses, nor their place or demonym ("chinese" is
        seen in a source about China)."""
        links = demonym_links()
        return {word for word in words
                if word not in self.words and links.get(word, frozenset()).isdisjoint(self.words)}

    @cached_property
    def rows(self) -> list[PassageRow]:
        return self._store.passages_of(self._id)

    def holding(self, kind: str, besides: int | None) -> Iterator[Sentence]:
        """Its passages, in order, other than the one of id ``besides``, leaving out those whose stored
        spans hold none of type ``kind`` (they are not decoded)."""
        return (self._sentence_of(row) for row in self.rows
                if row.id != besides and (row.spans is None or may_hold(row.spans, kind)))

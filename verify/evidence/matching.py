"""Claims against the evidence store: statuses and the evidence behind them.

For a money amount, percentage or count that names an entity, candidate facts are those
whose subject matches the entity (rapidfuzz over the subject keys that begin with the
entity's first word, read by a range over the index; the facts are then read by an indexed
key look-up, never a scan) and whose attribute
shares a word with the claim's metric (round, investment and funding are one metric). A
fact dated for a period that does not meet the claim's (its sentence's date, else the
publication date) more than a year apart does not speak to it: a fact true as of 2024 does
not refute a 2026 claim. Values in other currencies are converted at the ECB rate of the claim's date.

A quote is aligned with stored quotes (rapidfuzz partial ratio on normalised words,
ellipses, brackets and punctuation ignored): the same words by the same speaker support
it; close words are an alteration; the same words by someone else, a misattribution.

Each claim gets ``status`` (``supported``, ``contradicted`` or ``unverified``) and
``extra["evidence"]``: what the store said, for the evidence rules to report.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from verify.checks.common import interval
from verify.claims import Claim
from verify.evidence.keys import subject_key, words_key
from verify.evidence.reader import FactRow as Fact
from verify.evidence.reader import Reader
from verify.evidence.reader import SourceRow as Source
from verify.formats.describe import describe_value, number_text

_ROUND = re.compile(r"\b(?:series\s+[a-h]\d?|pre-seed|seed)\b", re.IGNORECASE)


def _round(text_value: str) -> str:
    found = _ROUND.search(text_value)
    return " ".join(found.group().lower().split()) if found else ""


_FUNDING = {"round", "investment", "funding", "financing", "raise", "raised", "series"}
_FIGURES = ("money", "percent", "quantity")


def _metric_words(text: str) -> set[str]:
    words = set(subject_key(text).split())
    return (words - _FUNDING) | ({"funding"} if words & _FUNDING else set())


def _claim_period(claim: Claim, dates: dict[tuple[int, int], Claim],
                  published: date | None) -> tuple[date, date] | None:
    when = dates.get(claim.sentence)
    if when is not None:
        return date.fromisoformat(when.value["start"]), date.fromisoformat(when.value["end"])
    return (published, published) if published else None


# A fact speaks to claims dated within a year of it: a press release of 2 April confirms a story of
# 10 April, but a head count of 2019 neither supports nor refutes one of 2026.
_VALIDITY_DAYS = 366


def _days_apart(a: tuple[date, date], b: tuple[date, date]) -> int:
    return max(0, (b[0] - a[1]).days, (a[0] - b[1]).days)


def _fact_period(fact: Fact) -> tuple[date, date] | None:
    if fact.as_of is None:
        return None
    return fact.as_of, fact.valid_until or fact.as_of


def _comparable(claim: Claim, fact: Fact) -> bool:
    if claim.type == "money":
        return fact.currency is not None
    if claim.type == "percent":
        return fact.unit == "%"
    return fact.currency is None and fact.unit not in (None, "%") and (
        subject_key(fact.unit or "") == subject_key(str(claim.value.get("unit", ""))))


def _in_claim_units(claim: Claim, fact: Fact, on: date | None) -> float | None:
    if claim.type != "money" or fact.currency == claim.value["currency"]:
        return fact.value
    from verify.rates import reference_rate

    found = reference_rate(fact.currency or "", claim.value["currency"], on or date(2000, 1, 1))
    return fact.value * found[0] if found else None


class Matcher:
    """Matches the claims of articles against one store.

    Subjects are found through the index: the store's keys that begin with the entity's first
    word (a range query), scored with rapidfuzz; the store is never scanned.
    """

    def __init__(self, store: Any, threshold: float = 90.0) -> None:
        self.store = store if isinstance(store, Reader) else Reader(store.engine)  # a Store or a Reader
        self.threshold = threshold
        self._found: dict[str, list[str]] = {}
        self._documents: dict[str, list[tuple[Fact, Source]] | None] = {}

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

    def annotate(self, claims: list[Claim], published: date | None) -> None:
        dates = {}
        for claim in claims:
            if claim.type == "date" and claim.value.get("start"):
                dates.setdefault(claim.sentence, claim)
        figures = [c for c in claims if c.type in _FIGURES]
        cited: set[str] = set()  # sources that support a named figure of this article
        for claim in figures:
            claim.status = "unverified"
            if claim.entity:
                candidates = self.store.facts_for(self._subjects(claim.entity))
                cited |= self._judge(claim, candidates, dates, published, claim.entity)
        if cited:
            # A figure whose sentence points back instead of naming ("It now employs 1,400 people") is
            # read against the documents this article already agrees with, never the whole store.
            in_cited = [row for location in sorted(cited) for row in self._document(location) or ()]
            for claim in figures:
                if not claim.entity and claim.extra.get("refers_back"):
                    self._judge(claim, in_cited, dates, published, None)
        for claim in claims:
            if claim.type == "quote":
                self._quote(claim)

    def _judge(self, claim: Claim, candidates: list[tuple[Fact, Source]], dates: dict[tuple[int, int], Claim],
               published: date | None, entity: str | None) -> set[str]:
        """Set the claim's status from candidate facts; return the sources that support it."""
        wanted = _metric_words(f"{claim.subject or ''} {claim.head or ''}") - set(subject_key(entity or "").split())
        if entity is None and not wanted and claim.type != "quantity":
            return set()  # with no name and no metric, nothing says which stored figure it is
        period = _claim_period(claim, dates, published)
        low, high = interval(claim, {})
        verdicts: list[dict[str, Any]] = []
        locations: set[str] = set()
        supporting: set[str] = set()
        for fact, source in candidates:
            if not _comparable(claim, fact):
                continue
            fact_period = _fact_period(fact)
            if period and fact_period and _days_apart(period, fact_period) > _VALIDITY_DAYS:
                continue  # true at another time: says nothing about this claim
            value = _in_claim_units(claim, fact, period[0] if period else None)
            if value is None:
                continue
            if wanted and not wanted & _metric_words(fact.attribute):
                continue
            slack = abs(value) * 0.005
            verdict = "supported" if low - slack <= value <= high + slack else "contradicted"
            if verdict == "contradicted" and _round(claim.subject or "") != _round(fact.attribute):
                continue  # "series B" against an unlabelled round may be another round: only agreement counts
            stored = f"{describe_value('money', {'amount': fact.value, 'currency': fact.currency})}" \
                if fact.currency else f"{number_text(fact.value)} {fact.unit or ''}".strip()
            verdicts.append(_evidence(source, fact.excerpt or fact.subject, value, verdict, stored=stored))
            locations.add(source.location)
            if verdict == "supported":
                supporting.add(source.location)
        supported = [v for v in verdicts if v["verdict"] == "supported"]
        if supported:
            claim.status, claim.extra["evidence"] = "supported", supported
        elif verdicts and not self._states_anywhere(locations, low, high):
            claim.status, claim.extra["evidence"] = "contradicted", verdicts
        return supporting

    def _states_anywhere(self, locations: set[str], low: float, high: float) -> bool:
        """Does a contradicting document itself state the claimed value, under other words or no name?

        ("Net of this item, earnings per share were $6.86" beside "$6.78 per diluted share": a
        summary's "$6.86" is then doubtful, not contradicted.) Read only before a contradiction; a
        data table states each value once and explicitly, so it is not asked.
        """
        slack = max(abs(low), abs(high)) * 0.005
        return any(low - slack <= fact.value <= high + slack
                   for location in locations for fact, _ in self._document(location) or ())

    def _document(self, location: str) -> list[tuple[Fact, Source]] | None:
        """The facts of a document source (``None`` for a data table), read once per matcher."""
        if location not in self._documents:
            self._documents[location] = self.store.document_facts(location)
        return self._documents[location]

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
        claim.extra["evidence"] = [_evidence(source, quote.words, quote.words, kind, stored=quote.speaker or "")]
        claim.extra["quote_verdict"] = kind


def _evidence(source: Source, excerpt: str, value: Any, verdict: str, stored: str) -> dict[str, Any]:
    return {"source": source.location if not source.title else f"{source.title} <{source.location}>",
            "excerpt": excerpt[:300], "value": value, "stored": stored, "verdict": verdict}

"""Facts of data tables reached by their keys: the entity of a claim and the words of its metric.

A fact is reached through the subject keys that begin with the entity's first word (a range over
the index, scored with rapidfuzz; never a scan), and kept when its attribute shares a word with
the claim's metric ("round", "investment" and "funding" are one metric). This is where a frame's
entity and metric keys will plug in. A document's figures are reached through its passages,
whose search has the entity's name as a phrase.

>>> sorted(metric_words("Series B funding round")), round_label("raised in its series B round")
(['b', 'funding'], 'series b')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from verify.claims import Claim
from verify.evidence.keys import subject_key
from verify.evidence.reader import FactRow, Reader, SourceRow
from verify.evidence.spans import Span
from verify.formats.describe import number_text

_ROUND = re.compile(r"\b(?:series\s+[a-h]\d?|pre-seed|seed)\b", re.IGNORECASE)
_FUNDING = {"round", "investment", "funding", "financing", "raise", "raised", "series"}


class FactKeys:
    """The data-table facts of one store by entity, each entity looked up once (none asked for when
    the store holds no data table)."""

    def __init__(self, store: Reader, threshold: float) -> None:
        self.store = store
        self.threshold = threshold  # rapidfuzz score for an entity to match a stored subject key
        self._subjects: dict[str, list[str]] = {}
        self._facts: dict[str, list[tuple[FactRow, SourceRow]]] = {}

    def subjects(self, entity: str) -> list[str]:
        key = subject_key(entity)
        if not key:
            return []
        if key not in self._subjects:
            from rapidfuzz import fuzz, process

            candidates = self.store.subject_keys_starting(key.split()[0])
            found = process.extract(key, candidates, scorer=fuzz.token_sort_ratio, limit=5,
                                    score_cutoff=self.threshold)
            self._subjects[key] = [match for match, _, _ in found]
        return self._subjects[key]

    def about(self, claim: Claim) -> list[tuple[FactRow, SourceRow]]:
        """The table facts stored under the claim's entity whose attribute shares a word with its metric."""
        if not claim.entity or not self.store.has_tables():
            return []
        if claim.entity not in self._facts:
            self._facts[claim.entity] = self.store.table_facts_for(self.subjects(claim.entity))
        wanted = metric_words(f"{claim.subject or ''} {claim.head or ''}") - set(subject_key(claim.entity).split())
        return [(fact, source) for fact, source in self._facts[claim.entity]
                if not wanted or wanted & metric_words(fact.attribute)]


def round_label(text_value: str) -> str:
    found = _ROUND.search(text_value)
    return " ".join(found.group().lower().split()) if found else ""


def metric_words(text: str) -> set[str]:
    words = set(subject_key(text).split())
    return (words - _FUNDING) | ({"funding"} if words & _FUNDING else set())


@dataclass(frozen=True)
class KeyedRow:
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


def fact_span(claim: Claim, fact: FactRow) -> Span | None:
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

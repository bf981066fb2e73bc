"""What a sentence states: its figures, dates and names, as spans with offsets into the sentence.

Ingest stores each passage's spans as JSON beside its text; an article's sentences get the same
from their claims, so alignment reads the two sides alike.

>>> from verify.document import Document
>>> from verify.extract import extract_claims
>>> doc = Document.from_plain("s.txt", "Acme Corp earned $3.1 billion in 2021. Its chief, Ann Lee, left.")
>>> [(text, [(s.type, s.text) for s in spans]) for text, spans in sentences_with_spans(doc, extract_claims(doc, None))]
[('Acme Corp earned $3.1 billion in 2021.', [('name', 'Acme Corp'), ('money', '$3.1 billion'), ('date', '2021')]), \
('Its chief, Ann Lee, left.', [('name', 'Ann Lee')])]
>>> spans = sentences_with_spans(doc, extract_claims(doc, None))[0][1]
>>> decode(encode(spans)) == spans
True
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from verify.claims import Claim
from verify.document import Document
from verify.evidence.passages import stopwords

FIGURES = ("money", "percent", "quantity", "date", "duration", "ranking")  # claim types a passage keeps
_WORD = re.compile(r"[A-Za-z]+")
NAME = "name"


@dataclass(frozen=True)
class Span:
    """A figure, date or name in a sentence: its type, offsets into the sentence, text and value."""

    type: str
    start: int
    end: int
    text: str
    value: dict[str, Any] | None = None

    def as_claim(self) -> Claim:
        """The figure as a claim, for the interval and wording helpers of the checks."""
        return Claim(self.type, self.start, self.end, dict(self.value or {}), text=self.text)


def spans_between(doc: Document, claims: list[Claim], start: int, end: int) -> list[Span]:
    """The figures (of ``claims``, sorted by offset) and names in the prose ``[start, end)``, in text order."""
    found = [Span(NAME, e.start - start, e.end - start, e.name) for e in doc.context.entities_between(start, end)]
    for claim in claims[bisect_left([c.start for c in claims], start):]:
        if claim.start >= end:
            break
        if claim.type in FIGURES and claim.end <= end:
            found.append(Span(claim.type, claim.start - start, claim.end - start, doc.text[claim.start:claim.end],
                              claim.value))
    figures = [s for s in found if s.type != NAME]
    # A name inside a figure ("Q3 2024") is the figure's, not a name.
    kept = [s for s in found if s.type != NAME or not any(f.start <= s.start < f.end for f in figures)]
    return sorted(kept, key=lambda s: (s.start, s.end))


def sentences_with_spans(doc: Document, claims: list[Claim]) -> list[tuple[str, list[Span]]]:
    """Each sentence of the document (newlines as spaces, so offsets hold) with its spans.

    A sentence of fewer than two content words besides its figures ("230,512." after "How many
    died?", "4.8% of GDP.") says what it is only with the one before it, and is kept with it.

    >>> from verify.extract import extract_claims
    >>> doc = Document.from_plain("qa.txt", "How many workers does Acme employ? 1,200 workers. It grew fast.")
    >>> [text for text, _ in sentences_with_spans(doc, extract_claims(doc, None))]
    ['How many workers does Acme employ? 1,200 workers.', 'It grew fast.']
    """
    ordered = sorted(claims, key=lambda c: c.start)
    starts = [c.start for c in ordered]
    joined: list[list[int]] = []
    for start, end in doc.context.sentences:
        words = _WORD.findall(doc.text[start:end])
        inside = ordered[bisect_left(starts, start):bisect_left(starts, end)]
        figures = {w for c in inside for w in _WORD.findall(doc.text[c.start:c.end])}
        if joined and len([w for w in words if w not in figures and w.lower() not in stopwords()]) < 2:
            joined[-1][1] = end
        else:
            joined.append([start, end])
    return [(doc.text[s:e].replace("\n", " "), spans_between(doc, ordered, s, e)) for s, e in joined]


def spans_of_text(text: str, published: date | None) -> list[Span]:
    """Spans of a stored text that has none recorded (a passage stored before spans were kept)."""
    from verify.extract import extract_claims

    doc = Document.from_plain("passage", text)
    return spans_between(doc, sorted(extract_claims(doc, published), key=lambda c: c.start), 0, len(text))


def encode(spans: list[Span]) -> str:
    return json.dumps([{k: v for k, v in asdict(s).items() if v is not None} for s in spans],
                      separators=(",", ":"), ensure_ascii=False)


def decode(stored: str) -> list[Span]:
    return [Span(**item) for item in json.loads(stored)]

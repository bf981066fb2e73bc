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
from verify.extract.context import MONTH_NAMES, WEEKDAY_NAMES
from verify.refs.model import Form

FIGURES = ("money", "percent", "quantity", "date", "duration", "ranking")  # claim types a passage keeps
_WORD = re.compile(r"[A-Za-z]+")
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*")
_CALENDAR = frozenset(MONTH_NAMES) | frozenset(WEEKDAY_NAMES)
NAME = "name"
WORD = "word"  # a word that may be reversed (an antonym's, a negated predicate): made for alignment, never stored


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


class SpanReader:
    """The spans of any stretch of a document: its figures (from its claims) and names.

    Names are the document's entities, and other capitalised words inside a sentence (a
    nationality, "Israeli carriers"; a product, "Endurance pickups"), which are names to compare
    even where they name no one.
    """

    def __init__(self, doc: Document, claims: list[Claim]) -> None:
        self.doc = doc
        self.claims = sorted((c for c in claims if c.type in FIGURES), key=lambda c: c.start)
        self.starts = [c.start for c in self.claims]

    def figure_words(self, start: int, end: int) -> set[str]:
        """The words inside the figures of ``[start, end)`` ("workers" of "1,200 workers")."""
        inside = self.claims[bisect_left(self.starts, start):bisect_left(self.starts, end)]
        return {w for c in inside for w in _WORD.findall(self.doc.text[c.start:c.end])}

    def between(self, start: int, end: int) -> list[Span]:
        """The figures and names in the prose ``[start, end)`` (a sentence), in text order."""
        text = self.doc.text
        found = [Span(c.type, c.start - start, c.end - start, text[c.start:c.end], c.value)
                 for c in self.claims[bisect_left(self.starts, start):bisect_left(self.starts, end)] if c.end <= end]
        taken = bytearray(end - start)  # a name inside a figure ("Q3 2024") is the figure's
        for span in found:
            taken[span.start:span.end] = b"\x01" * (span.end - span.start)
        for name in self.doc.references.between(start, end):
            if name.form is Form.NAME and not taken[name.start - start]:
                found.append(Span(NAME, name.start - start, name.end - start, name.text))
                taken[name.start - start:name.end - start] = b"\x01" * (name.end - name.start)
        first = True
        for match in _CAPITALISED.finditer(text, start, end):
            word, at = match.group(), match.start() - start
            if not first and not taken[at] and word.lower() not in stopwords() and word not in _CALENDAR:
                found.append(Span(NAME, at, at + len(word), word))
            first = False
        return sorted(found, key=lambda s: (s.start, s.end))


def sentences_with_spans(doc: Document, claims: list[Claim]) -> list[tuple[str, list[Span]]]:
    """Each sentence of the document (newlines as spaces, so offsets hold) with its spans.

    A sentence of fewer than two content words besides its figures ("230,512." after "How many
    died?", "4.8% of GDP.") says what it is only with the one before it, and is kept with it.

    >>> from verify.extract import extract_claims
    >>> doc = Document.from_plain("qa.txt", "How many workers does Acme employ? 1,200 workers. It grew fast.")
    >>> [text for text, _ in sentences_with_spans(doc, extract_claims(doc, None))]
    ['How many workers does Acme employ? 1,200 workers.', 'It grew fast.']
    """
    reader = SpanReader(doc, claims)
    joined: list[list[int]] = []
    for start, end in doc.context.sentences:
        figures = reader.figure_words(start, end)
        words = [w for w in _WORD.findall(doc.text[start:end]) if w not in figures and w.lower() not in stopwords()]
        if joined and len(words) < 2:
            joined[-1][1] = end
        else:
            joined.append([start, end])
    return [(doc.text[s:e].replace("\n", " "), reader.between(s, e)) for s, e in joined]


def spans_of_text(text: str, published: date | None) -> list[Span]:
    """Spans of a stored text that has none recorded (a passage stored before spans were kept)."""
    from verify.extract import extract_claims

    doc = Document.from_plain("passage", text)
    return SpanReader(doc, extract_claims(doc, published)).between(0, len(text))


def encode(spans: list[Span]) -> str:
    return json.dumps([{k: v for k, v in asdict(s).items() if v is not None} for s in spans],
                      separators=(",", ":"), ensure_ascii=False)


def decode(stored: str) -> list[Span]:
    return [Span(**item) for item in json.loads(stored)]


def may_hold(stored: str, kind: str) -> bool:
    """Could encoded spans hold one of type ``kind``? A look at the JSON text, before decoding it: no
    means none does (a type is written as a JSON string, and no other quote is left bare).

    >>> stored = encode([Span("money", 0, 4, "$3bn", {"amount": 3e9, "currency": "USD"})])
    >>> may_hold(stored, "money"), may_hold(stored, "date")
    (True, False)
    """
    return f'"{kind}"' in stored

"""What a verdict rests on, for the evidence rules: the source, its date, the sentence, both values."""

from __future__ import annotations

from datetime import date
from typing import Any

from verify.evidence.alignment import Counterpart, Sentence
from verify.evidence.compare import in_claim_units
from verify.evidence.facts import KeyedRow
from verify.evidence.spans import NAME, Span
from verify.formats.describe import describe_value


def source_name(source: Any) -> str:
    return source.location if not source.title else f"{source.title} <{source.location}>"


def _wording(stated: Span) -> str:
    """How a stated value reads in a message: "1,200 workers", "“35 years ago”", "“April 2, 2026” (2026-04-02)"."""
    text = " ".join(stated.text.split())
    if stated.type == NAME or not stated.value:
        return text
    if stated.type == "date":
        return f"“{text}”" + (f" ({describe_value('date', stated.value)})" if stated.value.get("start") else "")
    return describe_value(stated.type, stated.value)


def evidence(counterpart: Counterpart, span: Span, on: date | None, verdict: str,
              sentence: Sentence | None = None) -> dict[str, Any]:
    """What a verdict rests on: the source, its date, the sentence, and both values (with the
    stated direction when it is the direction that differs)."""
    row, stated = counterpart.aligned.row, counterpart.span
    source = row.source if isinstance(row, KeyedRow) else row
    value: Any = stated.text
    if stated.type in ("money", "percent", "quantity", "duration"):
        value = in_claim_units(span, stated, on)
    wording = _wording(stated)
    sign, word = counterpart.aligned.passage.direction(stated)
    if sentence is not None and sign * sentence.direction(span)[0] < 0:
        wording = f"{word} {wording}"
    item = cite(source, counterpart.aligned.passage.text, value, verdict, stored=wording)
    item |= {"stated": " ".join(stated.text.split()), "claimed": " ".join(span.text.split()),
             "similarity": round(counterpart.score, 3)}
    return item


def cite(source: Any, excerpt: str, value: Any, verdict: str, stored: str) -> dict[str, Any]:
    published = source.published.isoformat() if source.published else None
    return {"source": source_name(source), "published": published, "excerpt": " ".join(excerpt.split())[:300],
            "value": value, "stored": stored, "verdict": verdict}

"""Turning documents and data files into evidence: a source with its passages, facts and quotes.

A document goes through the same loaders and extractors as ``verify check``: each sentence
becomes a passage with the figures, dates and names it states (searchable by full text), its
money amounts, percentages and counts that name an entity become facts (valid for the date
stated in their sentence, else as of the source's publication date), its quotes become quotes.

Structured facts come from CSV or JSONL with this header (one fact per row)::

    subject,attribute,value,unit,currency,as_of,source,url
    ShengShu,series B funding,290000000,,USD,2026-04-10,Company filing,https://example.invalid/f

``subject`` and ``value`` are required; ``as_of`` is ``YYYY-MM-DD`` (or ``YYYY-MM``/``YYYY`` for a
period); ``currency`` an ISO 4217 code. A bad row stops the whole file (``file:line: reason``).
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import math
import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from verify.document import Document
from verify.errors import InputError
from verify.evidence.keys import subject_key, words_key
from verify.evidence.models import Fact, Quote, Source
from verify.evidence.spans import encode, sentences_with_spans
from verify.evidence.store import content_hash, now
from verify.extract import extract_claims

COLUMNS = ("subject", "attribute", "value", "unit", "currency", "as_of", "source", "url")
_PERIOD = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def document_records(doc: Document, location: str) -> tuple[Source, list[tuple[str, str]], list[Fact], list[Quote]]:
    """A loaded document as a source, its passages (sentence text, spans as JSON), facts and quotes."""
    claims = extract_claims(doc, doc.published)
    dates_by_sentence: dict[tuple[int, int], Any] = {}
    for claim in claims:
        if claim.type == "date" and claim.value.get("start"):
            dates_by_sentence.setdefault(claim.sentence, claim)
    facts = []
    for claim in claims:
        if claim.type not in ("money", "percent", "quantity") or not (claim.entity or claim.subject):
            continue
        subject = claim.entity or claim.subject or ""
        attribute = (claim.subject or "").removeprefix(subject).strip() or (claim.head or "")
        when = dates_by_sentence.get(claim.sentence)
        as_of = date.fromisoformat(when.value["start"]) if when else doc.published
        until = date.fromisoformat(when.value["end"]) if when else None
        start, end = claim.sentence
        facts.append(Fact(
            source_id=0, subject=subject, subject_key=subject_key(subject), attribute=attribute,
            value=float(claim.value["amount"]), unit=claim.value.get("unit") or ("%" if claim.type == "percent"
                                                                              else None),
            currency=claim.value.get("currency"), as_of=as_of, valid_until=until,
            excerpt=" ".join(doc.text[start:end].split())[:500]))
    quotes = [Quote(source_id=0, speaker=c.value["speaker"],
                    speaker_key=subject_key(c.value["speaker"]) if c.value["speaker"] else None,
                    words=c.value["quote"], words_key=words_key(c.value["quote"]), said_on=doc.published)
              for c in claims if c.type == "quote"]
    passages = [(text, encode(spans)) for text, spans in sentences_with_spans(doc, claims)]
    source = Source(location=location, kind=doc.format, title=doc.title, published=doc.published,
                    retrieved_at=now(), content_hash=content_hash(doc.source), text=doc.text)
    return source, passages, facts, quotes


def _period(value: str, where: str) -> tuple[date | None, date | None]:
    if not value:
        return None, None
    match = _PERIOD.match(value.strip())
    if not match:
        raise InputError(f"{where}: as_of {value!r} is not YYYY-MM-DD, YYYY-MM or YYYY")
    year, month, day = int(match[1]), int(match[2] or 0), int(match[3] or 0)
    try:
        if day:
            return date(year, month, day), date(year, month, day)
        if month:
            import calendar

            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        raise InputError(f"{where}: as_of {value!r} is not a real date") from None


def _rows(path: Path, lines: Iterable[str]) -> Iterator[tuple[int, dict[str, Any]]]:
    if path.suffix.lower() == ".jsonl":
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError as exc:  # also an integer of thousands of digits
                raise InputError(f"{path}:{number}: not JSON ({getattr(exc, 'msg', exc)})") from None
            except RecursionError:
                raise InputError(f"{path}:{number}: nested too deeply") from None
            if not isinstance(row, dict):
                raise InputError(f"{path}:{number}: each line must be a JSON object")
            yield number, row
        return
    reader = csv.DictReader(lines)
    try:
        fieldnames = reader.fieldnames
        unknown = [c for c in fieldnames or [] if c not in COLUMNS]
        if not fieldnames or "subject" not in fieldnames or "value" not in fieldnames:
            raise InputError(f"{path}:1: the header needs subject and value (columns: {', '.join(COLUMNS)})")
        if unknown:
            raise InputError(f"{path}:1: unknown column(s) {', '.join(unknown)}; expected {', '.join(COLUMNS)}")
        for row in reader:
            yield reader.line_num, row
    except csv.Error as exc:  # a field over the csv module's limit, a NUL byte
        raise InputError(f"{path}:{reader.line_num}: not CSV ({exc})") from None


def _number(raw: Any, where: str) -> float:
    """A fact's value: a finite number ('inf', 'nan' and '1e400' would support or contradict anything)."""
    try:
        value = float(str(raw).replace(",", "")) if not isinstance(raw, bool) else math.nan
    except (ValueError, OverflowError):
        raise InputError(f"{where}: value {raw!r} is not a number") from None
    if not math.isfinite(value):
        raise InputError(f"{where}: value {raw!r} is not a finite number")
    return value


_LINE = re.compile(rb"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def read_lines(path: Path, data: bytes) -> Iterator[str]:
    """The lines of a facts file's bytes (ends kept, for the csv module), decoded one at a time: a
    million rows never sit in memory twice (``io.StringIO`` would hold the whole text again, at up
    to four bytes a character), and a bad byte is reported on its own line."""
    start = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    for number, line in enumerate(_LINE.finditer(data, start), start=1):
        try:
            yield line.group().decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}:{number}: not UTF-8 (byte {exc.start + 1} of the line)") from None


def iter_fact_rows(path: Path, content: str | Iterable[str]) -> Iterator[dict[str, Any]]:
    """Validated fact rows of a CSV or JSONL file (its text, or its lines from :func:`read_lines`),
    one at a time: the caller stores them in one transaction, so a bad row still stores nothing.
    :class:`InputError` at the first bad row."""
    count = 0
    lines = io.StringIO(content, newline="") if isinstance(content, str) else content
    for number, row in _rows(path, lines):
        where = f"{path}:{number}"
        subject = str(row.get("subject") or "").strip()
        if not subject:
            raise InputError(f"{where}: subject is empty")
        value = _number(row.get("value", ""), where)
        currency = str(row.get("currency") or "").strip().upper() or None
        if currency and not re.fullmatch(r"[A-Z]{3}", currency):
            raise InputError(f"{where}: currency {currency!r} is not an ISO 4217 code")
        as_of, until = _period(str(row.get("as_of") or ""), where)
        provenance = " ".join(str(row.get(k) or "").strip() for k in ("source", "url")).strip()
        count += 1
        yield {"subject": subject, "subject_key": subject_key(subject),
               "attribute": str(row.get("attribute") or "").strip(), "value": value,
               "unit": str(row.get("unit") or "").strip() or None, "currency": currency,
               "as_of": as_of, "valid_until": until, "excerpt": provenance or None}
    if not count:
        raise InputError(f"{path}: no facts in the file")


def fact_rows(path: Path, text_value: str) -> list[dict[str, Any]]:
    """Validated fact rows of a CSV or JSONL file (all or nothing), as a list."""
    return list(iter_fact_rows(path, text_value))


def data_source(path: Path, content: str | bytes) -> Source:
    """The source row of a facts file; its content hash is the same for its text and its bytes."""
    if isinstance(content, bytes):
        digest = hashlib.sha256(memoryview(content)[len(codecs.BOM_UTF8):] if content.startswith(codecs.BOM_UTF8)
                                else content).hexdigest()
    else:
        digest = content_hash(content)
    return Source(location=str(path), kind=path.suffix.lower().lstrip("."), title=path.name,
                  retrieved_at=now(), content_hash=digest, text="")


def ingest_document(store: Any, doc: Document, location: str) -> tuple[int, bool]:
    """Store a loaded document as evidence; returns (source id, created)."""
    source, passages, facts, quotes = document_records(doc, location)
    return store.add_source(source, passages, facts, quotes)

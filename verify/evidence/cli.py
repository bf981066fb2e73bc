"""``verify evidence …``: adding, importing, listing, searching, showing and removing evidence."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from verify.errors import InputError
from verify.evidence.ingest import data_source, ingest_document, iter_fact_rows, read_lines
from verify.evidence.store import open_store
from verify.formats.describe import number_text
from verify.formats.escape import visible


def _progress(total: int) -> Any:
    if total >= 5 and sys.stderr.isatty():
        from tqdm import tqdm

        return tqdm(total=total, unit="source", file=sys.stderr, leave=False)
    return None


def _add(args: argparse.Namespace, load: Callable[[str, argparse.Namespace], Any]) -> int:
    from verify.inputs import expand_paths

    store = open_store(args.store)
    paths = expand_paths(args.paths)
    documents = []
    for path in paths:  # read everything first: a bad file stores nothing
        doc = load(path, args)
        if doc.published is None and args.date:
            doc.published = args.date
        documents.append((path, doc))
    bar = _progress(len(documents))
    for path, doc in documents:
        source_id, created = ingest_document(store, doc, path)
        _say(f"{'added' if created else 'already stored'} {path} as source {source_id}")
        if bar:
            bar.update()
    if bar:
        bar.close()
    return 0


IMPORT_MAX_BYTES = 4 * 1024**3  # a facts file of 4 GiB is tens of millions of rows; more is a mistake


def _import(args: argparse.Namespace) -> int:
    from verify.files import read_regular

    store = open_store(args.store)
    for name in args.paths:
        path = Path(name)
        data = read_regular(path, IMPORT_MAX_BYTES, hint="split the file")
        if b"\0" in data:  # PostgreSQL cannot store it, and no facts file holds one
            raise InputError(f"{name}: binary file (a NUL byte), not a facts file")
        counted = [0]

        def rows(path: Path = path, data: bytes = data, counted: list[int] = counted) -> Iterator[dict[str, Any]]:
            for row in iter_fact_rows(path, read_lines(path, data)):
                counted[0] += 1
                yield row

        source_id, created = store.add_facts_bulk(data_source(path, data), rows())
        if created:
            _say(f"imported {counted[0]} fact(s) from {name} as source {source_id}")
        else:
            _say(f"already stored {name} as source {source_id}")
    return 0


def _fact_text(fact: Any) -> str:
    return f"{fact.subject} · {fact.attribute} = {number_text(fact.value)} {fact.currency or fact.unit or ''}".strip()


def _say(line: str) -> None:
    """Print a listing line: titles, speakers and quotes come from sources, and can carry ESC or bidi controls."""
    print(visible(line))


def _passages(store: Any, query: str) -> list[Any]:
    """The stored sentences most like the query (full-text search, best ranked first)."""
    from verify.evidence.passages import terms_of
    from verify.evidence.reader import Reader

    return Reader(store.engine).passages_like(terms_of(query, [query]), 10)


def run_evidence_command(args: argparse.Namespace, load: Callable[[str, argparse.Namespace], Any]) -> int:
    action = args.evidence_command
    if action == "add":
        return _add(args, load)
    if action == "import":
        return _import(args)
    if action == "where":
        from verify.evidence.store import default_location

        print(args.store or default_location())
        return 0
    store = open_store(args.store)
    if action == "list":
        for source in store.sources():
            when = source.published.isoformat() if source.published else "undated"
            _say(f"{source.id:>6}  {source.kind:<8} {when:<10}  {source.title or ''}  <{source.location}>")
        return 0
    if action == "search":
        facts, quotes, sources = store.search(args.query)
        for fact in facts:
            _say(f"fact   {_fact_text(fact)} (as of {fact.as_of or 'undated'}; source {fact.source_id})")
        for quote in quotes:
            _say(f"quote  {quote.speaker or 'unattributed'}: “{quote.words}” (source {quote.source_id})")
        for source in sources:
            _say(f"source {source.id}: {source.title} <{source.location}>")
        for passage in _passages(store, args.query):
            _say(f"passage {passage.text} (source {passage.source_id})")
        return 0
    if action == "show":
        found = store.source(args.id)
        if found is None:
            raise InputError(f"no source {args.id} in {store.url}")
        source, facts, quotes = found
        _say(f"source {source.id}: {source.title or source.location}")
        _say(f"  location: {source.location}")
        _say(f"  published: {source.published or 'unknown'}; retrieved: {source.retrieved_at:%Y-%m-%d %H:%M}")
        for fact in facts:
            _say(f"  fact  {_fact_text(fact)}")
        for quote in quotes:
            _say(f"  quote {quote.speaker or 'unattributed'}: “{quote.words}”")
        return 0
    if action == "remove":
        if not store.remove(args.id):
            raise InputError(f"no source {args.id} in {store.url}")
        print(f"removed source {args.id}")
        return 0
    raise InputError(f"unknown evidence action {action!r}")

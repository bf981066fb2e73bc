"""The contract JSON of ``verify check`` and ``verify extract`` (see ``verify/schema``), written as it is made.

A dense draft has tens of thousands of claims; building the whole document as one tree and
then one string held several times the draft's size in memory. Here the claims and findings
are turned into JSON one at a time (:func:`stream_check`), in exactly the layout of
``json.dumps(document, indent=2, ensure_ascii=False)``, which a test pins.

>>> import json
>>> json.loads(render_check([], "0.3.0"))["reports"]
[]
>>> value = {"a": [1, {"b": None}], "c": [], "d": {}, "e": [{"f": "x\\ny"}]}
>>> lazy = {**value, "c": iter([]), "e": iter(value["e"])}
>>> "".join(encode(lazy)) == json.dumps(value, indent=2)
True
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

from verify.report import ArticleReport, Unreadable, claim_dict, report_dict

SCHEMA_VERSION = "1"
_INDENT = "  "


def _lazy(value: Any) -> bool:
    return isinstance(value, Iterator) or (isinstance(value, dict) and any(map(_lazy, value.values())))


def encode(value: Any, level: int = 0) -> Iterator[str]:
    """``value`` as indented JSON, in pieces; iterators are consumed lazily, and everything else is
    written by ``json.dumps`` (C-accelerated) in one call, then indented to its depth."""
    if not _lazy(value):
        yield json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + _INDENT * level)
    elif isinstance(value, dict):
        inner = "\n" + _INDENT * (level + 1)
        for number, (key, item) in enumerate(value.items()):
            yield ("{" if number == 0 else ",") + inner + json.dumps(key, ensure_ascii=False) + ": "
            yield from encode(item, level + 1)
        yield "\n" + _INDENT * level + "}"
    else:
        inner = "\n" + _INDENT * (level + 1)
        empty = True
        for item in value:
            yield ("[" if empty else ",") + inner
            empty = False
            yield from encode(item, level + 1)
        yield "[]" if empty else "\n" + _INDENT * level + "]"


def stream_check(reports: list[ArticleReport], version: str,
                 failures: Sequence[Unreadable] = ()) -> Iterator[str]:
    """The check document, in pieces: each claim and finding is made into JSON when it is written;
    ``errors`` lists the articles of the batch that could not be read."""
    document = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "verify", "version": version},
        "reports": (report_dict(r, lazy=True) for r in reports),
        "errors": [failure.as_dict() for failure in failures],
    }
    yield from encode(document)
    yield "\n"


def render_check(reports: list[ArticleReport], version: str, failures: Sequence[Unreadable] = ()) -> str:
    return "".join(stream_check(reports, version, failures))


def stream_extract(report: ArticleReport) -> Iterator[str]:
    document = {
        "schema_version": SCHEMA_VERSION,
        "published": report.published.isoformat() if report.published else None,
        "claims": (claim_dict(report.document, c) for c in report.claims),
    }
    yield from encode(document)
    yield "\n"


def render_extract(report: ArticleReport) -> str:
    return "".join(stream_extract(report))

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

from collections.abc import Iterator, Sequence
from json.encoder import encode_basestring as _escape  # the C escaper, as ensure_ascii=False uses
from typing import Any

from verify.report import ArticleReport, Unreadable, claim_dict, report_dict

SCHEMA_VERSION = "1"
_INDENT = "  "


def _has_lazy(value: Any) -> bool:
    return isinstance(value, dict) and any(isinstance(item, Iterator) for item in value.values())


def encode(value: Any, level: int = 0) -> Iterator[str]:
    """``value`` as indented JSON, in pieces: an iterator, and a dict holding one, are written an
    item at a time as they are consumed; anything else is written at once by :func:`_write`."""
    if isinstance(value, Iterator) or _has_lazy(value):
        items = value.items() if isinstance(value, dict) else value
        opening, closing = ("{", "}") if isinstance(value, dict) else ("[", "]")
        inner = "\n" + _INDENT * (level + 1)
        empty = True
        for item in items:
            if isinstance(value, dict):
                yield ("{" if empty else ",") + inner + _key(item[0]) + ": "
                item = item[1]
            else:
                yield ("[" if empty else ",") + inner
            empty = False
            yield from encode(item, level + 1)
        yield opening + closing if empty else "\n" + _INDENT * level + closing
    else:
        out: list[str] = []
        _write(value, level, out)
        yield "".join(out)


def _write(value: Any, level: int, out: list[str]) -> None:
    """Append ``value`` as ``json.dumps(value, indent=2, ensure_ascii=False)`` writes it, at depth
    ``level``. Why not ``json.dumps``: with an indent it runs the encoder written in Python, which
    builds its closures anew on every call; a report of a few hundred claims took 30 ms that way
    against 10 ms here (strings still go through the C escaper)."""
    if isinstance(value, str):
        out.append(_escape(value))
    elif value is None or value is True or value is False:
        out.append("null" if value is None else "true" if value else "false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, float):
        out.append(_float(value))
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = ",\n" + _INDENT * (level + 1)
        out.append("{" + inner[1:])
        for number, (key, item) in enumerate(value.items()):
            if number:
                out.append(inner)
            out.append(_key(key))
            out.append(": ")
            _write(item, level + 1, out)
        out.append("\n" + _INDENT * level + "}")
    elif isinstance(value, (list, tuple, Iterator)):
        inner = ",\n" + _INDENT * (level + 1)
        empty = True
        for item in value:
            out.append(("[" + inner[1:]) if empty else inner)
            empty = False
            _write(item, level + 1, out)
        out.append("[]" if empty else "\n" + _INDENT * level + "]")
    else:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _key(key: Any) -> str:
    """A dict key as ``json.dumps`` writes it: a string as it is, a number or constant as its JSON text."""
    if isinstance(key, str):
        return _escape(key)
    if isinstance(key, float):
        return _escape(_float(key))
    if key is None or key is True or key is False or isinstance(key, int):
        return _escape("null" if key is None else "true" if key is True else "false" if key is False
                       else int.__repr__(key))
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value in (float("inf"), float("-inf")):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


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

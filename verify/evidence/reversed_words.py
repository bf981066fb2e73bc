"""Reversed words left on an article's document by the matcher, for the ``evidence.reversed`` rule.

A reversed word's sentence need state no figure, so the article may have no claim to keep it on
(an entity swap has one); the document carries them instead. A module of its own, so a plain
``verify check`` reads them without loading the alignment.

>>> from verify.document import Document
>>> doc = Document.from_plain("a.txt", "Sales fell.")
>>> kept_reversals(doc)
[]
>>> keep_reversals(doc, [{"claim": None, "evidence": []}])
>>> len(kept_reversals(doc))
1
"""

from __future__ import annotations

from typing import Any

_KEPT = "evidence_reversals"  # the document attribute they are left in


def keep_reversals(document: Any, found: list[dict[str, Any]]) -> None:
    """Leave an article's reversed words (each {"claim": …, "evidence": [...]}) on its document."""
    setattr(document, _KEPT, found)


def kept_reversals(document: Any) -> list[dict[str, Any]]:
    """The reversed words :func:`keep_reversals` left on the document (none without a store)."""
    return list(getattr(document, _KEPT, ()))

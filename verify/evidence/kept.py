"""Evidence findings the matcher leaves on an article's document: reversed words (for
``evidence.reversed``), swapped names (for ``evidence.entity-swapped``) and names a sentence adds
to the source sentence it restates (for ``evidence.name-unsupported``).

Such a finding's sentence need state no figure, so the article may have no claim to keep it on;
the document carries them instead. A module of its own, so a plain ``verify check`` reads them
without loading the alignment.

>>> from verify.document import Document
>>> doc = Document.from_plain("a.txt", "Sales fell.")
>>> kept(doc, "reversals")
[]
>>> keep(doc, "reversals", [{"claim": None, "evidence": []}])
>>> len(kept(doc, "reversals")), kept(doc, "swaps")
(1, [])
"""

from __future__ import annotations

from typing import Any, Literal

Kind = Literal["reversals", "swaps", "additions"]


def keep(document: Any, kind: Kind, found: list[dict[str, Any]]) -> None:
    """Leave an article's findings of a kind (each {"claim": …, "evidence": [...], …}) on its document."""
    setattr(document, f"evidence_{kind}", found)


def kept(document: Any, kind: Kind) -> list[dict[str, Any]]:
    """The findings of a kind that :func:`keep` left on the document (none without a store)."""
    return list(getattr(document, f"evidence_{kind}", ()))

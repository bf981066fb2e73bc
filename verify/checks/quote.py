"""``quote``: one remark quoted twice in different words, or given to two speakers.

Facets (``params.facet``):

- ``altered``: two quotes that align closely (rapidfuzz partial ratio at or
  above ``threshold``) but differ in words; an excerpt that is a verbatim part
  of the longer quote is fine. The message shows the words that differ.
- ``speaker``: the same words attributed to two different speakers.
"""

from __future__ import annotations

from typing import Any

from verify.checks.common import CheckContext, Hit, HitIterator
from verify.claims import Claim
from verify.lazy_re import LazyPattern

FIELDS = frozenset({"first", "second", "first_speaker", "second_speaker", "score", "diff"})
_NON_WORD = LazyPattern(r"[^\w\s]|_")


def normalise(quote: str) -> str:
    """Lower case, punctuation, brackets and ellipses removed, spaces folded.

    >>> normalise("We aim […] to connect — “perception”!")
    'we aim to connect perception'
    """
    return " ".join(_NON_WORD.sub(" ", quote.lower()).split())


def _word_diff(a: str, b: str) -> str:
    import difflib

    words_a, words_b = a.split(), b.split()
    changes = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=words_a, b=words_b).get_opcodes():
        if op in ("replace", "delete"):
            changes.append(f"-[{' '.join(words_a[i1:i2])}]")
        if op in ("replace", "insert"):
            changes.append(f"+[{' '.join(words_b[j1:j2])}]")
    return " ".join(changes)


def _short(claim: Claim) -> str:
    words = claim.value["quote"]
    return f"“{words[:80]}{'…' if len(words) > 80 else ''}”"


def _may_align(a: str, b: str) -> bool:
    """Cheap pre-filter: quotes sharing under half their words cannot align at 80."""
    words_a, words_b = set(a.split()), set(b.split())
    return bool(words_a and words_b) and len(words_a & words_b) * 2 >= min(len(words_a), len(words_b))


def run(ctx: CheckContext, params: dict[str, Any]) -> HitIterator:
    facet = params.get("facet", "altered")
    threshold = float(params.get("threshold", 80))
    quotes = [(c, normalise(c.value["quote"])) for c in ctx.of_type("quote")]
    for index, (later, b) in enumerate(quotes):
        for earlier, a in quotes[:index]:
            if not _may_align(a, b):
                continue
            from rapidfuzz import fuzz

            shorter, longer = sorted((a, b), key=len)
            verbatim = shorter in longer
            fields = {"first": _short(earlier), "second": _short(later),
                      "first_speaker": earlier.value["speaker"] or "unattributed",
                      "second_speaker": later.value["speaker"] or "unattributed",
                      "score": "100" if verbatim else f"{fuzz.partial_ratio(shorter, longer):.0f}",
                      "diff": ""}
            if facet == "speaker":
                s1, s2 = earlier.value["speaker"], later.value["speaker"]
                if verbatim and len(shorter.split()) >= 3 and s1 and s2 and s1 != s2:
                    yield Hit([later, earlier], fields)
                    break
            elif not verbatim and len(shorter.split()) >= 4 and float(fields["score"]) >= threshold:
                fields["diff"] = _word_diff(a, b)
                yield Hit([later, earlier], fields)
                break

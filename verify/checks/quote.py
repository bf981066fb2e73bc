"""``quote``: one remark quoted twice in different words, or given to two speakers.

Quotes are paired by their words (one remark), not by an entity; the relation says what is wrong:

- ``words-differ``: two quotes that align closely (rapidfuzz partial ratio at or above
  ``threshold``) but differ in words; an excerpt that is a verbatim part of the longer quote is
  fine. The message shows the words that differ.
- ``speakers-differ``: the same words attributed to two different speakers — two different
  entities of the reference layer, however each is named ("she", a surname, "the company").
"""

from __future__ import annotations

from typing import Any

from verify.checks.common import CheckContext, Hit, HitIterator
from verify.claims import Claim
from verify.lazy_re import LazyPattern

RELATIONS = frozenset({"words-differ", "speakers-differ"})
FIELDS = frozenset({"first", "second", "first_speaker", "second_speaker", "score", "diff"})
_NON_WORD = LazyPattern(r"[^\w\s]|_")


def normalise(quote: str) -> str:
    """Lower case, punctuation, brackets and ellipses removed, spaces folded.

    >>> normalise("We aim […] to connect — “perception”!")
    'we aim to connect perception'
    """
    return " ".join(_NON_WORD.sub(" ", quote.lower()).split())


def word_diff(a: str, b: str) -> str:
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


# Each quote is compared with at most this many earlier distinct quotes (exact repeats are found
# by a dictionary whatever their distance): real articles have far fewer, hostile ones stay linear.
_WINDOW = 200


def _earlier(distinct: list[tuple[Claim, str]], exact: dict[str, tuple[Claim, str]],
             text: str) -> list[tuple[Claim, str]]:
    window = distinct[-_WINDOW:]
    same = exact.get(text)
    return window if same is None or same in window else [same, *window]


def run(ctx: CheckContext, params: dict[str, Any], policy: object = None, relation: str = "",
        claims: tuple[str, ...] = ()) -> HitIterator:
    facet = "speaker" if relation == "speakers-differ" else "altered"
    threshold = float(params.get("threshold", 80))
    distinct: list[tuple[Claim, str]] = []
    exact: dict[str, tuple[Claim, str]] = {}
    for later in ctx.of_type("quote"):
        b = normalise(later.value["quote"])
        candidates = _earlier(distinct, exact, b)
        key = f"{later.value['speaker']}\x00{b}"
        if key not in exact:
            exact.setdefault(b, (later, b))
            exact[key] = (later, b)
            distinct.append((later, b))
        yield from _compare(later, b, candidates, facet, threshold)


def _compare(later: Claim, b: str, candidates: list[tuple[Claim, str]], facet: str,
             threshold: float) -> HitIterator:
    """The first earlier quote that ``later`` alters or gives to another speaker, if any.

    rapidfuzz is imported and run only for a pair that could be an alteration.
    """
    for earlier, a in candidates:
        if earlier is later or not _may_align(a, b):
            continue
        shorter, longer = sorted((a, b), key=len)
        verbatim = shorter in longer
        if facet == "speaker":
            first, second = earlier.value["speaker"], later.value["speaker"]
            if verbatim and len(shorter.split()) >= 3 and first and second and first != second:
                yield Hit([later, earlier], _fields(earlier, later, "100", ""))
                return
            continue
        if verbatim or len(shorter.split()) < 4:
            continue
        from rapidfuzz import fuzz

        score = f"{fuzz.partial_ratio(shorter, longer):.0f}"  # compared as shown in the message
        if float(score) >= threshold:
            yield Hit([later, earlier], _fields(earlier, later, score, word_diff(a, b)))
            return


def _fields(earlier: Claim, later: Claim, score: str, diff: str) -> dict[str, str]:
    return {"first": _short(earlier), "second": _short(later),
            "first_speaker": earlier.value["speaker"] or "unattributed",
            "second_speaker": later.value["speaker"] or "unattributed", "score": score, "diff": diff}

"""``quote``: one remark quoted twice in different words, or given to two speakers.

Quotes are paired by their words (one remark), not by an entity; the relation says what is wrong:

- ``words-differ``: two quotes that align closely (rapidfuzz partial ratio at or above
  ``threshold``) but differ in words, whoever speaks (one remark given to two people in two
  versions is wrong twice over); and a short phrase
  that is one or two words away from a stretch of a longer quote by the same speaker ("more for
  everyone" against “…there will be more for all…”). An excerpt that is a verbatim part of the
  longer quote is fine. The message shows the words that differ.
- ``speakers-differ``: the same words attributed to two different speakers — two different
  entities of the reference layer, however each is named ("she", a surname, "the company", "his
  daughter"). The shared words must hold at least two content words when a phrase lies inside the
  other's longer quote, three when the quotes are the same words: two people who each say "a
  disgrace", or "a total disgrace", may both have said it. A question is never compared (an
  interviewer's question repeats the answer's words).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from verify.checks.common import CheckContext, Hit, HitIterator
from verify.claims import Claim
from verify.lazy_re import LazyPattern
from verify.lexicon import phrase_pattern, words

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
        if facet == "speaker" and _cites(ctx.document.text, later):
            continue  # "…," she said, quoting her opponent: the words are said to be another's
        yield from _compare(later, b, candidates, facet, threshold)


def _cites(text: str, claim: Claim) -> bool:
    """Does the quote's sentence say its speaker repeats someone else's words ("quoting", "echoing")?

    >>> _cites('"Keep building," she said, quoting her rival.', Claim("quote", 0, 17, {}, sentence=(0, 45)))
    True
    """
    return _citing().search(text, *claim.sentence) is not None


@cache
def _citing() -> re.Pattern[str]:
    return re.compile(rf"\b{phrase_pattern(words('quotes', 'citing')).pattern}\b", re.IGNORECASE)


def _compare(later: Claim, b: str, candidates: list[tuple[Claim, str]], facet: str,
             threshold: float) -> HitIterator:
    """The first earlier quote that ``later`` alters or gives to another speaker, if any.

    rapidfuzz is imported and run only for a pair that could be an alteration.
    """
    for earlier, a in candidates:
        if earlier is later or not _may_align(a, b) or _is_question(earlier) or _is_question(later):
            continue
        shorter, longer = sorted((a, b), key=len)
        first, second = earlier.value["speaker"], later.value["speaker"]
        if facet == "speaker":
            if _two_speakers(first, second) and _contains(longer, shorter) and \
                    _content_words(shorter) >= (3 if shorter == longer else 2):
                yield Hit([later, earlier], _fields(earlier, later, "100", ""))
                return
            continue
        if _contains(longer, shorter):
            continue
        if first and second and first == second:
            variant = _phrase_variant(shorter, longer)
            if variant is not None:
                score, window = variant
                yield Hit([later, earlier], _fields(earlier, later, score, word_diff(
                    *((shorter, window) if a == shorter else (window, shorter)))))
                return
        if len(shorter.split()) < 4:
            continue
        from rapidfuzz import fuzz

        score = f"{fuzz.partial_ratio(shorter, longer):.0f}"  # compared as shown in the message
        if float(score) >= threshold:
            yield Hit([later, earlier], _fields(earlier, later, score, word_diff(a, b)))
            return


def _contains(longer: str, shorter: str) -> bool:
    """Are the normalised words of ``shorter`` a run of whole words of ``longer``?"""
    return f" {shorter} " in f" {longer} "


def _content_words(quote: str) -> int:
    return sum(1 for word in quote.split() if word not in words("quotes", "function_words"))


def _is_question(claim: Claim) -> bool:
    return claim.value["quote"].rstrip("”’\"' ")[-1:] == "?"


def _two_speakers(first: str | None, second: str | None) -> bool:
    """Are two different speakers named (neither one of the other's joint speakers, "Lee and Ray")?"""
    if not first or not second or first == second:
        return False
    return not (set(first.split(" and ")) & set(second.split(" and ")))


_PHRASE_WORDS = (3, 12)  # a phrase this long is compared against the windows of a longer quote


def _phrase_variant(phrase: str, quote: str) -> tuple[str, str] | None:
    """The stretch of ``quote`` that ``phrase`` alters by one or two words, with its similarity.

    Each window of the quote as long as the phrase (or a word shorter or longer) is compared word by
    word (rapidfuzz's Levenshtein distance over word lists); the phrase must keep at least two of its
    words and change at most a third of them. Time is linear in the quote's length.

    >>> _phrase_variant("more for everyone", "we promise more for all of you")
    ('67', 'more for all')
    >>> _phrase_variant("more for everyone", "we promise nothing at all") is None
    True
    """
    phrase_words, quote_words = phrase.split(), quote.split()
    size = len(phrase_words)
    if not _PHRASE_WORDS[0] <= size <= _PHRASE_WORDS[1] or len(quote_words) <= size:
        return None
    from rapidfuzz.distance import Levenshtein

    allowed = max(1, size // 3)
    best: tuple[int, list[str]] | None = None
    for start in range(len(quote_words)):
        for length in (size, size - 1, size + 1):  # on a tie, a substitution before a dropped word
            window = quote_words[start:start + length]
            if len(window) < length:
                continue
            distance = Levenshtein.distance(phrase_words, window, score_cutoff=allowed)
            if distance <= allowed and (best is None or distance < best[0]):
                best = (distance, window)
    if best is None or best[0] == 0:
        return None
    kept = size - best[0]
    if kept < 2 or _content_words(" ".join(w for w in phrase_words if w in best[1])) < 1:
        return None
    return f"{100 * kept / max(size, len(best[1])):.0f}", " ".join(best[1])


def _fields(earlier: Claim, later: Claim, score: str, diff: str) -> dict[str, str]:
    return {"first": _short(earlier), "second": _short(later),
            "first_speaker": earlier.value["speaker"] or "unattributed",
            "second_speaker": later.value["speaker"] or "unattributed", "score": score, "diff": diff}

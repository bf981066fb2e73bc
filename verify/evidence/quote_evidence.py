"""Quotes against the stored quotes: verbatim, altered or misattributed.

A quote is aligned with stored quotes (rapidfuzz partial ratio on normalised words; ellipses,
brackets and punctuation ignored): the same words by the same speaker support it; close words
by the same speaker are an alteration; the same words by someone else, a misattribution.
"""

from __future__ import annotations

from typing import Any

from verify.claims import Claim
from verify.evidence.citations import cite
from verify.evidence.keys import subject_key, words_key
from verify.evidence.reader import Reader


def judge_quote(store: Reader, claim: Claim) -> None:
    """Set a quote claim's status, ``extra["evidence"]`` and ``extra["quote_verdict"]``."""
    from rapidfuzz import fuzz

    claim.status = "unverified"
    key = words_key(claim.value["quote"].replace("…", " ").replace("...", " "))
    speaker = claim.value.get("speaker")
    best: tuple[float, str, Any, Any] | None = None
    for quote, source in store.quotes_like(key, speaker):
        shorter, longer = sorted((key, quote.words_key), key=len)
        score = 100.0 if shorter in longer else fuzz.partial_ratio(shorter, longer)
        same_speaker = not speaker or not quote.speaker or subject_key(speaker) == quote.speaker_key
        kind = ("verbatim" if score == 100 and same_speaker else
                "misattributed" if score >= 95 and not same_speaker else
                "altered" if score >= 80 and same_speaker else None)
        if kind and (best is None or (kind == "verbatim", score) > (best[1] == "verbatim", best[0])):
            best = (score, kind, quote, source)
    if best is None:
        return
    score, kind, quote, source = best
    claim.status = "supported" if kind == "verbatim" else "contradicted"
    claim.extra["evidence"] = [cite(source, quote.words, quote.words, kind, stored=quote.speaker or "")]
    claim.extra["quote_verdict"] = kind

"""``evidence``: what the evidence store says of the article's claims (with ``check --evidence``).

Facets (``params.facet``): ``contradicted`` (a figure or date the aligned source sentence states
otherwise), ``supported`` (one it confirms), ``entity-swapped`` (a name where the aligned source
sentence has another the source gives instead), ``quote-altered`` (a quote that differs from the
stored words of the same speaker; the message shows the word diff) and ``quote-misattributed``
(the stored words belong to someone else), ``reversed`` (a word the aligned source sentence
states the other way: an antonym, a negation added or removed) and ``name-unsupported`` (a name
that the source a sentence restates never mentions). Claims are annotated by
:mod:`verify.evidence.matching` before the rules run; without a store this kind finds nothing.
"""

from __future__ import annotations

from typing import Any

from verify.checks.common import CheckContext, Hit, HitIterator, describe, quoted
from verify.checks.quote import normalise, word_diff
from verify.evidence.kept import kept

FIELDS = frozenset({"claim", "source", "published", "stored", "excerpt", "diff", "speaker", "other_speaker"})


def _wording(claim: Any) -> str:
    """'"$290 million" (290,000,000 USD)'; a quote, a name or an unresolved date just as written."""
    if claim.type in ("quote", "name", "word") or (claim.type == "date" and claim.value.get("start") is None):
        return quoted(claim)
    return describe(claim)


def _fields(claim: Any, first: dict[str, Any]) -> dict[str, Any]:
    return {"claim": _wording(claim),
            "source": first["source"], "published": first.get("published") or "undated", "stored": first["stored"],
            "excerpt": first["excerpt"][:160], "diff": "", "speaker": claim.value.get("speaker") or "unattributed",
            "other_speaker": first["stored"] or "someone else"}


def run(ctx: CheckContext, params: dict[str, Any]) -> HitIterator:
    facet = params.get("facet", "contradicted")
    if facet == "reversed":
        for item in kept(ctx.document, "reversals"):
            yield Hit([item["claim"]], _fields(item["claim"], item["evidence"][0]), item["evidence"])
        return
    if facet == "name-unsupported":
        for addition in kept(ctx.document, "additions"):
            yield Hit([addition["claim"]], _fields(addition["claim"], addition["evidence"][0]), addition["evidence"])
        return
    if facet == "entity-swapped":
        for swap in kept(ctx.document, "swaps"):
            involved = [swap["claim"], *swap["with"]]
            yield Hit(involved, _fields(swap["claim"], swap["evidence"][0]), swap["evidence"])
        return
    for claim in ctx.claims:
        evidence = claim.extra.get("evidence")
        if not evidence:
            continue
        fields = _fields(claim, evidence[0])
        if claim.type == "quote":
            verdict = claim.extra.get("quote_verdict")
            if facet == "quote-altered" and verdict == "altered":
                fields["diff"] = word_diff(normalise(evidence[0]["excerpt"]), normalise(claim.value["quote"]))
                yield Hit([claim], fields, evidence)
            elif facet == "quote-misattributed" and verdict == "misattributed":
                yield Hit([claim], fields, evidence)
        elif facet == claim.status:
            yield Hit([claim], fields, evidence)

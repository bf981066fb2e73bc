"""``evidence``: what the evidence store says of the article's claims (with ``check --evidence``).

Facets (``params.facet``): ``contradicted`` (a figure the stored facts contradict),
``supported`` (a figure they confirm), ``quote-altered`` (a quote that differs from the
stored words of the same speaker; the message shows the word diff) and ``quote-misattributed``
(the stored words belong to someone else). Claims are annotated by
:mod:`verify.evidence.matching` before the rules run; without a store this kind finds nothing.
"""

from __future__ import annotations

from typing import Any

from verify.checks.common import CheckContext, Hit, HitIterator, describe, quoted
from verify.checks.quote import normalise, word_diff

FIELDS = frozenset({"claim", "source", "stored", "excerpt", "diff", "speaker", "other_speaker"})


def run(ctx: CheckContext, params: dict[str, Any]) -> HitIterator:
    facet = params.get("facet", "contradicted")
    for claim in ctx.claims:
        evidence = claim.extra.get("evidence")
        if not evidence:
            continue
        first = evidence[0]
        fields = {"claim": describe(claim) if claim.type != "quote" else quoted(claim),
                  "source": first["source"], "stored": first["stored"], "excerpt": first["excerpt"][:160],
                  "diff": "", "speaker": claim.value.get("speaker") or "unattributed",
                  "other_speaker": first["stored"] or "someone else"}
        if claim.type == "quote":
            verdict = claim.extra.get("quote_verdict")
            if facet == "quote-altered" and verdict == "altered":
                fields["diff"] = word_diff(normalise(first["excerpt"]), normalise(claim.value["quote"]))
                yield Hit([claim], fields, evidence)
            elif facet == "quote-misattributed" and verdict == "misattributed":
                yield Hit([claim], fields, evidence)
        elif facet == claim.status:
            yield Hit([claim], fields, evidence)

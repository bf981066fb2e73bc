"""The contract's ``subject``: what a claim is about, rendered from its frame for people to read.

It is never compared: the checks compare frames. An entity, the parts and round that qualify the
figure, and the metric, in that order: "Nordvik Energy series B funding", "Acme revenue (in
norway)", a quote's speaker, a date's entity and event.

>>> from verify.claims import Claim
>>> from verify.frames.model import Frame
>>> from verify.refs.model import Entity
>>> render_subject(Frame(Claim("money", 0, 3, {}), Entity(0, "Acme"), "revenue",
...                      qualifiers=frozenset({"round:series b", "in:norway"})))
'Acme series B revenue (in norway)'
>>> render_subject(Frame(Claim("money", 0, 3, {})))
"""

from __future__ import annotations

from verify.frames.model import Frame


def render_subject(frame: Frame) -> str | None:
    claim = frame.claim
    if claim.type == "quote":
        return claim.value.get("speaker")
    metric = frame.metric or ""
    if metric.startswith("event:"):
        metric = metric.removeprefix("event:")
    round_label = next((q.split(":", 1)[1] for q in frame.qualifiers if q.startswith("round:")), None)
    if round_label:
        first, *rest = round_label.split()
        round_label = " ".join([first, *(word.upper() if len(word) == 1 else word for word in rest)])
    parts = sorted(q.replace(":", " ", 1) for q in frame.qualifiers if q.startswith(("in:", "for:", "on:", "from:")))
    owner = None if frame.counted else frame.entity_name  # a count of a happening is no one's
    text = " ".join(p for p in (owner, round_label, metric) if p)
    if parts and text:
        text += f" ({', '.join(parts)})"
    return text or None

"""``headline``: the headline's figure against the body's figure for the same frame.

``headline-vs-body``: the headline is the article's title (Markdown front matter ``title``, HTML
``og:title`` or ``<title>``) when the prose does not repeat it, else the heading the prose opens with
(a Markdown ``#`` line, an HTML ``<h1>``; in plain text, the first blocks of short lines with no full
stop, with any dateline or "Published:" line among them). The standfirst under it counts as headline
too: front matter ``dek``, ``subtitle``, ``description``… (keys in ``verify/data/front_matter.toml``),
an HTML ``<p class="standfirst">`` or ``<p class="dek">`` after the heading. Its figures are framed
like any other; a headline usually leaves out whose figure it is, so a figure with no entity, or with
one the body does not name, is the article's main entity's.
A headline figure contradicts the body when

- the body has figures of the same frame — the same entity, metric, unit and aspect (and modality,
  unless the rule's ``[pair]`` says ``modality = "any"``: a headline's "to cut" is the body's "will
  cut"), no qualifier the headline has and they lack (a round, a region; not a purpose) — and none
  of them agrees with it (intervals with rounding and hedges, as ``number.mismatch``), and
- the first of them not about an earlier period is said in the same words: its sentence shares a
  word of the headline's (a verb such as "raises" / "raised" or "cut"; not the entity's name nor the
  counted noun, which any two figures of the frame share), so that "to cut 1,200 jobs" is compared
  with "will cut about 960 jobs", not with "employs 14,000 people".

>>> from datetime import date
>>> from verify.loaders.markdown import parse_markdown
>>> from verify.extract import extract_claims
>>> from verify.checks.common import CheckContext
>>> doc = parse_markdown("a.md", "---\\ntitle: Acme raises $7m\\n---\\nAcme raised $5 million from investors.\\n")
>>> ctx = CheckContext(doc, extract_claims(doc, date(2026, 4, 10)), date(2026, 4, 10))
>>> [(hit.fields["headline"], hit.fields["body"]) for hit in run(ctx, {}, relation="headline-vs-body",
...                                                             claims=("money",))]
[('"$7m" (7,000,000 USD)', '"$5 million" (5,000,000 USD)')]
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from verify.checks.common import CheckContext, Hit, HitIterator, describe, disjoint, interval
from verify.checks.relations import subject_of
from verify.claims import Claim
from verify.document import Document
from verify.frames.metrics import metrics_named
from verify.frames.model import Frame
from verify.frames.pairs import Policy
from verify.lexicon import words
from verify.refs.model import Entity, Form, Kind

RELATIONS = frozenset({"headline-vs-body"})
FIELDS = frozenset({"headline", "body", "subject", "first_link", "second_link"})
_TOP_BLOCKS = 3  # the headline is among the first blocks of the prose
# one short line with no full stop (a decimal point is none: "Norvik opens $2.4bn plant")
_PLAIN_HEADLINE = re.compile(r"(?:[^\n.!?]|(?<=\d)\.(?=\d)){8,140}[^\n.!?:,;]")
_MAX_HEADLINE_WORDS = 20
_WORD = re.compile(r"[a-z][a-z’'-]+")
_STEM = 5  # letters two words share to be one word written twice ("raises" / "raised")
_OPENING_TAG = re.compile(r"<p\b(?P<attributes>[^>]*)>\s*$", re.IGNORECASE)
_CLASSES = re.compile(r"\bclass\s*=\s*[\"']?(?P<classes>[^\"'>]*)", re.IGNORECASE)
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]+$")  # "… opens a new depot | City Desk"


def _normal(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _heading_blocks(doc: Document) -> list[tuple[int, int]]:
    """The blocks the prose opens with that are its headline: headings (or, in plain text, short lines with
    no full stop), and in HTML the standfirst paragraph after them (``<p class="dek">``)."""
    found = []
    for start, end in doc.blocks[:_TOP_BLOCKS]:
        block = doc.text[start:end].strip()
        if doc.scope_at(start) == "heading" or (doc.format == "text" and all(
                _PLAIN_HEADLINE.fullmatch(line.strip()) and len(line.split()) <= _MAX_HEADLINE_WORDS
                and not line.strip().endswith(":") for line in block.splitlines())):
            found.append((start, end))  # plain text may open with a dateline or "Published:" line, then its headline
        elif found and doc.format == "html" and _is_standfirst(doc, start):
            found.append((start, end))
        else:
            break  # the body has begun: a heading further down is a section's
    return found


def _is_standfirst(doc: Document, start: int) -> bool:
    """Is the HTML paragraph at prose offset ``start`` marked as a standfirst (``<p class="dek">``)?"""
    source_start = doc.source_span(start, start + 1)[0]
    tag = _OPENING_TAG.search(doc.source, max(0, source_start - 300), source_start)
    named = _CLASSES.search(tag["attributes"]) if tag else None
    classes = set(named["classes"].lower().split()) if named else set()
    return bool(classes & words("headline", "standfirst_classes"))


def _displayed(ctx: CheckContext, prose_heading: str) -> list[tuple[Frame, str]]:
    """The figures of the title (when the prose does not repeat it) and of a front-matter standfirst, each
    framed in its own text alone, with that text; their spans point into the source."""
    from verify.extract import extract_claims

    doc = ctx.document
    title = _SITE_SUFFIX.sub("", doc.title or "").strip()
    if prose_heading and (_normal(title) in prose_heading or prose_heading in _normal(title)):
        title = ""
    frames = []
    for shown in (title, (doc.standfirst or "").strip()):
        if not shown:
            continue
        near = max(doc.source.find(shown[:24]), 0)  # where the text stands in the source, roughly
        for claim in extract_claims(Document.from_plain("headline", shown), ctx.published):
            at = doc.source.find(claim.text, near)
            at = at if at >= 0 else doc.source.find(claim.text)
            if claim.frame is None or claim.type not in ("money", "percent", "quantity") or at < 0:
                continue
            claim.id, claim.source_start, claim.source_end = "", at, at + len(claim.text)
            claim.start = claim.end = 0  # not in the prose: nothing of the body lies under it
            frames.append((replace(claim.frame, claim=claim), shown))
    return frames


def _main_entity(ctx: CheckContext) -> Entity | None:
    refs = ctx.references
    ranked = [e for e in (refs.main(Kind.ORGANISATION), refs.main(Kind.PERSON)) if e is not None]
    return max(ranked, key=lambda e: len(e.mentions)) if ranked else None


def _body_entity(ctx: CheckContext, frame: Frame, in_prose: bool) -> tuple[Entity | None, str]:
    """Whose the headline figure is in the body: the entity it names there, else the article's main one."""
    entity = frame.entity
    if entity is not None and in_prose and len(entity.mentions) > 1:
        return entity, frame.link_text()
    if entity is not None:
        named = ctx.references.entity_named(entity.name) or next(
            (e for e in ctx.references.entities if entity.name in e.short_names | {e.name}), None)
        if named is not None:
            return named, f"{entity.name} (named in the headline)"
        if any(m.form == Form.NAME for m in entity.mentions):
            return None, ""  # a name the body never uses: someone else's figure, not the main entity's
    main = _main_entity(ctx)
    return main, (f"{main.name} (the headline's entity left out: the article's main entity)" if main else "")


def _stems(text: str, ignore: set[str]) -> set[str]:
    stop = words("headline", "stopwords")
    return {w[:_STEM] for w in _WORD.findall(text.lower()) if w not in stop and w[:_STEM] not in ignore}


def _said(text: str, ignore: set[str], frame: Frame) -> set[str]:
    """What ``text`` says of ``frame`` in words: its stems, and for an amount or a percentage the frame's
    metric when one of the metric's nouns is written there ("buyback" and "share repurchase programme"
    name one thing in two words; a counted noun is shared by any two counts, so it is not telling)."""
    said = _stems(text, ignore)
    if frame.claim.type != "quantity" and frame.metric in metrics_named(text):
        said.add(f"metric:{frame.metric}")
    return said


def _telling(frame: Frame) -> frozenset[str]:
    """The headline's qualifiers that make its figure another one: a round, a region, a rate base; not a
    purpose ("raises $40m for clinics") or a describing word."""
    return frozenset(q for q in frame.qualifiers if q.split(":")[0] in ("round", "per", "in", "on", "at", "list"))


def _agrees(a: Claim, b: Claim, params: dict[str, Any]) -> bool:
    return not disjoint(interval(a, params), interval(b, params))


def run(ctx: CheckContext, params: dict[str, Any], policy: Policy | None = None, relation: str = "",
        claims: tuple[str, ...] = ()) -> HitIterator:
    policy = policy or Policy()
    doc = ctx.document
    blocks = _heading_blocks(doc)
    heading_text = " ".join(doc.text[s:e] for s, e in blocks)
    block_of = {id(f): doc.text[s:e] for f in ctx.frames.frames for s, e in blocks if s <= f.claim.start < e}
    headline = [(f, block_of[id(f)], True) for f in ctx.frames.frames if id(f) in block_of] + \
        [(f, shown, False) for f, shown in _displayed(ctx, _normal(heading_text))]
    if not headline:
        return
    last_heading = max((e for _, e in blocks), default=0)
    body = [f for f in ctx.frames.frames if f.claim.start >= last_heading and f.claim.type in claims
            and id(f) not in block_of]
    for frame, shown, prose in headline:
        if frame.claim.type not in claims or frame.metric is None or frame.claim.value.get("range"):
            continue
        entity, link = _body_entity(ctx, frame, prose)
        if entity is None:
            continue
        same = [f for f in body if f.entity is entity and f.metric == frame.metric and f.unit == frame.unit
                and f.aspect == frame.aspect and (policy.modality == "any" or f.modality == frame.modality)
                and _telling(frame) <= f.qualifiers]
        if not same or any(_agrees(frame.claim, f.claim, params) for f in same):
            continue
        # the entity's name and the counted noun are shared by any two figures of the frame: not telling
        names = {w[:_STEM] for w in _WORD.findall(f"{entity.name} {frame.claim.value.get('unit', '')} "
                                                  f"{frame.metric}".lower())}
        said = _said(shown, names, frame)
        other = next((f for f in same if f.period.kind != "prior"
                      and said & _said(doc.text[f.claim.sentence[0]:f.claim.sentence[1]], names, frame)), None)
        if other is None:
            continue
        framed = replace(frame, entity=entity)
        yield Hit([frame.claim, other.claim], {
            "headline": describe(frame.claim), "body": describe(other.claim), "subject": subject_of(framed),
            "first_link": link, "second_link": other.link_text()}, links=[link, other.link_text()])

"""A direction told without figures, in a sentence shortly before the two figures it describes.

"Copper output edged lower in the quarter, the company said. The mine produced 41,300 tonnes of copper,
against 38,900 tonnes a year earlier." The first sentence says which way the figure moved; the second
gives both levels, and they rose. Read by position:

- the two levels: a figure of an earlier period ("against 38,900 tonnes a year earlier", "from …") and the
  level of its sentence it is set against (:func:`verify.checks.aggregate.reached_from`), when their own
  sentence has no direction word governing them;
- the direction: the first direction word (``[direction]`` of ``verify/data/verbs.toml``, or a verb of small
  moves with its way, "edged lower", ``[told]`` of ``verify/data/directions.toml``) of one of the
  ``_SENTENCES_BACK`` sentences before, a sentence with no figure of its own whose subject, the words
  before the direction word, shares two content words with the words the levels are told with ("its net
  interest margin narrowed" … "a net interest margin of 2.47%, compared with 2.41% a year earlier"). One
  shared word is too little: "copper output" and "sold its copper at US$4.30" are two figures of copper.
  The nearest such sentence is the one read. "Improved" and "worsened"
  count only for a metric whose better direction is known.

Both levels stand for what their rounding allows; the word contradicts them only when they are apart the
other way.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from verify.checks.common import CheckContext, Hit, HitIterator, quoted
from verify.checks.direction import goes_against, level_pairs, moved, sign_of
from verify.frames.metrics import singular
from verify.frames.model import Frame
from verify.lexicon import phrase_pattern, table, words

_SENTENCES_BACK = 12  # sentences before the levels in which the direction may be told
_SHARED = 2  # content words the direction's subject must share with the words the levels are told with
_SUBJECT_WORDS = 5  # words before the direction word read as its subject
_NEAR = 40  # characters around the two levels whose words must meet the direction's subject
_WORD = re.compile(r"[a-z][a-z’'-]*")
_FIGURES = ("money", "percent", "quantity")


@cache
def _predicate_after() -> re.Pattern[str]:
    """What follows a direction verb that is its clause's predicate: "dipped in the half", "narrowed from a
    year earlier", "fell sharply", "rose."; not "increased bus services"."""
    return re.compile(rf"\s*(?:[,.;:]|$|{phrase_pattern(words('directions', 'told.predicate_after')).pattern}\b)",
                      re.IGNORECASE)


@cache
def _drift() -> re.Pattern[str]:
    """A verb of small moves and its way: "edged lower", "ticked up"."""
    told = table("directions")["told"]
    return re.compile(rf"\b{phrase_pattern(told['drift_verbs']).pattern}\s+(?P<way>"
                      rf"{phrase_pattern([*told['drift_up'], *told['drift_down']]).pattern})\b", re.IGNORECASE)


@cache
def _stop_words() -> frozenset[str]:
    return words("frames", "subject_stop_words")


def _told(ctx: CheckContext, sentence: tuple[int, int], metric: str | None,
          with_figures: set[tuple[int, int]]) -> tuple[str, int, set[str]] | None:
    """The direction word a figureless sentence tells (``with_figures``: the sentences that hold a figure),
    its sign and the content words of its subject."""

    text = ctx.document.text
    if sentence in with_figures:
        return None
    drift = _drift().search(text, *sentence)
    found: tuple[str, int, int] | None = None
    if drift:
        up = drift["way"].lower() in words("directions", "told.drift_up")
        found = drift.group(), 1 if up else -1, drift.start()
    for match in _WORD.finditer(text.lower(), sentence[0], drift.start() if drift else sentence[1]):
        sign = sign_of(match.group(), metric)
        if sign and not _predicate_after().match(text, match.end()):
            continue  # "set out fare cuts and increased bus services": a word before a noun
        if sign:
            found = match.group(), sign, match.start()
            break
    if found is None:
        return None
    word, sign, at = found
    subject = _WORD.findall(text[sentence[0]:at].lower())[-_SUBJECT_WORDS:]
    content = {singular(w) for w in subject if w not in _stop_words() and len(w) > 2}
    return (word, sign, content) if content else None


def _levels(ctx: CheckContext) -> list[tuple[Frame, Frame]]:
    """(earlier level, level now) pairs of figures no direction word of their own sentence governs."""
    return [(start, reached) for start, reached, stated in level_pairs(ctx)
            if stated is None and start.claim.type in _FIGURES]


def told_before(ctx: CheckContext, params: dict[str, Any], min_strength: float) -> HitIterator:
    from verify.checks.aggregate import relation_fields  # aggregate runs this module: imported when it does

    sentences = ctx.text.sentences
    order = {span: index for index, span in enumerate(sentences)}
    with_figures = {c.sentence for kind in _FIGURES for c in ctx.of_type(kind)}  # read once: linear time
    text = ctx.document.text
    for start, reached in _levels(ctx):
        index = order.get(start.claim.sentence)
        if index is None:
            continue
        first, last = sorted((start.claim, reached.claim), key=lambda c: c.start)
        near = text[max(first.sentence[0], first.start - _NEAR):min(last.sentence[1], last.end + _NEAR)]
        here = {singular(w) for w in _WORD.findall(near.lower())}  # the words the two figures are told with
        for sentence in reversed(sentences[max(0, index - _SENTENCES_BACK):index]):
            told = _told(ctx, sentence, reached.metric, with_figures)
            if told is None or len(told[2] & here) < _SHARED:
                continue
            word, sign, _ = told
            if goes_against(start, reached, sign, params):
                yield Hit([reached.claim, start.claim], relation_fields(
                    first=quoted(start.claim), second=quoted(reached.claim), stated=f"\"{word}\"",
                    computed=moved(start, reached), first_link=start.link_text(), second_link=reached.link_text()),
                    weak=min(start.strength, reached.strength) < min_strength)
            break

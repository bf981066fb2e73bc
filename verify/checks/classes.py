"""Shares of one set sorted into classes (a part of the ``shares-exceed-whole`` relation of
:mod:`verify.checks.aggregate`).

"Of the 212 events, 46% were classed as mild, 38% as moderate and 24% as severe" sorts each event into
one class: the shares listed after a classing verb ("classed", "rated", "graded": ``classing_verbs`` in
``verify/data/arithmetic.toml``) are exclusive, so they add up to 100 % at most. Read in one sentence:
the first share is followed by the verb (after "were", "was", "are", "had been"), then its class; each
later share follows the one before after its class and a list joiner (", ", " and "), with nothing but
words between. "Rated the economy as important" gives its verb an object of its own: not a class.

Stakes split among owners are exclusive the same way: "Cerro Alto is owned 51% by Halden Mining, 30% by
the state and 22% by a Korean group" — a verb of ownership (``owning_verbs``) before the first stake, and
each stake followed by "by" and its holder, then a list joiner (", ", " and ", ", with the remaining ").

>>> _classed().fullmatch(" were classed as mild, ") is not None
True
>>> _classed().fullmatch(" were rated the best as a group, ") is None
True
>>> _held_by().fullmatch(" by Halden Mining, with the remaining ") is not None
True
"""

from __future__ import annotations

import re
from functools import cache

from verify.checks.common import CheckContext
from verify.frames.model import Frame
from verify.lexicon import phrase_pattern, words

_CLASS = r"[^\d;:.()—–]{1,40}?"  # a class's own words: "as moderate", "requires improvement"
_JOINED = re.compile(rf"{_CLASS}(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)")


@cache
def _classed() -> re.Pattern[str]:
    """The words after a share that sort it: " were classed as mild, ", " was rated good and "."""
    verbs = phrase_pattern(words("arithmetic", "classing_verbs")).pattern
    objects = phrase_pattern(words("arithmetic", "classing_objects")).pattern
    return re.compile(rf"\s+(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+{verbs}\s+"
                      rf"(?!{objects}\b){_JOINED.pattern}", re.IGNORECASE)


_HOLDER = r"[^\d;:.()—–%]{1,80}?"  # an owner's own words: "the state", "a Korean group led by …"


@cache
def _owning_lead() -> re.Pattern[str]:
    """A verb of ownership right before a stake: "is owned ", "is jointly held "."""
    return re.compile(rf"\b{phrase_pattern(words('arithmetic', 'owning_verbs')).pattern}\s+$", re.IGNORECASE)


@cache
def _held_by() -> re.Pattern[str]:
    """The words after a stake to the next one: " by Halden Mining, ", " by the state and the remaining "."""
    rest = phrase_pattern(words("arithmetic", "rest_words")).pattern
    return re.compile(rf"\s+by\s+{_HOLDER}(?:,\s*(?:and\s+|with\s+)?|\s+(?:and|with)\s+)"
                      rf"(?:the\s+(?:{rest})\s+)?", re.IGNORECASE)


_BY_HOLDER = re.compile(r"\s+(?:(?:is\s+|are\s+)?(?:held|owned|controlled)\s+)?by\s+\S", re.IGNORECASE)


def _is_share(frame: Frame) -> bool:
    value = frame.claim.value
    return frame.claim.type == "percent" and frame.aspect != "change" and not value.get("points") \
        and not value.get("range") and not value.get("ratio")


def classed_runs(ctx: CheckContext) -> list[list[Frame]]:
    """The runs of two or more shares of one sentence that a classing verb sorts into classes."""
    text = ctx.document.text
    runs: list[list[Frame]] = []
    shares = [f for f in ctx.frames.of_type("percent") if _is_share(f)]
    index = 0
    while index < len(shares) - 1:
        first = shares[index]
        run = [first]
        if _classed().fullmatch(text, first.claim.end, shares[index + 1].claim.start):
            while index + 1 < len(shares) and shares[index + 1].claim.sentence == first.claim.sentence and (
                    len(run) == 1 or _JOINED.fullmatch(text, run[-1].claim.end, shares[index + 1].claim.start)):
                index += 1
                run.append(shares[index])
        if len(run) == 1:
            run = _owned_run(text, shares, index)
            index += len(run) - 1 if len(run) > 1 else 0
        if len(run) >= 2:
            runs.append(run)
        index += 1
    return runs


def _owned_run(text: str, shares: list[Frame], index: int) -> list[Frame]:
    """The stakes from ``shares[index]`` on that a verb of ownership splits among holders named after "by"
    ("owned 51% by Halden Mining, 30% by the state and 22% by a Korean group"); just the first when none."""
    first = shares[index]
    run = [first]
    if not _owning_lead().search(text, max(first.claim.sentence[0], first.claim.start - 30), first.claim.start):
        return run
    while index + 1 < len(shares) and shares[index + 1].claim.sentence == first.claim.sentence and \
            _held_by().fullmatch(text, run[-1].claim.end, shares[index + 1].claim.start):
        index += 1
        run.append(shares[index])
    return run if _BY_HOLDER.match(text, run[-1].claim.end) else run[:-1] or [first]


_FRONTED_WHOLE = re.compile(r"\s*(?:Of|Among)\s+(?P<whole>[^,\d]{1,60}?)\s*,", re.IGNORECASE)
_OWNED_SUBJECT = re.compile(r"\s*(?P<whole>[^,\d]{1,60}?)\s+(?:is|was|are|were)\s+(?:jointly\s+)?"
                            r"(?:owned|held|controlled)\b")


def whole_of(text: str, run: list[Frame]) -> str:
    """What a run's shares are of, as its sentence fronts it or names what is owned, or "one set".

    >>> from verify.claims import Claim
    >>> text = "Of those treated, 46% were classed as mild."
    >>> whole_of(text, [Frame(Claim("percent", 18, 21, {}, sentence=(0, len(text))))])
    'those treated'
    >>> text = "Cerro Alto is owned 51% by Halden."
    >>> whole_of(text, [Frame(Claim("percent", 20, 23, {}, sentence=(0, len(text))))])
    'Cerro Alto'
    """
    fronted = _FRONTED_WHOLE.match(text, run[0].claim.sentence[0], run[0].claim.start)
    if fronted:
        return fronted["whole"]
    owned = _OWNED_SUBJECT.match(text, run[0].claim.sentence[0], run[0].claim.start)
    return owned["whole"] if owned else "one set"

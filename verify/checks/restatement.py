"""``restatement``: a figure written as already known whose value was never stated, one digit off one that was.

``digit-slip``: "the €172 million net profit", "our 2.6 million estimate", "his 10.93" present a
figure as given — a determiner or a possessive right before it says the reader has met it. When no
other figure of the article in that unit (currency, counted noun, per cent) agrees with it, and one
does that differs from it by a slipped digit — two neighbouring digits swapped (127 / 172,
14.60 / 14.06) or one digit changed (3.5 / 3.8, 2,040 / 2,140), written with as many digits and the
same scale — the reference and the figure it refers to disagree. The nearest such figure outside
its sentence is named as the other side.

A figure followed by a restrictive word ("the 2,000 workers who…", "the 20 of them", "the 300 new
jobs") is new information, not a reference. Numbers of one digit are too close to each other to say
anything, and so are round ones ("the 800 metres" and "100 metres"). A reference about another period
than the figure ("the 48 it won in 2021") restates nothing of it. Two sides tied to different entities,
to metrics of different families or to different modalities are reported at ``info``.

>>> from datetime import date
>>> from verify.loaders.markdown import parse_markdown
>>> from verify.extract import extract_claims
>>> from verify.checks.common import CheckContext
>>> text = "Kelso Foods made a profit of €127 million. Analysts praised the €172 million profit."
>>> doc = parse_markdown("a.md", text)
>>> ctx = CheckContext(doc, extract_claims(doc, date(2026, 4, 10)), date(2026, 4, 10))
>>> [(hit.fields["given"], hit.fields["stated"]) for hit in run(ctx, {}, relation="digit-slip",
...                                                            claims=("money",))]
[('"€172 million" (172,000,000 EUR)', '"€127 million" (127,000,000 EUR)')]
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from typing import Any

from verify.checks.common import WRITTEN_NUMBER, CheckContext, Hit, HitIterator, describe, interval, precision
from verify.checks.relations import subject_of
from verify.frames.model import Frame
from verify.frames.pairs import Policy
from verify.frames.periods import same_time
from verify.lexicon import table, words

RELATIONS = frozenset({"digit-slip"})
FIELDS = frozenset({"given", "stated", "subject", "first_link", "second_link"})
_ANY_COUNT = "*"  # the bucket of every count, whatever its noun
_COARSER = 100  # a figure this much coarser than a reference is not what it restates
_WINDOW = 64  # same-unit figures read on each side of a reference (a bounded look-around)
_WORD_AFTER = re.compile(r"\s*([A-Za-z]+)")
_POSSESSIVE = re.compile(r"[A-Za-z][’']s\s+$")
_LAST_WORD = re.compile(r"([A-Za-z]+)\s+$")


@cache
def _same_things() -> dict[str, str]:
    """Each counted noun of a group of ``same_things`` → the group's first: "university" → "institution"."""
    return {noun: group[0] for group in table("restatement")["same_things"] for noun in group}


def _noun(name: str) -> str:
    """The counted noun a reference may restate under: "universities" restates "institutions".

    >>> _noun("university"), _noun("college"), _noun("tonne")
    ('institution', 'institution', 'tonne')
    """
    return _same_things().get(name, name)


def _unit(frame: Frame) -> str | None:
    value = frame.claim.value
    if frame.claim.type == "money":
        return str(value.get("currency") or "") or None
    if frame.claim.type == "percent":
        return "%"
    unit = str(frame.unit or value.get("unit") or "").lower()
    return None if not unit or unit in words("restatement", "bare_nouns") else _noun(unit)


def _written(frame: Frame) -> tuple[str, float] | None:
    """The figure's digits as written and its scale (amount per written unit): "€1.36bn" → ("1.36", 1e9)."""
    match = WRITTEN_NUMBER.search(frame.claim.text)
    if not match:
        return None
    digits = match.group().replace(",", "")
    written = float(digits)
    amount = float(frame.claim.value.get("amount") or 0)
    if not written or not amount:
        return None
    return digits, round(amount / written, 9)


def _significant(digits: str) -> int:
    """Significant digits as written: "800" has one (a round figure, not a typed one), "16.40" four."""
    if "." not in digits:
        digits = digits.rstrip("0")
    return len(digits.replace(".", "").lstrip("0"))


def slipped(a: str, b: str) -> bool:
    """Whether two written numbers differ by one slipped digit: one changed, or two neighbours swapped.

    >>> slipped("127", "172"), slipped("14.60", "14.06"), slipped("3.5", "3.8"), slipped("2040", "2140")
    (True, True, True, True)
    >>> slipped("127", "127"), slipped("127", "1270"), slipped("12.5", "125"), slipped("7", "9")
    (False, False, False, False)
    >>> slipped("1234", "4231"), slipped("2300", "2100"), slipped("41.2", "42.1"), slipped("800", "100")
    (False, True, True, False)
    """
    if a == b or len(a) != len(b) or a.find(".") != b.find(".") or min(_significant(a), _significant(b)) < 2:
        return False
    a, b = a.replace(".", ""), b.replace(".", "")  # "41.2" / "42.1": the point does not part neighbours
    differ = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(differ) == 1:
        return True
    return len(differ) == 2 and differ[1] == differ[0] + 1 and a[differ[0]] == b[differ[1]] \
        and a[differ[1]] == b[differ[0]]


def _given(frame: Frame, text: str, referring: frozenset[str], restrictive: frozenset[str]) -> bool:
    """Whether a determiner or a possessive right before the figure presents it as already known."""
    claim = frame.claim
    before = text[max(0, claim.start - 40):claim.start]
    last = _LAST_WORD.search(before)
    if not (last and last.group(1).lower() in referring) and not _POSSESSIVE.search(before):
        return False
    numeral = WRITTEN_NUMBER.search(text, claim.start, claim.end)
    following = {found.group(1).lower() for at in (numeral.end() if numeral else claim.end, claim.end)
                 if (found := _WORD_AFTER.match(text, at))}  # "the 2,400 new jobs", "the €5m of it"
    return following.isdisjoint(restrictive)


def _agrees(a: Frame, b: Frame, params: dict[str, Any]) -> bool:
    """Whether ``b`` may be the figure ``a`` restates: a figure of no bound ("fewer than 7,000" restates
    nothing), not far coarser ("ten" does not restate "10.93"), whose interval overlaps ``a``'s (touching
    is not enough: a reference repeats its figure, so "£13bn" does not restate "£12bn")."""
    if b.claim.value.get("bound") or precision(b.claim) > _COARSER * precision(a.claim):
        return False
    (low_a, high_a), (low_b, high_b) = interval(a.claim, params), interval(b.claim, params)
    return low_a < high_b and low_b < high_a


_GUESSED = 0.65  # an entity slot weaker than this is a guess (the article's main organisation, a paragraph's topic)


def _owner(frame: Frame) -> object | None:
    """Whose a figure is, for telling two sides apart: a guessed owner tells nothing ("most of the
    £15,800 taken" owned by the organisation the article names most is owned by no one found)."""
    slot = frame.slot("entity")
    return None if frame.entity is None or (slot is not None and slot.strength < _GUESSED) else frame.entity.id


def _weak(a: Frame, b: Frame) -> bool:
    if a.modality != b.modality:
        return True
    if _owner(a) is not None and _owner(b) is not None and _owner(a) != _owner(b):
        return True
    return bool(a.metric and b.metric and _noun(a.metric) != _noun(b.metric)
                and (a.family or a.metric) != (b.family or b.metric))


def run(ctx: CheckContext, params: dict[str, Any], policy: Policy | None = None, relation: str = "",
        claims: tuple[str, ...] = ()) -> HitIterator:
    policy = policy or Policy()
    referring, restrictive = words("restatement", "referring"), words("restatement", "restrictive")
    text = ctx.document.text
    by_unit: dict[str, list[Frame]] = defaultdict(list)
    for frame in sorted(ctx.frames.of_type(*claims), key=lambda f: f.claim.start):
        # a position ("the 44th over") is no amount to restate
        if frame.claim.value.get("amount") is not None and not frame.claim.value.get("range") and \
                not frame.claim.value.get("ordinal"):
            by_unit[_unit(frame) or ""].append(frame)
            if frame.claim.type == "quantity":
                by_unit[_ANY_COUNT].append(frame)  # what a bare "his 10.93" may restate
    for unit, frames in by_unit.items():
        if not unit:
            continue
        for index, given in enumerate(frames):
            if unit == _ANY_COUNT and _unit(given):
                continue  # a counted figure restates its own counted noun
            hit = _slip(given, frames[max(0, index - _WINDOW):index] + frames[index + 1:index + 1 + _WINDOW],
                        text, params, (referring, restrictive))
            if hit:
                yield hit


def _slip(given: Frame, around: list[Frame], text: str, params: dict[str, Any],
          cues: tuple[frozenset[str], frozenset[str]]) -> Hit | None:
    """The finding for one figure written as given, or None when it restates a stated figure."""
    shape = _written(given)
    if shape is None or not _given(given, text, *cues) or any(_agrees(given, other, params) for other in around):
        return None
    candidates = [other for other in around if other.claim.sentence != given.claim.sentence
                  and (written := _written(other)) is not None and written[1] == shape[1]
                  and slipped(shape[0], written[0]) and other.aspect == given.aspect
                  and same_time(other.period, given.period) > 0]  # "the 48 it won in 2021" is not today's 58
    if not candidates:
        return None
    stated = min(candidates, key=lambda other: (_weak(given, other), other.entity is not given.entity,
                                                abs(other.claim.start - given.claim.start)))
    return Hit([given.claim, stated.claim],
               {"given": describe(given.claim), "stated": describe(stated.claim),
                "subject": subject_of(stated) or subject_of(given),
                "first_link": stated.link_text(), "second_link": given.link_text()},
               weak=_weak(given, stated), links=[given.link_text(), stated.link_text()])

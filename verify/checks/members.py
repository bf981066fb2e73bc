"""A collective's total against its members' figures (a ``parts-exceed-total`` source of
:mod:`~verify.checks.aggregate`).

"The nine guilds received £7,210,400 in levies in 2025. The biggest, Forgeworks, took more than £4m. The
Harbour Guild received levies totalling £3,802,118, while the weavers' guild received just over £1m": a
sum opened by a counted group ("The nine guilds", "All 12 unions") is the group's total, and the figures
the next sentences give its members — a clause whose subject is a member (a name, "the largest", a noun
naming one of the group: "the weavers' guild") and whose verb says what the group's verb said (one family
of ``member_verbs`` in ``verify/data/arithmetic.toml``: "received", "took", "got") — are parts of it. The
fewest the parts allow may not add up past the most the total allows: "more than £4m" is at least £4m,
"up to £200,000" at least nothing, "between £150,000 and £180,000" at least £150,000. A total written "up
to" that the parts' maximums pass says nothing: a cap per member and a cap for all are set apart.

A figure each member has ("The 12 unions each received £800,000"), a member's figure besides its part
("also", "a further"), one of another metric, time, currency or modality, and a figure in a comparison or
change ("up from £3m") are not read.

>>> from datetime import date
>>> from verify.document import Document
>>> from verify.extract import extract_claims
>>> from verify.checks.common import CheckContext
>>> doc = Document.from_plain("a.txt", "The four trusts received £2m in 2025. Alder Trust received £1.8m, "
...     "while Birch Trust received £900,000.")
>>> ctx = CheckContext(doc, extract_claims(doc, date(2026, 3, 1)), date(2026, 3, 1))
>>> [hit.fields["sum"] for hit in member_totals(ctx, {})]
['2,700,000 GBP']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from verify.checks.common import CheckContext, Hit, exact, interval, quoted
from verify.claims import Claim
from verify.frames.clauses import clause_of
from verify.frames.metrics import singular
from verify.frames.model import Frame
from verify.lexicon import phrase_pattern, table, words

_PARTS_REACH = 2  # paragraphs after the total in which its members' figures may stand
_MAX_SUBJECT_WORDS = 8  # a member's subject longer than this is a clause, not a name
_MAX_VERB_GAP = 6  # words between a group's count and its total: "received a record … of"
_DETERMINERS = re.compile(r"(?:(?:the|all|its|their|[A-Z][\w'’-]*(?:'s|’s))\s+){0,2}", re.IGNORECASE)
_NAME = re.compile(r"(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w'’&.-]*){0,4}")
_LEAD_JOINER = re.compile(r"^(?:\s*,)?\s*(?:(?:while|whereas|but|and|with|whilst)\s+)?", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class _Part:
    """One member's figure: its claims (two for "between £5,000 and £10,000"), the member and the least it
    allows."""

    claims: tuple[Claim, ...]
    member: str
    least: float
    written: float  # the least as written: "more than £4m" is £4m, "up to £200,000" nothing


@cache
def _families() -> dict[str, str]:
    """Each verb of ``member_verbs`` and its family: {"took": "receive", …}."""
    return {verb: family for family, verbs in table("arithmetic")["member_verbs"].items() for verb in verbs}


@cache
def _phrases(key: str) -> re.Pattern[str]:
    return re.compile(rf"\b{phrase_pattern(table('arithmetic')['member_words'][key]).pattern}\b", re.IGNORECASE)


@cache
def _verb_at_end() -> re.Pattern[str]:
    """A member's verb ending its clause's lead, with up to three words of what it counts after it: " took ",
    " received levies totalling ", " will get "."""
    verbs = phrase_pattern(_families()).pattern
    auxiliaries = phrase_pattern(table("arithmetic")["member_words"]["auxiliaries"]).pattern
    return re.compile(rf"\s+(?:(?:{auxiliaries})\s+)?(?P<verb>{verbs})(?:\s+[a-z][\w'’-]*){{0,3}}?\s*$",
                      re.IGNORECASE)


def _family(verb: str) -> str | None:
    """The family of a verb of ``member_verbs``: "took" → "receive"; None for any other word."""
    return _families().get(" ".join(verb.lower().split()))


def member_totals(ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """Totals of a counted group whose members' figures, at their fewest, add up past them."""
    from verify.checks.aggregate import relation_fields

    for whole in ctx.of_type("money"):
        found = _group_total(ctx, whole)
        if found is None:
            continue
        noun, family = found
        parts = _member_parts(ctx, whole, noun, family, params)
        if len(parts) < 2:
            continue
        if sum(part.least for part in parts) <= interval(whole, params)[1]:
            continue
        least = sum(part.written for part in parts)
        bounded = any(not exact(c) for part in parts for c in part.claims) or any(len(p.claims) > 1 for p in parts)
        claims = [claim for part in parts for claim in part.claims]
        shown = [" to ".join(quoted(c) for c in part.claims) for part in parts]
        currency = str(whole.value.get("currency") or "")
        summed = f"{'at least ' if bounded else ''}{least:,.0f} {currency}".strip()
        yield Hit([whole, *claims], relation_fields(
            total=quoted(whole), parts=", ".join(shown), sum=summed, first_link=""))


def _group_total(ctx: CheckContext, whole: Claim) -> tuple[str, str] | None:
    """The group noun and verb family of a total opened by a counted group ("The 12 unions received £9.4m" →
    ("union", "receive")), or None when the figure is no such total."""
    value = whole.value
    if value.get("range") or value.get("bound") == "min" or whole.frame is None or \
            whole.frame.aspect != "level" or whole.frame.period.kind == "prior":
        return None
    text = ctx.document.text
    sentence = whole.sentence
    counts = [c for c in ctx.in_sentence(sentence, "quantity") if c.end <= whole.start]
    if not counts:
        return None
    group = counts[0]
    unit = str(group.value.get("unit") or "")
    if not unit.isalpha() or not unit.islower() or group.value.get("unit_inherited") or \
            not _opening(text, sentence[0], group.start) or float(group.value["amount"]) < 2:
        return None
    between = text[group.end:whole.start]
    if len(between.split()) > _MAX_VERB_GAP or re.search(r"\d|[,;:]", between) or \
            _phrases("not_total").search(between):
        return None
    family = next((f for w in _verb_words(between) if (f := _family(w)) is not None), None)
    return (singular(unit.lower()), family) if family else None


@cache
def _group_lead() -> re.Pattern[str]:
    """Words that may open a sentence before its group: "Between them, ", "In 2025, "."""
    leads = phrase_pattern(table("arithmetic")["member_words"]["group_leads"]).pattern
    return re.compile(rf"[\"“]?(?:(?:{leads}|in\s+\d{{4}}),\s+)?", re.IGNORECASE)


def _opening(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` what may stand before a group opening its sentence: determiners ("The",
    "All", "Britain's"), after a lead ("Between them, the")?"""
    lead = _group_lead().match(text, start, end)
    return lead is not None and _DETERMINERS.fullmatch(text, lead.end(), end) is not None


def _verb_words(gap: str) -> list[str]:
    """The words and two-word phrases of a gap, in order, to look verbs up in: "will share" → ["will",
    "will share", "share"].

    >>> _verb_words(" will get ")
    ['will', 'will get', 'get']
    """
    tokens = gap.split()
    found: list[str] = []
    for index, token in enumerate(tokens):
        found.append(token)
        if index + 1 < len(tokens):
            found.append(f"{token} {tokens[index + 1]}")
    return found


def _member_parts(ctx: CheckContext, whole: Claim, noun: str, family: str, params: dict[str, Any]) -> list[_Part]:
    """The figures the sentences after a group's total give its members, one per member."""
    text = ctx.document.text
    frames = ctx.frames
    whole_frame = whole.frame
    assert whole_frame is not None
    paragraph = frames.paragraph(whole_frame)
    sentences = ctx.text.sentences
    after = [s for s in sentences if s[0] >= whole.sentence[1]]
    parts: list[_Part] = []
    members: set[str] = set()
    for sentence in after:
        amounts = ctx.in_sentence(sentence, "money")
        if amounts and amounts[0].frame is not None and frames.paragraph(amounts[0].frame) - paragraph > _PARTS_REACH:
            break
        verb_family: str | None = None
        skip: set[int] = set()
        for index, claim in enumerate(amounts):
            if id(claim) in skip:
                continue
            before = verb_family
            member, verb_family = _member(ctx, claim, noun, verb_family)
            elliptic = before is not None and verb_family is before  # "…, Stell between £200,000 and …"
            if member is None or verb_family != family or not _same_figure(whole_frame, claim, elliptic):
                continue
            claims: tuple[Claim, ...] = (claim,)
            least = _least(claim, params)
            if _BETWEEN.search(text, max(sentence[0], claim.start - 10), claim.start) and index + 1 < len(amounts):
                claims = (claim, amounts[index + 1])  # "between £150,000 and £180,000": one figure
                skip.add(id(amounts[index + 1]))
            key = member.lower()
            if key in members:
                continue
            members.add(key)
            written = 0.0 if claim.value.get("bound") == "max" else float(claim.value["amount"])
            parts.append(_Part(claims, member, least, written))
    return parts


def _least(claim: Claim, params: dict[str, Any]) -> float:
    """The least a member's figure allows: a lower bound's own figure ("more than £4m" is at least £4m: one who
    had £3.8m would not be said to have more), nothing for an upper bound ("up to £200,000"), else the low
    end of its rounding.

    >>> more = Claim("money", 0, 13, {"amount": 4e6, "bound": "min", "hedge": "more than"}, text="more than £4m")
    >>> _least(more, {}), _least(Claim("money", 0, 3, {"amount": 4e6}, text="£4m"), {})
    (4000000.0, 3500000.0)
    """
    if claim.value.get("bound") == "min":
        return float(claim.value["amount"])
    return max(interval(claim, params)[0], 0.0)


def _same_figure(whole: Frame, claim: Claim, elliptic: bool = False) -> bool:
    """Is a member's figure the same kind of figure as the group's total: its currency, its modality (a figure
    whose verb is left out, ``elliptic``, has the one before it), a level of no earlier period, of the total's
    metric (or of none named) and of a time that meets the total's?"""
    part = claim.frame
    if part is None or claim.value.get("currency") != whole.claim.value.get("currency"):
        return False
    if part.aspect != "level" or part.period.kind == "prior" or (part.modality != whole.modality and not elliptic):
        return False
    if part.metric is not None and part.metric != whole.metric:
        return False
    a, b = whole.period, part.period
    if a.kind == "stated" and b.kind == "stated" and a.start and a.end and b.start and b.end:
        return a.start <= b.start and b.end <= a.end  # "since 2010" is not within 2025
    return True


def _member(ctx: CheckContext, claim: Claim, noun: str, previous: str | None) -> tuple[str | None, str | None]:
    """The member a figure's clause is about and the family of its verb: ("Forgeworks", "receive") for "The
    biggest, Forgeworks, took more than £4m"; a name alone after a comma or "and" takes the verb of the
    figure before it in its sentence ("Harwick will get up to £200,000, Stell between …"). (None, family)
    when the subject is no member."""
    text = ctx.document.text
    low, _ = clause_of(text, claim.sentence, claim.start, claim.end)
    low = max(low, _previous_end(ctx, claim))
    lead = text[low:claim.start]
    lead = lead[_LEAD_JOINER.match(lead).end():]  # type: ignore[union-attr]
    if _phrases("not_part").search(lead):
        return None, None
    verb = _verb_at_end().search(lead)
    if verb is None:
        subject = lead.strip(" ,")
        if previous is None or _BETWEEN.search(lead):
            subject = _BETWEEN.sub("", lead).strip(" ,")
            if previous is None:
                return None, None
        return (_member_named(ctx, subject, noun), previous)
    subject = lead[:verb.start()].strip(" ,")
    return _member_named(ctx, subject, noun), _family(verb["verb"])


def _previous_end(ctx: CheckContext, claim: Claim) -> int:
    """Where the figure before ``claim`` in its sentence ends (its sentence's start when there is none), so
    that a lead never reaches back past another figure."""
    before = [c.end for c in ctx.claims if c.sentence == claim.sentence and c.end <= claim.start]
    return max(before, default=claim.sentence[0])


def _member_named(ctx: CheckContext, subject: str, noun: str) -> str | None:
    """The member a subject names, or None: a name ("Forgeworks", "the Harbour Guild"), a superlative
    ("The biggest, Forgeworks"), or a noun of one of the group ("the weavers' guild"). A plural of the group
    ("the other unions"), a pronoun or a long clause is none.

    >>> _member_named(None, "the weavers' guild", "guild"), _member_named(None, "The biggest, Forgeworks", "guild")
    ("the weavers' guild", 'Forgeworks')
    >>> _member_named(None, "It", "guild") is None, _member_named(None, "The other guilds", "guild") is None
    (True, True)
    """
    del ctx
    subject = " ".join(subject.split())
    if not subject or len(subject.split()) > _MAX_SUBJECT_WORDS:
        return None
    lowered = subject.lower()
    if re.search(rf"\b{re.escape(noun)}s\b", lowered):
        return None
    superlative = re.match(rf"the\s+(?:{phrase_pattern(words('rankings', 'superlatives')).pattern})"
                           r"(?:\s+of\s+(?:them|the\s+\w+))?(?:,\s*(?P<name>.+?))?,?$", subject, re.IGNORECASE)
    if superlative is not None:
        return (superlative["name"] or subject).strip(" ,")
    if _NAME.fullmatch(subject) and lowered.split()[0] not in table("arithmetic")["member_words"]["not_names"]:
        return subject.removeprefix("the ").removeprefix("The ")
    if re.search(rf"\b{re.escape(noun)}\b", lowered) and re.match(r"(?:the|its)\s", lowered):
        return subject
    return None

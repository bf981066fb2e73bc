"""A group's stated size against the members the article names for it (a ``count-vs-listed`` source of
:mod:`~verify.checks.listing`).

"The defendants, Anna Pell, Tomas Reyd, Iris Kant and Ole Brun, deny fraud. … All three defendants were
remanded": the article names four people as the defendants, so "all three defendants" counts them
wrong. A group is named when a list of two or more names stands right by a noun of people
(``member_nouns`` in ``verify/data/lists.toml`` and the person nouns of ``nouns.toml``): after it
("the defendants Anna Pell and Tomas Reyd", "The four defendants, A, B and C,"), before it ("Pell, Reyd and
Kant, the firm's founders,"), or after a verb that names the group ("founded in 2009 by A and B",
``naming_verbs``). A count of that noun elsewhere ("the three directors", "all four defendants",
"Rask's two founders") must match it — unless its words confine it to some of them ("the three other
directors", "the two defendants convicted", ``restricting_after``), the article names that noun's group
with more than one size, or any list of names in the article has the count's size (it may be those).

A count written with its list in one sentence ("The four defendants, A, B and C, …") is read there.

>>> from datetime import date
>>> from verify.document import Document
>>> from verify.extract import extract_claims
>>> from verify.checks.common import CheckContext
>>> doc = Document.from_plain("a.txt", "The directors, Anna Pell, Tomas Reyd and Iris Kant, resigned.\\n\\n"
...     "The two directors had run the firm since 2004.")
>>> ctx = CheckContext(doc, extract_claims(doc, date(2026, 3, 1)), date(2026, 3, 1))
>>> [(hit.fields["count"], hit.fields["listed"]) for hit in named_members(ctx)]
[('"two directors"', '3 names (Anna Pell, Tomas Reyd, Iris Kant)')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from verify.checks.common import CheckContext, Hit, quoted
from verify.claims import Claim
from verify.extract.numbers import WORD_NUMBER
from verify.frames.metrics import singular
from verify.lexicon import phrase_pattern, table, words

_NAME_WORD = r"[A-Z][\w'’-]+"
_OWNER = r"(?:(?i:the|its|their)|[A-Z][\w-]*['’]s)"
_COUNT = rf"(?:(?P<count>{WORD_NUMBER}|\d{{1,2}})\s+)"


@cache
def _name() -> str:
    """A name of up to four capitalised words, with the small words a name may hold ("Ludwig van Berg")."""
    particles = "|".join(re.escape(w) for w in sorted(words("names", "connectors")) if w.isalpha() and w.islower())
    return rf"{_NAME_WORD}(?:\s+(?:(?:{particles})\s+)?{_NAME_WORD}){{0,3}}"


@cache
def _list() -> str:
    """Two or more names joined by commas and a last "and": "Anna Pell, Tomas Reyd and Iris Kant"."""
    return rf"(?P<list>{_name()}(?:,\s+{_name()})*,?\s+and\s+{_name()})"


@dataclass(frozen=True)
class _Group:
    """A group named member by member: its noun, its owner ("Rask's", or "" for the article's), its names,
    where it is written and the count written with it, if any."""

    noun: str
    owner: str
    names: tuple[str, ...]
    span: tuple[int, int]


@cache
def _member_nouns() -> frozenset[str]:
    return words("nouns", "person") | words("lists", "member_nouns")


def _noun(word: str) -> str | None:
    """The member noun a plural names, co- prefix dropped: "co-founders" → "founder"; None for any other word.

    >>> _noun("co-founders"), _noun("directors"), _noun("years")
    ('founder', 'director', None)
    """
    if not word.endswith("s"):
        return None
    noun = singular(word.lower()).removeprefix("co-")
    return noun if noun in _member_nouns() else None


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """The three ways a group is named: names after its noun, names before it, names after a naming verb."""
    verbs = phrase_pattern(table("lists")["naming_verbs"]).pattern
    after = re.compile(rf"\b(?P<owner>{_OWNER})\s+{_COUNT}?(?P<noun>[a-z-]+s)(?P<comma>,)?\s+{_list()}"
                       r"(?P<close>\s*(?:[,.;:—–)]|$))?")
    before = re.compile(rf"{_list()},\s+(?P<owner>{_OWNER})\s+(?:[a-z-]+['’]s\s+)?{_COUNT}?(?:[a-z-]+\s+)?"
                        r"(?P<noun>[a-z-]+s)(?P<close>\s*(?:[,.;—–)]|$))")
    verb = re.compile(rf"\b(?P<verb>{verbs})(?:\s+[^\s,.;:]+){{0,3}}?\s+by\s+{_list()}")
    return after, before, verb


def _names(listed: str) -> tuple[str, ...]:
    """The names of a list: "Anna Pell, Tomas Reyd and Iris Kant" → three."""
    return tuple(found.group() for found in re.finditer(_name(), listed))


def _groups(ctx: CheckContext) -> Iterator[tuple[_Group, int | None, re.Match[str]]]:
    """Every group the article names, with the count written with it (or None) and where it was read."""
    text = ctx.document.text
    after, before, verb = _patterns()
    naming = table("lists")["naming_verbs"]
    for start, end in ctx.text.sentences:
        for pattern in (after, before):
            for found in pattern.finditer(text, start, end):
                noun = _noun(found["noun"])
                if noun is None or (pattern is after and found["comma"] and not found["close"]):
                    continue
                if re.match(r",?\s+and\b", text[found.end("list"):end]):
                    continue  # "A, B and C, and a fourth man": the names are not all of them
                count = _count(found["count"]) if found["count"] else None
                yield _Group(noun, _owner(found["owner"]), _names(found["list"]), found.span()), count, found
        for found in verb.finditer(text, start, end):
            noun = naming[" ".join(found["verb"].lower().split())]
            yield _Group(noun, "", _names(found["list"]), found.span()), None, found


def _owner(written: str) -> str:
    """Whose group a determiner says it is: a named owner ("Rask's" → "rask's"), else "" (the article's
    subject: "the", "its", "all", "the firm's").

    >>> _owner("Rask's"), _owner("the"), _owner("firm's"), _owner("All")
    ("rask's", '', '', '')
    """
    lowered = written.lower()
    return "" if written[0].islower() or not lowered.endswith(("'s", "’s")) else lowered


def _count(written: str) -> int | None:
    from verify.extract.numbers import parse_number

    try:
        return int(parse_number(written))
    except (TypeError, ValueError):
        return None


@cache
def _restricting() -> re.Pattern[str]:
    return re.compile(rf"\s+{phrase_pattern(words('lists', 'restricting_after')).pattern}\b", re.IGNORECASE)


@cache
def _group_count() -> re.Pattern[str]:
    """A count of a group written with its owner right before it: "the three directors", "all four
    defendants", "Rask's two founders"."""
    return re.compile(rf"\b(?P<owner>all(?:\s+the)?|{_OWNER})\s+{_COUNT}(?P<noun>[a-z-]+s)\b", re.IGNORECASE)


def named_members(ctx: CheckContext) -> Iterator[Hit]:
    """Counts of a group that do not match the members the article names for it."""
    text = ctx.document.text
    groups = list(_groups(ctx))
    listed_sizes = {len(_names(found["list"])) for found in re.finditer(_list(), text)}
    for group, count, found in groups:  # a count written with its list
        if count is not None and count != len(group.names):
            claim = _claim_at(ctx, found.start("count"))
            if claim is not None:
                yield _hit(claim, group, "after it" if found.start("count") < found.start("list") else "before it")
    for claim in ctx.of_type("quantity"):
        found = _owned(text, claim)
        if found is None or _restricting().match(text, claim.end):
            continue
        noun = _noun(found["noun"])
        count = _count(found["count"])
        if noun is None or count is None or count in listed_sizes:
            continue
        owner = _owner(found["owner"])  # a count of no named owner's may be of any owner's group of its noun
        candidates = [g for g, _, _ in groups if g.noun == noun and owner in ("", g.owner)]
        named = {len(g.names) for g in candidates}
        group = next((g for g in candidates if _other_sentence(g, claim)), None)
        if group is None or len(named) != 1 or count in named:
            continue
        yield _hit(claim, group, "named elsewhere in the article")


def _owned(text: str, claim: Claim) -> re.Match[str] | None:
    """The owner and count of a group count whose claim starts at its count: "the three directors"."""
    low = max(claim.sentence[0], claim.start - 30)
    found = None
    for candidate in _group_count().finditer(text, low, claim.end):
        if candidate.end() == claim.end and candidate.start("count") == claim.start:
            found = candidate
    return found


def _other_sentence(group: _Group, claim: Claim) -> bool:
    """Is a group named outside a count's sentence (one named in it is read with it)?"""
    return not claim.sentence[0] <= group.span[0] < claim.sentence[1]


def _claim_at(ctx: CheckContext, start: int) -> Claim | None:
    return next((c for c in ctx.of_type("quantity") if c.start == start), None)


def _hit(claim: Claim, group: _Group, how: str) -> Hit:
    size = len(group.names)
    listed = f"{size} names ({', '.join(group.names)})"
    return Hit([claim], {"count": quoted(claim), "listed": listed, "stated": f"{quoted(claim)}", "noun": group.noun,
                         "how": how, "first_link": claim.frame.link_text() if claim.frame is not None else ""})

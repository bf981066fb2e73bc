"""Mentions that are not names: definite descriptions and pronouns.

A description is a determiner, up to three describing words and a head noun from
``verify/data/nouns.toml`` ("the company", "the Oslo-based lender", "this year's champion"); an
age adjective without a noun is a person ("the 24-year-old"). A pronoun's kind and gender are
what its word says ("she" is a person, a woman; "its" is not a person).

>>> [(m.text, m.kind.value) for m in find_descriptions("The Oslo-based lender hired the 24-year-old.")]
[('The Oslo-based lender', 'organisation'), ('the 24-year-old', 'person')]
>>> [(m.head, m.kind.value, m.gender, m.possessive) for m in find_pronouns("Its chief said she would stay.")]
[('its', 'organisation', None, True), ('she', 'person', 'f', False)]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from verify.lexicon import words
from verify.refs.kinds import countries, places
from verify.refs.model import Form, Kind, Mention

_KINDS = {"person": Kind.PERSON, "organisation": Kind.ORGANISATION, "place": Kind.PLACE, "work": Kind.WORK,
          "event": Kind.EVENT, "group": Kind.GROUP}
_AGE = r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-(?:year|month|week|day)-old"


@cache
def _heads() -> dict[str, Kind]:
    heads: dict[str, Kind] = {}
    for name in ("event", "group", "work", "place", "person", "organisation"):  # later kinds win a shared head
        for head in words("nouns", name):
            heads[head] = _KINDS[name]
    return heads


@cache
def _description() -> re.Pattern[str]:
    # Longest first; equal lengths in a fixed order, so that the pattern is the same text in every run.
    heads = "|".join(sorted((re.escape(h) for h in _heads()), key=lambda h: (-len(h), h)))
    return re.compile(
        rf"\b(?P<det>[Tt]he|[Tt]his|[Tt]hat|(?P<indefinite>[Aa]n?|[Aa]nother|[Oo]ne|[Aa]\s+separate|[Aa]\s+second))"
        rf"[ \t\xa0]+"
        rf"(?P<mods>(?:(?!(?:and|or|of|in|on|at|for|to|with|by|from|said|says|was|is|has|had|will)\b)"
        rf"[\w’'&-]+[ \t\xa0]+){{0,3}}?)"
        rf"(?:(?P<head>{heads})(?![\w-])"
        rf"|(?P<age>{_AGE})(?![\w-])(?![ \t\xa0]+(?:[\w-]+[ \t\xa0]+)?(?:{heads})(?![\w-])))"
        rf"(?P<poss>[’']s?(?![A-Za-z]))?",
    )


_PREDICATIVE = re.compile(r"\b(?:as|is|was|are|were|be|been|being|became|become|becomes|remains?|remained|named|"
                          r"called|like)\s+(?:(?:now|still|already|only|just|also|then|again|effectively)\s+)?$",
                          re.IGNORECASE)
_COMPOUND = re.compile(r"[ \t\xa0]+(?P<next>[a-z][\w-]*)(?![\w-])")


def find_descriptions(text: str) -> list[Mention]:
    """Every definite description in ``text`` whose head names a kind of entity."""
    found = []
    plain = words("names", "demonyms") | words("names", "not_names")
    modifiers = words("names", "modifier_suffixes")
    for match in _matches(text):
        if match["indefinite"] and _PREDICATIVE.search(text, max(0, match.start() - 28), match.start()):
            continue  # "founded as an independent company": says what something is, names no one new
        age = match["age"]
        head = (match["head"] or age).lower()
        kind = Kind.PERSON if age else _heads()[head]
        end = match.end("head") if match["head"] else match.end("age")
        if match["head"] and not match["poss"]:
            compound = _COMPOUND.match(text, end)  # "a constitutional court judge", "the company chief"
            if compound and compound["next"].lower() in _heads():
                head, end = compound["next"].lower(), compound.end("next")
                kind = _heads()[head]
        found.append(Mention(match.start(), end, text[match.start():end], Form.DESCRIPTION,
                             head if not age else "year-old", kind, possessive=bool(match["poss"]),
                             indefinite=bool(match["indefinite"]),
                             named=tuple(w for w in match["mods"].split() if w[:1].isupper() and w not in plain
                                         and w.rsplit("-", 1)[-1].lower() not in modifiers
                                         and _place_owner(w) is None),
                             scope=next(filter(None, map(_place_owner, match["mods"].split())), None)))
    return found


@cache
def _led_team() -> re.Pattern[str]:
    heads = "|".join(sorted(map(re.escape, words("nouns", "led_teams")), key=lambda h: (-len(h), h)))
    return re.compile(rf"(?<!\bon\s)(?<!\bOn\s)(?:\b(?P<owner>(?-i:[A-Z])[\w-]+)[’']s?|\b(?P<pronoun>[Hh]is|[Hh]er))"
                      rf"[ \t\xa0]+(?:[\w-]+[ \t\xa0]+){{0,2}}?(?P<head>(?i:{heads}))(?![\w’'-])(?![ \t\xa0]+of\b)")


def find_led_teams(text: str) -> list[Mention]:
    """Every team written as what a person leads ("Oyelaran's side", "his young squad"): a mention of the
    head noun alone, whose ``led_by`` is where the owner is written. "His side of the story" and "on her side"
    are no team.

    >>> [(m.text, m.led_by) for m in find_led_teams("Oyelaran's side lost. Brack said his young squad won.")]
    [('side', 0), ('squad', 33)]
    """
    return [Mention(match.start("head"), match.end("head"), match["head"], Form.DESCRIPTION, match["head"].lower(),
                    Kind.ORGANISATION, led_by=match.start("owner") if match["owner"] else match.start("pronoun"))
            for match in _led_team().finditer(text)]


def _place_owner(word: str) -> str | None:
    """The place a possessive word names, the scope of a description rather than a name in it: "the UK's
    biggest lender" may be someone already named, described; "the Oslo utility" may be someone new.

    >>> _place_owner("UK's"), _place_owner("Norway’s"), _place_owner("Oslo"), _place_owner("Corvane's")
    ('UK', 'Norway', None, None)
    """
    owner = re.fullmatch(r"(.+?)[’']s?", word)
    if owner is None or (owner.group(1) not in places() and owner.group(1).lower() not in countries()):
        return None
    return owner.group(1)


_INNER_DETERMINER = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|these|those)\s", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([A-Za-z][\w-]*)[ \t\xa0]+$")


def _matches(text: str) -> Iterator[re.Match[str]]:
    """The description pattern's matches, passing over a relative "that": in "the quake that struck the
    island" and "said that the company" the description is "the island", "the company".

    >>> [m.group() for m in _matches("The quake that struck the island; he said that the company grew.")]
    ['The quake', 'the island', 'the company']
    """
    pattern, position = _description(), 0
    while (match := pattern.search(text, position)) is not None:
        if match["det"] == "that" and _relative_that(text, match):
            position = match.start() + 4
            continue
        yield match
        position = match.end()


def _relative_that(text: str, match: re.Match[str]) -> bool:
    """Is the lower-case "that" opening a match a conjunction or relative pronoun, not "that company"?
    It is before another determiner ("that the company"), or after a noun that names a kind ("the quake
    that struck")."""
    if _INNER_DETERMINER.search(match["mods"]):
        return True
    before = _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
    return before is not None and before.group(1).lower() in _heads()


# Lower case, or capitalised at the start of a sentence: "US" and "IT" are not pronouns.
_PRONOUN = re.compile(r"\b(it|its|he|him|his|she|her|hers|they|them|their|we|us|our|ours|"
                      r"It|Its|He|Him|His|She|Her|Hers|They|Them|Their|We|Us|Our|Ours)\b")
_PRONOUN_KINDS = {
    "it": (Kind.ORGANISATION, None, False), "its": (Kind.ORGANISATION, None, True),
    "he": (Kind.PERSON, "m", False), "him": (Kind.PERSON, "m", False), "his": (Kind.PERSON, "m", True),
    "she": (Kind.PERSON, "f", False), "her": (Kind.PERSON, "f", True), "hers": (Kind.PERSON, "f", True),
    "they": (Kind.GROUP, None, False), "them": (Kind.GROUP, None, False), "their": (Kind.GROUP, None, True),
    "we": (Kind.GROUP, None, False), "us": (Kind.GROUP, None, False), "our": (Kind.GROUP, None, True),
    "ours": (Kind.GROUP, None, True),
}
# "It is likely that …", "it was not clear whether …": an "it" that points at nothing.
_EXPLETIVE = re.compile(
    r"\s+(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be|seems|seemed|appears|appeared|remains|remained|"
    r"looks|looked|may\s+be|might\s+be|could\s+be)\s+(?:not\s+|also\s+|still\s+|now\s+)?"
    r"(?:likely|unlikely|clear|unclear|possible|impossible|expected|thought|understood|believed|hoped|feared|"
    r"reported|said|known|time|too|hard|difficult|easy|important|worth|true|false|necessary|essential|vital|"
    r"crucial|obvious|certain|uncertain|rare|common|unusual|the\s+first|the\s+second|the\s+third|the\s+last|"
    r"a\s+(?:shame|pity|mistake|question|matter)|no\s+(?:secret|surprise|wonder)|thanks\s+to|because|that|"
    r"as\s+if|as\s+though|only)\b",
    re.IGNORECASE,
)


def find_pronouns(text: str) -> list[Mention]:
    """Every personal and possessive pronoun in ``text``, except an "it" that points at nothing and a "them"
    that a part is taken of ("half of them")."""
    found = []
    for match in _PRONOUN.finditer(text):
        word = match.group(1).lower()
        if word == "it" and _EXPLETIVE.match(text, match.end()):
            continue
        if word == "them" and _partitive_before(text, match.start()):
            continue
        if word == "her" and _object_her(text, match.end()):
            kind, gender, possessive = Kind.PERSON, "f", False
        else:
            kind, gender, possessive = _PRONOUN_KINDS[word]
        found.append(Mention(match.start(), match.end(), match.group(), Form.PRONOUN, word, kind,
                             possessive=possessive, gender=gender))
    return found


def _partitive_before(text: str, start: int) -> bool:
    """Is the word before "of them" a part of a set ("Half of them", "20% of them", "two of them")? Such a "them"
    is the set a plural noun named, not an entity.

    >>> _partitive_before("Half of them left", 8), _partitive_before("Most of them left", 8)
    (True, True)
    >>> _partitive_before("Ask them", 4)
    False
    """
    found = re.search(r"([\w%.,-]+)\s+of\s+$", text[max(0, start - 30):start])
    if found is None:
        return False
    word = found.group(1).lower()
    return word in words("nouns", "partitives") or bool(re.fullmatch(r"[\d.,]+%?", word))


def _object_her(text: str, end: int) -> bool:
    """Is "her" an object ("told her.") rather than a possessive ("her company")?"""
    following = re.match(r"\s*([\w’'-]+|[^\w\s])", text[end:end + 30])
    return not following or not following.group(1)[:1].isalnum() or following.group(1).lower() in {
        "and", "or", "to", "that", "in", "on", "at", "for", "with", "as", "the", "a", "an", "about", "from", "by"}

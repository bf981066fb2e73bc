"""Who a speaker phrase is: a name, a pronoun or a description, resolved through the references.

- A name is its entity's fullest name ("Kelly" → "Kevin Kelly").
- A pronoun ("he said", "she told", "it added") is what the reference layer links it to; failing that,
  the subject of the nearest sentence before it that names a compatible speaker — a person of that
  gender for "he"/"she" (or a name already quoted as a speaker), an organisation for "it"/"they".
  Mentions inside quotes never count.
- A description is the named person the article gave that office ("the minister said" after
  "Finance Minister Ola Berg") or introduced that way ("Ana Ruiz, his daughter," → "said his daughter"
  is Ana Ruiz); a relative never named is named by the relation ("Tomas Berg's daughter").
- A spokesperson or statement for a body ("a spokesman for Acme", "an Acme statement") is the body,
  unless the phrase names the person as well.

``None`` whenever no one can be named honestly.

>>> from verify.refs.coref import build_references
>>> text = 'Finance Minister Ola Berg spoke. Rain fell. "We will cut taxes," the minister said.'
>>> speakers = Speakers(text, build_references(text), [])
>>> speakers.resolve("the minister", text.index("the minister"))
'Ola Berg'
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache, cached_property
from typing import TYPE_CHECKING

from verify.lexicon import phrase_pattern, table, words
from verify.refs.kinds import given_names
from verify.refs.model import Form, Kind
from verify.refs.names import without_title

if TYPE_CHECKING:
    from verify.refs.coref import References
    from verify.refs.model import Entity, Link, Mention
    from verify.refs.roles import Role

_SENTENCES_BACK = 4  # how far back "he said" looks for its speaker
_RELATIVE_REACH = 4000  # characters before "said his daughter" searched for "Ana Ruiz, his daughter"
_POSSESSORS = frozenset({"his", "her", "their", "its"})
_NOBODY = object()  # no candidate at all, as against a candidate that names no one
_PRONOUNS = {"he": ("m", Kind.PERSON), "she": ("f", Kind.PERSON), "it": (None, Kind.ORGANISATION),
             "they": (None, Kind.GROUP)}
_PRONOUN_OF = {(gender, kind): pronoun for pronoun, (gender, kind) in _PRONOUNS.items()}

# The kinds a pronoun's own link may reach (the reference layer has checked it); an entity whose kind
# is unknown is only a guess, which the search for a sentence subject takes more strictly.
_LINKED_FITS = {Kind.PERSON: (Kind.PERSON, Kind.UNKNOWN), Kind.ORGANISATION: (Kind.ORGANISATION, Kind.UNKNOWN),
                Kind.GROUP: (Kind.GROUP, Kind.ORGANISATION, Kind.UNKNOWN)}


class Speakers:
    """Resolves the speaker phrases of one text; ``quoted`` are the (start, stop) spans of its quotes."""

    def __init__(self, text: str, refs: References, quoted: list[tuple[int, int]]) -> None:
        self.text = text
        self.refs = refs
        self.quoted = quoted
        self.quoted_starts = [start for start, _ in quoted]
        self.spoken: set[str] = set()  # names already resolved as speakers

    def resolve(self, phrase: str, start: int) -> str | None:
        """The speaker that ``phrase``, written at ``start``, names; None when no one is named honestly.

        A nationality written before a name is not part of it ("American Ann Lee" → "Ann Lee").
        """
        speaker = self._resolve(phrase, start)
        if speaker:
            tokens = speaker.split()
            if len(tokens) > 2 and tokens[0] in words("names", "demonyms"):
                speaker = " ".join(tokens[1:])
            self.spoken.add(speaker)
        return speaker

    def _resolve(self, phrase: str, start: int) -> str | None:
        words_ = " ".join(phrase.split())
        if " and " in words_:
            parts, offset = [], start
            for part in phrase.split(" and "):
                parts.append(self._resolve(part, offset) or " ".join(part.split()))
                offset += len(part) + len(" and ")
            return " and ".join(parts)
        lower = words_.lower()
        if lower in _PRONOUNS:
            return self._pronoun(lower, start)
        end = start + len(phrase)
        relation = _RELATION.fullmatch(words_)
        if relation:
            return self._relative(relation["owner"].lower(), relation["head"].lower(), start)
        body = _body_of_spokesperson(words_)
        if body is not None:
            named = self.refs.between(start + phrase.index(body), end)
            found = self.refs.link(named[0]) if named else None
            return found[0].name if found else body
        # The name after the titles speaks: "Comey" in "Former FBI Director Comey", "Lena Duarte" in
        # "Striker Lena Duarte".
        untitled = without_title(words_) if words_[:1].isupper() and lower.split()[0] != "the" else words_
        tokens = untitled.split()
        if len(tokens) >= 3 and tokens[0].lower() in words("nouns", "person"):
            untitled = " ".join(tokens[1:])
        head_at = start + phrase.rfind(untitled.split()[0]) if untitled != words_ else start
        mentions = self.refs.between(head_at, end) or self.refs.between(start, end) or \
            [m for m in (self.refs.at(start, end),) if m]
        for mention in mentions:
            if mention.form == Form.DESCRIPTION:
                return self._description(mention)
            if mention.form == Form.PRONOUN:
                return self._pronoun(mention.head, mention.start)
            found = self.refs.link(mention)
            if mention.start < head_at:  # the references kept the title with the name
                known = self.refs.entity_named(untitled)
                return known.name if known else untitled
            return found[0].name if found else mention.text
        if lower.split()[0] in ("the", "a", "an", *_POSSESSORS):
            return None  # a description the references do not know
        name = re.sub(r"[’']s$", "", without_title(words_)).rstrip(".")
        return name if name[:1].isupper() and name.split()[0] not in words("names", "not_names") else None

    # ---- pronouns
    def _pronoun(self, pronoun: str, start: int, depth: int = 0) -> str | None:
        gender, kind = _PRONOUNS.get(pronoun, (None, Kind.UNKNOWN))
        if kind == Kind.UNKNOWN:
            return None
        # The subject of the sentences just before speaks: "Taylor said the plan failed. “…,” he said."
        # comes before the reference layer's salience, which favours whoever is named most.
        subject = self._antecedent(start, gender, kind, depth)
        if subject is not _NOBODY:
            return subject
        mention = self.refs.at(start, start + len(pronoun))
        found = self.refs.link(mention) if mention is not None and mention.form == Form.PRONOUN else None
        if found and found[0].kind in _LINKED_FITS[kind] and _gender_of(found[0]) in (None, gender):
            return found[0].name
        return None

    def _fits(self, entity: Entity, gender: str | None, kind: Kind) -> bool:
        """Can ``entity`` be the speaker a pronoun of that gender and kind stands for?"""
        if kind == Kind.PERSON:
            if entity.kind == Kind.PERSON:
                return gender is None or entity.gender in (None, gender)
            # A name of unknown kind: a person when its given name agrees; or, saying nothing of gender, when
            # it has been quoted already, opens with a given name, or is written elsewhere by its surname.
            return entity.kind == Kind.UNKNOWN and (_gender_of(entity) == gender or (_gender_of(entity) is None and (
                entity.name in self.spoken or entity.name.split()[0] in given_names() or self._by_surname(entity))))
        quoted_body = entity.kind == Kind.UNKNOWN and entity.name in self.spoken and _gender_of(entity) is None
        if kind == Kind.GROUP:
            return entity.kind in (Kind.GROUP, Kind.ORGANISATION) or quoted_body
        return entity.kind == Kind.ORGANISATION or quoted_body  # "…,” said Seagate. “…,” it said.

    def _by_surname(self, entity: Entity) -> bool:
        return any((found := self.refs.link(m)) is not None and found[1].reason.startswith("surname")
                   for m in entity.mentions if m.form in (Form.NAME, Form.SHORT))

    def _antecedent(self, start: int, gender: str | None, kind: Kind, depth: int = 0) -> str | object | None:
        """The subject of the nearest sentence before ``start`` (its own first) that mentions a fitting
        speaker: its name; None when that subject is a description naming no one ("the spokesman");
        ``_NOBODY`` when no sentence in reach mentions one. A subject that is the same pronoun again ("So
        he admired Ana Ruiz. “…,” he said.") is followed back, twice at most."""
        here = self.refs.sentence_index(start)
        for index in range(here, max(-1, here - _SENTENCES_BACK - 1), -1):
            sentence_start, sentence_end = self.refs.sentences[index]
            for mention in self.refs.between(sentence_start, min(start, sentence_end)):
                if mention.possessive or self._inside_quote(mention.start):
                    continue
                if mention.form == Form.PRONOUN:
                    if mention.head == _PRONOUN_OF.get((gender, kind)) and depth < 2 and mention.start < start:
                        return self._pronoun(mention.head, mention.start, depth + 1)
                    continue
                found = self.refs.link(mention)
                if mention.form == Form.DESCRIPTION:
                    if mention.kind != kind or mention.named or (found and found[1].sieve == "apposition"):
                        continue
                    if found and self._has_name(found[0]) and _firm(mention, found):
                        if self._fits(found[0], gender, kind):
                            return found[0].name
                        continue
                    return None  # "the Lib Dem spokesman …. He said": someone the text does not name
                if found and self._fits(found[0], gender, kind):
                    return found[0].name
        return _NOBODY

    def _inside_quote(self, offset: int) -> bool:
        index = bisect_right(self.quoted_starts, offset) - 1
        return index >= 0 and self.quoted[index][0] < offset < self.quoted[index][1]

    @staticmethod
    def _has_name(entity: Entity) -> bool:
        return any(m.form in (Form.NAME, Form.SHORT) for m in entity.mentions)

    # ---- descriptions
    def _description(self, mention: Mention) -> str | None:
        if mention.indefinite:
            return None  # "a rival said": someone not named
        found = self.refs.link(mention)
        holder = self._office_holder(mention)
        if holder is not None:
            return holder
        if found and self._has_name(found[0]) and found[0].kind != Kind.PLACE and _firm(mention, found):
            return found[0].name
        return None

    def _office_holder(self, mention: Mention) -> str | None:
        """The one person named before with an office that ``mention``'s head names ("the minister")."""
        head = mention.head.lower()
        described = {w for w in mention.text.lower().split()[1:] if not w.endswith(("'s", "’s"))}
        holders = set()
        for role in self._roles.get(head, ()):
            words_ = {*role.office.split(), *role.written.lower().split()}
            if role.start < mention.start and described <= words_:
                holders.add(role.person.name)
        if not holders:  # "Lena Duarte, the striker, …": the one person the text described that way
            holders = {e.name for e in self._described.get(head, ()) if e.mentions[0].start < mention.start}
        return holders.pop() if len(holders) == 1 else None

    @cached_property
    def _described(self) -> dict[str, list[Entity]]:
        """Named people by the heads they were described with (built once: linear in the entities)."""
        found: dict[str, list[Entity]] = {}
        for entity in self.refs.entities:
            if entity.kind == Kind.PERSON and self._has_name(entity):
                for head in entity.descriptors:
                    found.setdefault(head, []).append(entity)
        return found

    def _relative(self, pronoun: str, head: str, start: int) -> str | None:
        """Who "his daughter" is: the person the article introduced as that relative of the same
        possessor ("Ingrid Strand, his daughter," / "His daughter, Ingrid Strand,"), else the relation
        named by its possessor ("Olav Strand's daughter"); None when the possessor is unknown."""
        mention = self.refs.at(start, start + len(pronoun))
        owner = self._possessor_of(mention, pronoun, start)
        if owner is None:
            return None
        introduced = set()
        low = max(0, start - _RELATIVE_REACH)
        for match in (m for pattern in _relative_patterns(head) for m in pattern.finditer(self.text, low, start)):
            found = self.refs.at(match.start("name"), match.end("name"))
            link = self.refs.link(found) if found is not None else None
            at = match.start("owner")
            possessor = self._possessor_of(self.refs.at(at, at + len(match["owner"])), match["owner"].lower(), at)
            if link and possessor == owner and link[0].name != owner:
                introduced.add(link[0].name)
        return introduced.pop() if len(introduced) == 1 else f"{owner}'s {head}"

    def _possessor_of(self, mention: Mention | None, pronoun: str, start: int) -> str | None:
        found = self.refs.link(mention) if mention is not None and mention.form == Form.PRONOUN else None
        if found:
            return found[0].name
        gender = {"his": "m", "her": "f"}.get(pronoun)
        owner = self._antecedent(start, gender, Kind.PERSON) if gender else None
        return owner if isinstance(owner, str) else None

    @cached_property
    def _roles(self) -> dict[str, list[Role]]:
        """The offices the text gives, by each word of the office and of its title as written."""
        from verify.refs.roles import find_roles

        by_word: dict[str, list[Role]] = {}
        for role in find_roles(self.text, self.refs):
            for word in {*role.office.split(), *role.written.lower().split()}:
                by_word.setdefault(word, []).append(role)
        return by_word



_RELATION = re.compile(r"(?P<owner>(?i:his|her|their))\s+(?:[\w-]+\s+){0,2}?(?P<head>[a-z-]+)")


@cache
def _relative_patterns(head: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "Ingrid Strand, his daughter," and "His daughter(,) Ingrid Strand": a relative named beside the
    relation."""
    name = r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})"
    relation = rf"(?P<owner>(?i:his|her|their))\s+(?:[\w-]+\s+){{0,2}}?{re.escape(head)}\b"
    return re.compile(rf"{name},\s+{relation}"), re.compile(rf"{relation},?\s+{name}")


def _firm(mention: Mention, found: tuple[Entity, Link]) -> bool:
    """Is a description's link good enough to name a speaker? Yes when written beside the name ("Roe,
    the striker"), for a head the entity was introduced with, for a body ("the company"), and for a
    description that holds no office ("the 36-year-old", "the French star"); an office linked by
    salience alone ("the union spokesman" → the person named most) is not: offices are given by name
    (see ``_office_holder``)."""
    entity, link = found
    if link.sieve in ("attachment", "apposition", "copula") or mention.head in entity.descriptors:
        return True
    if mention.kind != Kind.PERSON:
        return entity.kind in (Kind.ORGANISATION, Kind.GROUP)  # not a name of unknown kind ("Council")
    return mention.head.lower() not in _office_words()


@cache
def _office_words() -> frozenset[str]:
    """Every word of every office's forms (``verify/data/roles.toml``) and of the speaker titles."""
    forms = (form for office in table("roles")["office"] for form in office["forms"])
    return frozenset(word for form in forms for word in form.lower().split()) | words("quotes", "titles")


def _gender_of(entity: Entity) -> str | None:
    """The entity's gender, or the one its given name says ("Chancellor Gordon Brown": m)."""
    if entity.gender:
        return entity.gender
    names = given_names()
    return next((names[token] for token in entity.name.split() if token in names), None)


def _body_of_spokesperson(phrase: str) -> str | None:
    """The body a spokesperson or statement speaks for: "a spokesman for Acme" → "Acme", "an Acme
    statement" → "Acme"; None for any other phrase.

    >>> _body_of_spokesperson("A spokeswoman for Halden Re"), _body_of_spokesperson("the minister")
    ('Halden Re', None)
    """
    match = _spokesperson().fullmatch(phrase)
    if not match:
        return None
    return match["after"] or match["before"]


@cache
def _spokesperson() -> re.Pattern[str]:
    name = r"[A-Z][\w&.’'-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&.’'-]*){0,4}"
    noun = phrase_pattern(words("quotes", "spokespeople")).pattern
    return re.compile(
        rf"(?i:the|a|an)\s+(?:(?P<before>{name})\s+)?(?i:{noun})(?:\s+(?i:for|of|at)\s+(?P<after>{name}))?")

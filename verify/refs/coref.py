"""Mentions into entities, by deterministic sieves applied from the most precise to the least.

1. **name** — the same name, or the same name without a company suffix ("Acme Corp" = "Acme"),
   or an acronym introduced in brackets ("World Health Organization (WHO)").
2. **short name** — a person's surname ("Roe" → "Jane Roe"), an organisation's first word
   ("Corvane" → "Corvane Robotics"), with a man's or woman's honorific agreeing ("Mr Price").
3. **attachment / apposition / copula** — "the 24-year-old Marek", "Corvane, a robotics startup,",
   "Roe is the company's chief executive": the description means the name beside it.
4. **description** — "the company", "the lender", "the striker": the most salient entity of the
   description's kind (recently named, named as a sentence's subject, named most; an apposition
   head agreeing: "the startup" for "Corvane, a robotics startup").
5. **pronoun** — "it/its" an organisation or work, "he/she" a person of that gender, "they" a group
   or organisation; only from the sentences just before, never forward.

Every link records its sieve, a reason an editor can read and a strength (``verify/data/sieves.toml``).
Look-backs are bounded, so building the references is linear in the text.

>>> refs = build_references("Corvane Robotics hired Jane Roe. The company said she starts in May. Roe agreed.")
>>> [(m.text, e.name, link.sieve) for m, e, link in refs.resolved()]  # doctest: +NORMALIZE_WHITESPACE
[('Corvane Robotics', 'Corvane Robotics', 'name'), ('Jane Roe', 'Jane Roe', 'name'),
 ('The company', 'Corvane Robotics', 'description'), ('she', 'Jane Roe', 'pronoun'), ('Roe', 'Jane Roe', 'short name')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from operator import attrgetter

from verify.lexicon import table, words
from verify.refs import kinds
from verify.refs.mentions import find_descriptions, find_led_teams, find_pronouns
from verify.refs.model import Entity, Form, Kind, Link, Mention
from verify.refs.names import Name, find_names

_SENTENCES_BACK_PRONOUN = 3
# Pronouns that are possessive in every use: "her" may be an object ("trained her since 2019"), which is
# never its own clause's subject, so the nearest person is no likelier for it.
_ONLY_POSSESSIVE = frozenset({"his", "its", "their"})
_SENTENCES_BACK_DESCRIPTION = 8
_MAX_CANDIDATES = 40  # entities considered for one description (a bounded look-back)


@cache
def strengths() -> dict[str, float]:
    return dict(table("sieves")["strength"])


COPULA = re.compile(r"\s+(?:is|was|has\s+been|became|remains)\s+(?:(?:now|still|already|also)\s+)?")
# The copula after an apposition: "Brampton, the market leader, is the second-largest supplier".
_APPOSITION_THEN_COPULA = re.compile(rf",[^,;:.]{{1,60}},{COPULA.pattern}")


def _without_middle(name: str) -> str | None:
    """A person's name without its middle names or initials: "Edmund James Hallam" → "Edmund Hallam".

    Only for a known given name followed by one or two capitalised middle words.

    >>> _without_middle("Edmund James Hallam"), _without_middle("Bank of England")
    ('Edmund Hallam', None)
    """
    tokens = name.split()
    if not 3 <= len(tokens) <= 4 or tokens[0] not in kinds.given_names():
        return None
    if not all(t[:1].isupper() and (t.isalpha() or (len(t) == 2 and t.endswith("."))) for t in tokens[1:-1]):
        return None
    return f"{tokens[0]} {tokens[-1]}"


@dataclass
class References:
    """The entities of one text and how each mention refers to one of them."""

    text: str
    sentences: list[tuple[int, int]]
    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)  # every mention, by start
    _links: dict[tuple[int, int], tuple[Entity, Link]] = field(default_factory=dict)
    _starts: list[int] = field(default_factory=list)
    # what later readers derive once from the references (the offices of verify.refs.roles)
    derived: dict[str, object] = field(default_factory=dict, repr=False)

    def link(self, mention: Mention) -> tuple[Entity, Link] | None:
        """The entity a mention refers to, and why; None when it refers to nothing found."""
        return self._links.get((mention.start, mention.end))

    def add_link(self, mention: Mention, entity: Entity, link: Link) -> None:
        """Tie a mention found unresolved to an entity, by a sieve run after the references were built
        (the speaker's side: :mod:`verify.refs.speakers`)."""
        insort(entity.mentions, mention, key=attrgetter("start"))
        self._links[(mention.start, mention.end)] = (entity, link)

    def resolved(self) -> Iterator[tuple[Mention, Entity, Link]]:
        for mention in self.mentions:
            found = self.link(mention)
            if found:
                yield mention, found[0], found[1]

    def between(self, start: int, end: int) -> list[Mention]:
        """Mentions lying wholly inside the prose span ``[start, end)``."""
        low = bisect_left(self._starts, start)
        high = bisect_left(self._starts, end)
        return [m for m in self.mentions[low:high] if m.end <= end]

    def at(self, start: int, end: int) -> Mention | None:
        """The mention that covers exactly or encloses ``[start, end)``."""
        index = bisect_right(self._starts, start) - 1
        for mention in self.mentions[max(0, index - 2):index + 1]:
            if mention.start <= start and end <= mention.end:
                return mention
        return None

    def main(self, kind: Kind) -> Entity | None:
        """The entity of that kind named most often (the first named on a tie)."""
        ranked = [e for e in self.entities if e.kind == kind]
        return max(ranked, key=lambda e: (len(e.mentions), -e.mentions[0].start)) if ranked else None

    def entity_named(self, name: str) -> Entity | None:
        for entity in self.entities:
            if entity.name == name or any(m.text == name for m in entity.mentions if m.form != Form.PRONOUN):
                return entity
        return None

    def sentence_index(self, offset: int) -> int:
        return max(bisect_right([s for s, _ in self.sentences], offset) - 1, 0)


def _strip_suffix(name: str) -> str:
    tokens = name.split()
    suffixes = words("names", "organisation_suffixes")
    while len(tokens) > 1 and tokens[-1] in suffixes and tokens[-1] not in {"Bank", "University", "Group"}:
        tokens = tokens[:-1]
    return " ".join(tokens)


_REPORT_BEFORE = 40  # characters before a description in which a speech verb makes it a reported subject


@cache
def _reported() -> re.Pattern[str]:
    """ "… says the 30-year-old must …": a speech verb right before a description, which is then the subject
    of what is reported, not the speaker. (Longest first, and in a fixed order: a set's order changes with
    each process's hash seed, and with it the pattern's text, which the startup cache would then never hold.)"""
    verbs = sorted(words("verbs", "speech"), key=lambda verb: (-len(verb), verb))
    return re.compile(rf"\b(?:{'|'.join(verbs)})\s+(?:that\s+)?$", re.IGNORECASE)


_AGE_WORDS = re.compile(r"(?i:the|a|an|this)\s+(?P<age>[\w-]+?)-year-old\b")
_AGE_GIVEN = re.compile(r",\s+(?:aged\s+)?(?P<age>\d{1,3}),")  # "Lena Duarte, 30," right after a name
# "Daniel Ferreira, who was born in 1981,", "Ferreira (born 1981)", "Ferreira was born in March 1981",
# "Ferreira, who was 36 when …", "Ferreira, then 36,": an age the text dates, not one it states for today
_AGE_DATED = re.compile(r"(?:,\s+(?:who\s+)?|\s+\(|\s+)(?:(?:was\s+)?born\s+(?:in\s+|on\s+)?(?:[\w,]+\s+){0,2}?"
                        r"(?:1[89]|20)\d\d\b|(?:was|turned)\s+\d{1,3}\s+(?:when|in\s+(?:1[89]|20)\d\d)\b|then\s+\d{1,3},)")
# "Orrin Freight, a haulier founded by his aunt in 1994,", "Orrin Freight, founded in 1994,", "Orrin Freight was
# set up in 1994": an organisation's founding dated right after its name
_FOUNDING_GIVEN = re.compile(r"(?:,\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){1,2}?)?(?:which\s+was\s+)?|\s+was\s+)"
                             r"(?:founded|established|set\s+up)\b[^.;,]{0,40}?\b(?:1[5-9]|20)\d\d\b")
_BORN_AS = re.compile(r"[\"“‘(]*Born\s+(?:as\s+)?")  # "Born Margaret Doidge in 1931, she …"
_NEE = re.compile(r"\b(?:née|nee)\s+$")  # "Peggy Ilsley (née Doidge)"
_DATED_AGE_SCORE = 0.9  # "the 39-year-old" most likely means the one person whose birth or past age is dated
_AGE_NEAR = 2  # years: "the 31-year-old" after "Duarte, 30," is most likely Duarte (her age misstated or not)


def _given_age_score(described: int, given: set[int]) -> float:
    """How much an age description ("the 31-year-old") favours an entity given ``given`` ages ("Duarte, 30,"):
    the same age as much as a matching descriptor, an age within ``_AGE_NEAR`` years a little less, any
    other age counts against it (someone else's).

    >>> _given_age_score(30, {30}), _given_age_score(31, {30}), _given_age_score(58, {30})
    (1.0, 0.7, -0.45)
    """
    gap = min(abs(described - age) for age in given)
    return 1.0 if gap == 0 else 0.7 if gap <= _AGE_NEAR else -0.45
_NOUN_AFTER = re.compile(r"[ \t\xa0]+([a-z][a-z-]+)\b")  # the lower-case word right after a description
_SETTLEMENTS = frozenset({"city", "town", "village", "capital", "port", "municipality", "borough", "suburb"})
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_ACRONYM = re.compile(r"\s*\((?P<acronym>[A-Z][A-Za-z&]{1,9})\)")


def _introduces_acronym(name: str, bracketed: str) -> bool:
    """Is a word in brackets after a name that name's acronym? It is no place, and it is written in capitals
    or starts as the name does: "Office of Rail Regulation (ORR)", "Higher Education Funding Council (Hefce)"
    are; "Ana Lund (Sweden)", "Ana Ruiz (US)" are not.

    >>> _introduces_acronym("World Health Organization", "WHO"), _introduces_acronym("Ana Lund", "Sweden")
    (True, False)
    """
    if bracketed in kinds.places() or bracketed.lower() in kinds.countries():
        return False
    return bracketed.isupper() or bracketed[0] == name[0]


class _Builder:
    def __init__(self, text: str, sentences: list[tuple[int, int]]) -> None:
        self.text = text
        self.sentences = sentences
        self.starts = [s for s, _ in sentences]
        self.refs = References(text, sentences)
        self.by_key: dict[str, Entity] = {}
        self.by_word: dict[str, list[Entity]] = {}  # first and last words of multi-word names
        self.evidence: dict[int, Counter[Kind]] = {}
        self.genders: dict[int, Counter[str]] = {}
        self.roles: dict[int, set[str]] = {}
        self.mains: dict[Kind, Entity | None] = {}
        self.timeline: list[tuple[int, int, int, Mention]] = []
        self.subjects: dict[int, int] = {}  # sentence index → the entity it names first
        self.born_as: set[int] = set()  # entities first named by the name someone was born with
        self.surnames: dict[str, Entity] = {}  # bare word → the person it was first read as the surname of
        self.given_ages: dict[int, set[int]] = {}  # entity id → the ages written after its names ("Roe, 41,")
        self.dated_ages: set[int] = set()  # entities whose age the text dates after a name ("Roe, born in 1984,")
        self.founded: set[int] = set()  # organisations whose founding is dated after a name ("X, founded in 1994,")
        self.person_marks: dict[int, float] = {}  # entity id → the most person evidence one mention of it gave
        self.breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]  # where each paragraph after the first starts

    def sentence_of(self, offset: int) -> int:
        return max(bisect_right(self.starts, offset) - 1, 0)

    def paragraph_of(self, offset: int) -> int:
        return bisect_right(self.breaks, offset)

    # ---- sieves 1 and 2: names
    def new_entity(self, name: str) -> Entity:
        entity = Entity(len(self.refs.entities), name)
        self.refs.entities.append(entity)
        self.evidence[entity.id] = Counter()
        self.genders[entity.id] = Counter()
        self.roles[entity.id] = set()
        return entity

    def add(self, mention: Mention, entity: Entity, sieve: str, reason: str, strength: float | None = None) -> None:
        entity.mentions.append(mention)
        age = _AGE_WORDS.match(mention.text) if mention.form == Form.DESCRIPTION else None
        if age:
            entity.descriptors.add(f"age:{age['age'].lower()}")  # "the 61-year-old": no one else's age
        link = Link(sieve, strengths()[sieve] if strength is None else strength, reason)
        self.refs._links[(mention.start, mention.end)] = (entity, link)
        if mention.form in (Form.NAME, Form.SHORT):
            given = _AGE_GIVEN.match(self.text, mention.end)
            if given:
                self.given_ages.setdefault(entity.id, set()).add(int(given["age"]))
            elif _AGE_DATED.match(self.text, mention.end):
                self.dated_ages.add(entity.id)
            if _FOUNDING_GIVEN.match(self.text, mention.end):
                self.founded.add(entity.id)
            found = kinds.evidence(self.text, mention.start, mention.end, entity.name)
            self.evidence[entity.id] += found
            self.person_marks[entity.id] = max(self.person_marks.get(entity.id, 0.0), found[Kind.PERSON])
            if mention.gender:
                self.genders[entity.id][mention.gender] += 1
            if mention.role:
                self.roles[entity.id].add(mention.role)

    def names(self, names: list[Name]) -> list[Mention]:
        mentions = [Mention(n.start, n.end, n.text, Form.NAME, n.text, possessive=n.possessive, role=n.role,
                            gender=n.gender) for n in names]
        single: list[Mention] = []
        for mention in mentions:
            key = mention.text.title() if mention.text.isupper() and " " in mention.text else mention.text
            alias = _strip_suffix(key)
            entity = self.by_key.get(key) or (self.by_key.get(alias) if " " in key else None)
            short = _without_middle(key)
            if entity is None and short is not None and short in self.by_key:
                entity = self.by_key[short]  # "Edmund James Hallam" after "Edmund Hallam"
                self.add(mention, entity, "alias", f"{entity.name} with a middle name")
                continue
            if entity is not None:
                self.add(mention, entity, "name" if entity.name == key else "alias",
                         "same name" if entity.name == key else f"same name as {entity.name}")
            elif " " in key or self._acronym_of(mention) is None:
                if " " not in key:
                    single.append(mention)
                    continue
                entity = self.new_entity(key)
                self.by_key[key] = entity
                tokens = key.split()
                for word in {tokens[0], tokens[-1]}:
                    self.by_word.setdefault(word, []).append(entity)
                self.by_key.setdefault(alias, entity)
                if short is not None:
                    self.by_key.setdefault(short, entity)  # "Edmund Hallam" after "Edmund James Hallam"
                if tokens[0] in words("names", "ship_prefixes") and len(tokens) > 1:
                    self.by_key.setdefault(" ".join(tokens[1:]), entity)  # "Morven Star" after "MV Morven Star"
                    self.by_word.setdefault(tokens[1], []).append(entity)
                self.add(mention, entity, "name", "first named here")
                acronym = _ACRONYM.match(self.text, mention.end)
                if acronym and _introduces_acronym(key, acronym["acronym"]):
                    self.by_key.setdefault(acronym["acronym"], entity)
            else:
                single.append(mention)
        self.decide_kinds()
        for mention in single:
            self.short_name(mention)
        self.decide_kinds()
        return mentions

    def _acronym_of(self, mention: Mention) -> Entity | None:
        return self.by_key.get(mention.text)

    def short_name(self, mention: Mention) -> None:
        word = mention.text
        known = self.by_key.get(word)
        if known is not None:
            sieve = "name" if known.name == word else "alias"
            self.add(mention, known, sieve, "same name" if sieve == "name" else f"acronym of {known.name}")
            return
        candidates = []
        for entity in self.by_word.get(word, ()):
            tokens = entity.name.split()
            if entity.kind in (Kind.PERSON, Kind.UNKNOWN) and tokens[-1] == word and \
                    (not mention.gender or self._gender(entity) in (None, mention.gender)):
                candidates.append((entity, "surname"))
            elif entity.kind in (Kind.ORGANISATION, Kind.WORK, Kind.UNKNOWN) and tokens[0] == word \
                    and word not in words("names", "demonyms"):
                candidates.append((entity, "first word"))
            elif entity.kind in (Kind.ORGANISATION, Kind.UNKNOWN) and tokens[-1] == word and len(tokens) > 1 \
                    and word in words("names", "team_suffixes"):
                candidates.append((entity, "team name"))  # "Rovers" for "Harwick Rovers"
        if candidates:
            before = [c for c in candidates if c[0].mentions[0].start < mention.start] or candidates
            before = self._keep_surname(word, before)
            entity, how = max(before, key=lambda c: c[0].mentions[-1].start if c[0].mentions[-1].start
                              < mention.start else -1)
            strength = strengths()["short name"] if len(candidates) == 1 else strengths()["short name, several"]
            self.add(mention, entity, "short name", f"{how} of {entity.name}", strength)
            if how == "surname":
                self.surnames.setdefault(word, entity)
            return
        entity = self.new_entity(word)
        self.by_key[word] = entity
        self.add(mention, entity, "name", "first named here")

    def _keep_surname(self, word: str, candidates: list[tuple[Entity, str]]) -> list[tuple[Entity, str]]:
        """A bare word once read as a person's surname stays hers over an organisation that begins with it:
        after "Ann Voss, 61" and "Voss, who runs Voss Joinery,", a later "Voss was arrested" is still Ann
        Voss (a family firm bears its owner's name; the writer would shorten it "the firm")."""
        person = self.surnames.get(word)
        if person is None or all(how == "surname" for _, how in candidates):
            return candidates
        return [c for c in candidates if c[0] is person] or candidates

    def _holds_office(self, entity: Entity, noun: str) -> bool:
        """Was the entity named with the office a description's noun names ("Captain Tuilagi" … "the
        skipper")?"""
        if not self.roles[entity.id]:
            return False  # most entities hold no office: no lookup at all
        from verify.refs.roles import office_of  # roles reads the references this module builds

        office = office_of(noun)
        return office is not None and any(office_of(role) == office for role in self.roles[entity.id])

    def _named_as_person(self, entity: Entity) -> bool:
        """Could the text name this person so? A person is introduced by a full name, a given name, an
        honorific or a title, or by one name with an age or a role beside it ("Neymar, 32,"); a one-word name
        that only a "who" or a speech verb marks ("Ravensworth, who beat Calder Town") is as often a team."""
        if " " in entity.name or entity.name in kinds.given_names() or self.genders[entity.id] or self.roles[entity.id]:
            return True
        return self.person_marks.get(entity.id, 0.0) >= kinds.weights()["age"]

    def _gender(self, entity: Entity) -> str | None:
        counts = self.genders[entity.id]
        if counts:
            return counts.most_common(1)[0][0]
        first = entity.name.split()[0]
        return kinds.given_names().get(first)

    def decide_kinds(self) -> None:
        for entity in self.refs.entities:
            entity.kind = kinds.decide(self.evidence[entity.id] + kinds.name_evidence(entity.name))
            if entity.kind == Kind.PERSON and not self._named_as_person(entity):
                entity.kind = Kind.UNKNOWN
            entity.gender = self._gender(entity) if entity.kind in (Kind.PERSON, Kind.UNKNOWN) else None

    # ---- sieves 3 to 5: descriptions and pronouns
    def references(self, descriptions: list[Mention], pronouns: list[Mention], names: list[Mention]) -> None:
        self.mains = {kind: self.refs.main(kind) for kind in Kind}
        self._note_subjects(names)
        self.timeline = sorted((m.start, m.end, self.refs._links[(m.start, m.end)][0].id, m) for m in names
                               if (m.start, m.end) in self.refs._links)
        ordered = sorted([*descriptions, *pronouns], key=lambda m: m.start)
        name_starts = [m.start for m in names]
        births = self._birth_names(names)
        self.born_as = {self.refs._links[(m.start, m.end)][0].id for m in births}
        for mention in ordered:
            if mention.form == Form.DESCRIPTION:
                self.description(mention, names, name_starts)
            else:
                self.pronoun(mention)
        for mention in births:
            self._link_birth_name(mention)

    def _birth_names(self, names: list[Mention]) -> list[Mention]:
        """Names someone was born with, first named so ("Born Margaret Doidge in 1931, she …", "née Doidge"):
        that person under another name, never someone else a pronoun or a description may mean."""
        found = []
        for mention in names:
            entity = self.refs._links.get((mention.start, mention.end), (None,))[0]
            start = self.sentences[self.sentence_of(mention.start)][0]
            if entity is not None and entity.mentions[0] is mention and (
                    _BORN_AS.fullmatch(self.text, start, mention.start) or
                    _NEE.search(self.text, max(0, mention.start - 8), mention.start)):
                found.append(mention)
        return found

    def _link_birth_name(self, mention: Mention) -> None:
        """Link a birth name to the subject its sentence goes on to ("Born Margaret Doidge in 1931, she
        left school at 14": she, whoever she is), when that subject is a person found."""
        sentence = self.sentences[self.sentence_of(mention.start)]
        for entry in self.timeline[bisect_left(self.timeline, (mention.end,)):]:
            if entry[0] >= sentence[1]:
                return
            entity = self.refs.entities[entry[2]]
            if entity.id not in self.born_as and entity.kind == Kind.PERSON and \
                    entry[3].form in (Form.NAME, Form.PRONOUN) and \
                    self.text[max(0, entry[0] - 3):entry[0]].rstrip().endswith(","):
                old = self.refs._links[(mention.start, mention.end)][0]
                old.mentions.remove(mention)
                self.add(mention, entity, "alias", f"the name {entity.name} was born with")
                return

    def description(self, mention: Mention, names: list[Mention], name_starts: list[int]) -> None:
        if mention.led_by is not None:
            self._led_team(mention)
            return
        text = self.text
        # Attachment: "the 24-year-old Marek", "the Danish runner Marek Hruby".
        following = names[bisect_left(name_starts, mention.end)] if bisect_left(name_starts, mention.end) < len(
            names) else None
        gap = text[mention.end:following.start] if following is not None else ""
        if following is not None and (re.fullmatch(r"[ \t\xa0]+", gap) or (
                gap.strip() in words("names", "demonym_nouns") and re.fullmatch(r"[ \t\xa0]+\S+[ \t\xa0]+", gap))):
            # "the 24-year-old Marek", "the 24-year-old Frenchman Julien Marot"
            found = self.refs.link(following)
            if found and self._compatible(mention, found[0]):
                self.add(mention, found[0], "attachment", f"describes the name after it, {found[0].name}")
            return  # the description is part of the name
        # Apposition: "Corvane, a robotics startup," / "The lender, Nordvik Bank,".
        index = bisect_left(name_starts, mention.start) - 1
        previous = names[index] if index >= 0 else None
        if previous is not None and re.fullmatch(r",\s+", text[previous.end:mention.start]):
            found = self.refs.link(previous)
            if found and (self._compatible(mention, found[0]) or self._ages_a_thing(mention, found[0])):
                found[0].descriptors.add(mention.head)
                self.add(mention, found[0], "apposition", f"apposition to {found[0].name}")
                return
        if following is not None and re.fullmatch(r",\s+", text[mention.end:following.start]):
            found = self.refs.link(following)
            if found and self._compatible(mention, found[0]):
                self.add(mention, found[0], "apposition", f"apposition to {found[0].name}")
                return
        if previous is not None and (COPULA.fullmatch(text, previous.end, mention.start) or
                                     _APPOSITION_THEN_COPULA.fullmatch(text, previous.end, mention.start)):
            found = self.refs.link(previous)
            if found and self._compatible(mention, found[0]):
                found[0].descriptors.add(mention.head)
                self.add(mention, found[0], "copula", f"said to be {mention.text} of {found[0].name}")
                return
        if mention.kind == Kind.EVENT:
            return
        # "the UK's biggest mortgage lender" may be someone not named yet: the one named, only when no one else
        # in reach could be meant.
        if mention.indefinite or mention.named or (
                mention.scope and not self.salient(mention, _SENTENCES_BACK_DESCRIPTION, "description", sole=True)):
            self._named_or_new(mention)
        elif not mention.scope and not self.salient(mention, _SENTENCES_BACK_DESCRIPTION, "description"):
            self._body_of_place(mention)

    def _body_of_place(self, mention: Mention) -> None:
        """ "Swindon will freeze parking charges, the council said": a governing body that no organisation in
        reach answers to is the body of the one place in reach, named by the place alone."""
        if mention.head not in words("nouns", "place_bodies"):
            return
        here = self.sentence_of(mention.start)
        places = {entity.id: entity for entity, last in self._recent(mention.start)
                  if entity.kind == Kind.PLACE and here - self.sentence_of(last.start) <= _SENTENCES_BACK_DESCRIPTION}
        if len(places) == 1:
            place = next(iter(places.values()))
            self.add(mention, place, "body of a place", f"the {mention.head} of {place.name}")
            insort(self.timeline, (mention.start, mention.end, place.id, mention))

    def _led_team(self, mention: Mention) -> None:
        """ "Oyelaran's side", "his squad": a club's side is the club; a person's is the team the text ties to
        them. That is the organisation named nearest their first name in its sentence ("Dunmore manager Pete
        Oyelaran"), else the organisation the article names most, at a weaker link."""
        index = bisect_left(self.timeline, (mention.led_by,))
        if index == len(self.timeline) or self.timeline[index][0] != mention.led_by:
            return  # the owner is no one found ("Kelso's" unread, "his" unresolved)
        owner = self.refs.entities[self.timeline[index][2]]
        if owner.kind == Kind.ORGANISATION:
            team, how = owner, "the side of the club"
        elif owner.kind == Kind.PERSON:
            team, how = self._team_of(owner)
        else:
            return
        if team is None:
            return
        self.add(mention, team, "description", f"{owner.name}'s team, {how}" if team is not owner else how,
                 strengths()["description, close" if how == "the organisation named most" else "description, clear"])
        insort(self.timeline, (mention.start, mention.end, team.id, mention))

    def _team_of(self, person: Entity) -> tuple[Entity | None, str]:
        first = person.mentions[0]
        sentence = self.sentences[self.sentence_of(first.start)]
        beside = [(abs(m.start - first.start), entity) for _, _, entity_id, m in self.timeline
                  if sentence[0] <= m.start < sentence[1] and m.form in (Form.NAME, Form.SHORT)
                  and (entity := self.refs.entities[entity_id]).kind == Kind.ORGANISATION]
        if beside:
            return min(beside, key=lambda pair: pair[0])[1], "named beside them"
        main = self.mains.get(Kind.ORGANISATION)
        return (main, "the organisation named most") if main is not None else (None, "")

    def _ages_a_thing(self, mention: Mention, entity: Entity) -> bool:
        """ "Orrin Freight, a 31-year-old haulier,": an age before a noun no person is called (one the word
        lists do not know) describes the organisation or work it is set beside."""
        if mention.head != "year-old" or entity.kind not in (Kind.ORGANISATION, Kind.WORK):
            return False
        noun = _NOUN_AFTER.match(self.text, mention.end)
        return noun is not None and noun.group(1) not in words("nouns", "person")

    def _named_or_new(self, mention: Mention) -> None:
        """ "a rival", "another investor" introduce someone; "the Oslo utility" may, unless an entity already
        answers to the name inside it."""
        known = [e for e in self.refs.entities if self._compatible(mention, e)
                 and any(word in e.name.split() or word in e.descriptors for word in mention.named)
                 ] if mention.named else []  # "a rival" names no one: no scan of every entity
        if known and not mention.indefinite:
            self.add(mention, known[-1], "description", f"description naming {known[-1].name}",
                     strengths()["description, clear"])
            return
        entity = self.new_entity(mention.text)
        entity.kind = mention.kind
        entity.descriptors.add(mention.head)
        self.add(mention, entity, "description", "introduced here" if mention.indefinite
                 else "a description naming someone not named before", strengths()["name"])
        insort(self.timeline, (mention.start, mention.end, entity.id, mention))

    def pronoun(self, mention: Mention) -> None:
        if mention.head in ("we", "us", "our", "ours"):
            return  # resolved with the quotes: the speaker's side
        self.salient(mention, _SENTENCES_BACK_PRONOUN, "pronoun")

    def _compatible(self, mention: Mention, entity: Entity) -> bool:
        wanted = mention.kind
        if entity.kind == Kind.UNKNOWN and mention.form == Form.DESCRIPTION and \
                mention.head in entity.name.lower().split():
            return True  # "the port" for "Port Awanui", whatever its kind
        if entity.kind == Kind.UNKNOWN:
            if wanted == Kind.PERSON:  # a person is named with at least two words once, or by a given name
                return self.evidence[entity.id][Kind.ORGANISATION] <= 0 and (
                    " " in entity.name or entity.name in kinds.given_names())
            return wanted != Kind.PLACE
        if wanted == Kind.GROUP:
            return entity.kind in (Kind.GROUP, Kind.ORGANISATION)
        if wanted == Kind.ORGANISATION and mention.form == Form.PRONOUN:
            return entity.kind in (Kind.ORGANISATION, Kind.WORK, Kind.PLACE, Kind.GROUP)
        if wanted == Kind.ORGANISATION:
            return entity.kind in (Kind.ORGANISATION, Kind.GROUP)
        if wanted == Kind.WORK:
            return entity.kind == Kind.WORK
        if wanted == Kind.PLACE and mention.form == Form.DESCRIPTION and mention.head in _SETTLEMENTS:
            # "the city" is no continent, "the port" no country
            return entity.kind == Kind.PLACE and entity.name not in kinds.regions() and \
                entity.name.lower() not in kinds.countries()
        if wanted == Kind.PERSON and mention.gender == "f" and mention.form == Form.PRONOUN and \
                entity.kind == Kind.WORK:
            first = entity.mentions[0]
            return kinds.vessel(self.text, first.start, entity.name)  # a ship is "she"
        if wanted == Kind.PERSON and mention.gender:
            return entity.kind == Kind.PERSON and self._gender(entity) in (None, mention.gender)
        return entity.kind == wanted

    def salient(self, mention: Mention, sentences_back: int, sieve: str, sole: bool = False) -> bool:
        """Link the mention to the most salient compatible entity in reach, unless two are about as likely
        (or, when ``sole``, unless it is the only one); say whether it was linked."""
        here = self.sentence_of(mention.start)
        scores: dict[int, float] = {}
        speaker, possessor = self._speaker_before(mention) if mention.form == Form.DESCRIPTION else (None, None)
        paragraph = self.paragraph_of(mention.start)
        recent = [(entity, last) for entity, last in self._recent(mention.start)
                  if self._compatible(mention, entity) and entity.id != speaker and entity.id not in self.born_as]
        # "Coach Ines Lund believes the 28-year-old can …": never Lund herself (left out above)
        named_here = any(self.paragraph_of(last.start) == paragraph for _, last in recent)
        recent = self._dated_for_age(mention, recent)
        for entity, last in recent:
            distance = here - self.sentence_of(last.start)
            # The article's main organisation answers "the company" from afar; a person's description
            # ("the 20-year-old") never reaches back past its bound to an entity of no clear kind.
            main = sieve == "description" and entity.kind != Kind.PERSON and mention.kind != Kind.PERSON and \
                entity is self.mains.get(entity.kind)
            if distance > sentences_back and not main and entity.id not in self.founded:
                continue
            score = 1.0 / (1 + distance) + 0.15 * min(len(entity.mentions), 6)
            if self._subject(last) or self.subjects.get(self.sentence_of(last.start)) == entity.id:
                score += 0.4 / max(1, distance)  # a subject is salient, the more so the nearer
            age = _AGE_WORDS.match(mention.text) if mention.form == Form.DESCRIPTION else None
            if age and any(d.startswith("age:") and d != f"age:{age['age'].lower()}" for d in entity.descriptors):
                score -= 0.45  # "the 47-year-old" is rarely the person already called "the 61-year-old"
            if age and age["age"].isdigit() and entity.id in self.given_ages:
                score += _given_age_score(int(age["age"]), self.given_ages[entity.id])
            elif age and entity.id in self.dated_ages:
                score += _DATED_AGE_SCORE
            if entity.kind == Kind.UNKNOWN:
                score -= 0.3  # a kind the text never made clear is a weaker antecedent
            if mention.gender and self._gender(entity) == mention.gender:
                score += 0.35  # "she" after "Dame Hilda Marsh … her assistant, Tomasz Wilk": the one known a she
            if mention.head in entity.descriptors or (
                    mention.form == Form.DESCRIPTION and mention.head in entity.name.lower().split()) or (
                    mention.form == Form.DESCRIPTION and self._holds_office(entity, mention.head)):
                # "the startup" for "Corvane, a robotics startup"; "the bank" for "Bank of Norway"; "the skipper"
                # for "Captain Jordan Tuilagi"
                score += 1.0
            elif mention.form == Form.DESCRIPTION and any(not d.startswith("age:") for d in entity.descriptors) \
                    and mention.head not in words("nouns", "generic_organisation"):
                score -= 0.6  # "the startup" is not the entity introduced as "the utility"
            if main:
                score += 0.3
            if entity.id == possessor:
                score += 0.5  # "Her coach Ward says the 28-year-old …": the one the speaker is introduced by
            if mention.form == Form.PRONOUN and distance == 0:
                score += 0.3
                if mention.head in _ONLY_POSSESSIVE and entity is recent[0][0]:
                    score += 0.4  # "Ross said Kell had lost his job": as salient as the subject
            if mention.form == Form.PRONOUN and named_here and self.paragraph_of(last.start) != paragraph:
                score -= 0.6  # a new paragraph that names someone is about them: "he" is rarely the last one's
            scores[entity.id] = score
        if not scores or (sole and len(scores) > 1):
            return False
        ranked = sorted(scores.items(), key=lambda item: -item[1])
        best, score = ranked[0]
        entity = self.refs.entities[best]
        strength = strengths()[sieve]
        if len(ranked) > 1:
            margin = score - ranked[1][1]
            if margin < 0.1:
                return False  # two equally likely referents: no link rather than a guess
            strength = strengths()[f"{sieve}, clear"] if margin >= 0.5 else strengths()[f"{sieve}, close"]
        kind = entity.kind.value if entity.kind != Kind.UNKNOWN else "name"
        reason = f"{sieve}; {'only' if len(ranked) == 1 else 'most salient'} {kind} in reach"
        self.add(mention, entity, sieve, reason, strength)
        insort(self.timeline, (mention.start, mention.end, entity.id, mention))
        return True

    def _dated_for_age(self, mention: Mention, recent: list[tuple[Entity, Mention]]) -> list[tuple[Entity, Mention]]:
        """An organisation's age description ("the 30-year-old family firm") means the one organisation in
        reach whose founding the text dates after its name ("Orrin Freight, a haulier founded in 1994,"), from
        however far back: the writer restates the age the founding gives. Otherwise every candidate stays."""
        if mention.form != Form.DESCRIPTION or mention.kind == Kind.PERSON or not _AGE_WORDS.match(mention.text):
            return recent
        dated = [(entity, last) for entity, last in recent if entity.id in self.founded]
        return dated if len(dated) == 1 else recent

    def _speaker_before(self, mention: Mention) -> tuple[int | None, int | None]:
        """The entity whose speech verb stands right before ``mention`` ("Lund believes the 28-year-old"),
        and the entity a possessive in the speaker's own phrase names ("Her coach Lund", "Ines's coach
        Lund"): the person the speaker is introduced by, whom a reported description most often means.

        Both are None when no speech verb stands right before the mention.
        """
        found = _reported().search(self.text, max(0, mention.start - _REPORT_BEFORE), mention.start)
        if found is None:
            return None, None
        sentence = self.sentence_of(mention.start)
        before = [entry for entry in self.timeline[:bisect_left(self.timeline, (found.start(),))]
                  if entry[1] <= found.start() and self.sentence_of(entry[0]) == sentence]
        # The speaker is the last thing named before the verb, but not a possessive ("Her coach Lund") nor
        # a pronoun inside the speaker's phrase ("Lund, who coached her, said"): only one right at the verb.
        speakers = [entry for entry in before if not entry[3].possessive and (
            entry[3].form != Form.PRONOUN or not self.text[entry[1]:found.start()].strip())]
        if not speakers:
            return None, None
        speaker = speakers[-1][2]
        related = [entry[2] for entry in before if entry[2] != speaker and (
            entry[3].possessive or entry[3].form == Form.PRONOUN)]
        return speaker, related[-1] if related else None

    def _note_subjects(self, names: list[Mention]) -> None:
        """The entity each sentence names first: the subject salience favours."""
        for mention in names:
            found = self.refs._links.get((mention.start, mention.end))
            if found and self._subject(mention):
                self.subjects.setdefault(self.sentence_of(mention.start), found[0].id)

    def _recent(self, offset: int) -> Iterator[tuple[Entity, Mention]]:
        """Entities mentioned before ``offset``, newest first, each with its latest mention there
        (at most ``_MAX_CANDIDATES`` of them: a bounded look-back)."""
        seen: set[int] = set()
        index = bisect_left(self.timeline, (offset,)) - 1
        while index >= 0 and len(seen) < _MAX_CANDIDATES:
            _, _, entity_id, mention = self.timeline[index]
            if entity_id not in seen:
                seen.add(entity_id)
                yield self.refs.entities[entity_id], mention
            index -= 1

    def _subject(self, mention: Mention) -> bool:
        """Is the mention the first thing its sentence names (a cheap stand-in for the subject)?"""
        start = self.sentences[self.sentence_of(mention.start)][0]
        return not re.search(r"[A-Za-z]{3,}\s+[A-Z]", self.text[start:mention.start]) and \
            len(self.text[start:mention.start].split()) <= 3


def build_references(text: str, sentences: list[tuple[int, int]] | None = None) -> References:
    """Find every mention in ``text`` and link them into entities."""
    if sentences is None:
        from verify.extract.context import TextContext

        sentences = TextContext(text).sentences
    builder = _Builder(text, sentences)
    names = builder.names([n for n in find_names(text, [s for s, _ in sentences])
                           if not _dateline_credit(text, n) and not _byline(text, n)])
    covered = [(m.start, m.end) for m in names]
    covered_starts = [start for start, _ in covered]
    descriptions = sorted([d for d in [*find_descriptions(text), *find_led_teams(text)]
                           if not _inside(d, covered, covered_starts)], key=lambda m: m.start)
    pronouns = find_pronouns(text)
    builder.references(descriptions, pronouns, names)
    refs = builder.refs
    refs.mentions = sorted([*names, *descriptions, *pronouns], key=lambda m: (m.start, m.end))
    refs._starts = [m.start for m in refs.mentions]
    return refs


_CREDIT_AFTER = re.compile(r"\)\s*(?:[—–]|--?)\s")


def _dateline_credit(text: str, name: Name) -> bool:
    """Is the name the agency credited in a dateline ("CARVER CITY, Colo. (AP) — Riders took …")? It tells
    who wrote the story, and names no one the story is about.

    >>> text = "KESSA, Norway (Reuters) — Halden Bank raised rates."
    >>> [n.text for n in find_names(text, [0]) if not _dateline_credit(text, n)]
    ['Norway', 'Halden Bank']
    """
    line_start = text.rfind("\n", 0, name.start) + 1
    return (name.start - line_start <= 60 and text[name.start - 1:name.start] == "("
            and _CREDIT_AFTER.match(text, name.end) is not None)


_BYLINE = re.compile(r"[ \t*_]*(?i:by)\s+[^\n]{2,100}$")


def _byline(text: str, name: Name) -> bool:
    r"""Is the name on a byline, a line of its own that opens with "By" ("By Jess Kowalczyk, Local Government
    Reporter")? It tells who wrote the story: neither the writer nor the desk is what the story is about.

    >>> text = "Rates rise\n\nBy Jess Kowalczyk, Local Government Reporter\n\nMarrindale City Council voted."
    >>> [n.text for n in find_names(text, [0, 12, 58]) if not _byline(text, n)]
    ['Marrindale City Council']
    """
    line_start = text.rfind("\n", 0, name.start) + 1
    line_end = text.find("\n", name.end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    return _BYLINE.fullmatch(line) is not None and not re.search(r"[.!?]\s", line)


def _inside(mention: Mention, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """Does the mention start inside one of the sorted ``spans`` (``starts`` are their starts)?"""
    index = bisect_right(starts, mention.start) - 1
    return index >= 0 and spans[index][0] <= mention.start < spans[index][1]

"""Sentences, named entities and tense cues of a document's prose.

>>> ctx = TextContext("Kevin Kelly said it. Kelly will go. The firm, ShengShu, agreed.")
>>> [ctx.text[s:e] for s, e in ctx.sentences]
['Kevin Kelly said it.', 'Kelly will go.', 'The firm, ShengShu, agreed.']
>>> [e.name for e in ctx.entities]
['Kevin Kelly', 'Kelly', 'ShengShu']
>>> ctx.canonical("Kelly")
'Kevin Kelly'
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, cached_property

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Month words in lower case, full and abbreviated ("march", "mar", "sept"), to their numbers.
MONTH_NUMBERS = ({name.lower(): number for number, name in enumerate(MONTH_NAMES, start=1)}
                 | {name[:3].lower(): number for number, name in enumerate(MONTH_NAMES, start=1)} | {"sept": 9})

# Capitalised words that start sentences or name times, not entities.
_NOT_ENTITY = {
    "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "In", "On", "At", "For",
    "By", "With", "As", "But", "And", "Or", "If", "When", "While", "However", "Instead", "Yet",
    "Just", "Looking", "Experts", "He", "She", "They", "We", "I", "You", "Our", "Their", "His",
    "Her", "My", "Your", "There", "Here", "Some", "Many", "Most", "All", "Both", "Each", "After",
    "Before", "Since", "Until", "From", "To", "Of", "Also", "Still", "Meanwhile", "Now", "Then",
    "Today", "Yesterday", "Tomorrow", "Last", "Next", "According", "Although", "Though",
    "Because", "So", "Such", "Other", "Another", "Regulators", "Officials", "Analysts", "Mr",
    "Mrs", "Ms", "Dr", "Prof", "Ultimately", "Why", "What", "How", "Who", "Where", "Not", "No",
    "Developing", "Partnerships", "Q1", "Q2", "Q3", "Q4", "Chief", "CEO", "Former", "Shares",
    "Revenue", "Sales", "Profit", "Over", "Under", "About", "Nearly", "Almost", "Around",
    "Earlier", "Later", "Once", "Every", "Several", "Few", "Despite", "Among", "Between",
    "Through", "During", "Without", "Within", "Across", "Against", "Including", "Like",
    *MONTH_NAMES, *WEEKDAY_NAMES,
}
# Nationality words are capitalised but name no one: "The Danish runner".
_DEMONYMS = frozenset({
    "American", "Argentine", "Argentinian", "Australian", "Austrian", "Belgian", "Brazilian", "British", "Canadian",
    "Chilean", "Chinese", "Colombian", "Cuban", "Czech", "Danish", "Dutch", "Egyptian", "English", "Ethiopian",
    "European", "Filipino", "Finnish", "French", "German", "Ghanaian", "Greek", "Hungarian", "Indian", "Indonesian",
    "Iranian", "Iraqi", "Irish", "Israeli", "Italian", "Japanese", "Kenyan", "Korean", "Malaysian", "Mexican",
    "Moroccan", "Nigerian", "Norwegian", "Pakistani", "Palestinian", "Peruvian", "Polish", "Portuguese", "Romanian",
    "Russian", "Saudi", "Scottish", "Singaporean", "Spanish", "Swedish", "Swiss", "Syrian", "Taiwanese", "Thai",
    "Turkish", "Ugandan", "Ukrainian", "Venezuelan", "Vietnamese", "Welsh", "African", "Asian", "Arab", "Nordic",
    "Scandinavian", "Latin", "Western", "Eastern", "Southern", "Northern",
})
# A definite description of a person at the start of a sentence ("The Danish runner, born in 1996,",
# "The 24-year-old"): it means the person last named.
_PERSON_NOUNS = (r"runner|athlete|player|champion|winner|striker|coach|executive|founder|co-founder|boss|woman|"
                 r"man|girl|boy|singer|actor|actress|author|writer|politician|senator|minister|mayor|president|"
                 r"lawyer|teacher|doctor|scientist|researcher|entrepreneur|billionaire|investor|veteran|star|"
                 r"teenager|chief|chairman|chairwoman|economist|analyst|\d+-year-old")
_ORGANISATION_NOUNS = (r"company|firm|startup|start-up|business|group|bank|lender|insurer|carrier|airline|"
                       r"retailer|chain|maker|manufacturer|developer|publisher|club|team|agency|council|fund")
_ORGANISATION_DESCRIPTION = re.compile(rf"[\s\"“‘(]*(?:The|the)\s+(?:[\w’'-]+\s+){{0,3}}?"
                                       rf"(?:{_ORGANISATION_NOUNS})(?![\w’'-])")
_PERSON_DESCRIPTION = re.compile(rf"[\s\"“‘(]*(?:The|the)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{_PERSON_NOUNS})(?![\w’'-])")
_POINTER = re.compile(r"[\s\"“‘(]*(?:It|Its|They|Their|He|His|She|Her)\b")
# Last words of names of bodies and events, never of a person ("Senate Judiciary Committee").
_INSTITUTIONS = frozenset({"Committee", "Commission", "Council", "Court", "Department", "Party", "Office", "Board",
                           "Authority", "Administration", "Parliament", "Congress", "Senate", "Service", "Bureau",
                           "Union", "Police", "Games", "Marathon", "Festival", "Cup", "League", "Club"})
_RECENT = 50  # a pronoun or description looks back over at most this many names
# Generic acronyms name things, not who did or said something; inside a name ("Tripo AI") they stay.
_GENERIC_ACRONYMS = {"AI", "LLM", "LLMs", "US", "UK", "EU", "UN", "GDP", "IPO", "CFO", "CTO", "COO", "TV", "PC",
                     "VR", "AR", "ESG", "API", "IT", "HR", "PR", "GPU", "GPUs", "CPU", "EV", "EVs", "NFT", "OK",
                     "PhD", "DNA"}
_CONNECTORS = {"of", "de", "del", "la", "van", "von", "der", "&", "bin", "al"}
# After a capital: "O'Brien" keeps its apostrophe, but a possessive ("Kenya's") ends the name.
_REST_OF_NAME_WORD = r"[\w&-]*(?:[’'](?!s\b)[A-Za-z]+)?"
# Between words: spaces, or one line break (wrapped text) but never a blank line.
_GAP = r"(?:[ \t\xa0]+|[ \t\xa0]*\r?\n[ \t\xa0]*)"
# A run of capitalised words, allowing "of"/"&" inside ("Bank of America"). The first capital is
# consumed before the look-behind, so that the regex engine can scan for it.
_NAME = re.compile(
    rf"[A-Z](?<![\w’'][A-Z]){_REST_OF_NAME_WORD}"
    rf"(?:(?:{_GAP}(?:of|de|del|la|van|von|der|&|bin|al){_GAP}|{_GAP})[A-Z]{_REST_OF_NAME_WORD})*"
)
_CAPITALISED = re.compile(r"[A-Z][\w&-]*")
_SENTENCE_END = re.compile(r"""[.!?]+["”’)\]]*(?=\s+["“‘(\[]?[A-Z0-9])|\n\s*\n""")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Inc|Corp|Co|Ltd|No|Nos|vs|etc|Gen|Gov|Sen|Rep|Lt|Col|"
    r"Capt|Sgt|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|U\.S|U\.K|U\.N|E\.U)"
    r"|\b[A-Z])\.$"
)
_ROLE = (r"founder|co-founder|cofounder|chief|CEO|CFO|COO|CTO|president|chairman|chairwoman|chair|director|"
         r"minister|spokesperson|spokesman|spokeswoman|professor|analyst|economist|teacher|mayor|councillor|"
         r"coach|manager|partner|editor|author|senator|governor|lawyer|officer|head|secretary|treasurer|"
         r"researcher|scientist|engineer|doctor|runner|player|chemist|investor|Mr|Ms|Mrs|Dr|Prof|Sen|Rep|Gov")
_TITLE_BEFORE_NAME = re.compile(rf"\b(?:{_ROLE})\.?,?\s+$", re.IGNORECASE)
_PERSON_AFTER_NAME = re.compile(
    rf"(?:,\s+\d{{1,3}}(?:,|\.(?!\d))|,\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){{0,4}}?(?:{_ROLE})\b|[’']s\s+(?:wife|husband)"
    r"|,?\s+(?:said|says|told|added|wrote|stated|explained|argued|noted|insisted|warned|asked|replied)\b)",
    re.IGNORECASE,
)
_SPEECH_BEFORE_NAME = re.compile(r"\b(?:said|says|told|added|according\s+to)\s+$", re.IGNORECASE)
ORG_SUFFIX = re.compile(
    r"\b(?:Inc|Corp|Corporation|Ltd|LLC|plc|Group|Holdings|Cloud|Ventures|Partners|Capital|"
    r"Bank|AI|Labs|Education|Technologies|Technology|Systems|Motors|Media|Analysis|University|"
    r"Institute|Agency|Ministry|Fund|Association|Foundation|Company|Co|Airlines|Energy)\.?$"
)
# What follows a sentence-initial word that makes it a name: "Corvel, a startup", "Corvel's".
_NAME_FOLLOWS = re.compile(r",\s+(?:a|an|the)\s|['’]s\b|\s+(?:said|says|told|is|was|has|had|"
                           r"announced|reported|founded|raised|launched)\b")
FUTURE_CUE = re.compile(
    r"\b(?:will|won't|shall|plans? to|planned|planning to|intends? to|aims? to|is to|are to|"
    r"expects? to|expected to|(?:is|are) expected|is due|are due|due to|scheduled|set to|going to|upcoming|"
    r"hopes? to)\b|['’]ll\b",
    re.IGNORECASE,
)


_TITLES = (r"(?:CEO|CFO|COO|CTO|Chairman|Chairwoman|Chair|President|Prime\s+Minister|Minister|Director|Dr|Mr|"
           r"Mrs|Ms|Prof|Professor|Senator|Sen|Representative|Rep|Governor|Gov|Mayor|Chief|Executive|Judge|"
           r"Justice|General|Gen|Secretary|Speaker|Coach|Spokesperson|Spokesman|Spokeswoman)\.?")
# Capitalised titles written in front of a name, with what comes before them
# ("Republican Maine Sen. Susan Collins" is Susan Collins).
_LEADING_TITLES = re.compile(rf"^(?:.*\s)?{_TITLES}\s+(?=[A-Z])")
_TITLE_ONLY = re.compile(rf"(?:^|\s){_TITLES}$")  # "FBI Director": an office, no one's name


def without_title(name: str) -> str:
    """A name without the titles written in front of it.

    >>> without_title("CEO Stephane Bancel"), without_title("Republican Maine Sen. Susan Collins")
    ('Stephane Bancel', 'Susan Collins')
    """
    return _LEADING_TITLES.sub("", name) or name


@cache
def _currency_codes() -> frozenset[str]:
    """"NOK 4.2 billion": a currency code is capitalised but names no one."""
    from verify.extract.money import currency_codes

    return currency_codes()


@dataclass(frozen=True, slots=True)
class Entity:
    """A capitalised name in the prose."""

    name: str
    start: int
    end: int


class TextContext:
    """Lazily computed linguistic context of one prose text."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        start = 0
        text = self.text
        for match in _SENTENCE_END.finditer(text):
            end = match.end() if match.group().strip() else match.start()
            if match.group().strip() and _ABBREVIATION.search(text[max(start, end - 8):end]):
                continue
            self._add_sentence(spans, start, end)
            start = match.end()
        self._add_sentence(spans, start, len(text))
        return spans

    def _add_sentence(self, spans: list[tuple[int, int]], start: int, end: int) -> None:
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """The sentence containing a prose offset (or the nearest before it)."""
        index = bisect_right(self._sentence_starts, offset) - 1
        if index < 0:
            return (0, 0) if not self.sentences else self.sentences[0]
        return self.sentences[index]

    @cached_property
    def entities(self) -> list[Entity]:
        found: list[Entity] = []
        sentence_starts = set(self._sentence_starts)
        for match in _NAME.finditer(self.text):
            start, name = match.start(), match.group()
            words = name.split()
            # Drop sentence-initial function words and trailing possessives.
            while words and words[0].rstrip(".") in _NOT_ENTITY:
                start += len(words[0])
                rest = self.text[start:match.end()]
                start += len(rest) - len(rest.lstrip())
                words = words[1:]
            while words and (words[-1] in _CONNECTORS or words[-1].rstrip(".") in _NOT_ENTITY):
                words = words[:-1]
            if not words or (len(words) == 1 and (words[0] in _GENERIC_ACRONYMS or words[0] in _DEMONYMS
                                                  or words[0] in _currency_codes())):
                continue
            name = " ".join(words)
            name = re.sub(r"[’']s$", "", name).rstrip(".")
            if len(words) == 1 and start in sentence_starts and not self._capitalised_elsewhere(name) \
                    and not _NAME_FOLLOWS.match(self.text, start + len(name)):
                continue
            if name:
                found.append(Entity(name, start, start + len(name)))
        return found

    def _capitalised_elsewhere(self, word: str) -> bool:
        return self._capitalised_counts.get(word, 0) > 1

    @cached_property
    def _capitalised_counts(self) -> dict[str, int]:
        """How often each capitalised word occurs (counted once, not per question)."""
        counts: dict[str, int] = {}
        for word in _CAPITALISED.findall(self.text):
            counts[word] = counts.get(word, 0) + 1
        return counts

    @cached_property
    def _entity_starts(self) -> list[int]:
        return [e.start for e in self.entities]

    def entities_between(self, start: int, end: int) -> list[Entity]:
        """Entities that lie wholly inside the prose span ``[start, end)``."""
        entities = self.entities
        result = []
        for index in range(bisect_right(self._entity_starts, start - 1), len(entities)):  # no list copies
            entity = entities[index]
            if entity.start >= end:
                break
            if entity.end <= end:
                result.append(entity)
        return result

    @cached_property
    def _full_names(self) -> dict[str, str]:
        """Single last names → the first full name ending in them ("Kelly" → "Kevin Kelly")."""
        names: dict[str, str] = {}
        for entity in self.entities:
            name = without_title(entity.name)
            parts = name.split()
            if 2 <= len(parts) <= 3 and not ORG_SUFFIX.search(name):
                names.setdefault(parts[-1], name)
        return names

    def canonical(self, name: str) -> str:
        """The fullest form of a name used in the text."""
        return self._full_names.get(name, name) if " " not in name else name

    def is_person(self, entity: Entity) -> bool:
        """A cheap guess from what is attached to the name: a title before it ("chief executive
        Jane Roe"), an age or a role after it ("Jane Roe, 29,", "Jane Roe, founder of …"), or a
        speech verb right beside it ("Roe said", "said Roe"); and no company suffix."""
        if ORG_SUFFIX.search(entity.name) or len(entity.name.split()) > 3:
            return False
        before = self.text[max(0, entity.start - 40):entity.start]
        after = self.text[entity.end:entity.end + 80]
        return bool(_TITLE_BEFORE_NAME.search(before) or _PERSON_AFTER_NAME.match(after)
                    or _SPEECH_BEFORE_NAME.search(before))

    def _recent(self, at: int) -> list[Entity]:
        """The names that end before ``at``, newest first, at most ``_RECENT`` of them (a bounded look-back)."""
        index = bisect_right(self._entity_starts, at - 1)
        return [e for e in reversed(self.entities[max(0, index - _RECENT):index]) if e.end <= at]

    def last_person(self, at: int) -> str | None:
        """The person last named before ``at``: one with a title, age or speech verb attached,
        else the last two- or three-word name that is not an organisation.

        >>> ctx = TextContext("Acme Corp hired Jane Roe, 41, in May. The executive said no.")
        >>> ctx.last_person(40)
        'Jane Roe'
        """
        earlier = [e for e in self._recent(at)
                   if not _TITLE_ONLY.search(e.name) and e.name.split()[-1] not in _INSTITUTIONS]
        for entity in earlier:
            if self.is_person(entity):
                return self.canonical(without_title(entity.name))
        names = [e for e in earlier if 2 <= len(e.name.split()) <= 3 and not ORG_SUFFIX.search(e.name)]
        # A person is usually called by surname alone elsewhere ("Okafor"); an event or a place is not.
        by_surname = [e for e in names if e.name.split()[-1] in self._single_names]
        chosen = (by_surname or names)[:1]
        return self.canonical(without_title(chosen[0].name)) if chosen else None

    @cached_property
    def _single_names(self) -> frozenset[str]:
        return frozenset(e.name for e in self.entities if " " not in e.name)

    def described_at(self, sentence_start: int) -> str | None:
        """Who a sentence opening with a description means: "The Danish runner" or "The 24-year-old" the
        person last named, "The 28-year-old company" the organisation last named.

        >>> ctx = TextContext("Acme Corp hired Jane Roe, 41. The executive said no. The company agreed.")
        >>> ctx.described_at(30), ctx.described_at(52)
        ('Jane Roe', 'Acme Corp')
        """
        if _ORGANISATION_DESCRIPTION.match(self.text, sentence_start):
            return self.last_organisation(sentence_start)
        if _PERSON_DESCRIPTION.match(self.text, sentence_start):
            return self.last_person(sentence_start)
        return None

    def last_organisation(self, at: int) -> str | None:
        """The organisation last named before ``at`` ("The company" most often means it)."""
        for entity in self._recent(at):
            words = entity.name.split()
            # Not a person: no personal cue, and not a full name whose surname the text uses alone.
            if not self.is_person(entity) and (
                    len(words) == 1 or ORG_SUFFIX.search(entity.name) or words[-1] not in self._single_names):
                return entity.name
        return None

    def refers_back(self, sentence_start: int) -> bool:
        """Does a sentence open by pointing to someone named before ("It", "Its", "The group", "She")?

        >>> ctx = TextContext("Acme hired staff. It now employs 90 people. Corvel employs 9.")
        >>> ctx.refers_back(18), ctx.refers_back(44)
        (True, False)
        """
        return bool(_POINTER.match(self.text, sentence_start)
                    or _ORGANISATION_DESCRIPTION.match(self.text, sentence_start)
                    or _PERSON_DESCRIPTION.match(self.text, sentence_start))

    @cached_property
    def main_organisation(self) -> str | None:
        """The organisation the text names most (the first named, on a tie)."""
        counts: dict[str, int] = {}
        for entity in self.entities:
            if not self.is_person(entity):
                counts[entity.name] = counts.get(entity.name, 0) + 1
        return max(counts, key=counts.__getitem__) if counts else None

    def is_future(self, start: int, offset: int) -> bool:
        """Does the clause before ``offset`` (from ``start``, at most 200 characters) speak of the future?"""
        clause = self.text[max(start, offset - 200):offset]
        cut = max(clause.rfind(","), clause.rfind(";"), clause.rfind("—"))
        return bool(FUTURE_CUE.search(clause[cut + 1:] if cut > len(clause) - 80 else clause))

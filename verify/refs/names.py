"""Names in prose: runs of capitalised words, with titles and honorifics split off.

"Police Chief Denise Holloway" is the name "Denise Holloway" with the office "police chief";
"Mr Price" is the short name "Price", a man; "Bank of America Chief Executive Brian Moynihan" is
two names, the second holding an office at the first. Words that English capitalises without
naming anyone ("The", "In", month names, "Danish") are dropped from the edges of a run, and a
lone capitalised word that opens a sentence counts only when the text treats it as a name
elsewhere.

>>> [(n.text, n.role, n.gender) for n in find_names("Police Chief Denise Holloway met Mr Price in Oslo.", [0])]
[('Denise Holloway', 'police chief', None), ('Price', None, 'm'), ('Oslo', None, None)]
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from verify.lexicon import lines, table, words

# After a capital: "O'Brien" keeps its apostrophe, but a possessive ("Kenya's") ends the name.
_REST_OF_WORD = r"[\w&.-]*?(?:[’'](?!s\b)[A-Za-z]+)?(?<!\.)"
_GAP = r"(?:[ \t\xa0]+|[ \t\xa0]*\r?\n[ \t\xa0]*)"
# A run of capitalised words, allowing small connectors inside ("Bank of America"). The first capital is
# consumed before the look-behind, so that the regex engine can scan for it.
_RUN = re.compile(
    rf"[A-Z](?<![\w’'][A-Z])[\w&-]*(?:[’'](?!s\b)[A-Za-z]+)?(?:\.(?=[ \t\xa0]+[A-Z]))?"
    rf"(?:(?:{_GAP}(?:of|de|del|della|di|da|du|la|le|van|von|der|den|ter|&|bin|al|el|dos|das){_GAP}|{_GAP})"
    rf"[A-Z][\w&-]*(?:[’'](?!s\b)[A-Za-z]+)?(?:\.(?=[ \t\xa0]+[A-Z]))?)*"
)
_CURRENCY_AFTER = re.compile(r"[$€£¥]\s?\d")  # right after a capitalised run: it is a currency's prefix
_POSSESSIVE = re.compile(r"[’']s?(?![A-Za-z])")
_CAPITALISED = re.compile(r"[A-Z][\w&-]*")
# Adjectives made from a name ("Oslo-based", "Saudi-led") describe; they are not mentions.
_NAME_ADJECTIVE = re.compile(r"-(?:based|born|bred|listed|owned|led|backed|made|built|registered|headquartered|"
                             r"focused|style|era|themed|inspired|funded|run|controlled|linked|bound|wide)$")
# What follows a sentence-initial word that makes it a name: "Corvel, a startup", "Corvel's", "Corvel said".
_NAME_FOLLOWS = re.compile(r",\s+(?:a|an|the)\s|['’]s\b|\s+(?:said|says|told|is|was|has|had|"
                           r"announced|reported|founded|raised|launched|employs|won|lost|will|plans)\b")
_MAX_TITLE_WORDS = 5


@dataclass(frozen=True, slots=True)
class Name:
    """A name found in the prose (titles split off)."""

    start: int
    end: int
    text: str
    possessive: bool = False
    role: str | None = None  # an office written before it with capitals ("Police Chief")
    gender: str | None = None  # from an honorific ("Mr", "Ms")
    affiliation: str | None = None  # a name written right before the office ("Acme Chief Executive Jo Lee")
    sentence_initial: bool = False


@cache
def _place_suffixes() -> tuple[str, ...]:
    """Endings of a word that places the name after it ("Fifth-placed Kelso"), for ``str.endswith``."""
    return tuple(words("names", "place_suffixes_before_names"))


@cache
def _not_names() -> frozenset[str]:
    from verify.extract.context import MONTH_NAMES, WEEKDAY_NAMES
    from verify.extract.money import currency_codes

    return (words("names", "not_names") | frozenset(MONTH_NAMES) | frozenset(WEEKDAY_NAMES)
            | frozenset(m[:3] for m in MONTH_NAMES) | currency_codes())


@cache
def _titles() -> dict[tuple[str, ...], tuple[str, bool]]:
    """Title words (as a tuple of words) → (office, case-sensitive?). Honorifics map to "" ."""
    found: dict[tuple[str, ...], tuple[str, bool]] = {}
    for office in table("roles")["office"]:
        for form in office["forms"]:
            found[tuple(form.lower().split())] = (office["name"], False)
        for abbreviation in office.get("abbreviations", ()):
            found[tuple(abbreviation.split())] = (office["name"], True)
    for gender, forms in table("names")["honorifics"].items():
        for form in forms:
            found[(form,)] = (f"honorific:{gender}", True)
    return found


def _title_at(tokens: list[str], index: int) -> tuple[int, str] | None:
    """The longest title starting at ``tokens[index]``: (number of words, office)."""
    titles = _titles()
    for length in range(min(_MAX_TITLE_WORDS, len(tokens) - index), 0, -1):
        words_here = tokens[index:index + length]
        exact = titles.get(tuple(words_here))
        if exact and exact[1]:
            return length, exact[0]
        folded = titles.get(tuple(w.lower().rstrip(".") for w in words_here))
        if folded and not folded[1] and all(w[:1].isupper() for w in words_here):
            return length, folded[0]
    return None


_ABBREVIATIONS = frozenset({"Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sen.", "Rep.", "Gov.", "Gen.", "St.", "Lt.", "Col.",
                            "Capt.", "Sgt.", "Det.", "Insp.", "Supt.", "Jr.", "Sr.", "Mt.", "Ft.", "Maj.", "Cllr.",
                            "Rev.", "Hon.", "Messrs.", "Mme."})
_WORD = re.compile(r"\S+")


def _runs(text: str, start: int, end: int) -> list[list[tuple[str, int, int]]]:
    """The words of one capitalised run, cut after a full stop that ends a sentence rather than an
    abbreviation or an initial ("J. K. Rowling", "Sen. Collins" stay whole)."""
    runs: list[list[tuple[str, int, int]]] = [[]]
    for match in _WORD.finditer(text, start, end):
        word = match.group()
        runs[-1].append((word, match.start(), match.end()))
        if word.endswith(".") and word not in _ABBREVIATIONS and not re.fullmatch(r"[A-Z]\.", word):
            runs.append([])
    return [run for run in runs if run]


def find_names(text: str, sentence_starts: list[int]) -> list[Name]:
    """Every name in ``text``, in order. ``sentence_starts`` are the offsets where sentences begin."""
    starts = set(sentence_starts)
    not_names = _not_names()
    demonyms = words("names", "demonyms")
    generic = words("names", "generic_acronyms")
    # How often each capitalised word stands where English would not capitalise it (mid-sentence).
    counts = Counter(m.group() for m in _CAPITALISED.finditer(text) if m.start() not in starts)
    # "Torvane Systems" anywhere makes a sentence-initial "Torvane" a name: the company's short name
    suffixes = words("names", "organisation_suffixes")
    matches = list(_RUN.finditer(text))  # read once: for these counts and for the names below
    for run in matches:
        tokens = run.group().split()
        if len(tokens) >= 2 and tokens[-1] in suffixes and tokens[0] not in not_names:
            counts[tokens[0]] += 1
    found: list[Name] = []
    for match in matches:
        if match.start() in starts and _caps_lead(match.group()):
            continue
        if _CURRENCY_AFTER.match(text, match.end()):
            continue  # "NZ$118.6 million", "HK$2m", "C$212m": a currency's prefix, no one's name
        runs = _runs(text, match.start(), match.end())
        for number, tokens in enumerate(runs):
            last = tokens[-1]
            if last[0].endswith(".") and (number < len(runs) - 1 or last[0] not in _ABBREVIATIONS):
                tokens[-1] = (last[0][:-1], last[1], last[2] - 1)  # the full stop ends a sentence
            possessive = number == len(runs) - 1 and bool(_POSSESSIVE.match(text, match.end()))
            found.extend(_split(text, tokens, possessive, starts, counts, not_names, demonyms, generic))
    return found


def _caps_lead(run: str) -> bool:
    """Is a sentence's opening run a lead set in capitals for emphasis ("A FORMER", "TWO MEN")? It opens with
    a word of ``caps_lead_openers`` and every word of it is in capitals.

    >>> _caps_lead("A FORMER"), _caps_lead("TWO MEN"), _caps_lead("NASA"), _caps_lead("A Coruña")
    (True, True, False, False)
    """
    tokens = run.split()
    return len(tokens) > 1 and tokens[0] in words("names", "caps_lead_openers") and \
        all(token.isupper() for token in tokens)


def _split(text: str, tokens: list[tuple[str, int, int]], possessive: bool, starts: set[int],
           counts: Counter[str], not_names: frozenset[str], demonyms: frozenset[str],
           generic: frozenset[str]) -> list[Name]:
    """The names in one capitalised run: leading function words dropped, titles split off."""
    sentence_initial = bool(tokens) and tokens[0][1] in starts
    leading = not_names | words("names", "demonym_nouns")  # "Danish Crown" keeps its first word
    place = len(tokens) > 1 and f"{tokens[0][0]} {tokens[1][0]}" in lines("places")  # "New York", "North Korea"
    placed = _place_suffixes()
    while not place and len(tokens) > 1 and (tokens[0][0].rstrip(".,") in leading or tokens[0][0].endswith(placed)) \
            and _title_at([t[0] for t in tokens], 0) is None:
        tokens = tokens[1:]
        sentence_initial = False
    if not place and tokens and tokens[0][0].rstrip(".,") in not_names and _title_at([t[0] for t in tokens], 0) is None:
        return []
    role = gender = affiliation = None
    names: list[Name] = []
    index = 0
    words_only = [t[0] for t in tokens]
    while index < len(tokens):
        title = _title_at(words_only, index)
        if title is None or index + title[0] >= len(tokens):
            index += 1
            continue
        before = tokens[:index]
        while before and before[-1][0] in words("names", "connectors"):
            before = before[:-1]  # "Members of Mr Brennan's family": "of" joins no name
        if before:
            affiliation = " ".join(t[0] for t in before)
            opening_word = len(before) == 1 and sentence_initial and counts[before[0][0]] < 1 and \
                not _known_name(before[0][0])  # "Members of Mr …", "Traces of Dr …": a sentence's first word
            if (len(before) > 1 or before[0][0] not in demonyms) and not opening_word:
                names.append(Name(before[0][1], before[-1][2], affiliation, sentence_initial=sentence_initial))
        length, office = title
        if office.startswith("honorific:"):
            gender = {"male": "m", "female": "f"}.get(office.split(":")[1])
        else:
            role = office
        tokens = tokens[index + length:]
        words_only = words_only[index + length:]
        sentence_initial = False
        index = 0
    while tokens and (tokens[-1][0] in words("names", "connectors") or tokens[-1][0].rstrip(".") in not_names or (
            len(tokens) > 2 and tokens[-1][0] in words("names", "person_suffixes"))):
        tokens = tokens[:-1]  # "Conor Devane SC", "Ann Roe MP": the person, without the letters after the name
        possessive = False
    if not tokens:
        return names
    words_left = [t[0] for t in tokens]
    if any(_title_at(words_left, i) and _title_at(words_left, i)[0] == len(words_left) - i  # type: ignore[index]
           for i in range(len(words_left))):
        return names  # "the FBI Director": an office named, no one's name
    if possessive and len(tokens) > 1 and _place_after_name(text, tokens):
        # "make Aurelia Europe's largest": the region's possessive is a name of its own
        names.extend(_split(text, tokens[:-1], False, starts, counts, not_names, demonyms, generic))
        names.append(Name(tokens[-1][1], tokens[-1][2], tokens[-1][0], True))
        return names
    start, end = tokens[0][1], tokens[-1][2]
    name = " ".join(t[0] for t in tokens)
    if _NAME_ADJECTIVE.search(name) or (len(tokens) == 1 and _dated_compound(name, not_names)):
        return names
    if len(tokens) == 1:
        word = tokens[0][0]
        if word in generic or word in demonyms or word.isdigit() or len(word.rstrip(".")) == 1:
            return names  # a single letter is an initial or a label ("series B"), no one's name
        if sentence_initial and counts[word] < 1 and not _NAME_FOLLOWS.match(text, end) \
                and role is None and gender is None and not _known_name(word):
            return names
    person, organisation = _person_of_organisation(tokens)
    if person:
        names.append(Name(person[0][1], person[-1][2], " ".join(t[0] for t in person), False, role, gender,
                          " ".join(t[0] for t in organisation), sentence_initial))
        names.append(Name(organisation[0][1], organisation[-1][2], " ".join(t[0] for t in organisation),
                          possessive))
        return names
    names.append(Name(start, end, name, possessive, role, gender, affiliation if role else None,
                      sentence_initial))
    return names


_PLACE_REACH = 6000  # characters either side of "Aurelia Europe's" in which "Aurelia" is looked for alone


def _place_after_name(text: str, tokens: list[tuple[str, int, int]]) -> bool:
    """Is the run's last word a place's possessive after a name the text also writes alone ("Aurelia
    Europe's" where "Aurelia" stands elsewhere), rather than part of one name ("New York's")?"""
    place = tokens[-1][0]
    if place not in lines("regions") and place not in lines("places"):
        return False
    if tokens[-2][0] in words("names", "connectors"):
        return False  # "Bank of England's"
    prefix = text[tokens[0][1]:tokens[-2][2]]
    whole = text[tokens[0][1]:tokens[-1][2]]
    # Counted near the run, not in the whole text: an article of many such runs stays linear.
    low, high = max(0, tokens[0][1] - _PLACE_REACH), tokens[-1][2] + _PLACE_REACH
    return text.count(prefix, low, high) > text.count(whole, low, high) and whole not in lines("places")


def _dated_compound(word: str, not_names: frozenset[str]) -> bool:
    """Is the word a month or a day joined to a common noun ("June-quarter", "March-end", "Friday-night")?

    >>> _dated_compound("June-quarter", frozenset({"June"})), _dated_compound("Rolls-Royce", frozenset({"June"}))
    (True, False)
    """
    head, _, rest = word.partition("-")
    return bool(rest) and rest.islower() and head in not_names


def _known_name(word: str) -> bool:
    """A word the gazetteer or the given-name list knows: a name even where it opens a sentence."""
    from verify.refs.kinds import given_names, places

    return word in places() or word in given_names()


def _person_of_organisation(tokens: list[tuple[str, int, int]]) -> tuple[list, list]:
    """ "Dieter Wittmer of Saalfeld Bank" is a person and where they work; "Bank of America" is one name."""
    from verify.refs.kinds import given_names

    for index, token in enumerate(tokens):
        if token[0] in ("of", "at") and 2 <= index <= 3 and tokens[0][0] in given_names() and index + 1 < len(tokens):
            return tokens[:index], tokens[index + 1:]
    return [], []


def without_title(name: str) -> str:
    """A name without the titles written in front of it.

    >>> without_title("CEO Stephane Bancel"), without_title("Republican Maine Sen. Susan Collins")
    ('Stephane Bancel', 'Susan Collins')
    >>> without_title("President")
    'President'
    """
    tokens = name.split()
    last_title_end = 0
    for index in range(len(tokens)):
        title = _title_at(tokens, index)
        if title and index + title[0] < len(tokens):
            last_title_end = index + title[0]
    return " ".join(tokens[last_title_end:]) or name

"""Who holds which office: titles and roles as the text gives them.

An office (``verify/data/roles.toml``) is tied to a person written next to it:

- before the name: "Police Chief Denise Holloway", "finance chief Anna van Berg", "Det Sgt Price";
- in an apposition after it: "Ines Roa, the presiding judge,", "Fiona Ostley, Marrick's chair",
  "Olga Brandt, director of the agency's Nordic office";
- by a copula or a relative clause: "Roa is chief prosecutor", "Ostley, who has run Marrick as chief
  executive since 2012,";
- as an owner's office before the name: "Acme's chief executive, Jane Roe".

A role preceded by "former", "then", "outgoing" and the like is not held now, and neither is one
dated in the past ("was head of sales in 2006"); "acting" and "interim" roles are the office itself.

>>> from verify.refs.coref import build_references
>>> text = "Police Chief Denise Holloway spoke. Holloway, the department's deputy chief, agreed."
>>> [(r.person.name, r.office, r.current) for r in find_roles(text, build_references(text))]
[('Denise Holloway', 'police chief', True), ('Denise Holloway', 'deputy police chief', True)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from verify.lexicon import final_words, may_end_with, phrase_pattern, table
from verify.refs.coref import References
from verify.refs.model import Entity, Form, Kind, Mention

_BEFORE_REACH = 60
_AFTER_REACH = 120


@dataclass(frozen=True, slots=True)
class Role:
    """One office given to one person, with where the title is written."""

    person: Entity
    office: str
    start: int  # prose offsets of the name and its title, as written ("city treasurer Priya Raman")
    end: int
    written: str  # the office as written
    current: bool
    organisation: str | None  # "Marrick" in "Marrick's chair", "the IMF" in "director of the IMF"
    how: str  # "title", "apposition", "copula", "relative clause", "owner's title"
    strength: float


@cache
def _offices() -> tuple[dict[str, str], dict[str, str]]:
    """(lower-case form → office, abbreviation → office)."""
    forms: dict[str, str] = {}
    abbreviations: dict[str, str] = {}
    for office in table("roles")["office"]:
        for form in office["forms"]:
            forms.setdefault(" ".join(form.lower().split()), office["name"])
        for abbreviation in office.get("abbreviations", ()):
            abbreviations.setdefault(abbreviation, office["name"])
    return forms, abbreviations


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    forms, _ = _offices()
    office = phrase_pattern(forms).pattern
    modifiers = phrase_pattern([*table("roles")["not_current"], *table("roles")["temporary"]]).pattern
    honorifics = "|".join(re.escape(form) for forms in table("names")["honorifics"].values() for form in forms)
    # a named owner is capitalised even in a pattern read without case ("the insurer's" names no one)
    owner = r"(?:(?P<owner>(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,3})[’']s?\s+|(?:the|its|their|his|her)\s+" \
            r"(?:[\w-]+[’']s\s+)?)"
    qualifier = rf"(?P<mod>(?:{modifiers})[\s-]+)?"
    return {
        "before": re.compile(rf"(?:{owner})?{qualifier}(?P<office>{office})\s+$", re.IGNORECASE),
        # "Lumora's technology chief, Jonas Eberhardt, said": an owner's office set before the name by a comma
        # … with an honorific before the name: "The State Pathologist, Dr Linda Mulcahy, said"
        "owner_before": re.compile(rf"{owner}{qualifier}(?P<office>{office}),\s+(?:(?-i:{honorifics})\s+)?$",
                                   re.IGNORECASE),
        "apposition": re.compile(
            rf"^,\s+(?:(?:the|a|an)\s+)?{owner}?{qualifier}(?:(?:[\w-]+\s+){{0,2}}?)(?P<office>{office})"
            rf"(?![\w-])(?:\s+(?:of|at|for)\s+(?P<at>(?:the\s+)?[A-Z][\w&.-]*(?:[’']s)?(?:\s+[A-Z][\w&.-]*){{0,3}}))?",
            re.IGNORECASE),
        "copula": re.compile(rf"^\s+(?:is|was|has\s+been|had\s+been|became|becomes|remains|served\s+as|serves\s+as)"
                             rf"\s+(?:also\s+)?(?:(?:the|a|an)\s+)?{owner}?{qualifier}(?P<office>{office})(?![\w-])",
                             re.IGNORECASE),
        # "Ostley, who has led Marrick as chief executive": the capitalised words before "as" are where
        "relative": re.compile(rf"^,\s+who\s+(?:[\w’'-]+\s+){{0,6}}?"
                               rf"(?:(?P<ran>(?-i:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,2}}))\s+)?"
                               rf"(?:as|is|was|also)\s+(?:also\s+)?"
                               rf"(?:(?:the|a|an)\s+)?{owner}?{qualifier}(?P<office>{office})(?![\w-])",
                               re.IGNORECASE),
    }


@cache
def _finals() -> tuple[tuple[str, ...] | None, tuple[str, ...] | None]:
    """The last words of the offices' forms, and of their forms and abbreviations: a title before a name
    ends with one (see :func:`verify.lexicon.may_end_with`)."""
    forms, abbreviations = _offices()
    return final_words(forms), final_words([*forms, *abbreviations])


@cache
def _title_pattern() -> re.Pattern[str]:
    forms, abbreviations = _offices()
    return re.compile(rf"(?:{phrase_pattern([*forms, *abbreviations]).pattern})\s+$", re.IGNORECASE)


def _current(match: re.Match[str], text: str, end: int) -> bool:
    modifier = (match.groupdict().get("mod") or "").strip(" -").lower()
    if modifier and modifier in table("roles")["not_current"]:
        return False
    tail = text[end:end + 40]
    return not re.match(r"[^.;]{0,30}\b(?:until|between|from)\s+(?:19|20)\d\d", tail) and \
        not re.match(r"\s+(?:in|from)\s+(?:19|20)\d\d\b(?!\s*,?\s+(?:and|when))", tail)


def office_of(written: str) -> str | None:
    """The office a written form names ("skipper" → "captain"), or None.

    >>> office_of("skipper"), office_of("Skipper"), office_of("striker")
    ('captain', 'captain', None)
    """
    forms, abbreviations = _offices()
    return forms.get(" ".join(written.lower().split())) or abbreviations.get(written)


def find_roles(text: str, refs: References) -> list[Role]:
    """Every office the text gives to a person it names, in order; read once per article (the quote
    speakers, the speaker's side and the role frames all ask)."""
    if text == refs.text:
        known = refs.derived.get("roles")
        if known is None:
            known = refs.derived["roles"] = _read_roles(text, refs)
        return list(known)  # type: ignore[call-overload]
    return _read_roles(text, refs)


def _read_roles(text: str, refs: References) -> list[Role]:
    patterns = _patterns()
    roles: list[Role] = []
    for mention in refs.mentions:
        found = refs.link(mention)
        if found is None or found[0].kind not in (Kind.PERSON, Kind.UNKNOWN):
            continue
        person = found[0]
        if person.kind == Kind.UNKNOWN and " " not in person.name:
            continue
        if mention.form in (Form.NAME, Form.SHORT):
            roles.extend(_roles_at(text, mention, person, patterns))
        elif not mention.possessive:  # "She is also finance chief", "the 24-year-old, the club's captain,"
            roles.extend(r for r in _roles_at(text, mention, person, patterns) if r.how != "title")
    return roles


def _roles_at(text: str, mention: Mention, person: Entity, patterns: dict[str, re.Pattern[str]]) -> list[Role]:
    found: list[Role] = []
    if mention.role:
        title = _title_span(text, mention)
        if title:
            found.append(Role(person, mention.role, title[0], mention.end, text[title[0]:title[1]],
                              _modifier_current(text, title[0]), None, "title", 0.95))
    before = text[max(0, mention.start - _BEFORE_REACH):mention.start]
    match = patterns["before"].search(before) if not mention.role and may_end_with(before, _finals()[0]) else None
    if match is None and not mention.role and text.startswith(",", mention.end):
        match = patterns["owner_before"].search(before)  # the name set off by commas on both sides
    if match:
        start = mention.start - len(before) + match.start("office")
        end = mention.start - len(before) + match.end("office")
        office = office_of(match["office"])
        if office:
            found.append(Role(person, office, start, mention.end, match["office"],
                              _current(match, text, mention.end), match["owner"], "title", 0.92))
    after = text[mention.end:mention.end + _AFTER_REACH]
    for how, key in (("apposition", "apposition"), ("copula", "copula"), ("relative clause", "relative")):
        match = patterns[key].match(after)
        if match:
            office = office_of(match["office"])
            if office:
                start, end = mention.end + match.start("office"), mention.end + match.end("office")
                groups = match.groupdict()
                organisation = _organisation(groups.get("owner") or groups.get("at") or groups.get("ran"))
                found.append(Role(person, office, mention.start, end, match["office"], _current(match, text, end),
                                  organisation, how, 0.9))
            break
    return found


def _organisation(written: str | None) -> str | None:
    r"""The organisation an office is held at, as written, up to the end of its sentence or line.

    >>> _organisation("Microsoft.\n\nWindows"), _organisation("the IMF"), _organisation(None)
    ('Microsoft', 'IMF', None)
    """
    if not written:
        return None
    name = re.split(r"\.(?:\s|$)|\n", written, maxsplit=1)[0].strip()
    name = re.sub(r"^(?i:the)\s+", "", name)
    return name.rstrip(".") or None


def _title_span(text: str, mention: Mention) -> tuple[int, int] | None:
    """Where a capitalised title written before a name stands ("Police Chief" in "Police Chief Denise Holloway")."""
    before = text[max(0, mention.start - _BEFORE_REACH):mention.start]
    match = _title_pattern().search(before) if may_end_with(before, _finals()[1]) else None
    if not match:
        return None
    return mention.start - len(before) + match.start(), mention.start - len(before) + match.end() - \
        (len(match.group()) - len(match.group().rstrip()))


def _modifier_current(text: str, start: int) -> bool:
    lead = text[max(0, start - 16):start].lower().split()
    return not (lead and lead[-1].strip("-") in table("roles")["not_current"])

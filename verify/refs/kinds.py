"""What kind of thing a name names, from the evidence around its mentions.

No single pattern decides: each mention adds weighted evidence (a title or an age beside it says
person; a company suffix, "Bank of X" or "a robotics startup" says organisation; "in X" says place),
an entity sums the evidence of all its mentions, and the heaviest kind wins. What the name itself is
known as (a gazetteer entry) is one fact about the entity, counted once however often it is named
(:func:`name_evidence`): a bank called "Halifax", named nine times, is not nine times a town. The
weights live in ``verify/data/kinds.toml``.

>>> text = "Corvane, a robotics startup, hired Jane Roe, 41. Roe said prices in Oslo rose."
>>> spans = [(text.index(name), text.index(name) + len(name)) for name in ("Corvane", "Jane Roe", "Oslo")]
>>> [(text[s:e], evidence_kind(text, s, e).value) for s, e in spans]
[('Corvane', 'organisation'), ('Jane Roe', 'person'), ('Oslo', 'place')]
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from verify.lexicon import final_words, lines, may_end_with, phrase_pattern, table, words
from verify.refs.model import Kind

_WINDOW_BEFORE = 48
_WINDOW_AFTER = 90


@cache
def weights() -> dict[str, float]:
    return dict(table("kinds")["weights"])


@cache
def places() -> frozenset[str]:
    return lines("places") | lines("regions")


@cache
def countries() -> frozenset[str]:
    """Country names, lower case ("norway", "uk"): ``verify/data/countries.txt``."""
    return frozenset(name.lower() for name in lines("countries"))


@cache
def regions() -> frozenset[str]:
    """Regions and continents: places that are not settlements."""
    return lines("regions") | frozenset({"Africa", "Asia", "Europe", "North America", "South America", "Oceania",
                                         "Antarctica", "Australia"})


@cache
def given_names() -> dict[str, str | None]:
    """Given name → "f", "m" or None (worn by both). A hyphenated name of two given names is one too, of
    the gender both parts share ("Anne-Marie" f; "Jean-Paul", whose parts differ, either).

    >>> given_names().get("Anne-Marie"), "Anne-Marie" in given_names(), "Kelso-Marie" in given_names()
    ('f', True, False)
    """
    names = table("given_names")
    table_ = _GivenNames({name: "f" for name in (*names["female"], *names["census_female"])})
    table_.update({name: "m" for name in (*names["male"], *names["census_male"])})
    table_.update({name: None for name in (*names["either"], *names["census_either"])})
    return table_


class _GivenNames(dict[str, str | None]):
    """The given-name table, reading a hyphenated name by its two parts."""

    def _parts(self, name: object) -> tuple[str, str] | None:
        if not isinstance(name, str) or name.count("-") != 1:
            return None
        first, second = name.split("-")
        return (first, second) if dict.__contains__(self, first) and dict.__contains__(self, second) else None

    def __contains__(self, name: object) -> bool:
        return dict.__contains__(self, name) or self._parts(name) is not None

    def get(self, name: str, default: str | None = None) -> str | None:  # type: ignore[override]
        if dict.__contains__(self, name):
            return dict.__getitem__(self, name)
        parts = self._parts(name)
        if parts is None:
            return default
        genders = {dict.__getitem__(self, part) for part in parts}
        return genders.pop() if len(genders) == 1 else None


@cache
def _office_forms() -> re.Pattern[str]:
    forms = [form for office in table("roles")["office"] for form in office["forms"]]
    return phrase_pattern(forms)


@cache
def _organisation_office_forms() -> re.Pattern[str]:
    """The offices only an organisation has, in every form: "chief executive", "CEO", "spokesman", "economist"."""
    wanted = set(table("kinds")["organisation_offices"])
    return phrase_pattern([form for office in table("roles")["office"] if office["name"] in wanted
                           for form in office["forms"]])


@cache
def _attached_organisation_nouns() -> frozenset[str]:
    """Organisation nouns that, right before a name, make it an organisation (not ones a person is called too)."""
    return words("nouns", "organisation") - words("nouns", "either_kind")


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    person_nouns = phrase_pattern(words("nouns", "person")).pattern
    organisation_nouns = phrase_pattern(words("nouns", "organisation")).pattern
    attached_organisations = phrase_pattern(_attached_organisation_nouns()).pattern
    place_nouns = phrase_pattern(words("nouns", "place")).pattern
    work_nouns = phrase_pattern(words("nouns", "work")).pattern
    attached_works = phrase_pattern(words("nouns", "attached_works") | words("nouns", "vessels")).pattern
    area_parts = phrase_pattern(words("nouns", "area_parts")).pattern
    offices = _office_forms().pattern
    honorifics = "|".join(re.escape(form) for forms in table("names")["honorifics"].values() for form in forms)
    speech = phrase_pattern(words("verbs", "speech")).pattern
    acts = phrase_pattern(words("verbs", "organisation_acts")).pattern
    metrics = phrase_pattern(words("verbs", "owned_by_organisations")).pattern
    shares = phrase_pattern(words("frames", "share_nouns")).pattern
    # An apposition: a determiner or an owner, then up to three describing words, inside one clause.
    determiner = r"(?:the|a|an|its|their|his|her|[A-Z][\w&-]*[’']s?)\s+"
    # Describing words never run through a preposition: in "the speaker of parliament" the head is "speaker".
    describing = r"(?:(?!(?:of|in|at|for|on|from|with|and|or|to|by)\b)[\w’'&-]+\s+)"
    appositive = rf"^,\s+{determiner}{describing}{{0,3}}?"
    role_appositive = rf"^,\s+(?:{determiner})?{describing}{{0,3}}?"
    return {
        "age_after": re.compile(rf"^,\s+(?:(?:aged\s+)?\d{{1,3}}(?:,|\.(?!\d)|\s+(?:and|who)\b)|(?:the|a|an)\s+"
                                rf"(?:\d{{1,3}}|[a-z]+(?:-[a-z]+)?)-year-old(?:\s*,|\s+(?:[\w-]+\s+)?(?:{person_nouns})\b))",
                                re.IGNORECASE),
        "founded_after": re.compile(r"^[^.;]{0,50}?\b(?:was|were|has\s+been)\s+(?:founded|established|incorporated|"
                                    r"set\s+up|formed|launched|listed)\b"),
        "born_after": re.compile(r"^[^.;]{0,50}?\b(?:was|were)\s+born\b"),
        "role_after": re.compile(rf"{role_appositive}(?:{offices}|{person_nouns})(?![\w-])", re.IGNORECASE),
        "organisation_after": re.compile(rf"{appositive}(?:{organisation_nouns})(?![\w-])", re.IGNORECASE),
        # "Pennant, the Bristol-based bus and coach operator, has …": describing nouns joined by "and", in an
        # apposition closed by a comma (", the port and harbour authority said" names a speaker, not the name)
        "organisation_after_joined": re.compile(rf"^,\s+{determiner}{describing}{{1,3}}and\s+{describing}{{0,2}}?"
                                                rf"(?:{organisation_nouns}),", re.IGNORECASE),
        "place_after": re.compile(rf"{appositive}(?:{place_nouns})(?![\w-])", re.IGNORECASE),
        "work_after": re.compile(rf"{appositive}(?:{work_nouns})(?![\w-])", re.IGNORECASE),
        # "the Ferndale ward": read with "the" before the name (the_before)
        "area_after": re.compile(rf"^\s+(?:{area_parts})\b"),
        "who_after": re.compile(r"^,?\s+who(?:se)?\b"),
        "which_after": re.compile(r"^,\s+which\b"),
        # "Roe said", "Roe has said", "Roe, meanwhile, said"
        "speech_after": re.compile(rf"^(?:,\s+[a-z]+,)?,?\s+(?:(?:has|have|had)\s+)?(?:{speech})\b", re.IGNORECASE),
        # "Ostrava Gold said its costs fell": a speaker who owns with "its" is a thing, not a person
        # … also after when or where it said so: "said on Tuesday that its", "said in a statement its"
        "speech_its_after": re.compile(rf"^\s+(?:(?:has|have|had)\s+)?(?:{speech})"
                                       r"(?:\s+(?:(?:on|in|at|last|this|late|early)\s+(?:an?\s+)?[\w-]+"
                                       r"|yesterday|today|tonight))?,?\s+(?:that\s+)?its\b", re.IGNORECASE),
        "the_before": re.compile(r"(?<![\w-])[Tt]he\s+$"),
        # The name itself speaks: "Halifax said", "the Halifax has said", "Halifax, meanwhile, said"; not
        # "Ana Ruiz, of Torfaen, said", where the name ends an apposition to the speaker.
        "speaks_after": re.compile(rf"^(?:,\s+[a-z]+,)?\s+(?:(?:has|have|had)\s+)?(?:{speech})\b", re.IGNORECASE),
        "acts_after": re.compile(rf"^\s+(?:{acts})\b"),
        # "Halifax chief economist Ana Ruiz": an office written right after a name is that organisation's.
        "office_after": re.compile(rf"^\s+(?:[a-z][\w-]*\s+)?(?:{_organisation_office_forms().pattern})(?![\w-])",
                                   re.IGNORECASE),
        "metric_after": re.compile(rf"^[’']s?\s+(?:[\w-]+\s+)?(?:{metrics})\b", re.IGNORECASE),
        "office_before": re.compile(rf"(?:{offices})\s+$", re.IGNORECASE),
        "honorific_before": re.compile(rf"(?<![\w-])(?:{honorifics})\s+$"),
        "speech_before": re.compile(rf"\b(?:{speech}|according\s+to)\s+$", re.IGNORECASE),
        # "said Thornbury was taking market share": the name opens what was said, it does not say it
        "reported_subject_after": re.compile(rf"^\s+(?:{phrase_pattern(words('verbs', 'auxiliaries')).pattern})\b"),
        # "Thornbury describes itself as …", "Thornbury prides itself on …": a thing, never a person
        "itself_after": re.compile(r"^\s+[a-z]+s?\s+itself\b"),
        "place_before": re.compile(r"\b(?i:in|near|across|throughout|outside|inside|around)\s+(?:the\s+)?$"),
        "person_before": re.compile(rf"\b(?:the|a)\s+(?:[\w-]+\s+)?(?:\d+-year-old|{person_nouns})\s+$",
                                    re.IGNORECASE),
        # "the Northern Irish manufacturer Lagan Works": a name after an organisation's noun is that organisation
        "organisation_before": re.compile(rf"\b(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:{attached_organisations})\s+$",
                                          re.IGNORECASE),
        # "the ferry Isle of Carra", "the Dutch-built vessel Morven Star": a name after a work's noun is that work
        "vessel_before": re.compile(rf"\b(?:{phrase_pattern(words('nouns', 'vessels')).pattern})\s+$", re.IGNORECASE),
        "work_before": re.compile(rf"\b(?:the|a|an|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{attached_works})\s+$",
                                  re.IGNORECASE),
        "based": re.compile(r"^-(?:based|headquartered|born)\b"),
        "shares_after": re.compile(rf"^\s+(?:{shares})\b"),
        "shares_before": re.compile(rf"\b(?:{shares}|stakes?|holdings?)\s+in\s+(?:the\s+)?$", re.IGNORECASE),
    }


@cache
def _finals_before() -> dict[str, tuple[str, ...] | None]:
    """The words the text before a name must end with for each long ``*_before`` pattern to match there."""
    return {
        "office_before": final_words(form for office in table("roles")["office"] for form in office["forms"]),
        "speech_before": final_words([*words("verbs", "speech"), "according to"]),
        "person_before": final_words([*words("nouns", "person"), "year-old"]),
        "organisation_before": final_words(_attached_organisation_nouns()),
        "work_before": final_words(words("nouns", "attached_works") | words("nouns", "vessels")),
    }


def evidence(text: str, start: int, end: int, full_name: str | None = None) -> Counter[Kind]:
    """The kind evidence one mention of a name gives, weighted. ``full_name`` is the entity's fullest name
    when the mention is a short form of it ("Roe" for "Jane Roe")."""
    name = text[start:end]
    tokens = name.split()
    full_tokens = (full_name or name).split()
    weight = weights()
    found: Counter[Kind] = Counter()
    before = text[max(0, start - _WINDOW_BEFORE):start]
    after = text[end:end + _WINDOW_AFTER]
    patterns = _patterns()
    finals = _finals_before()
    if _organisation_name(tokens):
        found[Kind.ORGANISATION] += weight["organisation_suffix"]
    if tokens[-1] in words("names", "never_person_last"):
        found[Kind.PERSON] -= weight["never_person_last"]
    if len(tokens) >= 2 and tokens[0] in given_names():
        found[Kind.PERSON] += weight["given_name"]
    if len(tokens) == 1 and name.isupper() and len(name) >= 2:
        found[Kind.ORGANISATION] += weight["acronym"]
    if len(tokens) == 1 and re.search(r"[a-z][A-Z]", name):
        found[Kind.ORGANISATION] += weight["acronym"]  # "TimeWarner", "PayPal": written as a brand
    person_like = len(full_tokens) >= 2 or tokens[0] in given_names()
    for key, kind, weight_key in (
        ("age_after", Kind.PERSON, "age"), ("role_after", Kind.PERSON, "apposition"),
        ("organisation_after", Kind.ORGANISATION, "apposition"),
        ("organisation_after_joined", Kind.ORGANISATION, "apposition"), ("place_after", Kind.PLACE, "apposition"),
        ("work_after", Kind.WORK, "apposition"), ("who_after", Kind.PERSON, "who"),
        ("which_after", Kind.ORGANISATION, "which"), ("speech_after", Kind.PERSON, "speech"),
        ("acts_after", Kind.ORGANISATION, "acts"), ("metric_after", Kind.ORGANISATION, "metric"),
        ("based", Kind.PLACE, "based"), ("founded_after", Kind.ORGANISATION, "acts"),
        ("born_after", Kind.PERSON, "who"), ("shares_after", Kind.ORGANISATION, "shares"),
        ("speech_its_after", Kind.ORGANISATION, "speech_its"),
    ):
        if patterns[key].search(after) and (key != "speech_after" or person_like):
            found[kind] += weight[weight_key]
    if not person_like:
        found[Kind.ORGANISATION] += _one_word_organisation(patterns, before, after)
    for key, kind, weight_key in (
        ("office_before", Kind.PERSON, "title"), ("speech_before", Kind.PERSON, "speech"),
        ("place_before", Kind.PLACE, "preposition"), ("person_before", Kind.PERSON, "attachment"),
        ("organisation_before", Kind.ORGANISATION, "attachment"), ("work_before", Kind.WORK, "attachment"),
        ("shares_before", Kind.ORGANISATION, "shares"), ("honorific_before", Kind.PERSON, "title"),
    ):
        if key in finals and not may_end_with(before, finals[key]):
            continue  # the pattern cannot match: not worth trying it at every position of the window
        if patterns[key].search(before) and (key != "speech_before" or (
                person_like and not patterns["reported_subject_after"].match(after))):
            found[kind] += weight[weight_key]
    if patterns["itself_after"].match(after):
        found[Kind.ORGANISATION] += weight["itself"]
    if patterns["area_after"].search(after) and patterns["the_before"].search(before):
        found[Kind.PLACE] += weight["area_part"]
    if patterns["the_before"].search(before) and re.fullmatch(r"[A-Z][a-z]+[^aious\W]s", tokens[-1]):
        # "the Raiders", "the Harbourside Rovers": a team ("the Orbis browser", "the Davis case" are no plurals)
        found[Kind.ORGANISATION] += weight["definite_plural"]
    return found


def _one_word_organisation(patterns: dict[str, re.Pattern[str]], before: str, after: str) -> float:
    """Organisation evidence for a one-word name no one wears as a given name: an organisation's office after
    it ("Halifax chief economist"), or speech ("Halifax said", "said Nationwide"), the more so with an article
    ("the Halifax has said"): a town does not speak, and a person named by one word is named with an
    honorific ("Mr Price said"), which outweighs it."""
    weight = weights()
    found = weight["office"] if patterns["office_after"].search(after) else 0.0
    if patterns["speaks_after"].search(after):
        found += weight["definite_speech"] if patterns["the_before"].search(before) else weight["speech"]
    elif patterns["speech_before"].search(before):
        found += weight["speech"]
    return found


def _organisation_name(tokens: list[str]) -> bool:
    """Is a name written as an organisation's: a company suffix ("Halden Robotics", "Leeds Building Society")
    or a body of something ("Bank of Norway", "University of Leeds"), whatever place it has in it?

    >>> _organisation_name("Bank of Norway".split()), _organisation_name("Gulf of Mexico".split())
    (True, False)
    """
    suffixes = words("names", "organisation_suffixes")
    if len(tokens) > 1 and tokens[-1] in suffixes:
        return True
    return len(tokens) > 2 and tokens[0] in suffixes and tokens[1] == "of"


def vessel(text: str, start: int, name: str) -> bool:
    """Is the name, written at ``start``, a ship's: after a ship's prefix ("MV Morven Star") or a vessel's
    noun ("the ferry Isle of Carra")? A ship is "she".

    >>> vessel("the ferry Isle of Carra", 10, "Isle of Carra"), vessel("MV Morven Star", 0, "MV Morven Star")
    (True, True)
    >>> vessel("the ferry operator Westways", 19, "Westways")
    False
    """
    return name.split()[0] in words("names", "ship_prefixes") or bool(
        _patterns()["vessel_before"].search(text, max(0, start - _WINDOW_BEFORE), start))


def name_evidence(name: str) -> Counter[Kind]:
    """The evidence an entity's own name gives, once for the entity however often it is named: a name in the
    gazetteer says place, a country's or a region's more surely than a town's (banks and clubs are named after
    towns); a name written as an organisation's ("Bank of Norway") is not in it.

    >>> dict(name_evidence("Halifax")), dict(name_evidence("Norway")), dict(name_evidence("Bank of Norway"))
    ({<Kind.PLACE: 'place'>: 2.0}, {<Kind.PLACE: 'place'>: 4.0}, {})
    """
    found: Counter[Kind] = Counter()
    if " " in name and name.split()[0] in words("names", "ship_prefixes"):
        found[Kind.WORK] += weights()["ship_prefix"]
    if " " in name and name.split()[0] in words("names", "county_prefixes"):
        found[Kind.PLACE] += weights()["gazetteer_country"]  # "Co Mayo": a county
    if name in regions() or name.lower() in countries():
        found[Kind.PLACE] += weights()["gazetteer_country"]
    elif name in places():
        found[Kind.PLACE] += weights()["gazetteer"]
    return found


def decide(found: Counter[Kind]) -> Kind:
    """The kind the evidence supports, or UNKNOWN when nothing stands out."""
    ranked = [(score, kind) for kind, score in found.items() if score > 0]
    if not ranked:
        return Kind.UNKNOWN
    ranked.sort(reverse=True)
    if len(ranked) > 1 and ranked[0][0] - ranked[1][0] < weights()["margin"]:
        return Kind.UNKNOWN
    return ranked[0][1]


def evidence_kind(text: str, start: int, end: int) -> Kind:
    """The kind one mention's own evidence supports, with what its name is known as."""
    return decide(evidence(text, start, end) + name_evidence(text[start:end]))

"""Qualifiers, modality and aspect: what makes two figures of one metric different figures.

- a funding round ("series B") names one event: ``round:series b``;
- a rate per something ("€2.25 a share", "A$1,185 an ounce"): ``per:share``;
- a part of the whole ("sales in Norway", "$6m for roads", "European sales"): ``in:norway``,
  ``for:roads``;
- describing words that make a count another set ("300 new jobs"): ``mod:new``;
- a forecast or a condition ("expects revenue of €5bn", "if it sells 1m units"): the modality;
- a percentage that is a change ("rose 5%") or a share of a whole ("40% of sales"): the aspect.

>>> text = "European sales of €2bn and €6m for roads; revenue rose 5%; it expects 40% of sales."
>>> sorted(parts_of(text, 16, 22, (0, 40), metric_start=9, metric_end=15))
['in:europe']
>>> sorted(parts_of(text, 27, 30, (0, 40), metric_start=None, metric_end=None))
['for:roads']
>>> rise, share = text.index("5%"), text.index("40%")
>>> aspect_of(text, rise, rise + 2, (42, 58)), modality_of(text, share, share + 3, (59, 84))
('change', 'forecast')
"""

from __future__ import annotations

import re
from functools import cache
from itertools import takewhile
from typing import TYPE_CHECKING

from verify.extract.context import MONTH_NAMES
from verify.frames.periods import prior_at
from verify.lexicon import phrase_pattern, table, words
from verify.refs.kinds import countries, places

if TYPE_CHECKING:
    from verify.claims import Claim

_ROUND = re.compile(r"\b(?:[Ss]eries\s+[A-H]\d?|[Pp]re-seed|[Ss]eed)\b")
_WORD = re.compile(r"[A-Za-z][\w’'&-]*")


@cache
def _per() -> re.Pattern[str]:
    units = phrase_pattern(words("frames", "per_units")).pattern
    # "$142m a year earlier" says when, not how often
    return re.compile(rf"\s*(?:a|an|per|each|every)\s+(?:{units})\b"
                      rf"(?!\s+(?:earlier|later|ago|before|after|previously)\b)", re.IGNORECASE)


@cache
def _part() -> re.Pattern[str]:
    prepositions = "|".join(sorted(words("frames", "part_prepositions")))  # a set: same text every run
    return re.compile(rf"\s*(?:{prepositions})\s+(?:the\s+|its\s+|their\s+)?", re.IGNORECASE)


@cache
def _modality() -> tuple[re.Pattern[str], re.Pattern[str]]:
    modality = table("frames")["modality"]
    return (re.compile(rf"\b{phrase_pattern(modality['forecast']).pattern}\b", re.IGNORECASE),
            re.compile(rf"\b{phrase_pattern(modality['hypothetical']).pattern}\b", re.IGNORECASE))


_LOWER_WORD = re.compile(r"[a-z]+")


@cache
def _forecast_noun() -> re.Pattern[str]:
    nouns = table("frames")["modality"]["forecast_nouns"]
    return re.compile(rf"\b{phrase_pattern(nouns).pattern}\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+)?$", re.IGNORECASE)


@cache
def _forecast_after() -> re.Pattern[str]:
    """A relative clause of expectation right after the figure: "the €2.3bn (that) analysts had expected"."""
    verbs = phrase_pattern(table("frames")["modality"]["forecast_after"]).pattern
    return re.compile(rf"\s+(?:that\s+|which\s+)?(?!(?:as|than|like|and|or|but|while)\b)"
                      rf"(?:[A-Za-z][\w'’-]*\s+){{1,3}}?(?:had\s+|have\s+|has\s+)?{verbs}\b", re.IGNORECASE)


@cache
def _needed_after() -> re.Pattern[str]:
    """A threshold's words right after the figure: " needed for", " required to"."""
    words_after = phrase_pattern(table("frames")["modality"]["needed_after"]).pattern
    return re.compile(rf"\s+{words_after}\s+(?:for|to)\b", re.IGNORECASE)


@cache
def _lead_words() -> frozenset[str]:
    modality = table("frames")["modality"]
    return frozenset(cue.split()[0] for cue in [*modality["forecast"], *modality["hypothetical"]])


@cache
def _direction() -> tuple[re.Pattern[str], re.Pattern[str]]:
    direction = table("verbs")["direction"]
    cue = rf"(?:{phrase_pattern(direction['up']).pattern}|{phrase_pattern(direction['down']).pattern})"
    moved = phrase_pattern(words("directions", "difference.moved")).pattern  # "raised", "lifted", "cut"
    # "rose 5%", "rose by 5%", and "raised the full-year dividend by 8%": what moved, then "by"
    verb = rf"(?:{cue}(?:\s+by|\s+(?:[\w'’-]+\s+){{1,5}}by)?|{moved}\s+(?:[\w'’-]+\s+){{0,5}}by)"
    hedge = r"(?:an?\s+)?(?:about|around|nearly|almost|some|roughly|over|more\s+than|less\s+than|just|only|" \
            r"a\s+further|another)"
    return (re.compile(rf"\b{verb}(?:\s+{hedge})?\s*$", re.IGNORECASE),
            re.compile(rf"\s+{cue}\b", re.IGNORECASE))  # used with match(text, pos): no caret


def round_of(text: str, clause: tuple[int, int]) -> str | None:
    """The funding round a clause names ("Series B" and "series B" are one round)."""
    if text.find("eries", *clause) < 0 and text.find("eed", *clause) < 0:
        return None  # the regex engine cannot skip to a case-folded word: look for its letters first
    found = _ROUND.search(text, *clause)
    return " ".join(found.group().lower().split()) if found else None


def per_unit(text: str, end: int) -> str | None:
    found = _per().match(text, end)
    return found.group().split()[-1].lower() if found else None


def _place_word(word: str) -> str | None:
    """ "European" → "europe", "Norway" → "norway": a region a figure is confined to."""
    if word in places():
        return word.lower()
    demonyms = table("qualifiers")["demonym_places"]
    return demonyms.get(word)


# Which prepositions name a part with a common noun after them, by claim type: "$6m for roads" and
# "revenue from advertising" are parts; "1,200 workers at two plants" or "on its payroll" are not.
_PART_NOUNS = {"money": {"for", "on", "from"}, "percent": {"for", "on", "from"}, "quantity": {"for"}}


def parts_of(text: str, start: int, end: int, clause: tuple[int, int], *, metric_start: int | None,
             metric_end: int | None, claim_type: str = "money") -> set[str]:
    """The parts of a whole a figure is confined to, read around the figure and its metric words."""
    found: set[str] = set()
    not_parts = words("frames", "not_parts")
    number_words = words("qualifiers", "number_words")
    for anchor in {end, metric_end} - {None}:
        assert anchor is not None
        preposition = _part().match(text, anchor, clause[1])
        if not preposition:
            continue
        following = _WORD.findall(text, preposition.end(), min(clause[1], preposition.end() + 40))[:3]
        if not following or following[0].lower() in not_parts | number_words or \
                re.match(r"\s*(?:[A-Z]{1,3})?[\d$€£¥]", text[preposition.end():preposition.end() + 5]):
            continue  # "from 3,140 theaters" counts, "to NZ$118.6 million" is an amount: they name no part
        word = preposition.group().split()[0].lower()
        head = following[0]
        if not head[:1].isupper() and word not in _PART_NOUNS.get(claim_type, set()):
            continue
        if head[:1].isupper():
            capitalised = list(takewhile(lambda w: w[:1].isupper() and w not in _calendar_words(), following))
            if not capitalised:
                continue  # "on Tuesday" is when, not where
            place = " ".join(capitalised).lower()
            found.add(f"in:{place}" if word in ("in", "across", "within", "at") else f"{word}:{place}")
        elif len(following) > 1 and following[1].lower() not in not_parts and not following[1][:1].isupper():
            found.add(f"{word}:{following[0].lower()} {following[1].lower()}")
        else:
            found.add(f"{word}:{following[0].lower()}")
    if metric_start is not None:
        lead = text[max(clause[0], metric_start - 30):metric_start]
        lead = re.split(r"[,;:()]|\s(?:has|have|had|was|were|is|are|will|would)\s", lead)[-1]
        before = _WORD.findall(lead)[-2:]
        for word in before:
            place = _place_word(word)
            if place:
                found.add(f"in:{place}")
            elif word.lower() in words("qualifiers", "segment_adjectives"):
                found.add(f"in:{word.lower()}")
    return found


@cache
def _calendar_words() -> frozenset[str]:
    from verify.extract.context import MONTH_NAMES, WEEKDAY_NAMES

    return frozenset(MONTH_NAMES) | frozenset(WEEKDAY_NAMES)


@cache
def _spans() -> list[tuple[str, re.Pattern[str]]]:
    return [(name, re.compile(rf"\b{phrase_pattern(phrases).pattern}\b", re.IGNORECASE))
            for name, phrases in table("frames")["span"].items()]


def span_of(text: str, start: int, clause: tuple[int, int], sentence: tuple[int, int]) -> str | None:
    """How long a period a figure covers when its words say so: "annual revenue", "For the full year,
    …", "fourth-quarter sales" (year, half or quarter); None when they do not.

    >>> span_of("For the full year, sales rose 6% to $42bn.", 30, (19, 42), (0, 42))
    'year'
    """
    lead = text[max(clause[0], start - 60):start]
    opening = text[sentence[0]:min(start, sentence[0] + 60)]
    opening = opening[:opening.find(",")] if "," in opening else ""
    for where in (lead, opening):
        for name, pattern in _spans():
            if pattern.search(where):
                return name
    return None


@cache
def _sub_period() -> re.Pattern[str]:
    spans = phrase_pattern(words("frames", "sub_periods")).pattern
    return re.compile(rf"[ \t,]+(?:in|during|for|over|between|across)\s+(?P<words>(?:the|its|their|this|that)\s+"
                      rf"(?:[\w-]+\s+){{0,3}}?(?:{spans})\b|(?:January|February|March|April|May|June|July|August|"
                      rf"September|October|November|December)\s+and\s+\w+)", re.IGNORECASE)


def sub_period(text: str, end: int, clause: tuple[int, int]) -> str | None:
    """A part of the period a figure is confined to: "2.9 million in the first three months"."""
    found = _sub_period().match(text, end, clause[1])
    return " ".join(found["words"].lower().split()[1:]) if found else None


_RANK_REGION = re.compile(r"\b(?:the\s+)?(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?)[’']s?\s+$|"
                          r"\b(?P<world>world[’']s)\s+$|\b(?i:the)\s+(?P<home>country|nation)[’']s\s+$")
HOME_COUNTRY = "country"  # the region of "the country's third-largest": the article's country, found later
_RANK_REGION_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,5}?(?:in|on|of)\s+(?:the\s+)?(?:(?P<place>world|[A-Z][\w-]+"
                                r"(?:\s+[A-Z][\w-]+)?)|(?P<home>country|nation)\b)")


def rank_region(text: str, claim: object, clause: tuple[int, int]) -> str | None:
    """Where a superlative rank holds: "the UK's third-biggest bank" → "uk", "the largest in Asia" → "asia",
    "the country's second-biggest" → :data:`HOME_COUNTRY` (see :func:`verify.frames.build.scope_home_country`)."""
    start, end = claim.start, claim.end  # type: ignore[attr-defined]
    before = _RANK_REGION.search(text, max(clause[0], start - 30), start)
    if before and before["home"]:
        return HOME_COUNTRY
    if before:
        return region_named(before["owner"] or "world")
    after = _RANK_REGION_AFTER.match(text, end, min(clause[1], end + 50))
    if after and after["home"]:
        return HOME_COUNTRY  # "the third-busiest container port in the country"
    return region_named(after["place"]) if after else None


def region_named(written: str) -> str:
    """One name for a region however it is written ("Britain", "the UK", "United Kingdom" → "uk"), from
    ``[region_names]`` in ``verify/data/qualifiers.toml``; else its last word, lower-cased.

    >>> region_named("Britain"), region_named("United Kingdom"), region_named("Europe"), region_named("New Zealand")
    ('uk', 'uk', 'europe', 'new zealand')
    """
    key = " ".join(written.lower().split())
    named = table("qualifiers")["region_names"].get(key)
    if named:
        return named
    # "New Zealand", "South Africa" stay whole ("Africa" is another region); "Norway's" is "norway"
    return key if " " in key and (key in countries() or written.strip() in places()) else key.split()[-1]


@cache
def _deal_before() -> tuple[dict[str, str], re.Pattern[str]]:
    deals = table("qualifiers")["deal_verbs"]
    kind_of = {verb: kind for kind, verbs in deals.items() for verb in verbs}
    return kind_of, re.compile(rf"\b(?P<verb>{phrase_pattern(list(kind_of)).pattern})\s+(?:(?:a|an|the|another|"
                               r"about|around|some|nearly|almost|up\s+to|more\s+than)\s+)?$", re.IGNORECASE)


def deal_of(text: str, claim: Claim, clause: tuple[int, int]) -> str | None:
    """The deal a count is the object of ("has ordered 240 buses", "sold 1,200 homes"): an order is not the
    stock it adds to ("runs 1,150 buses"), so the two are never one figure.

    >>> from verify.claims import Claim
    >>> deal_of("Pennor has ordered 240 buses.", Claim("quantity", 19, 28, {}), (0, 29))
    'order'
    >>> deal_of("Pennor runs 1,150 buses.", Claim("quantity", 12, 23, {}), (0, 24)) is None
    True
    """
    kind_of, before = _deal_before()
    found = before.search(text, max(clause[0], claim.start - 40), claim.start)
    return kind_of[" ".join(found["verb"].lower().split())] if found else None


@cache
def _own_past_after() -> re.Pattern[str]:
    """A relative clause right after the figure that tells it in the past: "the 41.2 million pounds it made
    before tax", "the £3m (that) the club raised"."""
    past = table("tense")["past"]
    irregular = phrase_pattern(w for w in past["words"] if w not in ("ago", "last", "previously", "since", "earlier",
                                                                     "was", "were", "had", "did")).pattern
    not_verbs = phrase_pattern([*past["not_verbs"], *table("frames")["modality"]["forecast_after"]]).pattern
    return re.compile(rf"\s+(?:that\s+|which\s+)?(?:it|they|he|she|we|the\s+[a-z]+|[A-Z][\w-]+)\s+(?:had\s+)?"
                      rf"(?!{not_verbs}\b)(?:{irregular}|[a-z]+ed)\b")


def modality_of(text: str, start: int, end: int, clause: tuple[int, int]) -> str:
    """ "forecast" when the clause before the figure plans, expects or targets it, or a clause right after
    it says someone expected it ("the €2.3bn analysts had expected") or that it is a threshold ("the 31 seats
    needed for a majority"); "hypothetical" under a condition; else "actual".

    >>> text = "Revenue of €2.4bn beat the €2.3bn analysts had expected."
    >>> modality_of(text, 27, 33, (0, len(text))), modality_of(text, 11, 17, (0, len(text)))
    ('forecast', 'actual')
    >>> text = "It would hand back part of the £41.2m it made."
    >>> modality_of(text, 31, 37, (0, len(text)))
    'actual'
    >>> text = "Sales will reach $5bn, up from $4bn."
    >>> modality_of(text, 17, 21, (0, len(text))), modality_of(text, 31, 35, (0, len(text)))
    ('forecast', 'actual')
    """
    if _forecast_after().match(text, end, clause[1]) or _needed_after().match(text, end, clause[1]):
        return "forecast"  # "the €2.3bn analysts had expected", "the 31 seats needed for a majority"
    if _own_past_after().match(text, end, clause[1]):
        return "actual"  # "would hand back part of the £41.2m it made before tax": made, whatever is planned
    lead = text[max(clause[0], start - 80):start]
    if _lead_words().isdisjoint(_LOWER_WORD.findall(lead.lower())):
        return "actual"  # no cue word at all: skip the two long alternations
    if _forecast_noun().search(lead):
        return "forecast"  # "the lender's forecast of a 3% slide": a forecast, even under "if"
    forecast, hypothetical = _modality()
    if hypothetical.search(lead):
        return "hypothetical"
    if _forecast_cue(forecast, lead) and not prior_at(text, start):
        return "forecast"  # "will reach $5bn, compared with $4bn": the earlier side is no forecast
    return "actual"


def _forecast_cue(forecast: re.Pattern[str], lead: str) -> bool:
    """Does ``lead`` hold a forecast cue that is no month name ("since May to 61.5%" is the month, not "may")?

    >>> cues = _modality()[0]
    >>> _forecast_cue(cues, "its share has fallen since May to"), _forecast_cue(cues, "it may fall to")
    (False, True)
    """
    return any(cue.group() not in MONTH_NAMES for cue in forecast.finditer(lead))


# "41% of all travellers", "4% of the council's £85 million revenue budget" (an owner and the whole's size may
# stand before its noun)
@cache
def _whole() -> re.Pattern[str]:
    """The whole after "of", up to the word that ends its noun phrase: a preposition, a verb of being or
    saying, or a verb of change ("coal's share of the state's electricity fell to 58%": the electricity)."""
    moves = phrase_pattern([*words("verbs", "direction.up"), *words("verbs", "direction.down")]).pattern
    return re.compile(
        r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+|this\s+|that\s+)?(?:[A-Za-z][\w-]*[’']s?\s+)?"
        r"(?:[£$€¥]\s?\d[\d.,]*(?:\s*(?:million|billion|bn|m))?\s+)?"
        r"((?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*?)(?=\s+(?:and|or|in|on|at|for|to|from|by|with|while|"
        r"but|as|was|were|is|are|than|said|says|had|has|who|which|that|last|this|next|according|"
        rf"per|each|every|{moves})\b|[,.;:)]|$)")  # "41% of all travellers this year": the travellers


@cache
def _whole_before_stance() -> re.Pattern[str]:
    """A whole followed by the side its share takes: "66% of voters opposed the plan" → "voters"."""
    stances = [cue for cues in table("arithmetic")["stances"].values() for cue in cues]
    return re.compile(r"\s+of\s+(?:the\s+|all\s+|those\s+)?((?:[a-z][a-z-]*\s+)?[a-z][a-z-]*)"
                      rf"(?=\s+{phrase_pattern(stances).pattern}\b)", re.IGNORECASE)


def whole_of(text: str, end: int, clause: tuple[int, int]) -> str | None:
    """The whole a share is of: "40% of (its) venture funding" → "venture funding"; "66% of voters
    opposed it" → "voters"."""
    found = _whole().match(text, end, clause[1]) or _whole_before_stance().match(text, end, clause[1])
    return found.group(1) if found else None


_PHRASAL_UP = re.compile(r"\b(?:made|make|makes|making|set|sets|took|takes|taken|taking|picked|end|ended|ends|"
                         r"opened|summed|sum|add|adds|added|adding|use|used|uses|using|shore|shored|step|stepped|"
                         r"show|showed|shows|turn|turned|turns|take)\s+up\b", re.IGNORECASE)


def direction_of(text: str, start: int, end: int, clause: tuple[int, int]) -> int:
    """+1 for a rise ("rose 5%", "a 5% rise", "an increase of 5%"), -1 for a fall, 0 when no direction is written."""
    before, after = _direction()
    found = before.search(text, max(clause[0], start - 40), start) or after.match(text, end, clause[1])
    if not found:
        noun = change_noun_of(text, start, clause)
        if noun is None:
            return 0
        return -1 if noun in words("verbs", "direction.down") else 1 if noun in words("verbs", "direction.up") else 0
    word = found.group().strip().split()[0].lower()
    return -1 if word in words("verbs", "direction.down") else 1


@cache
def _change_noun_of() -> re.Pattern[str]:
    nouns = phrase_pattern(words("directions", "difference.nouns")).pattern
    return re.compile(rf"\b(?:a|an)\s+(?:[\w-]+\s+)?(?P<noun>{nouns})\s+of\s+(?:(?:about|around|nearly|almost|some|"
                      rf"roughly|over|more\s+than|less\s+than|just|only)\s+)?$", re.IGNORECASE)


def change_noun_of(text: str, start: int, clause: tuple[int, int]) -> str | None:
    """The change noun whose "of" phrase a percentage is ("a drop of 22%", "an annual rise of 5%"), lower case.

    >>> change_noun_of("Profit fell to $2m, a drop of 22%.", 30, (19, 34))
    'drop'
    >>> change_noun_of("a share of 22%", 11, (0, 14)) is None
    True
    """
    found = _change_noun_of().search(text, max(clause[0], start - 40), start)
    return found["noun"].lower() if found else None


@cache
def _after_one_word() -> re.Pattern[str]:
    """A change noun one word after a percentage: "a 3% price drop", "a 5% sales rise"."""
    nouns = phrase_pattern(words("directions", "difference.nouns")).pattern
    return re.compile(rf"\s+[a-z-]+\s+{nouns}\b", re.IGNORECASE)  # used with match(text, pos): no caret


def aspect_of(text: str, start: int, end: int, clause: tuple[int, int]) -> str:
    """For a percentage: "change" ("rose 5%", "a 5% rise"), "share" ("40% of sales") or "level"."""
    before, after = _direction()
    cue = before.search(text, max(clause[0], start - 40), start)
    if cue and _PHRASAL_UP.search(text, max(clause[0], cue.start() - 12), cue.end()):
        cue = None  # "made up 45% of sales" is a share, not a rise
    if cue or after.match(text, end, clause[1]) or _after_one_word().match(text, end, clause[1]) or \
            change_noun_of(text, start, clause):
        return "change"  # "rose 5%", "a 5% rise", "a 3% price drop", "a drop of 22%"
    if re.match(r"\s+of\b", text[end:end + 5]):
        return "share"
    return "level"


_STANCE_REACH = re.compile(r"[^\d,;.]{0,40}?(?=\s+and\s|[\d,;.]|$)")  # the share's own words, up to the next part


@cache
def _stance_patterns() -> dict[str, re.Pattern[str]]:
    return {side: re.compile(rf"\b{phrase_pattern(cues).pattern}\b", re.IGNORECASE)
            for side, cues in table("arithmetic")["stances"].items()}


def stance_of(text: str, end: int) -> str | None:
    """Which side of a question the words after a share ending at ``end`` put it on, if one: "66% of
    voters opposed it" → "against", "38% backed it" → "for" (``stances`` in ``verify/data/arithmetic.toml``).
    A share for and one against are two measures, never one stated twice.

    >>> text = "61% of members opposed the merger and 38% backed it."
    >>> stance_of(text, 3), stance_of(text, 41), stance_of("45% of sales.", 3)
    ('against', 'for', None)
    """
    own = _STANCE_REACH.match(text, end)
    said = own.group() if own else ""
    sides = [side for side, pattern in _stance_patterns().items() if pattern.search(said)]
    return sides[0] if len(sides) == 1 else None

"""Ranks in prose: superlatives, places in a result, medals, seeds and tables.

- "the largest lender in Asia", "its biggest harvest", "Housing remains the largest source"
  rank first; "the slowest of the 9 counties" ranks last (9th); "the three largest harbour
  towns" and "among the five largest" are a top three and a top five;
- "was fourth", "to finish sixth", "finishing second", "fell to third", "Hrubý fifth,", "lifts Dunmore
  to fourth", "fifth-placed Dunmore" and "Varga of Hungary fourth at 2:04" are places in a result;
  "runner-up" is second;
- "took silver", "won bronze", "a gold medal" are places 2, 3 and 1;
- "the fourth seed", "fifth seed Marek", "world number three", "the number two spot";
- "topped the medal table", "top of the table", "a record 3.8 million", "a five-year high" rank
  first; "a podium" is a top three, "just outside the top 10" outside a top ten, "rounded out the top five" 5th.

>>> [(text[c.start:c.end], c.value) for text in ["Adeoye took silver and was fourth in the 200m."]
...  for c in find_places(text)]
[('took silver', {'rank': 2, 'medal': 'silver'}), ('was fourth', {'rank': 4})]
>>> [c.value for c in find_places("It is the largest lender in Asia, the slowest of the 9 counties.")]
[{'rank': 1, 'superlative': 'largest'}, {'rank': 9, 'superlative': 'slowest'}]
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import attrgetter
from typing import Any

from verify.claims import Claim
from verify.extract.lexicon import lexicon
from verify.extract.lexicon import words as lexicon_words
from verify.extract.numbers import NUMBER, ORDINAL_WORDS, ordinals_in, parse_number, parse_ordinal, words_of

_ORDINAL = (r"(?P<ord>(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
            r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)\b"
            r"|\d(?<![\w.,]\d)\d{0,2}(?:st|nd|rd|th)\b)")
_DETERMINER = re.compile(r"(?:\b(?i:the|its|their|his|her|our|my|your)|[’']s)\s+(?:[\w-]+\s+)?$")
_MOST = re.compile(r"\b(?P<sup>(?i:most|least)\s+[a-z]+)\b")
_NOT_ADJECTIVES = frozenset({"they", "we", "he", "she", "it", "you", "i", "of", "in", "on", "at", "the", "a", "an",
                             "to", "is", "was", "are", "were", "people", "likely", "recently", "often", "notably",
                             "importantly"})
# "the slowest of the 9 counties", "the largest of the four units"
_OF_THE_N = re.compile(rf"\s+of\s+the\s+(?P<n>\d{{1,3}}|{NUMBER})\b")
# "the three largest harbour towns", "among the five largest": how many are at the top
_TOP_N_BEFORE = re.compile(rf"(?:\b(?i:the|among\s+the|its|their|his|her)|[’']s)\s+(?P<n>\d{{1,3}}|{NUMBER})\s+$")
_POSITION_AFTER = re.compile(r"(?=\s*[,.;:)—–]|\s+(?:with|in|at|on|behind|after|overall|and|for|place|position|"
                             r"ahead|of\s+\d)\b|\s*$)")
_NAME_BEFORE = re.compile(r"(?P<name>\b[A-Z][^\W\d_]+)\s+$")

_SEED = re.compile(rf"(?:\b(?i:the)\s+)?{_ORDINAL}[\s-](?i:seed|seeded)\b|\b(?i:No\.?|number)\s?(?P<num>\d{{1,3}})\s+"
                   r"(?i:seed)\b")
_WORLD_NUMBER = re.compile(rf"\b(?i:world|the)\s+(?i:number|no\.?)\s?(?P<num>\d{{1,3}}|{NUMBER})\b"
                           r"(?:\s+(?i:spot|position|place|ranking|seed))?")
_RUNNER_UP = re.compile(r"\b(?i:runner-up|runner\s+up)\b")
_TOPPED = re.compile(r"\b(?P<verb>(?i:tops|topped|topping|top)\s+(?:of\s+)?)(?:the\s+|its\s+|their\s+)?"
                     r"(?:[a-z-]+\s+)?(?P<table>[a-z]+)\b")
# "a record 3.8 million", "a record that still stands", "a new record high", "a five-year low"
_RECORD = re.compile(r"\b(?i:a|an)\s+(?:new\s+)?(?i:record)(?:[\s-](?:high|low)\b|(?=\s+(?:\d|[a-z]+\s+\d|that\b)))"
                     r"|\b(?i:a|an)\s+(?:\w+-)?(?:year|month|week|decade)[\s-](?P<extreme>high|low)\b")
_PODIUM = re.compile(r"\b(?i:a|her|his|their|its)\s+(?i:podium)(?:\s+(?i:finish|place|spot))?\b(?!\s+by\b)")
_OUTSIDE_TOP = re.compile(rf"\b(?P<how>(?i:just\s+outside|rounded\s+out|rounds\s+out|completed|completes))\s+"
                          rf"the\s+(?i:top)[\s-](?P<n>\d{{1,3}}|{NUMBER})\b")


_MOST_WORDS = frozenset({"most", "least"})
_MEDAL_WORDS = frozenset({"gold", "silver", "bronze"})
_TOP_WORDS = frozenset({"top", "tops", "topped", "topping"})
_RECORD_WORDS = frozenset({"record", "high", "low"})

_NEXT_WORD = re.compile(r"[\s-]*([a-z]+)")
_PLACE_WORD = re.compile(r"\s+(?i:place)\b")
_PLACED = re.compile(r"-(?i:placed)\b")

def _number(text: str) -> int:
    return int(parse_number(text))


@lru_cache(maxsize=1024)
def _superlatives(present: frozenset[str]) -> re.Pattern[str]:
    """A pattern for just the superlatives a text holds (texts share few such sets: cached)."""
    alternation = "|".join(sorted(present, key=len, reverse=True))
    return re.compile(rf"\b(?P<sup>(?i:{alternation}))\b")


def _superlative_ranks(text: str, words: frozenset[str]) -> list[Claim]:
    """"the largest lender" (1st), "the slowest of the 9 counties" (9th), "the three largest" (a top 3)."""
    present = words & lexicon_words("rankings", "superlatives")
    matches = list(_superlatives(present).finditer(text)) if present else []
    if not words.isdisjoint(_MOST_WORDS):
        matches += [m for m in _MOST.finditer(text) if m["sup"].split()[-1].lower() not in _NOT_ADJECTIVES]
    not_after = lexicon_words("rankings", "not_after")
    last = lexicon_words("rankings", "last_superlatives")
    claims = []
    for match in matches:
        word = " ".join(match["sup"].lower().split())
        following = _NEXT_WORD.match(text, match.end(), match.end() + 20)
        if following and following.group(1) in not_after and not _OF_THE_N.match(text, match.end()):
            continue  # "the best part of", "the largest share of" (not "the largest of the three")
        top = _TOP_N_BEFORE.search(text, max(0, match.start() - 30), match.start())
        if top:  # "the three largest harbour towns", "among the five largest"
            start = top.start("n") if top.group()[0] in "’'" else top.start()  # "the region's two biggest"
            claim = Claim("ranking", start, match.end(), {"top": _number(top["n"]), "superlative": word})
            claim.extra["comparable"] = False
            claims.append(claim)
            continue
        determiner = _DETERMINER.search(text, max(0, match.start() - 40), match.start())
        if determiner is None or text[max(0, determiner.start() - 7):determiner.start()].lower().endswith(
                ("one of ", "at ", "at the ")) or determiner.group().split()[0].lower() in ("my", "your") or \
                text[determiner.start():match.start()].lower().endswith("personal "):
            continue  # "one of the best", "at the latest", "my youngest", "her personal best": no rank
        between = text[determiner.start():match.start()].split()[1:]
        if between and between[-1].lower() in ORDINAL_WORDS:
            continue  # "the company's third largest": a rank the ordinal pattern reads
        of_n = _OF_THE_N.match(text, match.end())
        rank = _number(of_n["n"]) if of_n and word.split()[0] in last else 1
        end = of_n.end() if of_n else match.end()
        start = match.start() if determiner.group()[0] in "’'" else determiner.start()  # "Asia's biggest"
        claim = Claim("ranking", start, end, {"rank": rank, "superlative": word})
        # Each superlative ranks its own list ("the highest total", "the fourth-lowest costs"): the
        # rules, which compare ranks of one entity, would set lists against each other.
        claim.extra["comparable"] = False
        claims.append(claim)
    return claims


def _positions(text: str, words: frozenset[str]) -> list[Claim]:
    """"was fourth", "to finish sixth", "fell to third", "Hrubý fifth,", "runner-up".

    The ordinal is found first (by the few ordinal words a text holds), then the verb or the name
    before it: one pattern led by every verb would be tried at every letter of the text.
    """
    claims = []
    for match in ordinals_in(text, words):
        placed = _PLACED.match(text, match.end())
        if placed:  # "Fifth-placed Dunmore", "the third-placed Raiders": the name or noun after it is ranked
            claim = Claim("ranking", match.start(), placed.end(), {"rank": parse_ordinal(match.group())})
            claim.extra["attributive"] = True  # a standing at the time of writing, whatever the sentence dates
            claims.append(claim)
            continue
        place = _PLACE_WORD.match(text, match.end())
        end = place.end() if place else match.end()
        if not _POSITION_AFTER.match(text, end):
            continue
        verb = _verb_pattern().search(text, max(0, match.start() - 30), match.start())
        moved = _moved_pattern().search(text, max(0, match.start() - 60), match.start()) if not verb else None
        if verb:
            start = verb.start()
        elif moved:  # "The win lifts Dunmore to fourth": the place starts at "to", after the one it moved;
            start = moved.start("to") if moved["to"] else match.start()  # "leaves them second": at the place
        else:
            name = _NAME_BEFORE.search(text, max(0, match.start() - 30), match.start())
            if name is None or name["name"] in _NOT_NAMES or match.group()[0].isupper() or not _after_a_name(
                    text, name.start()):
                continue  # "Hrubý fifth," is a place; "The first," and "Second Symphony" are not
            start = name.start()
        claims.append(Claim("ranking", start, end, {"rank": parse_ordinal(match.group())}))
    for match in _RUNNER_UP.finditer(text) if "runner" in words else ():
        claims.append(Claim("ranking", match.start(), match.end(), {"rank": 2}))
    return claims


@lru_cache(maxsize=1)
def _verb_pattern() -> re.Pattern[str]:
    """A verb that puts someone at a place, just before the ordinal ("was", "fell to", "came in")."""
    verbs = "|".join(sorted((v.replace(" ", r"\s+") for v in lexicon_words("rankings", "position_verbs")),
                            key=lambda v: (-len(v), v)))
    return re.compile(rf"\b(?i:{verbs})\s+(?:in\s+)?$")


@lru_cache(maxsize=1)
def _moved_pattern() -> re.Pattern[str]:
    """A verb that moves someone named after it to a place ("lifts Dunmore to", "moves the Raiders up to") or
    leaves them at one ("leaves them", "left Kelso")."""
    verbs = "|".join(sorted(lexicon_words("rankings", "moving_verbs"), key=lambda v: (-len(v), v)))
    leaving = "|".join(sorted(lexicon_words("rankings", "leaving_verbs"), key=lambda v: (-len(v), v)))
    moved = r"(?:the\s+)?(?:(?:[A-Z][\w’'-]*\s+){1,3}|(?:them|us|him|her|it)\s+)"
    return re.compile(rf"\b(?:(?i:{verbs})\s+{moved}(?:(?i:up|down|back)\s+)?(?P<to>(?i:to|into)\s+)"
                      rf"|(?i:{leaving})\s+{moved})$")


@lru_cache(maxsize=1)
def _medal_pattern() -> re.Pattern[str]:
    """A medal won ("took silver", "claimed the bronze") or named as one ("a gold medal", "bronze medallist")."""
    verbs = "|".join(sorted((v.replace(" ", r"\s+") for v in lexicon_words("rankings", "medal_verbs")),
                            key=lambda v: (-len(v), v)))
    return re.compile(rf"(?:(?P<verb>\b(?i:{verbs}))\s+(?:(?i:the|a|an|her|his|their|its)\s+)?)?"
                      r"\b(?P<medal>(?i:gold|silver|bronze))\b(?P<noun>[\s-]+(?i:medal(?:l?ist)?)\b(?!s))?")


_NOT_NAMES = frozenset({"The", "A", "An", "It", "Its", "This", "That", "He", "She", "They", "We", "I", "In", "On",
                        "At", "And", "But", "Or", "For", "With", "By", "His", "Her", "Their", "Our", "My"})


def _after_a_name(text: str, start: int) -> bool:
    """Is the capitalised word at ``start`` a name, not a sentence's first word?"""
    before = text[max(0, start - 3):start].rstrip()
    return bool(before) and before[-1] not in ".!?\n\"“"


def _medals_and_tables(text: str, words: frozenset[str]) -> list[Claim]:
    """Medals as places, seeds, "world number three", tables topped, records, podiums."""
    claims = []
    if not words.isdisjoint(_MEDAL_WORDS):
        medals: dict[str, Any] = lexicon("rankings")["medals"]
        for match in _medal_pattern().finditer(text):
            if match["verb"] or match["noun"]:  # "took silver", "a gold medal"; not "gold reserves"
                medal = match["medal"].lower()
                claims.append(Claim("ranking", match.start(), match.end(), {"rank": medals[medal], "medal": medal}))
    for match in _SEED.finditer(text) if "seed" in words or "seeded" in words else ():
        rank = parse_ordinal(match["ord"]) if match["ord"] else int(match["num"])
        claim = Claim("ranking", match.start(), match.end(), {"rank": rank, "seed": True})
        # Who a seed is often follows it ("Second seed Andy Roddick") or is a description ("The
        # seventh seed, who …"): the rank rules, which read the name before, are kept off them.
        claim.extra["comparable"] = False
        claims.append(claim)
    for match in _WORLD_NUMBER.finditer(text) if "number" in words or "no" in words else ():
        claims.append(Claim("ranking", match.start(), match.end(), {"rank": _number(match["num"])}))
    if not words.isdisjoint(_TOP_WORDS):
        tables = lexicon_words("rankings", "tables")
        for match in _TOPPED.finditer(text):
            if match["table"] in tables:
                claims.append(Claim("ranking", match.start(), match.end(), {"rank": 1}))
        for match in _OUTSIDE_TOP.finditer(text):
            n = _number(match["n"])
            # "just outside the top 10" is outside a top ten (the frame marks it so), not a known 11th
            claims.append(Claim("ranking", match.start(), match.end(),
                                {"top": n} if match["how"].lower().startswith("just") else {"rank": n}))
    for match in _RECORD.finditer(text) if not words.isdisjoint(_RECORD_WORDS) else ():
        claims.append(Claim("ranking", match.start(), match.end(), {"rank": 1, "record": True}))
    for match in _PODIUM.finditer(text) if "podium" in words else ():
        claims.append(Claim("ranking", match.start(), match.end(), {"top": 3}))
    return claims


@lru_cache(maxsize=1)
def _trigger_words() -> frozenset[str]:
    """Every word one of these patterns needs: a text with none of them holds no rank in prose."""
    return (lexicon_words("rankings", "superlatives") | frozenset(ORDINAL_WORDS) | {
        "most", "least", "st", "nd", "rd", "th", "runner", "gold", "silver", "bronze", "seed", "seeded", "number",
        "no", "top", "tops", "topped", "topping", "record", "high", "low", "podium"})


def find_places(text: str, words: frozenset[str] | None = None) -> list[Claim]:
    """Ranks written in prose (see the module's docstring), in order; overlaps are left to the caller."""
    words = words_of(text) if words is None else words
    if words.isdisjoint(_trigger_words()):
        return []
    return sorted([*_superlative_ranks(text, words), *_positions(text, words), *_medals_and_tables(text, words)],
                  key=attrgetter("start"))

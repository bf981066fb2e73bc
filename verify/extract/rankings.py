"""Rankings: "ranked third", "No. 1", "among the top 10", "second-largest", "fourth place",
"missing the podium by one place".

>>> [c.value for c in find_rankings("It ranked third, is No. 1 and among the top 10.")]
[{'rank': 3}, {'rank': 1}, {'top': 10}]
>>> [c.value for c in find_rankings("the second-largest bank; missed the podium by one place")]
[{'rank': 2, 'superlative': 'largest'}, {'rank': 4}]
"""

from __future__ import annotations

import re
from functools import cache

from verify.claims import Claim
from verify.extract.lexicon import words as lexicon_words
from verify.extract.numbers import (
    NUMBER,
    ORDINAL,
    NumberPattern,
    matches_at,
    ordinals_in,
    parse_number,
    parse_ordinal,
    words_of,
)
from verify.extract.overlaps import leftmost_longest
from verify.extract.places import find_places


@cache
def _ranked_superlatives() -> str:
    """What an ordinal may rank by ("third-largest", "second-costliest", "fourth-wettest"): the superlatives
    of ``verify/data/rankings.toml``, "most"/"least" with an adjective, "leading" and "top"."""
    listed = sorted(lexicon_words("rankings", "superlatives"), key=len, reverse=True)
    return rf"(?:{'|'.join(re.escape(word) for word in listed)}|most\s+\w+|least\s+\w+|leading|top)"


_RANKED = re.compile(
    rf"\b(?i:ranked|ranks|ranking|placed|places|finished|finishes|came(?:\s+in)?|comes(?:\s+in)?|"
    rf"rated|rates|sits|sat|stands|stood)\s+(?:as\s+)?(?:the\s+)?(?:(?P<ord>{ORDINAL})|"
    rf"(?i:No\.?|number)\s?(?P<num>\d{{1,4}}|{NUMBER}))(?!-)"
)
_NUMBER_SIGN = re.compile(r"(?<![\w.])(?:No\.|Nr\.|#)\s?(?P<num>\d{1,4})\b(?![.,]\d)")
_TOP = re.compile(
    rf"(?i:\b(?P<among>among|in|into|within|inside|of|to)\s+the\s+)?\b(?i:top)[\s-](?P<num>\d{{1,4}}|{NUMBER})\b"
)
_ORDINAL_SUPERLATIVE = NumberPattern(lambda forms: rf"(?P<ord>{forms.ordinal})[\s-](?P<sup>{_ranked_superlatives()})\b")
_PLACE = NumberPattern(lambda forms: rf"(?P<ord>{forms.ordinal})[\s-](?i:place|position|spot)\b")
_PODIUM = re.compile(
    rf"\b(?i:miss(?:ed|ing|es)?\s+(?:out\s+on\s+)?the\s+podium\s+by\s+(?P<num>{NUMBER})\s+(?:place|position|spot)s?)"
    rf"|(?P<on>\b(?i:on\s+the\s+podium)\b)"
)


_RANK_VERBS = frozenset({"rank", "ranked", "ranks", "ranking", "placed", "places", "finished", "finishes", "came",
                         "comes", "rated", "rates", "sits", "sat", "stands", "stood"})


def find_rankings(text: str, words: frozenset[str] | None = None) -> list[Claim]:
    """All rankings in ``text``, with prose offsets.

    Each pattern runs only when the text has what it needs (a ranking verb, an
    ordinal, "No."/"#", "top", "podium"): most sentences have none of them.
    ``words`` (the text's lower-case words) saves recomputing them when known.
    """
    words = words_of(text) if words is None else words
    found: list[Claim] = []
    has_verb = not words.isdisjoint(_RANK_VERBS)
    # Ordinal-led patterns are tried only where an ordinal starts (found by the ordinal words it holds).
    ordinal_starts = [m.start() for m in ordinals_in(text, words)]
    for match in _RANKED.finditer(text) if has_verb else ():
        rank = parse_ordinal(match["ord"]) if match["ord"] else int(parse_number(match["num"]))
        found.append(Claim("ranking", match.start(), match.end(), {"rank": rank}))
    for match in _NUMBER_SIGN.finditer(text) if ("No" in text or "Nr" in text or "#" in text) else ():
        found.append(Claim("ranking", match.start(), match.end(), {"rank": int(match["num"])}))
    for match in _TOP.finditer(text) if ("top" in text or "Top" in text or "TOP" in text) else ():
        found.append(Claim("ranking", match.start(), match.end(),
                           {"top": int(parse_number(match["num"]))}))
    for match in matches_at(_ORDINAL_SUPERLATIVE.full, text, ordinal_starts):
        found.append(Claim("ranking", match.start(), match.end(),
                           {"rank": parse_ordinal(match["ord"]),
                            "superlative": " ".join(match["sup"].lower().split())}))
    for match in matches_at(_PLACE.full, text, ordinal_starts):
        found.append(Claim("ranking", match.start(), match.end(), {"rank": parse_ordinal(match["ord"])}))
    for match in _PODIUM.finditer(text) if "podium" in text.lower() else ():
        value = {"top": 3} if match["on"] else {"rank": 3 + int(parse_number(match["num"]))}
        found.append(Claim("ranking", match.start(), match.end(), value))
    return leftmost_longest([*found, *find_places(text, words)])

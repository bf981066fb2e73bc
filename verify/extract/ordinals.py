"""Occurrences counted by an ordinal: "her second title", "a third straight win", "the 69th
edition", "its third home", "the coalition's third attempt".

The ordinal is how many times the thing has happened, so it is a quantity (``ordinal`` says so):
``{"amount": 3, "unit": "win", "ordinal": True}``. "First" is not counted here (it is a rank or
a plain adjective far more often), nor an ordinal that orders places, periods or parts ("the
second floor", "the third quarter", "a third of"), nor one a rank or a date already reads.

>>> [(c.value["amount"], c.value["unit"]) for c in find_occurrences(
...     "It was her second title and a third straight win in the 69th edition, on the second floor.")]
[(2, 'title'), (3, 'win'), (69, 'edition')]
"""

from __future__ import annotations

import re

from verify.claims import Claim
from verify.extract.lexicon import words as lexicon_words
from verify.extract.numbers import ORDINAL_WORDS, ordinals_in, parse_ordinal, words_of

# The ordinals are found first (see verify.extract.numbers.ordinals_in), then a determiner or a
# possessive before one ("a", "the", "its", "Moreira's") and up to two describing words and the
# noun after it.
_DETERMINER = re.compile(r"(?P<det>\b(?i:a|an|the|its|his|her|their|our|my|your|this)|[’']s)\s+$")
_FOLLOWING = re.compile(r"(?:\s+[A-Za-z][a-z-]*){1,3}")
_AFTER = re.compile(r"\s+([A-Za-z][a-z-]*)")
_NOT_COUNTED = frozenset({"first"})
_TRIGGERS = (frozenset(ORDINAL_WORDS) - _NOT_COUNTED) | {"nd", "rd", "th"}
_IN_A_ROW = frozenset({"straight", "consecutive", "successive"})
_ONLY_BEFORE_OF = frozenset({"round", "rounds"})
_PERIODS = frozenset({"quarter", "quarters", "day", "days", "week", "weeks", "month", "months", "half"})


def find_occurrences(text: str, words: frozenset[str] | None = None) -> list[Claim]:
    """Ordinals that count occurrences, as quantities with prose offsets."""
    words = words_of(text) if words is None else words
    if words.isdisjoint(_TRIGGERS):
        return []
    ordinals = ordinals_in(text, words, exclude=_NOT_COUNTED)
    if not ordinals:
        return []
    not_nouns = lexicon_words("quantities", "not_occurrence_nouns")
    modifiers = lexicon_words("quantities", "occurrence_modifiers")
    claims = []
    for ordinal in ordinals:
        determiner = _DETERMINER.search(text, max(0, ordinal.start() - 8), ordinal.start())
        following = _FOLLOWING.match(text, ordinal.end())
        if determiner is None or following is None or ordinal.group().lower().endswith("1st"):
            continue
        if ordinal.group()[0].isupper() and determiner["det"][0] in "’'":
            continue  # "Mahler's Second Symphony": a title
        in_a_row = False
        for word in _AFTER.finditer(text, ordinal.end(), following.end()):
            token = word.group(1)
            if token.lower() in modifiers or token[0].isupper():
                in_a_row = in_a_row or token.lower() in _IN_A_ROW
                continue  # "a third straight win", "her third Atlantic title"
            if token in _ONLY_BEFORE_OF and not text.startswith(" of", word.end()):
                break  # "the second round of layoffs" counts rounds; "the second round" of a tournament is a stage
            # "the third consecutive quarter" counts quarters; "the third quarter" is a date
            if (token not in not_nouns or (in_a_row and token in _PERIODS)) and not token.endswith(("ed", "ly")):
                claims.append(Claim("quantity", ordinal.start(), word.end(),
                                    {"amount": parse_ordinal(ordinal.group()), "unit": token, "ordinal": True}))
            break
    return claims

"""Which way a clause looks in time: the tense that places a date written without its year.

"It will open in May" looks forward from the publication date, "sales fell in May" back; a
clause with neither ("the rule takes effect July 1") takes the occurrence nearest the
publication date. The future is read in the clause before the date (its verb usually comes
first, "said it would reopen in May"); the past on both sides ("In September, it led").

>>> text = "Sales fell in May. It will open in May. The rule takes effect July 1."
>>> [tense_at(text, s, e, text.index(m, s), text.index(m, s) + len(m)) for s, e, m in
...  [(0, 18, "May"), (19, 39, "May"), (40, 69, "July 1")]]
['past', 'future', None]
"""

from __future__ import annotations

import re
from functools import cache

from verify.extract.lexicon import lexicon, words

_WORD = re.compile(r"[a-z’']+")
_BEFORE_REACH = 200  # the clause before a date is read this far back at most
_AFTER_REACH = 60  # and the words after it this far on
_CLAUSE_CUT = 80  # a comma this close before the date starts its clause
_CLAUSE_BREAK = re.compile(r"[,;—](?!\d)")  # not the comma of "21,000"
_MODALS = frozenset({"would", "could", "should", "might", "must", "may"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"})


@cache
def _cues() -> tuple[frozenset[str], frozenset[tuple[str, str]], frozenset[str], frozenset[str], frozenset[str],
                     frozenset[str]]:
    future = lexicon("tense")["future"]
    phrases = frozenset(tuple(p.split()) for p in future["phrases"])
    return (words("tense", "future", "words"), phrases, words("tense", "future", "not_after"),
            words("tense", "past", "words"), words("tense", "past", "copulas"), words("tense", "past", "not_verbs"))


def _future_at(tokens: list[str], index: int) -> bool:
    single, pairs, not_after, *_ = _cues()
    word = tokens[index]
    following = tokens[index + 1] if index + 1 < len(tokens) else ""
    return ((word in single and following not in not_after) or word.endswith(("’ll", "'ll"))
            or (word, following) in pairs)


def _past_at(tokens: list[str], index: int) -> bool:
    *_, past_words, copulas, not_verbs = _cues()
    word = tokens[index]
    previous = tokens[index - 1] if index else ""
    if word == "have" and previous in _MODALS:
        return True  # "would have opened": a past seen from later
    if previous in copulas or previous == "to":
        return False  # "is left", "has been cut": present or passive; "to put": an infinitive
    return word in past_words or (_looks_past(word) and word not in not_verbs and previous not in _DETERMINERS)


def _future(tokens: list[str]) -> bool:
    return any(_future_at(tokens, index) for index in range(len(tokens)))


def _past(tokens: list[str]) -> bool:
    return any(_past_at(tokens, index) for index in range(len(tokens)))


def _looks_past(word: str) -> bool:
    """A regular past form: "died", "announced", "agreed"; not "need", "exceed" or "speed"."""
    return len(word) >= 4 and word.endswith("ed") and (not word.endswith("eed") or word.endswith("reed"))


def tense_at(text: str, sentence_start: int, sentence_end: int, start: int, end: int) -> str | None:
    """``"future"``, ``"past"`` or ``None`` for the date at ``text[start:end]`` in its sentence.

    The clause before the date decides first (future, then past); failing a cue there, the first cue
    after it ("the second half will be stronger", "In September, it led").
    """
    before = text[max(sentence_start, start - _BEFORE_REACH):start]
    cut = max((m.start() for m in _CLAUSE_BREAK.finditer(before)), default=-1)
    clause = before[cut + 1:] if cut > len(before) - _CLAUSE_CUT else before
    clause_tokens = _WORD.findall(clause.lower())
    if _future(clause_tokens):
        return "future"
    if _past(clause_tokens):
        return "past"
    after = text[end:min(sentence_end, end + _AFTER_REACH)]
    stop = min((i for i in (after.find(";"), after.find(". ")) if i >= 0), default=len(after))
    tokens = _WORD.findall(after[:stop].lower())
    for index in range(len(tokens)):
        if _future_at(tokens, index):
            return "future"
        if _past_at(tokens, index):
            return "past"
    return None

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
from typing import NamedTuple

from verify.extract.lexicon import lexicon, words

_WORD = re.compile(r"[a-z’']+")
_BEFORE_REACH = 200  # the clause before a date is read this far back at most
_AFTER_REACH = 60  # and the words after it this far on
_CLAUSE_CUT = 80  # a comma this close before the date starts its clause
_CLAUSE_BREAK = re.compile(r"[,;—](?!\d)")  # not the comma of "21,000"
_MODALS = frozenset({"would", "could", "should", "might", "must", "may"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"})


class _Cues(NamedTuple):
    future: frozenset[str]
    pairs: frozenset[tuple[str, str]]
    not_after: frozenset[str]
    future_starts: frozenset[str]  # every word a future cue starts with: a clause with none has none
    past: frozenset[str]
    copulas: frozenset[str]
    not_verbs: frozenset[str]


@cache
def _cues() -> _Cues:
    phrases = frozenset(tuple(p.split()) for p in lexicon("tense")["future"]["phrases"])
    future = words("tense", "future", "words")
    return _Cues(future, phrases, words("tense", "future", "not_after"), future | {p[0] for p in phrases},
                 words("tense", "past", "words"), words("tense", "past", "copulas"),
                 words("tense", "past", "not_verbs"))


def _future_at(tokens: list[str], index: int, cues: _Cues) -> bool:
    word = tokens[index]
    following = tokens[index + 1] if index + 1 < len(tokens) else ""
    return ((word in cues.future and following not in cues.not_after) or word.endswith(("’ll", "'ll"))
            or (word, following) in cues.pairs)


def _past_at(tokens: list[str], index: int, cues: _Cues) -> bool:
    word = tokens[index]
    previous = tokens[index - 1] if index else ""
    if word == "have" and previous in _MODALS:
        return True  # "would have opened": a past seen from later
    if previous in cues.copulas or previous == "to":
        return False  # "is left", "has been cut": present or passive; "to put": an infinitive
    return word in cues.past or (_looks_past(word) and word not in cues.not_verbs and previous not in _DETERMINERS)


def _future(tokens: list[str], cues: _Cues) -> bool:
    if cues.future_starts.isdisjoint(tokens) and not any("ll" in t and ("'" in t or "’" in t) for t in tokens):
        return False  # most clauses: no word a future cue starts with
    return any(_future_at(tokens, index, cues) for index in range(len(tokens)))


def _past(tokens: list[str], cues: _Cues) -> bool:
    if cues.past.isdisjoint(tokens) and "have" not in tokens and not any(t.endswith("ed") for t in tokens):
        return False  # most clauses: no past word and no "-ed"
    return any(_past_at(tokens, index, cues) for index in range(len(tokens)))


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
    if cut >= 0 and clause_tokens and set(clause_tokens) <= words("tense", "elliptical", "words"):
        # "Output was 51,000 tonnes in the September quarter, 52,400 in December": an item of a list with
        # no verb of its own is in the tense of the clause it continues
        clause_tokens = _WORD.findall(before.lower())
    cues = _cues()
    said = words("tense", "past", "said_after")
    if clause_tokens and (clause_tokens[-1] in said or (len(clause_tokens) > 1 and clause_tokens[-2] in said
                                                        and clause_tokens[-1] in ("on", "in"))):
        return "past"  # "The minister said on Friday, 11 July, that …": the date of the saying
    if _future(clause_tokens, cues):
        return "future"
    if _past(clause_tokens, cues):
        return "past"
    after = text[end:min(sentence_end, end + _AFTER_REACH)]
    stop = min((i for i in (after.find(";"), after.find(". ")) if i >= 0), default=len(after))
    tokens = _WORD.findall(after[:stop].lower())
    for index in range(len(tokens)):
        if _future_at(tokens, index, cues):
            return "future"
        if _past_at(tokens, index, cues) or tokens[index] in said:
            return "past"  # "On 11 July, the minister said the line would …": the saying is dated
    return None


def tenses_in(text: str, start: int, end: int) -> frozenset[str]:
    """Every tense a stretch of text has a cue for: ``"future"`` (will, would, plans to, a modal),
    ``"past"`` (a past form).

    >>> sorted(tenses_in("Firms were recognised at the show.", 0, 34))
    ['past']
    >>> sorted(tenses_in("It said it would open the plant, which was built in May.", 0, 56))
    ['future', 'past']
    """
    tokens = _WORD.findall(text[start:end].lower())
    cues = _cues()
    found = set()
    for index, token in enumerate(tokens):
        if _future_at(tokens, index, cues) or token in _MODALS:
            found.add("future")
        if _past_at(tokens, index, cues):
            found.add("past")
    return frozenset(found)

"""Knowledge kept as data: the word lists in ``verify/data/``, read once per process.

Every word list the reference layer, the frame builder and the checks use lives in a TOML (or,
for long plain lists, a ``.txt``) file under ``verify/data/``; code asks for it by name. A
meta-test (``tests/test_lexicon.py``) keeps word lists out of the code.

>>> "company" in words("nouns", "organisation")
True
>>> phrase_pattern(["chief executive", "CEO"]).pattern
'(?:chief\\\\s+executive|CEO)'
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any


@cache
def table(name: str) -> dict[str, Any]:
    """The parsed ``verify/data/NAME.toml``."""
    return tomllib.loads(resources.files("verify.data").joinpath(f"{name}.toml").read_text("utf-8"))


@cache
def lines(name: str) -> frozenset[str]:
    """The entries of ``verify/data/NAME.txt``: one a line, ``#`` starts a comment."""
    text = resources.files("verify.data").joinpath(f"{name}.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def words(name: str, key: str) -> frozenset[str]:
    """One list of ``verify/data/NAME.toml`` as a set; ``key`` may name a nested list (``person.heads``)."""
    node: Any = table(name)
    for part in key.split("."):
        node = node[part]
    return frozenset(node)


def phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """A non-capturing alternation of phrases, longest first, spaces matching any run of spaces."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return re.compile("(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered) + ")")


def final_words(phrases: Iterable[str]) -> tuple[str, ...] | None:
    """The phrases' last words, lower-cased, for :func:`may_end_with`; None when one is not ASCII (then
    case-insensitive matching is wider than ``str.lower`` and no word test is safe).

    >>> final_words(["chief executive", "CEO", "finance chief"])
    ('ceo', 'chief', 'executive')
    """
    finals = {phrase.split()[-1].lower() for phrase in phrases}
    return tuple(sorted(finals)) if all(word.isascii() for word in finals) else None


def may_end_with(text: str, finals: tuple[str, ...] | None) -> bool:
    """Can a case-insensitive pattern that ends with one of some phrases, then white space, match at the end
    of ``text``? A necessary test, far cheaper than the search it saves: a pattern like ``(?:chief
    executive|finance chief)\\s+$`` is otherwise tried at every position of the text before a name.

    The text must end with white space, and its last word (lower-cased) with one of ``finals``
    (from :func:`final_words`). A last word that is not ASCII always passes, as do ``finals`` of None.

    >>> finals = final_words(["chief executive", "finance chief"])
    >>> may_end_with("said finance chief ", finals), may_end_with("the ex-Chief ", finals)
    (True, True)
    >>> may_end_with("said the chief", finals), may_end_with("said the chef ", finals)
    (False, False)
    """
    if not text or not text[-1].isspace():
        return False
    if finals is None:
        return True
    last = text.rsplit(None, 1)
    if not last:
        return False
    return not last[-1].isascii() or last[-1].lower().endswith(finals)

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

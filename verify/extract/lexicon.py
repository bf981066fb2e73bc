"""Word lists the extractors read, kept in ``verify/data/*.toml`` rather than in code.

>>> "will" in lexicon("tense")["future"]["words"]
True
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def lexicon(name: str) -> dict[str, Any]:
    """The parsed ``verify/data/<name>.toml`` (read once per process)."""
    return tomllib.loads(resources.files("verify.data").joinpath(f"{name}.toml").read_text("utf-8"))


@cache
def words(name: str, *path: str) -> frozenset[str]:
    """One list of a lexicon as a set of lower-case words: ``words("tense", "past", "irregular")``."""
    table: Any = lexicon(name)
    for key in path:
        table = table[key]
    return frozenset(str(word).lower() for word in table)

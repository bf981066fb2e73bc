"""Normalised keys for matching names and words across articles and sources.

>>> subject_key("Acme Corp.'s")
'acme'
>>> subject_key("  Tripo AI "), subject_key("The Acme Group")
('tripo ai', 'acme group')
>>> words_key("We aim […] to connect — “perception”!")
'we aim to connect perception'
"""

from __future__ import annotations

import re
from functools import lru_cache

_PUNCTUATION = re.compile(r"[^\w\s]|_")
_SUFFIXES = re.compile(r"\s+(?:inc|corp|corporation|ltd|llc|plc|co|sa|ag|gmbh|nv|bv)$")


@lru_cache(maxsize=65536)
def subject_key(name: str) -> str:
    key = " ".join(_PUNCTUATION.sub(" ", re.sub(r"[’']s\b", "", name.lower())).split())
    return _SUFFIXES.sub("", key).removeprefix("the ")


def words_key(words: str) -> str:
    return " ".join(_PUNCTUATION.sub(" ", words.lower()).split())

"""Normalised keys for matching names and words across articles and sources.

>>> subject_key("Acme Corp.'s")
'acme'
>>> subject_key("  Tripo AI "), subject_key("The Acme Group")
('tripo ai', 'acme group')
>>> words_key("We aim […] to connect — “perception”!")
'we aim to connect perception'
>>> mentions(words_key("Halden Robotics employs 1,200 workers."), "Halden Robotics")
True
>>> same_name("AP", "Associated Press"), same_name("Halden", "Halden Robotics"), same_name("Corvel", "Halden")
(True, True, False)
>>> names_meet("Chilean", "Chile"), names_meet("American", "United Airlines")
(True, False)
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


def mentions(text_key: str, name: str, *, loosely: bool = False) -> bool:
    """Does a normalised text mention a name (its key, as whole words)? Loosely, its first word
    will do ("Halden" for "Halden Robotics"), and a place's name without its last word when that
    word only says what kind of place it is ("Edo" for "Edo State"; ``place_suffixes`` in
    ``verify/data/names.toml``).

    >>> mentions("unemployment in edo nigeria", "Edo State", loosely=True), mentions("edo", "Edo Group", loosely=True)
    (True, False)

    A first word that many names share is no mention ("South" of "South Korea" in a text about South Africa):

    >>> mentions("the south african economy", "South Korea", loosely=True)
    False
    """
    key = subject_key(name)
    if not key:
        return False
    if f" {key} " in f" {text_key} ":
        return True
    if not loosely:
        return False
    head, _, last = key.rpartition(" ")
    first = key.split()[0]
    return (len(first) > 3 and first not in _generic_first_words() and f" {first} " in f" {text_key} ") or (
        len(head) > 2 and last in _place_suffixes() and f" {head} " in f" {text_key} ")


@lru_cache(maxsize=1)
def _generic_first_words() -> frozenset[str]:
    from verify.lexicon import words

    return words("names", "generic_first_words")


@lru_cache(maxsize=1)
def _place_suffixes() -> frozenset[str]:
    from verify.lexicon import words

    return words("names", "place_suffixes")


def same_name(a: str, b: str) -> bool:
    """One name is the other, a part of it, or its initials ("AP", "Associated Press")."""
    x, y = subject_key(a), subject_key(b)
    if not x or not y:
        return False
    if f" {x} " in f" {y} " or f" {y} " in f" {x} ":
        return True
    initials = lambda key: "".join(word[0] for word in key.split())  # noqa: E731
    return x.replace(" ", "") in (initials(y), y.replace(" ", "")) or y.replace(" ", "") == initials(x)


@lru_cache(maxsize=1)
def _demonym_places() -> dict[str, str]:
    """Each demonym (lower case) and the place it names (``demonym_places`` in ``verify/data/qualifiers.toml``)."""
    from verify.lexicon import table

    return {demonym.lower(): place for demonym, place in table("qualifiers")["demonym_places"].items()}


@lru_cache(maxsize=1)
def demonym_links() -> dict[str, frozenset[str]]:
    """Each demonym's place words, and each place word's demonyms, in lower case: the words a source
    may use instead.

    >>> demonym_links()["chinese"], "chinese" in demonym_links()["china"]
    (frozenset({'china'}), True)
    """
    links: dict[str, set[str]] = {}
    for demonym, place in _demonym_places().items():
        links.setdefault(demonym, set()).update(place.split())
        for word in place.split():
            links.setdefault(word, set()).add(demonym)
    return {word: frozenset(linked) for word, linked in links.items()}


def names_meet(a: str, b: str) -> bool:
    """Are two names one, or a demonym and its whole place ("Chilean" and "Chile", not "American"
    and "United Airlines")? See :func:`same_name`."""
    if same_name(a, b):
        return True
    places = _demonym_places()
    x, y = subject_key(a), subject_key(b)
    return places.get(x) == y or places.get(y) == x

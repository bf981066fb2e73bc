"""Names a sentence adds to the source sentence it restates: the sentence aligns closely with a
passage of a source the article draws on, but names someone or somewhere that source never
mentions at all (nor the place of a demonym: "Chinese" is seen in a source about China), in the
words the two share ("opened its terminal to Danish operators" against "opened its terminal
to all operators"), for ``evidence.name-unsupported``.

What is not such a name: one the sentence merely opens with (a capital by position), a label
with a digit ("Q2"), an abbreviation the source spells out ("YoY" for "year over year", "EPS"
for "earnings per share"), and a name beside none of the passage's words (an attribution the
article adds from elsewhere: "…, Mayor Ana Ruiz said").

>>> from verify.evidence.spans import NAME, Span
>>> sentence = Sentence("Velmar opened its terminal to Danish operators.", [Span(NAME, 0, 6, "Velmar"),
...     Span(NAME, 30, 36, "Danish")])
>>> passage = Sentence("Velmar has opened its terminal to all operators, the council said.", [])
>>> key = "velmar has opened its terminal to all operators"
>>> [span.text for span in added_names(sentence, passage, key, lambda words: set(words) - set(key.split()),
...                                    lambda name: False)]
['Danish']
"""

from __future__ import annotations

import re
from collections.abc import Callable

from verify.evidence.alignment import Sentence
from verify.evidence.keys import subject_key
from verify.evidence.passages import stopwords
from verify.evidence.spans import NAME, Span

_DIGIT = re.compile(r"\d")
_NEIGHBOURS = 2  # content words each side of a name, in its clause, that tie it to the passage
_ABBREVIATION = 6  # letters an abbreviation spelt out in the source may have at most


def added_names(sentence: Sentence, passage: Sentence, source_key: str,
                unseen: Callable[[set[str]], set[str]], speaks: Callable[[str], bool]) -> list[Span]:
    """The names of ``sentence`` whose words the source (its text as :func:`words_key` makes it)
    never uses (``unseen`` gives those of some words, demonyms seen through their places), standing
    beside words of the aligned ``passage``; ``speaks`` tells a quote's speaker (the quote checks'
    to judge)."""
    found = []
    opening = sentence.tokens[0][1] if sentence.tokens else 0
    for span in sentence.spans:
        if span.type != NAME or _DIGIT.search(span.text) or speaks(span.text):
            continue
        words = set(subject_key(span.text).split()) - stopwords()
        if not words or len(subject_key(span.text).replace(" ", "")) < 2:
            continue
        if span.start == opening and len(words) == 1:
            continue  # "Additionally, …", "Company's revenue …": a capital by position
        if unseen(words) != words or spelt_out(span.text, source_key):
            continue
        if _beside_passage(sentence, span, passage):
            found.append(span)
    return found


def spelt_out(name: str, source_key: str) -> bool:
    """Is the name an abbreviation (two capitals or more) whose letters begin consecutive words of
    the source ("YoY": "year over year"; "EPS": "earnings per share")?

    >>> spelt_out("YoY", "revenue grew 9 year over year"), spelt_out("PBMS", "plant based milk alternatives")
    (True, False)
    """
    letters = [c.lower() for c in name if c.isalpha()]
    if not 2 <= len(letters) <= _ABBREVIATION or sum(c.isupper() for c in name) < 2:
        return False
    phrase = r"\s+".join(f"{re.escape(letter)}[a-z0-9]*" for letter in letters)
    return re.search(rf"(?:^|\s){phrase}(?:\s|$)", source_key) is not None


def _beside_passage(sentence: Sentence, span: Span, passage: Sentence) -> bool:
    """Does a content word next to the name, in its clause, stand in the passage too ("Danish
    operators" beside "all operators")?"""
    clause = next((t[3] for t in sentence.tokens if t[1] >= span.start), None)
    before = [t for t in sentence.tokens if t[2] <= span.start and t[3] == clause][::-1]
    after = [t for t in sentence.tokens if t[1] >= span.end and t[3] == clause]
    for side in (before, after):
        near = [t[0] for t in side if not t[0].startswith("<") and t[0] not in stopwords()][:_NEIGHBOURS]
        if any(word in passage.words for word in near):
            return True
    return False

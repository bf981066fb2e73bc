"""A claim sentence that says the opposite of its aligned source sentence: an antonym swapped in,
or a negation added or removed, on the same predicate.

Every word of an antonym pair (``verify/data/reversals.toml``: "rose"/"fell", "won"/"lost",
"approved"/"rejected", inflections written out) and every negated predicate (the first content
word after "not", "never", "no", "didn't" in its clause, past "yet", "been" and the like) becomes
a word span with a key (its pair, or its crude lemma) and a polarity (+1, or -1 for the pair's
other side; turned by a negation). Word spans are then aligned like figures
(:func:`verify.evidence.alignment.counterparts`): with the aligned passage's span of the same key
whose neighbours match best, each pairing mutual. A word whose counterpart has the other polarity,
and that no aligned passage states with its own polarity, is reversed.

So "did not rise" against "fell" is silent (both -1), and so is "rises" against "rose" (one
family); "the board rejected the merger" against "the board approved the merger" is reversed, and
so is "did not approve" against "approved" (the negated verb and its neighbours are in the source
without the negation). A negation elsewhere in the sentence (in a quoted clause aligned with other
words) negates another predicate, whose neighbours do not match.

>>> from verify.evidence.alignment import Aligned, Gate
>>> claim = Sentence("The board did not approve the merger on Monday.", [])
>>> source = Aligned(Sentence("The board approved the merger on Monday.", []), 0.9, None)
>>> [(r.claimed.text, r.stated.text, r.kind) for r in reversals(claim, [source], Gate(0.7, 2, 0.4))]
[('not approve', 'approved', 'negation')]
>>> reversals(Sentence("Sales did not rise in May.", []), [Aligned(Sentence("Sales fell in May.", []), 0.8, None)],
...           Gate(0.7, 1, 0.4))
[]
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import NamedTuple

from verify.evidence.alignment import Aligned, Counterpart, Gate, Sentence, counterparts
from verify.evidence.passages import stopwords
from verify.evidence.spans import WORD, Span
from verify.lexicon import table

_REACH = 4  # tokens after a negation that may hold what it negates ("has not yet been approved")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s")
_SCOPE = 3  # tokens after a negation that it negates as well ("did not approve the merger")


@dataclass(frozen=True)
class _Lexicon:
    pairs: dict[str, tuple[tuple[str, int], ...]]  # word → (pair key, side) for each pair it belongs to
    negators: frozenset[str]
    before_to: frozenset[str]  # verbs that negate the verb after their "to": "failed to approve"
    skipped: frozenset[str]
    not_negating: frozenset[str]
    determiners: frozenset[str]
    irregular: dict[str, str]  # an irregular verb form → its base
    prefixes: tuple[tuple[str, int], ...]  # a negating prefix and the letters its base must have
    compound_letters: tuple[int, int]  # letters a compound's lead and its pair-word head must have
    past: frozenset[str]  # auxiliaries of a state the source gives as past ("were banned")
    under_way: frozenset[str]  # auxiliaries of a change the claim gives as under way ("is allowing")


@cache
def _lexicon() -> _Lexicon:
    data = table("reversals")
    pairs: dict[str, list[tuple[str, int]]] = {}
    for number, entry in enumerate(data["antonyms"]):
        for side, family in ((1, entry["one"]), (-1, entry["other"])):
            for word in family:
                pairs.setdefault(word, []).append((f"pair:{number}", side))
    negation = data["negation"]
    prefixes = data["prefixes"]
    return _Lexicon({w: tuple(keys) for w, keys in pairs.items()}, frozenset(negation["words"]),
                    frozenset(negation["before_to"]),
                    frozenset(negation["skipped"]), frozenset(negation["not_negating"]),
                    frozenset(negation["determiners"]), dict(data["irregular"]),
                    tuple((p, int(prefixes["long_base"])) for p in prefixes["long"])
                    + tuple((p, int(prefixes["short_base"])) for p in prefixes["short"]),
                    (int(data["compounds"]["lead_letters"]), int(data["compounds"]["head_letters"])),
                    frozenset(data["tense"]["past"]), frozenset(data["tense"]["under_way"]))


@lru_cache(maxsize=65536)
def pairs_of(lower: str) -> tuple[tuple[str, int], ...]:
    """The pairs a word (in lower case) belongs to, or those of the pair word that ends it as a
    closed compound ("schoolgirls": "girls").

    >>> pairs_of("schoolgirls") == pairs_of("girls") != (), pairs_of("woman") == pairs_of("women"), pairs_of("income")
    (True, True, ())
    """
    lexicon = _lexicon()
    found = lexicon.pairs.get(lower)
    if found is not None:
        return found
    lead, head = lexicon.compound_letters
    for cut in range(lead, len(lower) - head + 1):
        if lower[cut:] in lexicon.pairs:
            return lexicon.pairs[lower[cut:]]
    return ()


def prefixed_pairs(ours: set[str], theirs: set[str]) -> dict[str, tuple[str, int]]:
    """Words of either side that the other side has with a negating prefix, or without one, each
    with its pair key and side (-1 for the prefixed word): "uncrewed" against "crewed".

    >>> sorted(prefixed_pairs({"uncrewed", "drones"}, {"crewed", "drones"}).items())
    [('crewed', ('prefix:crewed', 1)), ('uncrewed', ('prefix:crewed', -1))]
    >>> prefixed_pairs({"income"}, {"come"}), prefixed_pairs({"impossible"}, {"possible"})["impossible"]
    ({}, ('prefix:possible', -1))
    """
    found: dict[str, tuple[str, int]] = {}
    for words, others in ((ours, theirs), (theirs, ours)):
        for word, base in _prefixed(tuple(words)):
            if base in others:
                found[word], found[base] = (f"prefix:{base}", -1), (f"prefix:{base}", 1)
    return found


@lru_cache(maxsize=4096)
def _prefixed(words: tuple[str, ...]) -> list[tuple[str, str]]:
    """Each word that starts with a negating prefix and keeps enough letters after it, with that
    base, prefix by prefix (a sentence's words are looked up once per passage aligned with it).

    >>> _prefixed(("unkind", "inexact", "untrue", "income"))
    [('unkind', 'kind'), ('untrue', 'true'), ('inexact', 'exact')]
    """
    prefixes = _lexicon().prefixes
    starting = [word for word in words if word.startswith(tuple(prefix for prefix, _ in prefixes))]
    return [(word, word[len(prefix):]) for prefix, letters in prefixes for word in starting
            if word.startswith(prefix) and len(word) - len(prefix) >= letters]


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The alignment stem without a final "e", so a verb meets its inflections ("approve",
    "approved" and "approving" → "approv"); an irregular form is its base's ("found" → "find").

    >>> lemma("approve"), lemma("Approved"), lemma("approving"), lemma("found") == lemma("find")
    ('approv', 'approv', 'approv', True)
    """
    from verify.evidence.alignment import stem

    return stem(_lexicon().irregular.get(word.lower(), word)).removesuffix("e")


def is_negator(word: str) -> bool:
    """Does the word negate what follows it?

    >>> is_negator("not"), is_negator("didn't"), is_negator("Isn’t"), is_negator("note")
    (True, True, True, False)
    """
    word = word.lower().replace("’", "'")
    return word in _lexicon().negators or word.endswith("n't")


class _Word(NamedTuple):
    """A word of a sentence that may be reversed: offsets, text, pairs, lemma, and the negation before it
    (a named tuple: a sentence makes one per word)."""

    start: int
    end: int
    text: str
    pairs: tuple[tuple[str, int], ...]
    lemma: str
    negation: tuple[int, int] | None  # the negation that negates it
    predicate: bool  # the word a negation is about (the first content word after it)

    @property
    def sign(self) -> int:
        return -1 if self.negation is not None else 1

    @property
    def phrase_start(self) -> int:
        return min(self.start, self.negation[0]) if self.negation else self.start

    @property
    def phrase_end(self) -> int:
        return max(self.end, self.negation[1]) if self.negation else self.end

    def phrase(self, sentence: Sentence) -> str:
        """The word as the sentence says it, with its negation ("not approve", "found no")."""
        return sentence.text[self.phrase_start:self.phrase_end]


def _lowered(sentence: Sentence) -> list[str]:
    """Each token as written, in lower case (a figure's whole text), made once per sentence."""
    if "reversal_lowered" not in sentence.derived:
        text = sentence.text
        sentence.derived["reversal_lowered"] = [text[start:end].lower() for _, start, end, _ in sentence.tokens]
    return sentence.derived["reversal_lowered"]


@lru_cache(maxsize=65536)
def _negating(lower: str) -> bool:
    """Is the word (in lower case) a negation (:func:`is_negator`), or a verb that negates the one
    after its "to" ("failed to approve")? The caller checks the "to"."""
    return is_negator(lower) or lower in _lexicon().before_to


def _negations(sentence: Sentence) -> list[int]:
    """The indices of the tokens that negate what follows them (``not``; ``failed`` before ``to``)."""
    lowered = _lowered(sentence)
    return [index for index, lower in enumerate(lowered) if _negating(lower) and (
        is_negator(lower) or (index + 1 < len(lowered) and lowered[index + 1] == "to"))]


def _negated(sentence: Sentence) -> tuple[set[int], dict[int, tuple[int, int]]]:
    """Where each negated predicate starts; and where each negated word starts → where its negation
    starts and ends.

    A negation negates its predicate (the first content word after it in its clause, past "yet",
    "been" and the like) and the next few words of its clause that are no antonym's ("did not
    rise after" is not "rose before"); "no", "nothing" and the like also
    the word before them, so "have found no trace" and "have not found any trace" are both
    negated at "found" and at "trace".

    >>> sentence = Sentence("It has not yet been approved, and nothing but praise followed.", [])
    >>> predicates, negated = _negated(sentence)
    >>> [sentence.text[k:k + 8] for k in predicates], sorted(sentence.text[k:k + 4] for k in negated)
    (['approved'], ['appr', 'been', 'yet '])
    >>> sentence = Sentence("The council failed to approve it.", [])
    >>> [sentence.text[k:k + 7] for k in _negated(sentence)[0]]
    ['approve']
    >>> sentence = Sentence("They have found no trace of mould.", [])
    >>> predicates, negated = _negated(sentence)
    >>> [sentence.text[k:k + 8] for k in predicates], sorted(sentence.text[k:k + 4] for k in negated)
    (['trace of'], ['foun', 'moul', 'of m', 'trac'])
    """
    lexicon, tokens, text = _lexicon(), sentence.tokens, sentence.text
    predicates: set[int] = set()
    found: dict[int, tuple[int, int]] = {}
    for index in _negations(sentence):
        _, start, end, clause = tokens[index]
        lower = _lowered(sentence)[index]
        stop = _SENTENCE_END.search(text, end)  # a passage may hold two sentences: "haven't. Moving on"
        following = [t for t in tokens[index + 1:index + 1 + _REACH]
                     if t[3] == clause and (stop is None or t[1] < stop.start())]
        if following and text[following[0][1]:following[0][2]].lower() in lexicon.not_negating:
            continue  # "not only", "no more than 20", "nothing but"
        for word, at, until, _ in following:
            word_text = text[at:until].lower()
            if word.startswith("<") or is_negator(word_text):
                break  # a figure or another negation: "not 5%", "neither … nor"
            if word_text in lexicon.skipped or (word_text in stopwords() and word_text not in lexicon.pairs):
                continue
            found.setdefault(at, (start, end))
            predicates.add(at)
            break
        for word, at, until, _ in following[:_SCOPE]:  # not an antonym's word: "did not rise after" is about rising
            if word.startswith("<"):
                break
            if text[at:until].lower() not in lexicon.pairs:
                found.setdefault(at, (start, end))
        if lower in lexicon.determiners and index and tokens[index - 1][3] == clause and not (
                _SENTENCE_END.search(text, tokens[index - 1][2], start)):  # "… came back. 'No one …'"
            word, at, until, _ = tokens[index - 1]
            if not word.startswith("<") and text[at:until].lower() not in stopwords():
                found.setdefault(at, (start, end))  # "found no trace"
    return predicates, found


def _words(sentence: Sentence) -> list[_Word]:
    """The sentence's words (not those inside a figure) with their pairs, lemmas and negations. A
    capitalised word inside the sentence belongs to a name and has no pair ("New Zealand", "Old Trafford").

    >>> [w.text for w in _words(Sentence("New rules for the New Forest start soon.", [])) if w.pairs]
    ['New', 'start']
    """
    if "reversal_words" in sentence.derived:
        return sentence.derived["reversal_words"]
    text = sentence.text
    predicates, negated = _negated(sentence)
    first = sentence.tokens[0][1] if sentence.tokens else 0
    found = []
    for (word, start, end, _), lower in zip(sentence.tokens, _lowered(sentence), strict=True):
        if not word.startswith("<"):
            written = text[start:end]
            found.append(_Word(start, end, written, pairs_of(lower) if start == first or written[0].islower()
                               else (), lemma(written), negated.get(start), start in predicates))
    sentence.derived["reversal_words"] = found
    return found


def _spans(words: list[_Word], lemmas: set[str], prefixed: dict[str, tuple[str, int]],
           keys: set[str] | None) -> list[Span]:
    """Word spans, one per key: each pair of a word, its prefixed pair (``prefixed``), and its
    lemma if that lemma is negated on either side (``lemmas``); only ``keys`` if given (the other
    side's)."""
    spans = []
    for word in words:
        wanted = list(word.pairs) + ([(f"lemma:{word.lemma}", 1)] if word.lemma in lemmas else []) + (
            [prefixed[word.text.lower()]] if word.text.lower() in prefixed else [])
        for key, side in wanted:
            if keys is None or key in keys:
                spans.append(Span(WORD, word.start, word.end, word.text,
                                  {"key": key, "polarity": side * word.sign, "side": side}))
    return spans


@dataclass(frozen=True)
class Reversal:
    """A word of the claim sentence (with its negation) and its counterpart in an aligned passage,
    of the other polarity: ``kind`` "antonym" (the pair's other side) or "negation"."""

    claimed: Span
    stated: Span
    counterpart: Counterpart
    kind: str


def reversals(sentence: Sentence, aligned: list[Aligned], gate: Gate) -> list[Reversal]:
    """The words of ``sentence`` that the passages aligned with it state with the other polarity
    (at most one per word: the best counterpart), none where any aligned passage states it alike.

    A word is paired only by its neighbours (``gate.context``), never for being the only word of
    its kind in two alike sentences. A question (either side) states nothing to reverse: "How many
    deaths were attributed to the virus?" is no source for "deaths not attributed to the virus".
    """
    gate = replace(gate, unique=math.inf)
    ours = _words(sentence)
    if not ours or _asks(sentence):
        return []
    by_position: dict[int, list[tuple[Span, Counterpart, dict[int, _Word]]]] = {}
    lower = {w.text for w in ours if w.text.islower()}  # not names ("Unilever")
    claims: dict[tuple[tuple[int, str, int, int], ...], Sentence] = {}  # by its word spans, for each passage alike
    for candidate in aligned:
        if _asks(candidate.passage):
            continue
        theirs = _words(candidate.passage)
        at = {w.start: w for w in theirs}
        lemmas = {w.lemma for w in (*ours, *theirs) if w.predicate}
        prefixed = prefixed_pairs(lower, {w.text for w in theirs if w.text.islower()})
        claim_spans = _spans(ours, lemmas, prefixed, None)
        if not claim_spans:
            continue
        passage_spans = _spans(theirs, lemmas, prefixed, {s.value["key"] for s in claim_spans if s.value})
        if not passage_spans:
            continue
        key = tuple(_keyed(s) for s in claim_spans)
        if key not in claims:
            claims[key] = sentence.with_words(claim_spans)
        claim = claims[key]
        claim_spans = claim.spans[len(sentence.spans):]  # the kept one's: alignment tells spans by identity
        passage = Aligned(candidate.passage.with_words(passage_spans), candidate.similarity, candidate.row)
        for span in claim_spans:
            for found in counterparts(claim, span, [passage], gate):
                by_position.setdefault(span.start, []).append((span, found, at))
    mine = {w.start: w for w in ours}
    found_reversals = []
    for start, pairs in sorted(by_position.items()):
        if any(_polarity(span) == _polarity(found.span) for span, found, _ in pairs):
            continue  # some aligned passage says it alike
        span, best, words = max(pairs, key=lambda pair: pair[1].score)
        word, theirs = mine[start], words[best.span.start]
        kind = "antonym" if _side(span) != _side(best.span) else "negation"
        if kind == "negation" and _shares(sentence, span) != _shares(best.aligned.passage, best.span):
            continue  # "two thirds of the deaths were attributed to it": the rest were not
        if _changing(sentence, word, best.aligned.passage, theirs):
            continue
        claimed = replace(span, start=word.phrase_start, end=word.phrase_end, text=word.phrase(sentence))
        stated = replace(best.span, start=theirs.phrase_start, end=theirs.phrase_end,
                         text=theirs.phrase(best.aligned.passage))
        found_reversals.append(Reversal(claimed, stated, best, kind))
    return found_reversals


def _changing(sentence: Sentence, word: _Word, passage: Sentence, theirs: _Word) -> bool:
    """Does the sentence tell as under way ("is allowing") what the passage gives as a past state
    ("were banned")? The state may have changed since.

    >>> claim = Sentence("Oman is allowing the airlines in.", [])
    >>> _changing(claim, _words(claim)[2], Sentence("The airlines were banned.", []),
    ...           _words(Sentence("The airlines were banned.", []))[3])
    True
    >>> claim = Sentence("The airlines are not allowed in.", [])
    >>> _changing(claim, _words(claim)[4], Sentence("The airlines were banned.", []),
    ...           _words(Sentence("The airlines were banned.", []))[3])
    False
    """
    lexicon = _lexicon()
    return word.text.lower().endswith("ing") and _before(sentence, word.phrase_start) in lexicon.under_way \
        and _before(passage, theirs.phrase_start) in lexicon.past


def _before(sentence: Sentence, start: int) -> str:
    """The word just before an offset, in lower case ("" at the sentence's start)."""
    previous = [token for token in sentence.tokens if token[2] <= start]
    return sentence.text[previous[-1][1]:previous[-1][2]].lower() if previous else ""


def _shares(sentence: Sentence, span: Span) -> frozenset[float]:
    """The percentages and fractions in the word's clause: of a part, a negation says the rest.

    >>> sentence = Sentence("Sales rose; a third of the shops closed.", [Span("percent", 12, 19, "a third",
    ...                                                                         {"amount": 33.33})])
    >>> _shares(sentence, Span(WORD, 34, 40, "closed")), _shares(sentence, Span(WORD, 6, 10, "rose"))
    (frozenset({33.33}), frozenset())
    """
    clause = next((t[3] for t in sentence.tokens if t[1] <= span.start < t[2]), None)
    return frozenset(float((figure.value or {}).get("amount", 0)) for figure in sentence.spans
                     if figure.type == "percent" and any(t[3] == clause for t in sentence.tokens
                                                         if t[1] == figure.start))


def _keyed(span: Span) -> tuple[int, str, int, int]:
    value = span.value or {}
    return span.start, value["key"], value["polarity"], value["side"]


def _asks(sentence: Sentence) -> bool:
    return sentence.text.rstrip().rstrip("\"'”’)").endswith("?")


def _polarity(span: Span) -> int:
    return int((span.value or {})["polarity"])


def _side(span: Span) -> int:
    return int((span.value or {})["side"])


"""Aligning a sentence with stored passages, and each figure, date or name in it with its counterpart.

Two steps, both on plain words:

1. **Sentences**: a passage is aligned with a sentence when rapidfuzz's token-set ratio of the two
   without their figures (lower case, punctuation ignored) reaches the rule file's threshold and
   they share enough content words (a short sentence is a subset of many); or, failing that, when
   the ten words each side of a figure do (a summary's sentence often joins two of its source's), or
   the words of the figure's own conjunct ("… and forecast bakery revenue of $9bn in 2024"), a date it
   shares with the passage counting as a shared word.
2. **Counterparts**: within the aligned passages, a span's counterpart is the span of a comparable
   type (money with money, a count with a count of the same unit, a date with a date, a name with
   a name) whose surrounding words match best. Surrounding words are weighted by their distance
   (the word beside a figure says more than one five words away), count less past a comma or on
   the other side of the figure, and are compared as a weighted Dice coefficient; other figures
   count as a placeholder of their type. Two spans whose clauses share no content word are never
   counterparts, and each pairing must be mutual: of two figures of one kind in a sentence, the
   counterpart goes to the one whose words match it best. So "revenue grew 8% to $2.1bn" against
   "revenue rose 8% to $2.3 billion" pairs the money amounts by "to" and "revenue", and the
   percentages with each other.

Why not rapidfuzz for step 2: it scores whole strings, and which figure a word sits beside is the
whole question here; a distance-weighted word overlap is a few lines. Why a crude stemmer of our
own: a stemming library (NLTK's Porter) would be a new dependency with a slow import on every
cold ``check --evidence``, for words that only need to meet their own inflections.

>>> from verify.evidence.spans import NAME, Span
>>> claim = Sentence("Revenue grew 8% to $2.1bn.", [Span("percent", 13, 15, "8%", {"amount": 8.0}),
...     Span("money", 19, 25, "$2.1bn", {"amount": 2.1e9, "currency": "USD"})])
>>> passage = Sentence("Revenue rose 8% to $2.3 billion, up from $2.1 billion.", [
...     Span("percent", 13, 15, "8%", {"amount": 8.0}),
...     Span("money", 19, 31, "$2.3 billion", {"amount": 2.3e9, "currency": "USD"}),
...     Span("money", 41, 53, "$2.1 billion", {"amount": 2.1e9, "currency": "USD"})])
>>> best = counterparts(claim, claim.spans[1], [Aligned(passage, 0.9, None)], Gate(0.6, 1, 0.0))[0]
>>> best.span.text
'$2.3 billion'
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import pairwise
from typing import Any

from verify.evidence.keys import subject_key
from verify.evidence.occasions import occasion_reach
from verify.evidence.passages import conjunctions, directions, persons, stopwords, totals
from verify.evidence.spans import NAME, WORD, Span
from verify.lexicon import words

_TOKEN = re.compile(r"[^\W_]+(?:['’.][^\W_]+)*")
_WINDOW = 6  # words each side of a span that say what it is
_HEAD_REACH = 8  # words back from a figure's "of" to the change noun it may belong to ("a decrease in … of 12%")
_ANSWER_LEAD = 2  # words an answer may open with before its figure ("It spent 29 years", "About 1,200")
_LOCAL = 10  # words each side of a span that may restate a source sentence on their own
_FUNCTION_WEIGHT = 0.25  # "to", "of", "from" say which figure is which, but less than a noun does
_OTHER_CLAUSE = 0.25  # a word past a comma says less about a figure than one in its own clause
_OTHER_SIDE = 0.5  # "revenue of $2bn" and "$2bn in revenue" say the same, but order usually matters
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]—–]| - ")
_SUFFIXES = ("ings", "ing", "ed", "es", "s")
_TIME_UNITS = frozenset({"day", "week", "month", "year"})  # the units durations are read in (verify.extract.durations)
_LEAD_LENGTH = 120  # characters before a colon that may say who speaks ("Ana Ruiz, the mayor, said:")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem for comparing surrounding words ("earnings", "earned" → "earn").

    >>> stem("Earnings"), stem("earned"), stem("this")
    ('earn', 'earn', 'this')
    """
    word = word.lower().replace("’", "'").removesuffix("'s")
    if word in stopwords():  # "this", "does": function words stay as they are
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)].rstrip("'")
    return word


@dataclass(frozen=True)
class Context:
    """The words around a span with their weights, its anchors (the content words of its own clause),
    the side of the span each word is on (-1 before, 1 after; a unit is on neither), and what a count
    counts (its unit, lower case)."""

    weights: dict[str, float]
    anchors: frozenset[str]
    sides: dict[str, int] = field(default_factory=dict)
    unit: str = ""


@dataclass(frozen=True)
class Words:
    """Some text without its figures, and its content words (stems)."""

    wording: str
    words: frozenset[str]


@dataclass
class Sentence:
    """A sentence (an article's or a stored passage) with its spans."""

    text: str
    spans: list[Span]
    _contexts: dict[int, Context] = field(default_factory=dict, repr=False)
    _locals: dict[int, Words] = field(default_factory=dict, repr=False)
    _conjuncts: dict[int, Words | None] = field(default_factory=dict, repr=False)
    derived: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)  # what other modules
    # read off the sentence once per matcher (its words for reversals), by their own keys

    @cached_property
    def _scan(self) -> tuple[list[tuple[str, int, int, int]], frozenset[str]]:
        """One pass over the words: the tokens (see :attr:`tokens`) and the content words (see :attr:`words`)."""
        tokens: list[tuple[str, int, int, int]] = []
        content: list[str] = []
        text, figures = self.text, sorted((s for s in self.spans if s.type not in (NAME, WORD)), key=_start)
        breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text)  # not the comma of "1,200 workers"
                  if not any(f.start <= m.start() < f.end for f in figures)]
        index, clause, count, last_break = 0, 0, len(figures), len(breaks)
        for match in _TOKEN.finditer(text):
            at, word = match.start(), match.group()
            while clause < last_break and breaks[clause] < at:
                clause += 1  # breaks before this word
            while index < count and figures[index].end <= at:
                index += 1
            stemmed = stem(word)
            if not word[0].isdigit():
                content.append(stemmed)
            if index < count and figures[index].start <= at:
                figure = figures[index]
                if not tokens or tokens[-1][1] != figure.start or tokens[-1][2] != figure.end:
                    tokens.append((f"<{figure.type}>", figure.start, figure.end, clause))
            else:
                tokens.append((stemmed, at, match.end(), clause))
        return tokens, frozenset(content) - stopwords()

    @cached_property
    def _tokens(self) -> list[tuple[str, int, int, int]]:
        """Words as stems with offsets and clause numbers; each figure is one placeholder token."""
        return self._scan[0]

    @property
    def tokens(self) -> list[tuple[str, int, int, int]]:
        """Its words in order as (stem, start, end, clause number); a figure is one ``<type>`` token.

        >>> [t[0] for t in Sentence("Sales fell, then rose.", []).tokens]
        ['sal', 'fell', 'then', 'rose']
        >>> [t[3] for t in Sentence("Sales fell, then rose.", []).tokens]
        [0, 0, 1, 1]
        """
        return self._tokens

    def with_words(self, words: list[Span]) -> Sentence:
        """The sentence with word spans added, each one of its words (as :mod:`verify.evidence.reversal`
        makes them), its tokens read off this sentence's own: a word span stays a word in the tokens,
        unlike a figure, so it is a neighbour in the others' contexts ("a sharp increase in profit"
        has "profit" beside "increase", though "profit" is a word of a pair too).

        >>> sentence = Sentence("Sales fell, then rose.", [])
        >>> words = [Span(WORD, 6, 10, "fell", {"key": "pair:0"})]
        >>> [t[0] for t in sentence.with_words(words).tokens]
        ['sal', 'fell', 'then', 'rose']
        """
        sentence = Sentence(self.text, [*self.spans, *words])
        sentence.__dict__["_scan"] = self._scan
        return sentence

    @cached_property
    def _starts(self) -> list[int]:
        return [t[1] for t in self._tokens]

    def _before(self, span: Span, count: int) -> list[tuple[str, int, int, int]]:
        """Up to ``count`` tokens that end before the span, nearest first (found by bisection)."""
        tokens = self._tokens
        at = bisect_left(self._starts, span.start)
        while at > 0 and tokens[at - 1][2] > span.start:
            at -= 1
        return tokens[max(0, at - count):at][::-1]

    def word_after(self, span: Span) -> str:
        """The word (or figure) written just after the span, as written; "" at the end.

        >>> Sentence("Ofreg reported it.", []).word_after(Span(NAME, 0, 5, "Ofreg"))
        'reported'
        """
        after = self._after(span, 1)
        return self.text[after[0][1]:after[0][2]] if after else ""

    def _after(self, span: Span, count: int) -> list[tuple[str, int, int, int]]:
        """Up to ``count`` tokens that start after the span, nearest first."""
        at = bisect_left(self._starts, span.end)
        return self._tokens[at:at + count]

    @cached_property
    def wording(self) -> str:
        """The sentence with its figures left out."""
        pieces, at = [], 0
        for span in sorted((s for s in self.spans if s.type != NAME), key=lambda s: s.start):
            if span.start >= at:
                pieces.append(self.text[at:span.start])
                at = span.end
        return " ".join([*pieces, self.text[at:]])

    @cached_property
    def reported(self) -> int:
        """Where what the sentence reports begins: after a lead that says who says it and ends with a
        colon ("Ana Ruiz said: …"), else at 0.

        >>> Sentence("Ana Ruiz, the mayor, said: Ova has 3 parks.", []).reported
        26
        >>> Sentence("Note: Ova has 3 parks.", []).reported
        0
        """
        lead, colon, _ = self.text.partition(":")
        last = lead.split()[-1].lower() if lead.split() else ""
        return len(lead) + 1 if colon and len(lead) <= _LEAD_LENGTH and last in words("quotes", "speech") else 0

    @cached_property
    def stemmed(self) -> str:
        """Its words as stems without a final "e", figures and a lead saying who says it ("Ana Ruiz
        said:") left out: what sentence similarity compares, so "collapse killed" meets "collapsed, killing"."""
        return " ".join(t[0].removesuffix("e") for t in self._tokens
                        if not t[0].startswith("<") and t[1] >= self.reported)

    @cached_property
    def words(self) -> frozenset[str]:
        """Its content words (stems, names' and units' words too; no numbers), for the overlap of two sentences."""
        return self._scan[1]

    def local(self, span: Span) -> Words:
        """The words around a span (its window each side, figures left out), made once."""
        if span.start not in self._locals:
            window = self._before(span, _LOCAL)[::-1] + self._after(span, _LOCAL)
            kept = [t for t in window if not t[0].startswith("<")]
            self._locals[span.start] = Words(" ".join(self.text[t[1]:t[2]] for t in kept), frozenset(
                t[0] for t in kept if not t[0][0].isdigit() and t[0] not in stopwords()))
        return self._locals[span.start]

    def conjunct(self, span: Span) -> Words | None:
        """The words of the span's own conjunct, when a conjunction within its window joins it to what
        comes before ("… reported a fall in meal sales and forecast bakery revenue of $9bn in 2024":
        "forecast bakery revenue of in"), figures left out, its dates as their values; else None."""
        if span.start in self._conjuncts:
            return self._conjuncts[span.start]
        clause = self._clause_of(span)
        before = self._before(span, _LOCAL)
        joined = next((i for i, t in enumerate(before) if t[0] in conjunctions() and t[3] == clause), None)
        found = None
        if joined is not None:
            window = before[:joined][::-1] + [t for t in self._after(span, _LOCAL) if t[3] == clause]
            kept = [t for t in window if not t[0].startswith("<")]
            dates = frozenset(_date_key(s) for s in self.spans if s.type == "date" and s is not span
                              and any(t[1] == s.start for t in window) and _date_key(s))
            found = Words(" ".join(self.text[t[1]:t[2]] for t in kept), frozenset(
                t[0] for t in kept if not t[0][0].isdigit() and t[0] not in stopwords()) | dates)
        self._conjuncts[span.start] = found
        return found

    @cached_property
    def date_keys(self) -> frozenset[str]:
        """Its resolved dates, as words that two sentences stating one date share."""
        return frozenset(key for s in self.spans if s.type == "date" for key in [_date_key(s)] if key)

    def capitalised_near(self, span: Span) -> list[frozenset[str]]:
        """Runs of capitalised words in the span's own clause and window ("eBay" is one), each as its
        words in lower case (who or what the span is about: "Edo State", "Corvel")."""
        clause = self._clause_of(span)
        window = [*self._before(span, _WINDOW)[::-1], None, *self._after(span, _WINDOW)]
        runs: list[frozenset[str]] = []
        run: list[str] = []
        for token in [*window, None]:
            word = self.text[token[1]:token[2]] if token else ""
            if token and token[3] == clause and _capitalised(word) and not token[0].startswith("<") \
                    and word.lower() not in stopwords():
                run.extend(subject_key(word).split())  # "India’s" is India
                continue
            if run:
                runs.append(frozenset(run))
            run = []
        return runs

    def direction(self, span: Span) -> tuple[int, str]:
        """The direction a word beside a figure gives it, in its own clause (three words before, two
        after): (1, "up") for "up 40.6%", (-1, "fell") for "fell 8% to", (0, "") for none.

        >>> from verify.evidence.spans import Span
        >>> sentence = Sentence("Sales fell 8% to $2bn, up from a year ago.", [Span("percent", 11, 13, "8%", {}),
        ...     Span("money", 17, 21, "$2bn", {"amount": 2e9, "currency": "USD"})])
        >>> sentence.direction(sentence.spans[0]), sentence.direction(sentence.spans[1])
        ((-1, 'fell'), (0, ''))

        A change noun heading the figure's "of" phrase gives it too: "a decrease in imports from
        Norway of 12%".

        >>> sentence = Sentence("There was a decrease in imports from Norway of 12%.",
        ...                     [Span("percent", 47, 50, "12%", {})])
        >>> sentence.direction(sentence.spans[0])
        (-1, 'decrease')
        """
        if span.type not in ("money", "percent", "quantity"):
            return 0, ""
        clause = self._clause_of(span)
        sides = (self._before(span, 3), self._after(span, 2))
        for side in sides:  # a word before it first ("up 40.6%"), then after ("a 60% drop"); never past a figure
            for word, start, end, number in side:
                if word.startswith("<") or number != clause:
                    break
                sign = directions().get(self.text[start:end].lower(), 0)
                if sign:
                    return sign, self.text[start:end].lower()
        return self._headed_by_change(span, clause)

    def _headed_by_change(self, span: Span, clause: int) -> tuple[int, str]:
        """The direction of a change noun ("a decrease", "the rise") whose "of" phrase the figure is,
        within eight words of its clause."""
        before = self._before(span, _HEAD_REACH + 1)
        if not before or self.text[before[0][1]:before[0][2]].lower() != "of":
            return 0, ""
        for (word, start, end, number), previous in pairwise(before[1:]):
            if word.startswith("<") or number != clause:
                break
            sign = directions().get(self.text[start:end].lower(), 0)
            if sign and self.text[previous[1]:previous[2]].lower() in ("a", "an", "the"):
                return sign, self.text[start:end].lower()
        return 0, ""

    def _clause_of(self, span: Span) -> int:
        tokens = self._tokens
        at = bisect_left(self._starts, span.start)
        if at < len(tokens) and tokens[at][1] < span.end:
            return tokens[at][3]
        before = self._before(span, 1)
        return before[0][3] if before else 0

    def dating(self, span: Span) -> list[Span]:
        """The dates that say when the span held: those of its own clause, else those of earlier clauses
        stating no figure of their own ("In 2024, revenue rose to $5bn"). A date beside another
        figure dates that one ("$2.2bn, compared with $417m a year earlier": the year earlier is the
        $417m's, not the $2.2bn's), and one after the span's clause says when it was told ("…, the
        company said on April 2").

        >>> sentence = Sentence("Net profit was $2.2bn, against $417m a year earlier.", [
        ...     Span("money", 15, 21, "$2.2bn", {}), Span("money", 31, 36, "$417m", {}),
        ...     Span("date", 37, 51, "a year earlier", {})])
        >>> [d.text for d in sentence.dating(sentence.spans[0])], [d.text for d in sentence.dating(sentence.spans[1])]
        ([], ['a year earlier'])
        >>> sentence = Sentence("In 2024, revenue rose to $5bn, it said on May 2.", [Span("date", 3, 7, "2024", {}),
        ...     Span("money", 25, 29, "$5bn", {}), Span("date", 42, 47, "May 2", {})])
        >>> [d.text for d in sentence.dating(sentence.spans[1])]
        ['2024']
        """
        mine = self._clause_dates(span)
        if mine or span.type == "date":
            return mine
        own = self._clause_of(span)
        figured = {self._clause_of(other) for other in self.spans if other.type not in (NAME, WORD, "date")}
        return [other for other in self.spans if other.type == "date" and self._clause_of(other) < own
                and self._clause_of(other) not in figured]

    def _clause_dates(self, span: Span) -> list[Span]:
        """The dates of the span's own clause (not the span itself)."""
        own = self._clause_of(span)
        return [other for other in self.spans if other.type == "date" and other is not span
                and self._clause_of(other) == own]

    def predicate(self, span: Span) -> frozenset[str]:
        """The content words of the span's own clause, names and figures left out: what the sentence
        says about the figure ("49% of Ovans live in poverty": ``live``, ``poverty``).

        >>> sentence = Sentence("In Ova, 49% of adults live in poverty.", [Span(NAME, 3, 6, "Ova"),
        ...     Span("percent", 8, 11, "49%", {"amount": 49.0})])
        >>> sorted(sentence.predicate(sentence.spans[1]))
        ['adult', 'live', 'poverty']

        Nor is an occasion that dates it part of what it says ("at independence", see
        :mod:`verify.evidence.occasions`):

        >>> sentence = Sentence("Ova's urban population at independence was 7 million.",
        ...                     [Span("quantity", 43, 52, "7 million", {"amount": 7e6})])
        >>> sorted(sentence.predicate(sentence.spans[0]))
        ['ova', 'population', 'urban']
        """
        clause = self._clause_of(span)
        left_out = [(s.start, s.end) for s in self.spans if s.type == NAME]
        occasion = occasion_reach(self.text)  # "at the time of independence" says when, not what
        return frozenset(word for word, start, _, own in self._tokens
                         if own == clause and not word.startswith("<") and word not in stopwords()
                         and not any(a <= start < b for a, b in [*left_out, *([occasion] if occasion else [])]))

    def asked(self, span: Span) -> frozenset[str]:
        """The content words of the question a span answers, in a passage written "question? answer"
        whose answer opens with the span (at most two words before it); empty for any other span.

        >>> sentence = Sentence("How many Ovans live in poverty? About 1,200.", [
        ...     Span("quantity", 32, 43, "About 1,200", {"amount": 1200})])
        >>> sorted(sentence.asked(sentence.spans[0]))
        ['live', 'many', 'ovan', 'poverty']
        """
        mark = self.text.rfind("?", 0, span.start)
        if mark < 0 or len(_TOKEN.findall(self.text[mark:span.start])) > _ANSWER_LEAD:
            return frozenset()
        opening = max(self.text.rfind(stop, 0, mark) for stop in ("?", ". "))
        return frozenset(word for word, start, _, _ in self._tokens if opening < start < mark
                         and not word.startswith("<") and word not in stopwords())

    def context(self, span: Span) -> Context:
        """The words around a span, weighted by their distance from it; words of another clause
        (past a comma, a semicolon, a dash or a bracket) count a quarter as much."""
        if span.start not in self._contexts:
            before, after = self._before(span, _WINDOW), self._after(span, _WINDOW)
            clause = self._clause_of(span)
            weights: dict[str, float] = {}
            anchors, nearest = set(), []
            sides: dict[str, int] = {}
            stop = stopwords()
            for direction, side in ((-1, before), (1, after)):
                for distance, (word, _, _, own) in enumerate(side, start=1):
                    content = word not in stop and word[0] != "<"
                    weight = (1.0 if content else _FUNCTION_WEIGHT) / distance
                    if content:
                        nearest.append((distance, word))
                    if clause != own:
                        weight *= _OTHER_CLAUSE
                    elif content:
                        anchors.add(word)
                    if weight > weights.get(word, 0.0):
                        weights[word], sides[word] = weight, direction
            # A clause of figures alone ("with 312 injuries in 14 towns") is anchored by its nearest words.
            anchors = anchors or {word for _, word in sorted(nearest)[:2]}
            unit = str((span.value or {}).get("unit", "")) if span.type in ("quantity", "duration") else ""
            for word in _TOKEN.findall(unit):  # "312 injuries": what is counted says most of all
                weights[stem(word)], sides[stem(word)] = 1.0, 0
                anchors.add(stem(word))
            if span.type == WORD:  # "a rise in profit" is "profit rose": a word's neighbours may take either side
                sides = {}
            self._contexts[span.start] = Context(weights, frozenset(anchors), sides, unit.lower())
        return self._contexts[span.start]


def _start(span: Span) -> int:
    return span.start


def _capitalised(word: str) -> bool:
    """Is the word written as a name: capitalised, or a lower-case letter before a capital ("eBay")?

    >>> _capitalised("Halden"), _capitalised("eBay"), _capitalised("e"), _capitalised("shares")
    (True, True, False, False)
    """
    return word[:1].isupper() or (word[:1].islower() and word[1:2].isupper())


def sentence_similarity(a: Sentence, b: Sentence) -> float:
    """rapidfuzz token-set ratio of two sentences' stems without their figures, 0–1 (lower case,
    punctuation ignored): a changed figure is what alignment looks for, not a reason to miss it."""
    from rapidfuzz import fuzz, utils

    return fuzz.token_set_ratio(a.stemmed, b.stemmed, processor=utils.default_process) / 100


def shared_words(a: Sentence | Words, b: Sentence | Words) -> int:
    return len(a.words & b.words)


def context_similarity(a: Context, b: Context) -> float:
    """Weighted Dice coefficient of two contexts, 0–1: twice the weight they share over all weight,
    a word on the other side of the figure counting half ("from $1.7 billion to $1.8 billion": "to"
    comes after the first, before the second); 0 when their clauses share no content word (a date
    in "the company said on April 2" is when something was said, not when the round in "raised
    $250 million on Friday" closed).

    >>> revenue = Context({"revenue": 1.0, "to": 0.4}, frozenset({"revenue"}))
    >>> context_similarity(revenue, revenue)
    1.0
    >>> round(context_similarity(revenue, Context({"profit": 1.0, "revenue": 0.5}, frozenset({"revenue"}))), 2)
    0.34
    >>> context_similarity(revenue, Context({"revenue": 0.1, "to": 0.4}, frozenset()))
    0.0
    """
    linked = people_linked(a.unit, b.unit)  # "people" who "watched" and "viewers" count alike
    if linked and not _people_of_kind(a, b):
        return 0.0
    if not linked and a.anchors.isdisjoint(b.anchors):
        return 0.0
    x, y, x_sides, y_sides = a.weights, b.weights, a.sides, b.sides
    total = sum(x.values()) + sum(y.values())
    shared = sum(2 * min(x[w], y[w]) * (1.0 if x_sides.get(w, 0) * y_sides.get(w, 0) >= 0 else _OTHER_SIDE)
                 for w in x.keys() & y.keys())
    if linked:
        shared += 2 * min(x.get(stem(a.unit), 0.0), y.get(stem(b.unit), 0.0))
    return shared / total if total else 0.0


def people_linked(a: str, b: str) -> bool:
    """Is one unit people of no kind and the other people of a kind ("people", "viewers"; ``persons`` in
    ``verify/data/alignment.toml``)? Counts of them may be one count, if the words around the people
    say what they do (see :func:`context_similarity`).

    >>> people_linked("people", "viewers"), people_linked("voters", "residents"), people_linked("people", "people")
    (True, False, False)
    """
    people, kinds = persons()
    return (a in people and b in kinds) or (b in people and a in kinds)


def _people_of_kind(a: Context, b: Context) -> bool:
    """Do the words around a count of people of no kind say they are the other count's kind ("2 million
    people watched the final": viewers)?

    >>> people = Context({"tun": 1.0, "watch": 0.25}, frozenset({"tun"}), unit="people")
    >>> _people_of_kind(people, Context({}, frozenset(), unit="viewers"))
    True
    >>> _people_of_kind(people, Context({}, frozenset(), unit="voters"))
    False
    """
    people, kind = (a, b) if b.unit in persons()[1] else (b, a)
    return not people.weights.keys().isdisjoint(stem(word) for word in persons()[1][kind.unit])


def comparable(a: Span, b: Span) -> bool:
    """Can these two spans state the same thing (then their values can be compared)?

    >>> comparable(Span("quantity", 0, 5, "9 jobs", {"amount": 9, "unit": "jobs"}),
    ...            Span("quantity", 0, 5, "9 posts", {"amount": 9, "unit": "posts"}))
    False

    A total ("a population of 45 million") and a count of nothing named ("45,138,458") can be:

    >>> comparable(Span("quantity", 0, 5, "45 million", {"amount": 45e6, "unit": "population"}),
    ...            Span("quantity", 0, 5, "45,138,458", {"amount": 45138458}))
    True
    """
    if a.type != b.type:
        return False
    x, y = a.value or {}, b.value or {}
    if a.type == "money":
        return bool(x.get("currency") and y.get("currency"))
    if a.type == "percent":
        return bool(x.get("points")) == bool(y.get("points"))
    if a.type == "quantity" and _unnamed(x) and _unnamed(y):
        return True
    if a.type == "quantity" and people_linked(str(x.get("unit", "")).lower(), str(y.get("unit", "")).lower()):
        return True
    if a.type == "duration" and bool(x.get("age")) == bool(y.get("age")) and (
            {x.get("unit"), y.get("unit")} <= _TIME_UNITS):
        return True  # "30 days" against "30 years" (compare.py reads both in days)
    if a.type in ("quantity", "duration"):
        return stem(subject_key(str(x.get("unit", "")))) == stem(subject_key(str(y.get("unit", ""))))
    if a.type == "ranking":
        return ("top" in x) == ("top" in y)
    if a.type == "date":  # "now" is the time of writing, not a date the sentence states
        return "PRESENT_REF" not in (x.get("timex"), y.get("timex"))
    if a.type == WORD:  # a word of an antonym pair, or a negated predicate (verify.evidence.reversal)
        return x.get("key") == y.get("key")
    return True


def _unit_slip(a: Span, b: Span) -> bool:
    """Two lengths of one number in other units ("30 years", "30 days"): the same figure with its
    unit changed, a counterpart whenever its clause shares a word with the other's.

    >>> def length(amount, unit): return Span("duration", 0, 7, "", {"amount": amount, "unit": unit})
    >>> _unit_slip(length(30, "year"), length(30, "day")), _unit_slip(length(30, "year"), length(3, "day"))
    (True, False)
    """
    x, y = a.value or {}, b.value or {}
    return a.type == b.type == "duration" and x.get("amount") == y.get("amount") and x.get("unit") != y.get("unit")


def _unnamed(value: dict[str, Any]) -> bool:
    """Does a quantity count nothing named, or name only a total ("population", "number")?"""
    unit = subject_key(str(value.get("unit", "")))
    return not unit or unit in totals()


@dataclass(frozen=True)
class Aligned:
    """A stored passage retrieved for a sentence: how alike the two are, and the row it was read from."""

    passage: Sentence
    similarity: float  # of the whole sentences (see sentence_similarity), 0–1
    row: Any  # the stored passage (or fact) behind it, for citations


@dataclass(frozen=True)
class Gate:
    """How alike a passage must be to a span's sentence, or to the words around the span, and how
    alike the surrounding words of two spans, for one to be the other's counterpart."""

    similarity: float  # rapidfuzz token-set ratio, 0–1
    shared_words: int  # content words they must share
    context: float  # context_similarity, 0–1
    unique: float = 1.0  # a passage this alike, with the only span of the kind on both sides, pairs them
    question: float = 2.0  # the share of a span's predicate a question must use to pair the span with its
    # answer (see answered); above 1, never


@dataclass(frozen=True)
class Counterpart:
    """A span of an aligned passage that may state what a claim's span states."""

    aligned: Aligned
    span: Span
    similarity: float  # the passage against the span's sentence, or the words around the span if closer
    context_score: float  # how like the span's surrounding words its own are (0–1)

    @property
    def score(self) -> float:
        """Surrounding words count twice as much as the sentence."""
        return (self.similarity + 2 * self.context_score) / 3


def _date_key(span: Span) -> str:
    """A resolved date as a word ("<2024-01-01/2024-12-31>"); "" for one unresolved, or of a year guessed."""
    value = span.value or {}
    return f"<{value['start']}/{value['end']}>" if value.get("start") and not value.get("year_inferred") else ""


def conjunct_similarity(sentence: Sentence, span: Span, passage: Sentence) -> tuple[float, int]:
    """How like a passage the words of the span's conjunct are, and how many content words (or dates)
    they share (see :meth:`Sentence.conjunct`); (0, 0) when it has none."""
    from rapidfuzz import fuzz, utils

    conjunct = sentence.conjunct(span)
    if conjunct is None:
        return 0.0, 0
    score = fuzz.token_set_ratio(conjunct.wording, passage.wording, processor=utils.default_process) / 100
    return score, len(conjunct.words & (passage.words | passage.date_keys))


def local_similarity(sentence: Sentence, span: Span, passage: Sentence) -> tuple[float, int]:
    """How like a passage the words around a span are (token-set ratio, 0–1), and how many content
    words they share: a summary's sentence may join two of the source's, each around its own figure."""
    from rapidfuzz import fuzz, utils

    local = sentence.local(span)
    score = fuzz.token_set_ratio(local.wording, passage.wording, processor=utils.default_process) / 100
    return score, shared_words(local, passage)


def gated(sentence: Sentence, span: Span, candidate: Aligned, gate: Gate) -> float | None:
    """The similarity by which a passage is aligned with a span (its sentence's, or that of the words
    around it if the sentence's falls short, or that of its own conjunct), or ``None`` if none passes
    the gate."""
    similarity, shared = candidate.similarity, shared_words(sentence, candidate.passage)
    for closer in (local_similarity, conjunct_similarity):
        if similarity >= gate.similarity and shared >= gate.shared_words:
            return similarity
        similarity, shared = closer(sentence, span, candidate.passage)
    return similarity if similarity >= gate.similarity and shared >= gate.shared_words else None


def answered(sentence: Sentence, span: Span, asked: frozenset[str], gate: Gate) -> float:
    """How well a question (its content words, ``asked``) asks what a sentence says about a span: the
    share of the span's predicate (see :meth:`Sentence.predicate`) that the question uses, as the
    context gate's score when it reaches ``gate.question``, else 0. The predicate must match, not only
    the subject: "19% of Ovans own a car" is not answered by "What share of Ovans have running water?".

    >>> sentence = Sentence("49% of adults live in poverty.", [Span("percent", 0, 3, "49%", {"amount": 49.0})])
    >>> gate = Gate(0.6, 2, 0.3, question=1.0)
    >>> answered(sentence, sentence.spans[0], frozenset({"many", "adult", "live", "poverty"}), gate)
    0.3
    >>> answered(sentence, sentence.spans[0], frozenset({"many", "adult", "own", "car"}), gate)
    0.0
    """
    predicate = {word.removesuffix("e") for word in sentence.predicate(span)}  # "live" meets "living"
    asked = frozenset(word.removesuffix("e") for word in asked)
    if not predicate or len(predicate & asked) < min(len(predicate), gate.shared_words):
        return 0.0
    return gate.context if len(predicate & asked) / len(predicate) >= gate.question else 0.0


def counterparts(sentence: Sentence, span: Span, candidates: list[Aligned], gate: Gate) -> list[Counterpart]:
    """The comparable spans of the passages aligned with the span, whose context passes the gate, best first."""
    if not candidates:
        return []
    context = sentence.context(span)
    rivals = [other for other in sentence.spans if other is not span and comparable(span, other)]
    alone = not rivals
    found = []
    for candidate in candidates:
        similarity = gated(sentence, span, candidate, gate)
        if similarity is None:
            continue
        others = [other for other in candidate.passage.spans if comparable(span, other)]
        # The only figure of its kind in two sentences this alike is its counterpart if its clause
        # shares a word with the other's, however few ("What share of Nigerians live in cities? 52%").
        unique = alone and len(others) == 1 and similarity >= gate.unique
        for other in others:
            theirs = candidate.passage.context(other)
            score = context_similarity(context, theirs)
            asked = candidate.passage.asked(other) if score < gate.context else frozenset()
            if asked and answered(sentence, span, asked, gate) > score:  # "How many Ovans live in poverty?
                score = answered(sentence, span, asked, gate)  # 1,200": the question says what it counts
                if any(answered(sentence, rival, asked, gate) >= score for rival in rivals):
                    continue
            # Each is the other's best: "146 cases of fraud and 2,815 cases of theft" against
            # "182 cases of fraud" pairs the 182 with the 146 only.
            elif any(context_similarity(sentence.context(rival), theirs) > score for rival in rivals):
                continue
            if score >= gate.context or (score > 0 and (unique or _unit_slip(span, other))):
                found.append(Counterpart(candidate, other, similarity, score))
    return sorted(found, key=lambda c: -c.score)

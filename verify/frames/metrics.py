"""The metric slot: what a figure measures, read from the words around it.

The metric lexicon (``verify/data/metrics.toml``) maps nouns and noun phrases to one metric each
("sales" and "turnover" are revenue; "staff" and "people employed" are headcount) and verbs to the
metric they imply ("raised $5m" is funding). A phrase is looked for right after the figure ("a
€172 million net profit"), then back through the figure's clause ("net profit fell to €118
million"), then a verb just before it.

>>> hit = metric_near("Net profit fell to €127 million.", 19, 31, 0, 32)
>>> hit.name, hit.family, hit.written
('net profit', 'profit', 'Net profit')
>>> metric_near("It raised $5m.", 10, 13, 0, 14).name
'funding'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from verify.lexicon import phrase_pattern, table, words

_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_WORDS_AFTER = 4
_WORDS_BEFORE = 9
_MAX_PHRASE = 5
_VERB_REACH = 6  # words back to a verb that implies the metric ("spend a total of $5m")
_CHARS_AFTER = 90  # enough for _WORDS_AFTER + _MAX_PHRASE words
_CHARS_BEFORE = 110  # enough for _WORDS_BEFORE words
# Words a metric phrase may be separated from its figure by, after the figure ("€75 million Series B round").



@dataclass(frozen=True, slots=True)
class Metric:
    name: str
    family: str | None
    owners: frozenset[str]
    types: frozenset[str] = frozenset()  # the claim types it applies to; empty: all
    units: frozenset[str] = frozenset()  # the only units a measure of it is written in; empty: any


@dataclass(frozen=True, slots=True)
class MetricHit:
    name: str
    family: str | None
    owners: frozenset[str]
    written: str  # the words as written
    start: int
    end: int
    strength: float
    reason: str
    units: frozenset[str] = frozenset()  # the metric's units (empty: any): a measure in another is not it
    refers_to: str | None = None  # for a bare head ("the rate"), the words that named it in full before

    def fits(self, unit: str) -> bool:
        """Can a measure in ``unit`` be of this metric? ("a record 151,000 ounces" is no time.)

        >>> MetricHit("time", None, frozenset(), "record", 0, 6, 0.95, "", frozenset({"seconds"})).fits("ounces")
        False
        """
        return not self.units or unit.lower() in self.units


@cache
def _lexicon() -> tuple[dict[tuple[str, ...], Metric], dict[tuple[str, ...], Metric]]:
    nouns: dict[tuple[str, ...], Metric] = {}
    verbs: dict[tuple[str, ...], Metric] = {}
    for entry in table("metrics")["metric"]:
        metric = Metric(entry["name"], entry.get("family"), frozenset(entry.get("owners", ())),
                        frozenset(entry.get("types", ())), frozenset(entry.get("units", ())))
        for phrase in entry["words"]:
            nouns.setdefault(tuple(phrase.lower().split()), metric)
        for phrase in entry.get("verbs", ()):
            verbs.setdefault(tuple(phrase.lower().split()), metric)
    return nouns, verbs


def lookup(phrase: str) -> Metric | None:
    """The metric a noun phrase names, if the lexicon lists it ("turnover" → revenue)."""
    return _lexicon()[0].get(tuple(phrase.lower().split()))


def metrics_named(text: str) -> frozenset[str]:
    """The metrics whose nouns ``text`` names, each phrase read longest first ("share repurchase
    programme" is a buyback, never the share price).

    >>> sorted(metrics_named("Acme unveils buyback; the board backed a share repurchase programme"))
    ['buyback']
    """
    return frozenset(phrase.metric.name for phrase in _phrases(text))


@dataclass(frozen=True, slots=True)
class _Phrase:
    """One metric phrase of a text, read longest first: its metric, its words in lower case, where it lies."""

    metric: Metric
    words: tuple[str, ...]
    start: int
    end: int


@lru_cache(maxsize=8)
def _phrases(text: str) -> tuple[_Phrase, ...]:
    """Every metric phrase of ``text``, in order, each read longest first (one scan a text: both the metrics an
    article names and the full names a bare head refers back to are read from it)."""
    nouns, _ = _lexicon()
    tokens = _tokens(text, 0, len(text))
    found: list[_Phrase] = []
    index = 0
    while index < len(tokens):
        hit = _longest(tokens, index, nouns)
        if hit:
            first, last = tokens[index], tokens[index + hit[1] - 1]
            found.append(_Phrase(hit[0], tuple(t[0] for t in tokens[index:index + hit[1]]), first[1], last[2]))
        index += hit[1] if hit else 1
    return tuple(found)


def _tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The words of ``text[start:end]``, without those of a unit phrase ("basis points" names no metric).

    >>> [t[0] for t in _tokens("the rate by 40 basis points to", 0, 30)]
    ['the', 'rate', 'by', 'to']
    """
    tokens = [(m.group().lower(), m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
    units = _unit_phrases()
    if not any(token[0] in units[1] for token in tokens):
        return tokens
    kept: list[tuple[str, int, int]] = []
    index = 0
    while index < len(tokens):
        length = next((len(phrase) for phrase in units[0]
                       if tuple(t[0] for t in tokens[index:index + len(phrase)]) == phrase), 0)
        if length:
            index += length
            continue
        kept.append(tokens[index])
        index += 1
    return kept


@cache
def _unit_phrases() -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    """The unit phrases, longest first, and their first words (a quick test that a text has none)."""
    phrases = sorted((tuple(p.split()) for p in words("frames", "unit_phrases")), key=len, reverse=True)
    return tuple(phrases), frozenset(p[0] for p in phrases)


def _longest(tokens: list[tuple[str, int, int]], index: int, table_: dict[tuple[str, ...], Metric]
             ) -> tuple[Metric, int] | None:
    for length in range(min(_MAX_PHRASE, len(tokens) - index), 0, -1):
        key = tuple(t[0] for t in tokens[index:index + length])
        if key in table_:
            return table_[key], length
    return None


def _per_share(tokens: list[tuple[str, int, int]], index: int) -> bool:
    """Is the word at ``index`` the "share" of "a share" or "per share", what an amount is per ("14.6p a share")?
    "a share of 61.4%" is a share of something instead.

    >>> tokens = [(w, 0, 0) for w in "a share against a share of".split()]
    >>> _per_share(tokens, 1), _per_share(tokens, 4)
    (True, False)
    """
    return tokens[index][0] == "share" and index > 0 and tokens[index - 1][0] in ("a", "per") and (
        index + 1 == len(tokens) or tokens[index + 1][0] != "of")


def metric_near(text: str, start: int, end: int, clause_start: int, clause_end: int) -> MetricHit | None:
    """The metric of the figure at ``[start, end)``, looked for inside its clause."""
    nouns, verbs = _lexicon()
    after = _tokens(text, end, min(clause_end, end + _CHARS_AFTER))[:_WORDS_AFTER + _MAX_PHRASE]
    per_share: MetricHit | None = None
    for index in range(min(_WORDS_AFTER, len(after))):
        found = _longest(after, index, nouns)
        if found and index == 1 and found[1] == 1 and _per_share(after, index):
            # "a dividend of 14.6p a share": "a share" is what the amount is per; the metric is named before it
            per_share = _hit(text, after, index, found, 0.9, "the words after it")
            break
        if found:
            return _hit(text, after, index, found, 1.0 if index == 0 else 0.9, "the words after it")
        if after[index][0] not in words("frames", "metric_skippable_after") and not (
                index and after[index - 1][0] == "series" and len(after[index][0]) <= 2):
            break  # "€75 million Series B round": the round's letter is skipped too
    before = _tokens(text, max(clause_start, start - _CHARS_BEFORE), start)[-_WORDS_BEFORE:]
    # The phrase ending nearest the figure, the longest of those ("net profit", not "profit").
    best: tuple[int, int, Metric] | None = None
    for index in range(len(before)):
        found = _longest(before, index, nouns)
        if found and found[1] == 1 and _per_share(before, index):
            continue  # "14.6p a share, against 12.4p": what the earlier amount was per, not a share price
        if found:
            metric, length = found
            last = index + length
            if best is not None and best[0] < index < best[0] + best[1] and length <= best[1]:
                continue  # it starts inside a longer phrase: "all-in sustaining cost of" is a cost, not "cost of"
            if best is None or last > best[0] + best[1] or (last == best[0] + best[1] and length > best[1]):
                best = (index, length, metric)
    if best is not None:
        index, length, metric = best
        distance = len(before) - index - length
        return _hit(text, before, index, (metric, length), 0.95 if distance <= 4 else 0.85, "the words before it")
    if per_share is not None:
        return per_share  # "shares closed at 412p a share" names nothing else: a share's price
    for index in range(len(before) - 1, max(len(before) - _VERB_REACH - 1, -1), -1):
        found = _longest(before, index, verbs)
        if found:
            first, last = before[index], before[index + found[1] - 1]
            return _hit(text, before, index, found, 0.85, f"the verb “{text[first[1]:last[2]]}”")
    return None


_FRONTED = re.compile(r"(?:at|with)\s+$", re.IGNORECASE)
_SUBJECT_WORDS = 5  # words of the clause after a fronted "At $12 a tonne," that may name its metric
_FRONTED_TAIL = 4  # words between the figure and the comma closing the fronted phrase ("a tonne")


def fronted_metric(text: str, start: int, end: int, sentence: tuple[int, int]) -> MetricHit | None:
    """The metric of a figure that a sentence opens with, as "At $12 a tonne, Hollin's haulage costs
    were the lowest": the one named in the first words after the comma (its subject), for a figure
    whose own clause names none.

    >>> fronted_metric("At $12 a tonne, Hollin's haulage costs were the lowest.", 3, 6, (0, 55)).name
    'cost'
    >>> fronted_metric("Costs rose to $12 a tonne, the lowest.", 14, 17, (0, 38)) is None
    True
    """
    if not _FRONTED.fullmatch(text, sentence[0], start):
        return None
    comma = text.find(",", end, sentence[1])
    if comma < 0 or len(_WORD.findall(text, end, comma)) > _FRONTED_TAIL:
        return None
    nouns, _ = _lexicon()
    after = _tokens(text, comma + 1, min(sentence[1], comma + 1 + _CHARS_AFTER))[:_SUBJECT_WORDS + _MAX_PHRASE]
    for index in range(min(_SUBJECT_WORDS, len(after))):
        found = _longest(after, index, nouns)
        if found:
            return _hit(text, after, index, found, 0.85, "the subject after the fronted phrase")
    return None


_SUBJECT_OPENING = 5  # words before a subject's metric phrase ("By Tuesday evening the death toll")
_VERB_TAIL = re.compile(r"\s+(?:(?:to|at|by|of)\s+)?(?:(?:about|around|nearly|almost|roughly|some|over|more\s+than|"
                        r"at\s+least|at\s+most|just|only|a\s+record|an\s+estimated)\s+)*$", re.IGNORECASE)


def subject_count(text: str, start: int, clause: tuple[int, int]) -> MetricHit | None:
    """The metric the subject of a count's clause names, for a count of nothing named given by the
    clause's verb ("The death toll from the storm that hit the coast at the weekend climbed to at least 90"): a
    metric of ``subject_counts`` in the clause's first words, a verb of ``subject_verbs`` right before
    the figure, and no number in between.

    >>> subject_count("The death toll from the storm that hit the coast at the weekend climbed to at least 90.",
    ...               75, (0, 87)).name
    'deaths'
    >>> subject_count("Unit sales totalled 1,751,000.", 20, (0, 30))
    >>> subject_count("The death toll from 12 storms rose to 90.", 38, (0, 41))
    """
    nouns, _ = _lexicon()
    opening = _tokens(text, clause[0], start)[:_SUBJECT_OPENING + _MAX_PHRASE]
    for index in range(min(_SUBJECT_OPENING + 1, len(opening))):
        found = _longest(opening, index, nouns)
        if found is None:
            continue
        if found[0].name not in words("frames", "subject_counts"):
            return None
        metric_end = opening[index + found[1] - 1][2]
        tail = _VERB_TAIL.sub("", text[metric_end:start])
        verb = _WORD.findall(tail)[-1:] if tail else []
        if not verb or verb[0].lower() not in words("frames", "subject_verbs") or \
                re.search(r"\d", text[metric_end:start]):
            return None
        return _hit(text, opening, index, found, 0.85, "its clause's subject")
    return None


def counted_subject(text: str, start: int, end: int) -> str | None:
    """The first counted metric (of ``subject_counts``) that ``text[start:end]`` names: what a list of
    bare numbers after it counts ("Fatalities were reported in two provinces, 61 in …" counts deaths).

    >>> counted_subject("Fatalities were reported in two provinces, 61 in Orvale", 0, 28)
    'deaths'
    >>> counted_subject("Unit sales were strong in three regions", 0, 28)
    """
    nouns, _ = _lexicon()
    tokens = _tokens(text, start, end)
    counted = words("frames", "subject_counts")
    for index in range(len(tokens)):
        found = _longest(tokens, index, nouns)
        if found is not None and found[0].name in counted:
            return found[0].name
    return None


def bare_share(hit: MetricHit, text: str) -> bool:
    """Does ``hit``, read for a percentage level, name a share rather than a share price: the bare word
    "share" (``bare_share.words`` in ``verify/data/metrics.toml``), not followed by what makes it a stake?
    A percentage is never a price.

    >>> text = "Its share slipped to 61.4%."
    >>> bare_share(metric_near(text, 21, 26, 0, 27), text)
    True
    >>> text, shares = "It bought a 20% share in Vellum.", "Its shares rose 5%."
    >>> bare_share(metric_near(text, 12, 15, 0, 32), text), bare_share(metric_near(shares, 16, 18, 0, 19), shares)
    (False, False)
    """
    bare = table("metrics")["bare_share"]
    if hit.name != "share price" or hit.written.lower() not in bare["words"]:
        return False
    following = _WORD.search(text, hit.end, hit.end + 20)
    return following is None or following.group().lower() not in bare["stake_after"]


def named_share(metric: str | None) -> bool:
    """Does ``metric`` name a share of something: "market share" (``bare_share.named``), "share of votes"?

    >>> named_share("market share"), named_share("share of votes"), named_share("share price")
    (True, True, False)
    """
    return bool(metric) and (metric in words("metrics", "bare_share.named") or metric.startswith("share of "))


def _hit(text: str, tokens: list[tuple[str, int, int]], index: int, found: tuple[Metric, int], strength: float,
         reason: str) -> MetricHit:
    """The metric phrase found at ``tokens[index]`` (``found``: the metric and its length in words)."""
    metric, length = found
    first, last = tokens[index], tokens[index + length - 1]
    return MetricHit(metric.name, metric.family, metric.owners, text[first[1]:last[2]], first[1], last[2],
                     strength, reason, metric.units)


@cache
def _project_after() -> re.Pattern[str]:
    nouns = phrase_pattern(words("frames", "project_nouns")).pattern
    return re.compile(rf"\s+(?:[a-z][a-z-]*\s+){{0,2}}?(?P<noun>{nouns})\b")


def project_cost(text: str, end: int, clause_end: int) -> MetricHit | None:
    """The cost of a thing built, for an amount written right before it ("a $2.1 billion plant", "$2.4bn
    battery plant"): the metric ``cost``.

    >>> project_cost("It opened a $2.1 billion battery plant.", 24, 38).written
    'plant'
    >>> project_cost("It raised $2.1 billion from investors.", 22, 38) is None
    True
    """
    found = _project_after().match(text, end, clause_end)
    metric = lookup("cost")
    if found is None or metric is None:
        return None
    return MetricHit(metric.name, metric.family, metric.owners, found["noun"], found.start("noun"), found.end("noun"),
                     0.85, "the thing it builds", metric.units)


def counted_metric(unit: str) -> tuple[str | None, str | None, frozenset[str], tuple[str, ...]]:
    """The metric a counted noun names: (metric, family, owners, the describing words before the noun).

    >>> metric, family, owners, modifiers = counted_metric("confirmed cases")
    >>> metric, family, sorted(owners), modifiers
    ('cases', None, ['event', 'group', 'organisation', 'place'], ('confirmed',))
    >>> counted_metric("ferries")[:1]
    ('ferry',)
    """
    tokens = unit.lower().split()
    if not tokens:
        return None, None, frozenset(), ()  # a count of nothing named
    for index in range(len(tokens)):
        metric = lookup(" ".join(tokens[index:]))
        if metric and (not metric.types or "quantity" in metric.types):
            return metric.name, metric.family, metric.owners, tuple(tokens[:index])
    return singular(tokens[-1]), None, frozenset(), tuple(tokens[:-1])


def singular(noun: str) -> str:
    """A plain English singular, good enough to make "ferries" and "ferry" one key.

    >>> [singular(w) for w in ("ferries", "buses", "seats", "people", "staff", "glass")]
    ['ferry', 'bus', 'seat', 'people', 'staff', 'glass']
    """
    if noun in words("frames", "invariable_nouns"):
        return noun
    for suffix, replacement in (("ies", "y"), ("sses", "ss"), ("shes", "sh"), ("ches", "ch"), ("xes", "x"),
                                ("uses", "us"), ("ses", "s")):
        if noun.endswith(suffix) and len(noun) > len(suffix) + 1:
            return noun[: -len(suffix)] + replacement
    if noun.endswith("s") and not noun.endswith(("ss", "us", "is")):
        return noun[:-1]
    return noun


def named_before(text: str, hit: MetricHit) -> MetricHit:
    """A bare head ("the rate") names the metric the text last named in full with that head before it; any
    other hit stays as it is.

    >>> text = "The bank raised its benchmark interest rate to 5%. It had held the rate at 4.5% since May."
    >>> named_before(text, metric_near(text, 72, 76, 51, 87)).name
    'policy rate'
    """
    if hit.written.lower() not in words("frames", "bare_metric_heads"):
        return hit
    heads = words("frames", "bare_metric_heads")
    earlier = [p for p in _phrases(text) if p.end <= hit.start and len(p.words) > 1 and p.words[-1] in heads]
    if not earlier:
        return hit
    metric, written = earlier[-1].metric, text[earlier[-1].start:earlier[-1].end]
    return MetricHit(metric.name, metric.family, metric.owners, hit.written, hit.start, hit.end,
                     min(hit.strength, 0.85), f"“{hit.written}” after “{written}”", metric.units, written)

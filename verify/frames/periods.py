"""The period slot: when a figure holds.

The nearest date written in the figure's clause, else in its sentence, sets the period; a figure
introduced as the earlier side of a comparison ("from €4.3bn", "up from 31%", "compared with 12
a year earlier") holds for a *prior* period unless a date of its own says which; anything else
holds *now*, at the time of writing. A day something was said ("said on Thursday") is not a
period. A plain period after a comparison ("rose to €52m from €45m in the first half") is the
comparison's: the later figure's, the earlier one's prior to it; an earlier time after it ("from
$124m the previous weekend") is the earlier figure's alone.

>>> from datetime import date
>>> from verify.claims import Claim
>>> text = "Sales rose to €5bn from €4bn."
>>> period_of(text, Claim("money", 24, 27, {}), (0, 29), (0, 29), []).kind
'prior'
>>> period_of(text, Claim("money", 14, 18, {}), (0, 29), (0, 29), []).kind
'current'
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from verify.claims import Claim
from verify.frames.model import Period
from verify.lexicon import phrase_pattern, table, words


@cache
def _prior_before() -> re.Pattern[str]:
    """The earlier side of a comparison ("from €4.3bn"), or an earlier figure named by its adjective ("an
    original debt of $81.8bn")."""
    comparison = table("frames")["comparison"]
    phrases = phrase_pattern(comparison["prior_before"]).pattern
    named = phrase_pattern(comparison["prior_adjectives"]).pattern
    # "from an estimate of €360m", "from a peak of 4.1%", "from Friday's close of 38.10": the earlier figure
    # named by its noun
    return re.compile(rf"\b(?:{phrases}(?:\s+(?:the|a|an|its|their|his|her|(?:last\s+)?[\w-]+['’]s)"
                      rf"(?:\s+[a-z-]+){{1,2}}?\s+of)?"
                      rf"|{named}\s+(?:[a-z-]+\s+){{1,2}}?of)\s+"
                      r"(?:(?:the|a|an|its|their|his|her|about|around|nearly|roughly|just|some)\s+)*$", re.IGNORECASE)


@cache
def _prior_after() -> re.Pattern[str]:
    phrases = phrase_pattern(table("frames")["comparison"]["prior_after"]).pattern
    return re.compile(rf"[\s,]*(?:in\s+|at\s+)?{phrases}\b", re.IGNORECASE)  # match(text, pos): no caret


def date_span(claim: Claim) -> tuple[date, date] | None:
    """The first and last day a date claim allows, or None for "now" or a date with no days."""
    start, end = claim.value.get("start"), claim.value.get("end")
    if not start or not end or claim.value.get("timex") == "PRESENT_REF":
        return None
    return date.fromisoformat(start), date.fromisoformat(end)


@cache
def _speech_before() -> re.Pattern[str]:
    verbs = phrase_pattern(table("verbs")["speech"]).pattern
    return re.compile(rf"\b{verbs}(?:\s+(?:in|at|to)\s+(?:a|an|the)\s+\w+|\s+[a-z]+)?\s+(?:on\s+|last\s+|this\s+)?$",
                      re.IGNORECASE)


@cache
def _prior_words() -> re.Pattern[str]:
    return re.compile(rf"\b{phrase_pattern(table('frames')['comparison']['prior_date_words']).pattern}\b",
                      re.IGNORECASE)


def _said_on(text: str, date_claim: Claim) -> bool:
    """"said on Thursday", "announced in a statement on Friday": when it was said, not a period."""
    return date_claim.value.get("start") == date_claim.value.get("end") and \
        _speech_before().search(text, max(0, date_claim.start - 40), date_claim.start) is not None


def _earlier_time(text: str, date_claim: Claim) -> bool:
    return _prior_words().search(text, date_claim.start, date_claim.end) is not None


# the words after "from" up to the date: no clause break, though a thousands comma ("from A$1,115 in") may be there
_COMPARED_BEFORE = re.compile(r"\b(?:from|compared\s+with|compared\s+to|against|versus|vs\.?)\s+"
                              r"(?:[^,;]|(?<=\d),(?=\d)){1,30}$", re.IGNORECASE)


def _nearest(claim: Claim, dates: list[Claim], low: int, high: int, text: str = "",
             published: date | None = None) -> Claim | None:
    """The date nearest a figure in ``[low, high)``, leaving out a date that belongs to the other
    figure of a comparison ("… down 14% from $48.2 million the previous weekend", "… from $41m in
    the March quarter" in a story of August)."""
    inside = [d for d in dates if low <= d.start and d.end <= high and date_span(d) and d is not claim
              and not (text and (_said_on(text, d) or _aside(text, d, claim) or _dates_another_figure(text, d, claim)
                                 or _record_since(text, d) or _in_trailing_clause(text, d, claim)
                                 or (d.start > claim.end and _compared_before(text, d, claim)
                                     and (_earlier_time(text, d) or _superseded(d, published)))))]
    if not inside:
        return None
    # "51,000 tonnes in the September quarter, 52,400 in December": the date a preposition ties to the
    # figure is its own, however near the date of the item before it
    tied = [d for d in inside if text and d.start >= claim.end and _TIED_AFTER.fullmatch(text, claim.end, d.start)]
    if tied:
        return tied[0]
    return min(inside, key=lambda d: d.start - claim.end if d.start >= claim.end else (claim.start - d.end) + 0.5)


_TIED_AFTER = re.compile(r"\s+(?:in|during|for)\s+")
_SUPERSEDED_MAX_DAYS = 190  # a month, a quarter or a half: the periods results are reported for in turn


def _superseded(date_claim: Claim, published: date | None) -> bool:
    """Had a later period of the same length ended before the story was written? Then a figure "from
    $41m in the March quarter" in a story of August is the earlier quarter's, and the change's own
    figure holds for the quarter after it ("to $38m from $41m in the first half", written in August, is
    the half's change). Years are left alone: "from €45m in 2023" as often dates the change.

    >>> quarter = Claim("date", 0, 0, {"start": "2025-01-01", "end": "2025-03-31"})
    >>> _superseded(quarter, date(2025, 8, 4)), _superseded(quarter, date(2025, 5, 2))
    (True, False)
    """
    span = date_span(date_claim)
    if span is None or published is None:
        return False
    length = (span[1] - span[0]).days + 1
    return 28 <= length <= _SUPERSEDED_MAX_DAYS and span[1] + timedelta(days=length) < published


@cache
def _record_lead() -> re.Pattern[str]:
    records = table("records")
    superlatives = [word for side in records["superlatives"].values() for word in side]
    return re.compile(rf"\b(?:{phrase_pattern([*superlatives, *records['since_record']]).pattern})"
                      rf"(?:\s+[\w-]+){{0,3}}?\s+(?P<since>since\s+(?:the\s+)?)?$", re.IGNORECASE)


def _record_since(text: str, date_claim: Claim) -> bool:
    """A date a record is counted from ("their worst day since October 2022", "the first time since 2007"):
    it says how long since the level was last matched, not when the figure holds.

    >>> text = "Shares fell 7.4%, their worst day since October 2022."
    >>> _record_since(text, Claim("date", 40, 52, {})), _record_since(text, Claim("date", 34, 52, {}))
    (True, True)
    """
    lead = _record_lead().search(text, max(0, date_claim.start - 60), date_claim.start)
    return lead is not None and bool(lead["since"] or text.startswith("since", date_claim.start))


# "… ranked sixth and the holder of the record of 49.80 from 2019": a date that a later figure is said to
# come from dates that figure (a record, a best, a high), not the one before it.
_FROM_DATE = re.compile(r"\d(?:[\d.,:]*\d)?(?:\s*(?:%|[a-z]+))?\s+(?:from|set\s+in|dating\s+from)\s+(?:the\s+)?$")


def _dates_another_figure(text: str, date_claim: Claim, claim: Claim) -> bool:
    return date_claim.start > claim.end and _FROM_DATE.search(text, claim.end, date_claim.start) is not None


_ASIDE_OPENING = re.compile(r",\s+(?:which|who|whose|where|"
                            r"(?:(?:first|originally|once|only|newly|recently)\s+)?[a-z]+ed)\b")


_TRAILING_CLAUSE = re.compile(r",\s+(?:with|while|whereas)\s|,\s+[a-z]+ing\s[^.;]*?\d")


def _in_trailing_clause(text: str, date_claim: Claim, claim: Claim) -> bool:
    """A date after the figure in a clause that ", with", ", while" or ", whereas" opens after it ("calls at
    the third-busiest port, Tapsell said, with waits falling from a day in 2022"), or a participle with a
    figure of its own (", setting aside £12m for a scheme that starts in April"): it dates that clause.

    >>> text = "It is the third-busiest port, she said, with waits down from a day in 2022."
    >>> _in_trailing_clause(text, Claim("date", 70, 74, {}), Claim("ranking", 10, 23, {}))
    True
    """
    return date_claim.start > claim.end and bool(_TRAILING_CLAUSE.search(text, claim.end, date_claim.start))


def _aside(text: str, date_claim: Claim, claim: Claim) -> bool:
    """A date inside an aside set off by commas that the figure is not in ("The bank's bonds,
    traded in Zurich since 2017, fell 3%"): it dates what the aside says."""
    opening = text.rfind(",", max(0, date_claim.start - 150), date_claim.start)
    closing = text.find(",", date_claim.end, date_claim.end + 150)
    if opening < 0 or closing < 0 or opening < claim.start < closing or re.search(r"[.;:]\s", text[opening:closing]):
        return False
    return _ASIDE_OPENING.match(text, opening) is not None


def _compared_before(text: str, date_claim: Claim, claim: Claim) -> bool:
    window = text[max(claim.end, date_claim.start - 40):date_claim.start]
    found = _COMPARED_BEFORE.search(window)
    return bool(found and re.search(r"\d", found.group()))


def introduced_as_prior(text: str, claim: Claim) -> bool:
    """Is the figure written as the earlier side of a comparison ("from €4.3bn", "compared with 12")?

    >>> introduced_as_prior("Sales rose to €5bn from €4bn.", Claim("money", 24, 27, {}))
    True
    """
    return prior_at(text, claim.start)


def prior_at(text: str, start: int) -> bool:
    """Does the text right before ``start`` make the figure there the earlier side of a comparison? Not "from"
    after a verb of working there ("trades from 142 stores").

    >>> prior_at("rose to €5bn from €4bn", 18), prior_at("It trades from 142 stores", 15)
    (True, False)
    """
    return _prior_lead(text, max(0, start - 24), start)


def _prior_lead(text: str, low: int, high: int) -> bool:
    found = _prior_before().search(text, low, high)
    if found is None:
        return False
    if found.group().lower().startswith("from"):
        before = re.search(r"([A-Za-z]+)\s+$", text[max(0, found.start() - 20):found.start()])
        return before is None or before.group(1).lower() not in words("frames", "comparison.not_prior_from")
    return True


_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|this|that|whose|[A-Z][\w-]*['’]s?)\s+$",
                                 re.IGNORECASE)
_ATTRIBUTIVE_AFTER = re.compile(r"[ \t]+((?:[a-z][\w’'-]*[ \t]+){0,2}[a-z][\w’'-]*)")


def attributive_year(text: str, date_claim: Claim) -> bool:
    """Is the date a bare year written before the noun it describes ("the 2019 comedy", "his 2017 album")?
    It dates that thing, not the time the sentences after it speak of; a year before a word of time or
    tally ("the 2019 season", "the 2020 financial year", "its 2021 figures") is a period after all.

    >>> attributive_year("Her last film, the 2019 comedy Salt Flats, flopped.", Claim("date", 19, 23, {}))
    True
    >>> attributive_year("In the 2019 season, she won twice.", Claim("date", 7, 11, {}))
    False
    """
    if not re.fullmatch(r"\d{4}", text[date_claim.start:date_claim.end]):
        return False
    if _ATTRIBUTIVE_BEFORE.search(text, max(0, date_claim.start - 30), date_claim.start) is None:
        return False
    following = _ATTRIBUTIVE_AFTER.match(text, date_claim.end)
    if following is None:
        return False
    nouns = words("frames", "attributive_year.period_nouns")
    return not any(word.lower() in nouns for word in following.group(1).split())


def paragraph_period(text: str, earlier: list[Claim]) -> Period | None:
    """The period a paragraph states before a sentence that names none ("In the quarter to June, net income
    slipped … Sales climbed 6%": the sales of that quarter): the first date of its earlier
    sentences that spans a month or more and is neither an earlier side ("a year earlier", "from 2018"),
    nor the day something was said, nor a year that describes a thing ("the 2019 comedy").

    >>> q2 = Claim("date", 3, 23, {"start": "2019-04-01", "end": "2019-06-30"})
    >>> paragraph_period("In the quarter to June, net income slipped.", [q2]).describe()
    '2019-04-01 … 2019-06-30'
    """
    for date_claim in earlier:
        span = date_span(date_claim)
        if span is None or (span[1] - span[0]).days < _PARAGRAPH_SPAN_DAYS or _earlier_time(text, date_claim) \
                or date_claim.value.get("since") or _prior_before().search(text[max(0, date_claim.start - 24):
                                                                                 date_claim.start]) \
                or attributive_year(text, date_claim):
            continue
        return Period("stated", span[0], span[1], "paragraph")
    return None


def _compared_between(text: str, start: int, end: int) -> bool:
    """Is there a figure set against this one between ``start`` and ``end`` ("14.6p, against 12.4p for",
    "€5m, compared with €4m in")? The date after it is that figure's. (After "from", a date is the whole
    change's: "rose to €8.4m from €7.5m in the first half".)

    >>> _compared_between("14.6p a share, against 12.4p for 2024", 5, 34)
    True
    >>> _compared_between("to €8.4m from €7.5m in the first half", 8, 23)
    False
    """
    return _set_against().search(text, start, end) is not None


@cache
def _set_against() -> re.Pattern[str]:
    words_ = phrase_pattern(table("frames")["comparison"]["set_against"]).pattern
    return re.compile(rf"\b{words_}\s+(?:the\s+|an?\s+)?[$€£¥]?\d", re.IGNORECASE)


def period_of(text: str, claim: Claim, clause: tuple[int, int], sentence: tuple[int, int],
              dates: list[Claim], published: date | None = None, paragraph_dates: list[Claim] = ()) -> Period:
    """The period of the figure ``claim``; ``dates`` are the date claims of its sentence, ``paragraph_dates``
    those of the earlier sentences of its paragraph. A figure with no date of its own, nor one stated for
    its paragraph, holds at the time of writing (``published``, when known)."""
    prior_from = _prior_lead(text, max(clause[0], claim.start - 40), claim.start)  # "from 142 stores"
    prior = prior_from or bool(_prior_after().match(text, claim.end, clause[1]))
    if not prior:  # "14.6p, against 12.4p for 2024": 2024 is the 12.4p's
        dates = [d for d in dates if d.start < claim.end or not _compared_between(text, claim.end, d.start)]
    near = _nearest(claim, dates, *clause, text=text, published=published)
    if prior and near is not None and near.start > claim.end and not _earlier_time(text, near) and not any(
            clause[0] <= d.start < claim.start and date_span(d) and not _said_on(text, d) and not _aside(text, d, claim)
            for d in dates):
        return Period("prior", source="comparison")  # "to €52m from €45m in the first half": the comparison's
    if near is not None and not (prior and near.start < claim.start):
        span = date_span(near)
        assert span
        # "grew to 150 stores from 142 stores last year": the earlier side keeps its date, and is never today's
        return Period("stated", span[0], span[1], "earlier side" if prior_from else "clause")
    if prior:
        return Period("prior", source="comparison")
    near = _nearest(claim, dates, *sentence, text=text, published=published)
    if near is not None:
        span = date_span(near)
        assert span
        return Period("stated", span[0], span[1], "sentence")
    stated = paragraph_period(text, list(paragraph_dates))
    if stated is not None:
        return stated
    source = "now" if said_now(text, claim, clause) else "publication"
    return Period("current", published, published, source) if published else Period("current", source=source)


@cache
def _now() -> tuple[re.Pattern[str], re.Pattern[str]]:
    now = table("frames")["now"]
    direction = table("verbs")["direction"]
    verbs = phrase_pattern([*direction["up"], *direction["down"]]).pattern
    return (re.compile(rf"\b{phrase_pattern(now['perfect']).pattern}\s+(?:[a-z]+ly\s+)?{verbs}(?:\s+to)?\s+$",
                       re.IGNORECASE),
            re.compile(rf"\b{phrase_pattern(now['marks']).pattern}\b", re.IGNORECASE))


def said_now(text: str, claim: Claim, clause: tuple[int, int]) -> bool:
    """Does the figure's clause say it holds today: a level reached by a change told in the present perfect,
    or one the clause marks as today's before it (``[now]`` in ``verify/data/frames.toml``)? Such a figure is
    not the figure of a period already over ("Its $42m opening is now the biggest" says nothing of when).

    >>> text = "Its share has dropped to below 60%."
    >>> said_now(text, Claim("percent", 25, 34, {}), (0, 35))
    True
    >>> text = "Marlow now runs fewer than 40 stores, and it ran 46 in May."
    >>> said_now(text, Claim("quantity", 16, 36, {}), (0, 36))
    True
    >>> said_now("Its share was 61.4%.", Claim("percent", 14, 19, {}), (0, 20))
    False
    >>> said_now("Its $42m opening is now the biggest.", Claim("money", 4, 8, {}), (0, 36))
    False
    """
    perfect, marks = _now()
    if perfect.search(text, max(clause[0], claim.start - 40), claim.start):
        return True
    return marks.search(text, clause[0], claim.start) is not None  # "now runs fewer than 40 stores"


_PARAGRAPH_SPAN_DAYS = 28  # a paragraph's period is a month or longer: a day is when something happened
_STALE_DAYS = 400  # a stated period that ended longer ago than this is not "now"
_RECENT_DAYS = 31  # … nor, for a figure said to hold now, one that ended longer ago than this (a day, last week is)
_LENGTH_RATIO = 2.5  # periods that overlap are one period when neither is this many times the other


def same_time(a: Period, b: Period) -> float:
    """How compatible two periods are: 1.0 the same, 0.0 different, in between when unclear.

    >>> same_time(Period(), Period()), same_time(Period("prior"), Period())
    (1.0, 0.0)
    >>> same_time(Period("stated", date(2019, 1, 1), date(2019, 12, 31)), Period())
    0.9
    >>> same_time(Period("stated", date(2019, 1, 1), date(2019, 12, 31)),
    ...           Period("stated", date(2019, 10, 1), date(2019, 12, 31)))
    0.3
    """
    if a.kind == "stated" and b.kind == "stated":
        assert a.start and a.end and b.start and b.end
        if not (a.start <= b.end and b.start <= a.end):
            return 0.0
        short, long = sorted(((a.end - a.start).days + 1, (b.end - b.start).days + 1))
        # a quarter inside its year, a day inside its month: one may hold the other, but a figure
        # for one is not the figure for the other
        return 1.0 if long <= _LENGTH_RATIO * short else 0.3
    if a.kind == b.kind:
        return 1.0 if a.kind == "current" else 0.7  # two prior periods may be different earlier periods
    if "prior" in (a.kind, b.kind):
        return 0.0  # an unnamed earlier period is neither now nor any period named
    stated, now = (a, b) if a.kind == "stated" else (b, a)
    if stated.source == "earlier side" and now.kind == "current":
        return 0.0  # "to 150 stores from 142 last year": the 142 is not the count an undated sentence gives
    if now.source == "now" and now.end is not None and stated.end is not None and \
            (now.end - stated.end).days > _RECENT_DAYS:
        return 0.0  # "has dropped to below 60%" is today's, not the "61.4% in May" it dropped from
    if now.end is not None and stated.end is not None and (now.end - stated.end).days > _STALE_DAYS:
        return 0.0  # "sales in 2024" in a story of 2026 are not the sales it states without a date
    return 0.9

"""Calendar pieces the date extractors share: resolved intervals, month and week spans, and the
year of a date written without one.

A month or a day written without its year ("in March", "Monday, March 7", "July 1") is the
occurrence nearest the publication date that fits the clause's tense: forward in a future
clause, back in a past one, the nearer of the two otherwise. A weekday written beside it never
picks the year (a wrong weekday is what the ``date.weekday`` rule reports).

>>> pub = date(2023, 3, 8)
>>> infer_year(3, 7, Env(pub, "past")), infer_year(7, 1, Env(pub, None)), infer_year(2, None, Env(pub, "future"))
(2023, 2023, 2024)
>>> infer_year(5, None, Env(pub, None)), infer_year(5, None, Env(pub, "past"))
(2023, 2022)
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from verify.extract.context import MONTH_NAMES, MONTH_NUMBERS, WEEKDAY_NAMES

MONTH_ALTERNATION = ("(?:" + "|".join(MONTH_NAMES)
                     + r")\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|\b)")
MONTH = rf"(?P<month>{MONTH_ALTERNATION})"
WEEKDAY = r"(?P<weekday>(?:" + "|".join(WEEKDAY_NAMES) + r")\b|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.)"
DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
# A year, not a clock time ("kick-off 2000 GMT", "at 1930 local time") nor part of a longer figure.
YEAR = (r"(?P<year>1[6-9]\d\d|20\d\d|21\d\d)(?![\d,.]\d|\s?%|\s?(?i:percent|per\s?cent)\b|-\d"
        r"|\s?(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|IST|JST|AEST|[Hh]rs\b|[Hh]ours\b|(?i:local\s+time)\b))")
SEASONS = {"spring": (3, "SP"), "summer": (6, "SU"), "autumn": (9, "FA"), "fall": (9, "FA"),
           "winter": (12, "WI")}


@dataclass(frozen=True, slots=True)
class Resolved:
    start: date | None
    end: date | None
    timex: str | None = None
    relative: bool = False
    inferred_year: bool = False  # the year was not written: see infer_year


class Env:
    """What a resolver knows besides its match: the publication date and the clause around it.

    The tense is read only when a resolver asks for it (most dates carry their year).
    """

    __slots__ = ("_read_tense", "_tense", "alone", "fiscal_end", "published", "weekday")

    def __init__(self, published: date | None, tense: str | None = None, *, alone: bool = False,
                 weekday: str | None = None, read_tense: Callable[[], str | None] | None = None,
                 fiscal_end: int = 12) -> None:
        self.published = published
        self.fiscal_end = fiscal_end  # the month the article's fiscal year ends in
        self.alone = alone  # the expression is the whole line (a label, a timestamp)
        self.weekday = weekday  # a weekday written just before the date ("Monday, March 2")
        self._tense = tense
        self._read_tense = read_tense

    @property
    def tense(self) -> str | None:
        """"future", "past" or None (see verify.extract.tense)."""
        if self._read_tense is not None:
            self._tense, self._read_tense = self._read_tense(), None
        return self._tense

    @property
    def future(self) -> bool:
        return self.tense == "future"


def month_name(text: str) -> int:
    return MONTH_NUMBERS[text.rstrip(".").lower()[:4] if text.lower().startswith("sept") else
                       text.rstrip(".").lower()[:3]]


def month_span(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def week_span(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def month_timex(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def part_of(start: date, end: date, part: str | None) -> tuple[date, date]:
    """Narrow an interval to its early/mid/late third, its first/second half, or its first or last day.

    A whole year splits on month boundaries (early = Jan–Apr, first half =
    Jan–Jun); a month splits into days 1–10, 11–20 and 21–end; a decade into
    years 0–3, 4–6 and 7–9. "The end of June" is 30 June, "the start of 2024"
    1 January: the day a balance or a deadline is stated for.

    >>> part_of(date(2019, 6, 1), date(2019, 6, 30), "the end of")
    (datetime.date(2019, 6, 30), datetime.date(2019, 6, 30))
    >>> part_of(date(1960, 1, 1), date(1969, 12, 31), "late")
    (datetime.date(1967, 1, 1), datetime.date(1969, 12, 31))
    """
    if not part:
        return start, end
    part = " ".join(part.lower().split())
    if part == "the end of":
        return end, end
    if part in ("the start of", "the beginning of"):
        return start, start
    if end.year - start.year == 9 and "half" not in part:
        first, last = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}.get(part, (4, 6))
        return date(start.year + first, 1, 1), date(start.year + last, 12, 31)
    if "half" in part:
        if start.month == 1 and end.month == 12:
            return ((start, date(start.year, 6, 30)) if "first" in part
                    else (date(start.year, 7, 1), end))
        middle = start + timedelta(days=((end - start).days + 1) // 2)
        return (start, middle - timedelta(days=1)) if "first" in part else (middle, end)
    if start.month == 1 and end.month == 12 and start.year == end.year:
        bounds = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
    else:
        bounds = {}
    which = ("early" if part in ("early", "the start of", "the beginning of")
             else "late" if part in ("late", "the end of") else "mid")
    if bounds:
        first, last = bounds[which]
        return date(start.year, first, 1), month_span(start.year, last)[1]
    if which == "early":
        return start, min(start + timedelta(days=9), end)
    if which == "late":
        return min(start + timedelta(days=20), end), end
    return min(start + timedelta(days=10), end), min(start + timedelta(days=19), end)


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def shift_month(day: date, months: int) -> tuple[int, int]:
    shifted = day.replace(day=1) + relativedelta(months=months)
    return shifted.year, shifted.month


def weekday_index(text: str) -> int:
    return [w[:3].lower() for w in WEEKDAY_NAMES].index(text[:3].lower())



def infer_year(month: int, day: int | None, env: Env) -> int | None:
    """The year of a month (and day) written without one, nearest publication in the clause's tense.

    A month without a day counts from its first day against the first of the publication month,
    so "in March" in a March article is this March whatever the tense.
    """
    pub = env.published
    if pub is None:
        return None
    anchor = pub if day else pub.replace(day=1)

    def occurrence(year: int) -> date:
        return date(year, month, min(day or 1, calendar.monthrange(year, month)[1]))

    this = occurrence(pub.year)
    if env.tense == "future":
        return pub.year if this >= anchor else pub.year + 1
    if env.tense == "past":
        return pub.year if this <= anchor else pub.year - 1
    other = occurrence(pub.year + 1) if this < anchor else occurrence(pub.year - 1)
    return pub.year if abs((this - anchor).days) <= abs((other - anchor).days) else other.year

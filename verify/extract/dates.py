"""Dates, absolute and relative, resolved to inclusive intervals.

Absolute: "January 5, 2026", "5 Jan 2026", "March 2025", "in 2025", "Q3 2025",
"mid-2024", "the 1990s". Relative, resolved against the publication date:
"last month", "two months ago", "on Friday" (the latest Friday on or before
publication, or the next one when the clause is in the future tense),
"earlier this year", "yesterday", "in February" (the latest February not after
publication unless the tense says otherwise). Without a publication date a
relative date keeps ``start``/``end`` at ``None``.

>>> from datetime import date
>>> pub = date(2026, 4, 10)  # a Friday
>>> [(c.value["start"], c.value["end"]) for c in find_dates("It was announced on Friday, "
...     "after a deal last month and another in September.", pub)]
[('2026-04-10', '2026-04-10'), ('2026-03-01', '2026-03-31'), ('2025-09-01', '2025-09-30')]
>>> find_dates("mid-2024", pub)[0].value["timex"], find_dates("Q3 2025", None)[0].value["end"]
('2024', '2025-09-30')
>>> find_dates("two months ago", None)[0].value
{'start': None, 'end': None, 'relative': True}
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import NamedTuple

from dateutil.relativedelta import relativedelta

from verify.claims import Claim
from verify.extract.context import MONTH_NUMBERS, WEEKDAY_NAMES
from verify.extract.date_links import link_dates
from verify.extract.dateparts import (
    DAY,
    MONTH,
    MONTH_ALTERNATION,
    SEASONS,
    WEEKDAY,
    YEAR,
    Env,
    Resolved,
    infer_year,
    month_name,
    month_span,
    month_timex,
    part_of,
    safe_date,
    shift_month,
    week_span,
    weekday_index,
)
from verify.extract.numbers import NUMBER, parse_number, words_of
from verify.extract.periods import RULES as PERIOD_RULES
from verify.extract.periods import elliptical_quarters, fiscal_year_end
from verify.extract.tense import tense_at
from verify.lazy_re import LazyPattern

_PARTS = (r"(?P<part>(?i:early|mid|late|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of|"
          r"the\s+first\s+half\s+of|the\s+second\s+half\s+of))")


# ---- resolvers: one per pattern ---------------------------------------------------------

_LETTERS = re.compile(r"[A-Za-z]+")

def _iso(m: re.Match[str], env: Env) -> Resolved | None:
    d = safe_date(int(m["year"]), int(m["mon"]), int(m["day"]))
    return Resolved(d, d, d.isoformat()) if d else None


def _month_day(m: re.Match[str], env: Env) -> Resolved | None:
    month, day = month_name(m["month"]), int(m["day"])
    year = int(m["year"]) if m["year"] else None
    if year is None:
        year = infer_year(month, day, env)
    if year is None:
        return Resolved(None, None, f"XXXX-{month:02d}-{day:02d}", relative=True)
    d = safe_date(year, month, day)
    if d is None:
        return None
    return Resolved(d, d, d.isoformat(), relative=not m["year"], inferred_year=not m["year"])


def _part_period(m: re.Match[str], env: Env) -> Resolved | None:
    if not m["month"] and not m["year"]:
        return None
    if m["month"]:
        month = month_name(m["month"])
        if m["which"]:  # "the end of next April": as "next April" reads
            year = _which_year(month, m["which"].lower(), env.published)
        else:
            year = int(m["year"]) if m["year"] else infer_year(month, None, env)
        if year is None:
            return Resolved(None, None, None, relative=True)
        start, end = part_of(*month_span(year, month), m["part"])
        return Resolved(start, end, f"{year:04d}-{month:02d}", relative=not m["year"], inferred_year=not m["year"])
    year = int(m["year"])
    if m["decade"]:
        if year % 10:
            return None
        start, end = part_of(date(year, 1, 1), date(year + 9, 12, 31), m["part"])
        return Resolved(start, end, str(year)[:3])
    start, end = part_of(date(year, 1, 1), date(year, 12, 31), m["part"])
    part = " ".join(m["part"].lower().split())
    timex = f"{year:04d}-H{1 if 'first' in part else 2}" if "half" in part else f"{year:04d}"
    return Resolved(start, end, timex)


def _month_year(m: re.Match[str], env: Env) -> Resolved | None:
    start, end = month_span(int(m["year"]), month_name(m["month"]))
    return Resolved(start, end, month_timex(start))


def _quarter(m: re.Match[str], env: Env) -> Resolved | None:
    year = int(m["year"])
    ordinal = {"first": 1, "second": 2, "third": 3, "fourth": 4}
    if m["q"] or m["qw"]:
        q = int(m["q"]) if m["q"] else ordinal[m["qw"].lower()]
        start = date(year, 3 * q - 2, 1)
        end = month_span(year, 3 * q)[1]
        return Resolved(start, end, f"{year:04d}-Q{q}")
    half = int(m["h"][1]) if m["h"] else ordinal[m["hw"].lower()]
    start = date(year, 1 if half == 1 else 7, 1)
    end = date(year, 6, 30) if half == 1 else date(year, 12, 31)
    return Resolved(start, end, f"{year:04d}-H{half}")


def _season(m: re.Match[str], env: Env) -> Resolved | None:
    year = int(m["year"])
    month, code = SEASONS[m["season"].lower()]
    start = date(year, month, 1)
    end = start + relativedelta(months=3) - timedelta(days=1)
    return Resolved(start, end, f"{year:04d}-{code}")


def _decade(m: re.Match[str], env: Env) -> Resolved | None:
    first = int(m["decade"])
    return Resolved(date(first, 1, 1), date(first + 9, 12, 31), str(first)[:3])


def _year(m: re.Match[str], env: Env) -> Resolved | None:
    year = int(m["year"])
    return Resolved(date(year, 1, 1), date(year, 12, 31), f"{year:04d}")


def _present(m: re.Match[str], env: Env) -> Resolved | None:
    """"now", "currently": the time of publication (TIMEX3 PRESENT_REF)."""
    if env.published is None:
        return Resolved(None, None, None, relative=True)
    return Resolved(env.published, env.published, "PRESENT_REF", relative=True)


def _second_year(m: re.Match[str], env: Env) -> Resolved | None:
    """The end of a span of years; "58" after "1957-" is 1958."""
    first, written = int(m["first"]), m["core"]
    year = int(written) if len(written) == 4 else first // 100 * 100 + int(written)
    if year <= first or year - first > 20:
        return None
    return Resolved(date(year, 1, 1), date(year, 12, 31), f"{year:04d}")


_CENTURY_WORDS = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}


def _century(m: re.Match[str], env: Env) -> Resolved | None:
    word = m["ord"].lower()
    number = _CENTURY_WORDS.get(word) or int(re.sub(r"\D", "", word))
    first = (number - 1) * 100
    if not 1 <= number <= 22:
        return None
    return Resolved(date(max(first, 1), 1, 1), date(first + 99, 12, 31), f"{number - 1:02d}")


def _deictic(m: re.Match[str], env: Env) -> Resolved | None:
    word = " ".join(m["word"].lower().split()).removeprefix("the ")
    offset = {"day before yesterday": -2, "yesterday": -1, "today": 0, "tonight": 0, "just now": 0,
              "right now": 0, "till date": 0, "to date": 0, "tomorrow": 1, "day after tomorrow": 2}[word]
    if env.published is None:
        return Resolved(None, None, None, relative=True)
    d = env.published + timedelta(days=offset)
    return Resolved(d, d, d.isoformat(), relative=True)


def _which_unit(m: re.Match[str], env: Env) -> Resolved | None:
    which = " ".join(m["which"].lower().split())
    step = {"last": -1, "past": -1, "previous": -1, "this past": -1, "this": 0, "next": 1,
            "coming": 1}[which]
    pub = env.published
    if pub is None:
        return Resolved(None, None, None, relative=True)
    unit = m["unit"]
    lower = unit.lower()
    if m["weekday"]:
        target = weekday_index(m["weekday"])
        if step < 0:
            back = (pub.weekday() - target) % 7 or 7
            d = pub - timedelta(days=back)
        elif step > 0:
            d = pub + timedelta(days=(target - pub.weekday()) % 7 or 7)
        else:
            d = week_span(pub)[0] + timedelta(days=target)
        return Resolved(d, d, d.isoformat(), relative=True)
    if m["month"]:
        month = month_name(m["month"])
        year = _which_year(month, which, pub)
        assert year is not None
        start, end = month_span(year, month)
        return Resolved(start, end, month_timex(start), relative=True)
    if lower in SEASONS:
        month, code = SEASONS[lower]
        start = date(pub.year, month, 1)
        if step < 0 and start + relativedelta(months=3) > pub:
            start = start.replace(year=start.year - 1)
        elif step > 0 and start <= pub:
            start = start.replace(year=start.year + 1)
        end = start + relativedelta(months=3) - timedelta(days=1)
        return Resolved(start, end, f"{start.year:04d}-{code}", relative=True)
    if lower == "week":
        start, end = week_span(pub + timedelta(weeks=step))
        iso = start.isocalendar()
        return Resolved(start, end, f"{iso.year:04d}-W{iso.week:02d}", relative=True)
    if lower == "weekend":
        friday = _weekend(pub, step, env)
        iso = (friday + timedelta(days=1)).isocalendar()
        return Resolved(friday, friday + timedelta(days=2), f"{iso.year:04d}-W{iso.week:02d}-WE", relative=True)
    if lower == "month":
        start, end = month_span(*shift_month(pub, step))
        return Resolved(start, end, month_timex(start), relative=True)
    if lower == "quarter":
        q = (pub.month - 1) // 3 + step
        year = pub.year + q // 4
        q = q % 4 + 1
        start = date(year, 3 * q - 2, 1)
        return Resolved(start, month_span(year, 3 * q)[1], f"{year:04d}-Q{q}", relative=True)
    if lower == "decade":
        if not env.alone:
            return None  # in running text "the past decade" is a span of ten years (a duration)
        # "the last decade" as a label: the ten years up to publication; "the next decade": the ten after.
        start = pub - relativedelta(years=10) if step < 0 else pub
        return Resolved(start, start + relativedelta(years=10), None, relative=True)
    year = pub.year + step
    return Resolved(date(year, 1, 1), date(year, 12, 31), f"{year:04d}", relative=True)


def _which_year(month: int, which: str, pub: date | None) -> int | None:
    """The year of "next March" (the first March after this month), "last March" (the last one
    before it) and "this March" (this year's)."""
    if pub is None:
        return None
    step = {"last": -1, "past": -1, "previous": -1, "this past": -1, "this": 0, "next": 1, "coming": 1}[which]
    if step < 0:
        return pub.year if month < pub.month else pub.year - 1
    if step > 0:
        return pub.year if month > pub.month else pub.year + 1
    return pub.year


def _weekend(pub: date, step: int, env: Env) -> date:
    """The Friday a weekend starts on (news weekends run Friday to Sunday: box office, sport).

    Published Friday to Sunday, "this weekend" is that one and "last"/"next" the ones either side;
    published Monday to Thursday, "last weekend" is the one just past, "next weekend" the coming
    one, and "this weekend" the one just past in a past clause ("opened this weekend"), else the
    coming one.
    """
    friday = week_span(pub)[0] + timedelta(days=4)
    if pub.weekday() >= 4:
        return friday + timedelta(weeks=step)
    if step == 0:
        return friday - timedelta(weeks=1) if env.tense == "past" else friday
    return friday - timedelta(weeks=1) if step < 0 else friday


def _part_of_unit(m: re.Match[str], env: Env) -> Resolved | None:
    """"earlier this year", "late last year", "later this month"."""
    pub = env.published
    if pub is None:
        return Resolved(None, None, None, relative=True)
    which = {"last": -1, "this": 0, "next": 1}[m["which"].lower()]
    rel = m["rel"].lower()
    unit = m["unit"].lower()
    if unit == "year":
        start, end = date(pub.year + which, 1, 1), date(pub.year + which, 12, 31)
        timex = f"{pub.year + which:04d}"
    elif unit == "month":
        start, end = month_span(*shift_month(pub, which))
        timex = month_timex(start)
    else:
        start, end = week_span(pub + timedelta(weeks=which))
        iso = start.isocalendar()
        timex = f"{iso.year:04d}-W{iso.week:02d}"
    if which == 0 and rel == "earlier":
        end = pub
    elif which == 0 and rel == "later":
        start = pub
    else:
        start, end = part_of(start, end, "early" if rel in ("early", "earlier") else "late")
    return Resolved(start, end, timex, relative=True)


_OFFSET_UNIT = {"decade": ("years", 10), "year": ("years", 1), "yr": ("years", 1), "month": ("months", 1),
                "mon": ("months", 1), "week": ("weeks", 1), "wk": ("weeks", 1), "day": ("days", 1),
                "hour": ("hours", 1), "hr": ("hours", 1), "minute": ("minutes", 1), "min": ("minutes", 1),
                "second": ("seconds", 1), "sec": ("seconds", 1), "y": ("years", 1), "w": ("weeks", 1),
                "d": ("days", 1), "h": ("hours", 1)}
_OFFSET_PART = re.compile(rf"(?P<n>\d+(?:[.,]\d+)?|{NUMBER}|\b(?i:an?)\b)\s*(?P<unit>[A-Za-z]+)")


def _offset(text: str) -> relativedelta | None:
    """"1 year, 2 months and 3 hours" → relativedelta; None when a part is not a unit."""
    delta = relativedelta()
    found = False
    for part in _OFFSET_PART.finditer(text):
        unit = part["unit"].lower()
        unit = unit[:-1] if unit.endswith("s") and unit[:-1] in _OFFSET_UNIT else unit
        if unit not in _OFFSET_UNIT:
            return None
        field, factor = _OFFSET_UNIT[unit]
        count = part["n"].replace(",", ".")
        amount = float(count) if re.fullmatch(r"\d+(?:\.\d+)?", count) else float(parse_number(count))
        if field in ("years", "months") and not amount.is_integer():
            return None
        value = amount * factor
        delta += relativedelta(**{field: int(value) if field in ("years", "months") else value})
        found = True
    return delta if found else None


def _shifted(m: re.Match[str], env: Env, sign: int) -> Resolved | None:
    """The calendar days an offset from publication can fall on ("2 hours ago" may be yesterday)."""
    pub = env.published
    delta = _offset(m["offset"])
    if delta is None:
        return None
    if pub is None:
        return Resolved(None, None, None, relative=True)
    single = [f for f in ("years", "months", "weeks") if getattr(delta, f)]
    if len(single) == 1 and not (delta.days or delta.hours or delta.minutes or delta.seconds):
        # "two months ago" is a month, "three years ago" a year: keep the unit's granularity.
        moved = pub + sign * delta
        if single[0] == "years":
            return Resolved(date(moved.year, 1, 1), date(moved.year, 12, 31), f"{moved.year:04d}", relative=True)
        if single[0] == "months":
            start, end = month_span(moved.year, moved.month)
            return Resolved(start, end, month_timex(start), relative=True)
        start, end = week_span(moved)
        iso = start.isocalendar()
        return Resolved(start, end, f"{iso.year:04d}-W{iso.week:02d}", relative=True)
    midnight = datetime.combine(pub, time())
    earliest = (midnight + sign * delta).date() if sign > 0 else (midnight - delta).date()
    latest = (midnight + timedelta(days=1) - timedelta(seconds=1) + sign * delta).date() if sign > 0 \
        else (midnight + timedelta(days=1) - timedelta(seconds=1) - delta).date()
    start, end = sorted((earliest, latest))
    if delta.hours or delta.minutes or delta.seconds:
        return Resolved(start, end, start.isoformat() if start == end else None, relative=True)
    return Resolved(start, end, start.isoformat(), relative=True)


def _descending(offset: str) -> bool:
    """Do the parts of an offset run from larger units to smaller ("1 year, 2 months and 3 days")?
    "by six seconds three years ago" is two phrases, of which only "three years ago" is a date."""
    sizes = [_OFFSET_UNIT[unit.lower().rstrip("s") if unit.lower().rstrip("s") in _OFFSET_UNIT else unit.lower()]
             for unit in _LETTERS.findall(offset) if unit.lower() not in ("and", "a", "an")
             and (unit.lower().rstrip("s") in _OFFSET_UNIT or unit.lower() in _OFFSET_UNIT)]
    seconds = {"years": 31_536_000, "months": 2_592_000, "weeks": 604_800, "days": 86_400, "hours": 3_600,
               "minutes": 60, "seconds": 1}
    lengths = [seconds[field] * factor for field, factor in sizes]
    return all(a > b for a, b in itertools.pairwise(lengths))


def _ago(m: re.Match[str], env: Env) -> Resolved | None:
    if not _descending(m["offset"]):
        return None  # the single-part pattern below finds "two years ago" in it
    return _shifted(m, env, -1)


def _from_now(m: re.Match[str], env: Env) -> Resolved | None:
    return _shifted(m, env, +1)


_SIGNED_PART = re.compile(rf"(?P<sign>[-+])?\s*(?P<part>(?:\d+(?:[.,]\d+)?|{NUMBER}|\b(?i:an?)\b)\s*[A-Za-z]+)")


def _label(m: re.Match[str], env: Env) -> Resolved | None:
    """A relative expression standing alone on its line, as a timestamp label reads: "3 days"
    and "1 decade 2 years" mean that long ago, "3 months later" and "+2 years" that long ahead,
    "now - 1 day" is arithmetic; a sign carries to the parts after it ("-1 decade +2 years")."""
    if not env.alone:
        return None
    pub = env.published
    direction = (m["dir"] or "").lower()
    default = +1 if direction in ("later", "after", "from now", "hence") else -1
    if m["op"]:
        default = -1 if m["op"] == "-" else +1
    elif "-" not in m["offset"] and "+" not in m["offset"]:
        return _shifted(m, env, default)  # "two months ago", "3 days": the unit's own granularity
    total = relativedelta()
    sign = default
    for part in _SIGNED_PART.finditer(m["offset"]):
        if part["sign"]:
            sign = -1 if part["sign"] == "-" else +1
        delta = _offset(part["part"])
        if delta is None:
            return None
        total += delta if sign > 0 else -delta
    if pub is None:
        return Resolved(None, None, None, relative=True)
    midnight = datetime.combine(pub, time())
    start = (midnight + total).date()
    end = (midnight + timedelta(days=1) - timedelta(seconds=1) + total).date()
    return Resolved(start, end, start.isoformat() if start == end else None, relative=True)


# A first, last or superlative before "in N years" counts back over them: "the first fall in nine years".
_SINCE_FIRST = re.compile(r"\b(?i:first|last|highest|lowest|biggest|largest|smallest|worst|best|strongest|"
                          r"weakest|fastest|slowest|most|fewest|least|record|only)\b[^.,;:!?]*$")


def _in_offset(m: re.Match[str], env: Env) -> Resolved | None:
    """"in three weeks": a date when the clause speaks of the future (otherwise "in two years, sales
    doubled" is a span, not a date)."""
    if not env.future and not env.alone:
        return None
    if _SINCE_FIRST.search(m.string, max(0, m.start() - 60), m.start()):
        return None  # "the first yearly drop in six years", "its lowest level in a decade": a span back
    return _shifted(m, env, +1)


def _weekday(m: re.Match[str], env: Env) -> Resolved | None:
    pub = env.published
    if pub is None:
        return Resolved(None, None, None, relative=True)
    target = weekday_index(m["weekday"])
    if env.future:
        # "will meet on Friday" in a Friday article is that day: wire copy names today by its weekday.
        d = pub + timedelta(days=(target - pub.weekday()) % 7)
    else:
        d = pub - timedelta(days=(pub.weekday() - target) % 7)
    return Resolved(d, d, d.isoformat(), relative=True)


def _bare_month(m: re.Match[str], env: Env) -> Resolved | None:
    groups = m.groupdict()
    month = month_name(next(groups[name] for name in ("month", "month2", "month3") if groups.get(name)))
    year = infer_year(month, None, env)
    if year is None:
        return Resolved(None, None, f"XXXX-{month:02d}", relative=True)
    start, end = month_span(year, month)
    return Resolved(start, end, month_timex(start), relative=True, inferred_year=True)


_Resolver = Callable[[re.Match[str], Env], Resolved | None]
_DIGIT = re.compile(r"\d")
_OFFSET_UNITS = (r"(?:(?i:decades?|years?|yrs?|months?|mons?|weeks?|wks?|days?|hours?|hrs?|minutes?|mins?|"
                 r"seconds?|secs?)|(?<=\d)[ywdh])\b")
_COUNT = rf"(?:\d+(?:[.,]\d+)?|{NUMBER}|\b(?i:an?)\b)"
# "two months", "1 year, 1 month and 1 day", "15 hrs", "1mon"
_OFFSET = rf"{_COUNT}\s*{_OFFSET_UNITS}(?:(?:\s*,\s*|\s+and\s+|\s+){_COUNT}\s*{_OFFSET_UNITS})*"
_PREP = (r"(?i:in|since|by|during|until|till|through|throughout|from|before|after|of|for|early|late|mid|around|"
         r"between|and|or|to|on)")
_WHICH = r"(?P<which>(?i:last|this\s+past|this|next|past|coming|previous))(?:\s+(?i:fiscal|financial|calendar))?"
_UNIT_NAMES = r"(?i:weekend|week|month|quarter|year|decade|spring|summer|autumn|fall|winter)\b"
# (pattern, resolver, name of the group that is the claim's span or None for the whole match, what the text must
# contain for the pattern to have a chance, checked before scanning: see _Gate)
_MONTHS = frozenset(MONTH_NUMBERS)
_WEEKDAYS = frozenset(w.lower() for w in WEEKDAY_NAMES) | frozenset(w[:3].lower() for w in WEEKDAY_NAMES) | {
    "tues", "thur", "thurs"}
_RELATIVE = frozenset({"last", "this", "next", "past", "coming", "previous", "earlier", "later", "early", "late"})
_UNITS = frozenset({"decade", "decades", "year", "years", "yr", "yrs", "month", "months", "mon", "mons", "week",
                    "weeks", "wk", "wks", "day", "days", "hour", "hours", "hr", "hrs", "minute", "minutes", "min",
                    "mins", "second", "seconds", "sec", "secs", "d", "y", "h", "w"})
_DEICTIC = frozenset({"yesterday", "today", "tonight", "tomorrow", "now", "date"})
_PRESENT = frozenset({"now", "currently", "present", "nowadays", "presently"})


class _Gate(NamedTuple):
    """What a text must hold for a date pattern to have a chance; every part given must hold.

    Checked cheapest first: a digit anywhere, one of some lower-case words, then a small pattern.
    """

    digit: bool = False
    words: frozenset[str] | None = None
    pattern: re.Pattern[str] | None = None


_DIGIT_GATE = _Gate(digit=True)
# A weekday written before a date ("Thursday, 9 June"), with the word that made it relative ("last
# Thursday, 9 June"): the date says which day it is, and the weekday check reads the weekday.
_WEEKDAY_BEFORE = re.compile(rf"(?:\b(?i:last|this|next|past)\s+)?"
                             rf"\b((?:{'|'.join(WEEKDAY_NAMES)})\b|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.)"
                             r",?\s+$")
_YEAR_SPAN = re.compile(r"\d{4}[-–]\d\d")
# Compiled on first use: a short draft compiles only the patterns its words admit.
_RULES: list[tuple[LazyPattern, _Resolver, str | None, _Gate]] = [
    # Patterns led by digits check what precedes them after the digits (a look-behind first would stop
    # the regex engine from scanning for the first digit).
    (LazyPattern(r"(?P<year>\d{4})(?<!\w\d{4})-(?P<mon>0[1-9]|1[0-2])-(?P<day>[0-3]\d)\b"), _iso, None, _DIGIT_GATE),
    # A weekday before these ("Monday, March 2") is read backwards in find_dates, so that the
    # patterns start with a character the regex engine can scan for.
    (LazyPattern(rf"{MONTH}\s+{DAY}(?!\s*(?:%|,\d))(?:,?\s+{YEAR})?"), _month_day, None,
     _Gate(True, _MONTHS)),
    (LazyPattern(rf"(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?"), _month_day, None,
     _Gate(True, _MONTHS)),
    (LazyPattern(rf"{_PARTS}[\s-]+(?:(?P<which>(?i:next|last|this))\s+(?={MONTH_ALTERNATION}))?{MONTH}?"
                 rf"(?:,?\s*{YEAR}(?P<decade>[’']?s\b)?)?"), _part_period, None,
     _Gate(words=frozenset({"early", "mid", "late", "end", "start", "beginning", "middle", "half"}))),
    (LazyPattern(rf"{MONTH},?\s+(?:of\s+)?{YEAR}"), _month_year, None, _Gate(True, _MONTHS)),
    (LazyPattern(rf"(?:(?:the\s+)?(?:Q(?P<q>[1-4])|(?P<qw>(?i:first|second|third|fourth))[\s-]quarter"
                 rf"(?:\s+of)?|(?P<h>H[12])|(?P<hw>(?i:first|second))\s+half\s+of)\s*(?:FY\s?|fiscal\s+)?{YEAR})"),
     _quarter, None, _Gate(True, frozenset({"q", "h", "quarter", "half"}))),
    (LazyPattern(rf"(?P<season>(?i:spring|summer|autumn|fall|winter))\s+(?:of\s+)?{YEAR}"), _season, None,
     _Gate(True, frozenset({"spring", "summer", "autumn", "fall", "winter"}))),
    (LazyPattern(r"(?<![\w$€£¥])(?:the\s+)?(?P<decade>(?:1[6-9]|20)\d0)[’']?s\b"), _decade, None,
     _Gate(True, frozenset({"s"}), re.compile(r"\d0[’']?s\b"))),
    (LazyPattern(r"(?P<word>\b(?i:(?:the\s+)?day\s+before\s+yesterday|(?:the\s+)?day\s+after\s+tomorrow|yesterday|"
                 r"today|tonight|tomorrow|just\s+now|right\s+now|till\s+date|to\s+date)\b)"),
     _deictic, None, _Gate(words=_DEICTIC)),
    (LazyPattern(r"(?P<rel>\b(?i:earlier|later|early|late))\s+(?P<which>(?i:this|last|next))\s+"
                 r"(?P<unit>(?i:week|month|year))\b"), _part_of_unit, None, _Gate(words=_RELATIVE)),
    (LazyPattern(rf"\b{_WHICH}\s+(?P<unit>{WEEKDAY}|{MONTH}|{_UNIT_NAMES})"), _which_unit, None,
     _Gate(words=_RELATIVE)),
    (LazyPattern(rf"(?m)^[ \t]*(?:(?i:now)\s*(?P<op>[-+])\s*)?(?P<offset>[-+]?\s*{_OFFSET}"
                 rf"(?:\s*[-+]\s*{_OFFSET})*)(?:\s+(?P<dir>(?i:ago|before|earlier|later|after|from\s+now|hence)))?"
                 r"[ \t.]*$"), _label, None, _Gate(words=_UNITS)),
    (LazyPattern(rf"(?:\b(?i:about|around|roughly|nearly|almost|some|over|more\s+than)\s+)?(?P<offset>{_OFFSET})"
                 r"\s+(?i:ago)\b"), _ago, None, _Gate(words=frozenset({"ago"}))),
    (LazyPattern(rf"(?P<offset>{_COUNT}\s*{_OFFSET_UNITS})\s+(?i:ago)\b"), _ago, None, _Gate(words=frozenset({"ago"}))),
    (LazyPattern(rf"(?P<offset>{_OFFSET})\s+(?i:from\s+now|from\s+today|hence)\b"), _from_now, None,
     _Gate(words=frozenset({"now", "today", "hence"}), pattern=re.compile(r"(?i:from\s+(?:now|today)|hence)\b"))),
    (LazyPattern(rf"\b(?i:in|within|after)\s+(?:(?i:about|around|roughly|some)\s+)?(?P<offset>{_OFFSET})"
                 rf"(?:[’']?\s+(?i:time)\b)?(?!\s+(?i:ago|old|after|before|later|earlier)\b)"),
     _in_offset, None, _Gate(words=_UNITS)),
    # A year standing as a word (after a space, a bracket or at the start): "in 2025", "a 2009 analysis".
    (LazyPattern(rf"(?P<core>{YEAR})(?<![^\s(]\d{{4}})\b"
                 r"(?!\s*(?:[-–]\d|(?i:percent|per\s?cent|million|billion|thousand)\b))"), _year, "core", _DIGIT_GATE),
    # A span of years: "the 2009-2010 pandemic", "the expedition of 1957-58" (each year its own claim).
    (LazyPattern(r"(?<![\d-])(?P<core>(?P<year>(?:1[6-9]|20)\d\d))(?=[-–](?:\d\d|(?:1[6-9]|20)\d\d)\b(?![-–]\d))"),
     _year, "core", _Gate(True, pattern=_YEAR_SPAN)),
    (LazyPattern(r"(?<![\d-])(?P<first>(?:1[6-9]|20)\d\d)[-–](?P<core>\d\d|(?:1[6-9]|20)\d\d)\b(?![-–]\d)"),
     _second_year, "core", _Gate(True, pattern=_YEAR_SPAN)),
    (LazyPattern(r"\b(?:the\s+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|(?i:nineteenth|twentieth|twenty-first|eighteenth))"
                 r"\s+(?i:century)\b"), _century, None, _Gate(words=frozenset({"century"}))),
    (LazyPattern(r"\b(?i:now|currently|at\s+present|nowadays|presently)\b(?!-)"), _present, None,
     _Gate(words=_PRESENT)),
    # "on Wednesday, 11 days after …": a count of days after the weekday is no day of the month
    (LazyPattern(rf"\b(?P<core>{WEEKDAY})(?!,?\s+(?:the\s+)?\d(?!\d?\s+{_OFFSET_UNITS}))"
                 rf"(?!,?\s+(?:{MONTH_ALTERNATION})|\w)"),
     _weekday, "core", _Gate(words=_WEEKDAYS)),
    # A month naming something of its own: "its July report", "the November ballot", "July's swim",
    # "admitted that October had been slow".
    (LazyPattern(rf"\b(?i:the|its|their|his|her|this|that)\s+(?P<core>{MONTH})(?=\s+[a-z])(?!\s+(?:of|to|and|or)\b)"
                 r"(?![^.,;]{0,16}\b(?:1[6-9]|20)\d\d\b)"  # "that January day in 2011": the year comes later
                 rf"|(?P<poss>(?P<month2>{MONTH_ALTERNATION}))['’]s\b"
                 rf"|\b(?i:that|when|after|before|as|while)\s+(?P<subject>(?P<month3>{MONTH_ALTERNATION}))"
                 r"(?=\s+(?:had|has|was|is|saw|brought|proved)\b)"), _bare_month, "core|poss|subject",
     _Gate(words=_MONTHS)),
    # "in March", "In October, 71.4% …" (a year after the comma would make it "October, 2023")
    (LazyPattern(rf"\b(?:{_PREP})\s+(?P<core>{MONTH})(?!\s*\d)(?!,?\s+(?:of\s+)?(?:1[6-9]|2[01])\d\d\b)"),
     _bare_month, "core",
     _Gate(words=_MONTHS)),
]

# Reporting periods (quarters, halves, fiscal years, "the year to June 30"): see verify.extract.periods.
_RULES += [(LazyPattern(pattern), resolver, core, _Gate(words=gate, pattern=gate_pattern))
           for pattern, resolver, core, gate, gate_pattern in PERIOD_RULES]


# Each gate word → the rules it admits; rules without a words part are admitted by every text.
_RULES_BY_WORD: dict[str, set[int]] = {}
for _index, (*_, _gate) in enumerate(_RULES):
    for _word in _gate.words or ():
        _RULES_BY_WORD.setdefault(_word, set()).add(_index)
_GATE_WORDS = frozenset(_RULES_BY_WORD)
_WORDLESS_RULES = frozenset(index for index, (*_, gate) in enumerate(_RULES) if gate.words is None)


@lru_cache(maxsize=4096)
def _admitted_by_words(has_digit: bool, shared: frozenset[str]) -> tuple[int, ...]:
    """The rules admitted by a digit (or none) and these gate words, in priority order."""
    indices = set(_WORDLESS_RULES)
    for word in shared:
        indices |= _RULES_BY_WORD[word]
    return tuple(sorted(index for index in indices if has_digit or not _RULES[index][3].digit))


def _admitted(has_digit: bool, words: frozenset[str], text: str) -> list[int]:
    """The rules whose gate the text passes, in priority order (texts share few gate words: cached)."""
    return [index for index in _admitted_by_words(has_digit, words & _GATE_WORDS)
            if _RULES[index][3].pattern is None or _RULES[index][3].pattern.search(text)]


_LABEL_REACH = 200  # a label's line is short: look no further for its ends (one-line megabyte texts stay linear)


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` the only thing on its line (bar quotes, brackets and final punctuation)?"""
    window_start = max(0, start - _LABEL_REACH)
    line_start = text.rfind("\n", window_start, start) + 1
    if line_start == 0 and window_start > 0:
        return False
    line_end = text.find("\n", end, end + _LABEL_REACH)
    if line_end < 0:
        if end + _LABEL_REACH < len(text):
            return False
        line_end = len(text)
    return (not text[line_start:start].strip(" \t\"'“(")
            and not text[end:line_end].strip(" \t.!?\"'”)"))


def _span_of(match: re.Match[str], core: str | None) -> tuple[int, int]:
    """The claim's span: the whole match, or its first ``core`` group that took part ("a|b" names two)."""
    for name in core.split("|") if core else ():
        if match.start(name) >= 0:
            return match.span(name)
    return match.span()


def _sentence_around(text: str, offset: int) -> tuple[int, int]:
    """A sentence's bounds when the caller knows none: from the last full stop to the next."""
    start = max(text.rfind(". ", 0, offset), text.rfind("\n", 0, offset)) + 1
    ends = [i for i in (text.find(". ", offset), text.find("\n", offset)) if i >= 0]
    return start, min(ends) + 1 if ends else len(text)


# The resolvers that read whether their expression stands alone on its line (a label, a timestamp).
_READS_ALONE = frozenset({_label, _in_offset, _which_unit})


def find_dates(text: str, published: date | None, *,
               sentence_at: Callable[[int], tuple[int, int]] | None = None,
               words: frozenset[str] | None = None) -> list[Claim]:
    """All date expressions in ``text`` as claims with resolved intervals.

    ``sentence_at(offset)`` gives the bounds of the sentence around an offset, where the tense
    of a date written without its year is read (see :mod:`verify.extract.tense`); by default
    sentences end at full stops and line breaks. ``words`` (the text's lower-case words) saves
    recomputing them when known.
    """
    bounds = sentence_at or (lambda offset: _sentence_around(text, offset))
    words = words_of(text) if words is None else words
    fiscal_end = fiscal_year_end(text, words)
    has_digit = _DIGIT.search(text) is not None
    candidates: list[tuple[int, int, int, Resolved]] = []
    for priority in _admitted(has_digit, words, text):
        pattern, resolver, core, _ = _RULES[priority]
        for match in pattern.finditer(text):
            start, end = _span_of(match, core)
            alone = resolver in _READS_ALONE and _alone_on_line(text, match.start(), match.end())
            weekday = None
            if resolver is _month_day:
                written = _WEEKDAY_BEFORE.search(text, max(0, start - 22), start)
                if written:
                    weekday, start = written.group(1), written.start()

            def read_tense(start: int = start, end: int = end) -> str | None:
                sentence_start, sentence_end = bounds(start)
                return tense_at(text, sentence_start, sentence_end, start, end)

            try:
                resolved = resolver(match, Env(published, alone=alone, weekday=weekday, read_tense=read_tense,
                                               fiscal_end=fiscal_end))
            except (ValueError, OverflowError):  # "in 8000 years", "999999 weeks ago": past year 9999 or before 1
                resolved = None
            if resolved is not None:
                candidates.append((start, end, priority, resolved))
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0]), c[2]))
    claims: list[Claim] = []
    for start, end, _, resolved in candidates:
        if claims and start < claims[-1].end:
            continue
        value: dict[str, object] = {
            "start": resolved.start.isoformat() if resolved.start else None,
            "end": resolved.end.isoformat() if resolved.end else None,
        }
        if resolved.relative:
            value["relative"] = True
        if resolved.timex and resolved.start:
            value["timex"] = resolved.timex
        if resolved.inferred_year and resolved.start:
            value["year_inferred"] = True
        claims.append(Claim("date", start, end, value))
    return link_dates(text, elliptical_quarters(text, claims), published, words, bounds)

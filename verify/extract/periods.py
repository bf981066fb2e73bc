"""Reporting periods as companies and statistics offices write them, often without a year.

"the second quarter", "fourth-quarter sales", "the June quarter", "the first half", "fiscal 2024",
"FY2024", "the year to March 2006", "the three months to September", "the first nine months of
2019", "the current financial year", "the first week of December", and seasons without a year
("in the spring"). A period without its year is the latest one that has begun by publication, or
in a future clause the first that has not ended; a fiscal year ends in the month the article
says it does ("the year to June 30", "a financial year ending in March"), else in December.

>>> from datetime import date
>>> from verify.extract.dates import find_dates
>>> pub = date(2019, 10, 24)
>>> [(c.value["start"], c.value["end"]) for c in find_dates("Third-quarter profit fell; "
...     "the group will gain in the fourth quarter.", pub)]
[('2019-07-01', '2019-09-30'), ('2019-10-01', '2019-12-31')]
>>> [(c.value["start"], c.value["end"]) for c in find_dates("Exports for fiscal 2019, the year to March 31, grew.",
...                                                           date(2019, 5, 20))]
[('2018-04-01', '2019-03-31'), ('2018-04-01', '2019-03-31')]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from verify.claims import Claim
from verify.extract.dateparts import (
    DAY,
    MONTH,
    MONTH_ALTERNATION,
    SEASONS,
    YEAR,
    Env,
    Resolved,
    infer_year,
    month_name,
    month_span,
    safe_date,
)
from verify.extract.lexicon import words

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
           "eleven": 11, "twelve": 12}
_COUNT = r"(?P<n>(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|[1-9]|1[0-2])"
_NOT_A_YEAR_AFTER = r"(?!\s+(?:of\b|(?:FY\s?|fiscal\s+)?(?:1[6-9]|20|21)\d\d))"
_FISCAL = r"(?i:fiscal|financial)"


_FISCAL_WORDS = frozenset({"fiscal", "financial"})

_LOWER_WORDS = re.compile(r"[a-z-]+")

def _count(text: str) -> int:
    return int(text) if text.isdigit() else _COUNTS[text.lower()]


Period = Callable[[int], tuple[date, date]]  # a year → that year's occurrence of the period


def _occurrence(period: Period, env: Env, *, default_past: bool = False, reported: bool = False
                ) -> tuple[date, date] | None:
    """The occurrence of a period written without its year: the latest begun by publication, or in a
    future clause the first not yet over (``default_past``: a past clause unless the future is said).
    ``reported``: a reporting period (a quarter, a half) told in a past clause is one already over:
    "output was 51,000 tonnes in the September quarter", written in July, is last year's."""
    pub = env.published
    if pub is None:
        return None
    years = range(pub.year - 2, pub.year + 3)
    if env.tense == "future" and not default_past:
        return next(span for span in map(period, years) if span[1] >= pub)
    begun = [span for span in map(period, years) if span[0] <= pub]
    if reported and env.tense == "past" and begun[-1][1] >= pub:
        return begun[-2]
    return begun[-1]


def _resolved(span: tuple[date, date] | None, timex: str | None = None) -> Resolved:
    if span is None:
        return Resolved(None, None, None, relative=True)
    return Resolved(span[0], span[1], timex, relative=True, inferred_year=True)


def _quarter_span(year: int, q: int) -> tuple[date, date]:
    return date(year, 3 * q - 2, 1), month_span(year, 3 * q)[1]


def fiscal_span(year: int, end_month: int) -> tuple[date, date]:
    """The fiscal year that ends in ``end_month`` of ``year``: ``fiscal_span(2015, 6)`` is July 2014–June 2015."""
    end = month_span(year, end_month)[1]
    return end - relativedelta(years=1) + timedelta(days=1), end


def _quarter(m: re.Match[str], env: Env) -> Resolved | None:
    """"the second quarter", "third-quarter profit", "Q4": a calendar quarter without its year."""
    q = int(m["q"]) if m["q"] else _ORDINALS[m["qw"].lower()]
    span = _occurrence(lambda year: _quarter_span(year, q), env, reported=True)
    return _resolved(span, f"{span[0].year:04d}-Q{q}" if span else None)


def _month_quarter(m: re.Match[str], env: Env) -> Resolved | None:
    """"the June quarter", "the quarter to September": the three months that end in the month."""
    last = month_name(m["month"] or m["month2"])

    def period(year: int) -> tuple[date, date]:
        end = month_span(year, last)[1]
        return (end.replace(day=1) - relativedelta(months=2)), end

    return _resolved(_occurrence(period, env, reported=True))


def _half(m: re.Match[str], env: Env) -> Resolved | None:
    """"the second half", "the first half of the financial year"; not a match's second half."""
    sentence_start = m.string.rfind(".", 0, m.start()) + 1
    sentence_end = m.string.find(".", m.end())
    sentence = m.string[sentence_start:sentence_end if sentence_end >= 0 else len(m.string)].lower()
    if not words("periods", "sport").isdisjoint(_LOWER_WORDS.findall(sentence)):
        return None
    first = m["hw"].lower() == "first"
    end_month = env.fiscal_end if m["fy"] else 12

    def period(year: int) -> tuple[date, date]:
        start, end = fiscal_span(year, end_month)
        middle = start + relativedelta(months=6)
        return (start, middle - timedelta(days=1)) if first else (middle, end)

    span = _occurrence(period, env)
    timex = f"{span[0].year:04d}-H{1 if first else 2}" if span and end_month == 12 else None
    return _resolved(span, timex)


def _months_to(m: re.Match[str], env: Env) -> Resolved | None:
    """"the three months to September", "the year to June 30", "the 12 months to March 2006"."""
    months = 12 if m["year_word"] else _count(m["n"])
    last = month_name(m["month"])
    if m["year"]:
        year: int | None = int(m["year"])
    else:  # a period that ends in a month is read in the past unless the clause says otherwise
        year = infer_year(last, None, env if env.tense == "future" else Env(env.published, "past"))
    if year is None:
        return Resolved(None, None, None, relative=True)
    end = safe_date(year, last, int(m["day"])) if m["day"] else month_span(year, last)[1]
    if end is None:
        return None
    start = end.replace(day=1) - relativedelta(months=months - 1)
    return Resolved(start, end, None, relative=not m["year"], inferred_year=not m["year"])


def _first_months(m: re.Match[str], env: Env) -> Resolved | None:
    """"the first nine months of 2019", "the first half of fiscal 2024" (months from the year's start)."""
    start = fiscal_span(int(m["year"]), env.fiscal_end if m["fiscal"] else 12)[0]
    end = start + relativedelta(months=_count(m["n"])) - timedelta(days=1)
    return Resolved(start, end, None)


def _fiscal_year(m: re.Match[str], env: Env) -> Resolved | None:
    """"fiscal 2024", "FY24", "financial year 2023-24": the fiscal year that ends in that year."""
    if m["y2"]:
        first = int(m["y1"])
        year = first // 100 * 100 + int(m["y2"]) if len(m["y2"]) == 2 else int(m["y2"])
        if year != first + 1:
            return None
    elif m["fy"]:
        year = int(m["fy"]) if len(m["fy"]) == 4 else 2000 + int(m["fy"])
    else:
        year = int(m["year"])
    start, end = fiscal_span(year, env.fiscal_end)
    return Resolved(start, end, f"{year:04d}" if env.fiscal_end == 12 else None)


def _which_fiscal_year(m: re.Match[str], env: Env) -> Resolved | None:
    """"the current financial year", "next fiscal year": the fiscal year around publication, or a neighbour."""
    pub = env.published
    if pub is None:
        return Resolved(None, None, None, relative=True)
    step = {"current": 0, "next": 1, "coming": 1, "last": -1, "previous": -1}[m["which"].lower()]
    current = next(fiscal_span(year, env.fiscal_end) for year in range(pub.year, pub.year + 2)
                   if fiscal_span(year, env.fiscal_end)[1] >= pub)
    start, end = current[0] + relativedelta(years=step), current[1] + relativedelta(years=step)
    return Resolved(start, month_span(end.year, end.month)[1], None, relative=True)


def _week_of(m: re.Match[str], env: Env) -> Resolved | None:
    """"the first week of December": days 1–7 (the last week: the month's last seven days)."""
    month = month_name(m["month"])
    year = int(m["year"]) if m["year"] else infer_year(month, None, env)
    if year is None:
        return Resolved(None, None, None, relative=True)
    first, last = month_span(year, month)
    which = m["nth"].lower()
    start = last - timedelta(days=6) if which in ("last", "final") else first + timedelta(weeks=_ORDINALS[which] - 1)
    end = min(start + timedelta(days=6), last)
    return Resolved(start, end, None, relative=not m["year"], inferred_year=not m["year"])


def _season(m: re.Match[str], env: Env) -> Resolved | None:
    """"in the spring", "through the winter": the season nearest publication in the clause's tense."""
    month, code = SEASONS[m["season"].lower()]
    year = infer_year(month, None, env)
    if year is None:
        return Resolved(None, None, None, relative=True)
    start = date(year, month, 1)
    return Resolved(start, start + relativedelta(months=3) - timedelta(days=1), f"{year:04d}-{code}",
                    relative=True, inferred_year=True)


# A past clause speaks of an end more than this far ahead only about the year before ("flu cases
# peaked by the end of the year", written in March); nearer, it is this one ("raised its year-end
# forecast", written in November).
_STILL_TO_COME = timedelta(days=92)


def _part_of_current(m: re.Match[str], env: Env) -> Resolved | None:
    """"the end of the year", "the start of the month": a day of the publication's year or month, or
    of the one before when a past clause speaks of an end still months away ("peaked by the end of year")."""
    pub = env.published
    if pub is None:
        return Resolved(None, None, None, relative=True)
    year_unit = m["unit"].lower() == "year"
    ending = m["part"].lower().startswith("the end")

    def day_of(year: int, month: int) -> date:
        start, end = (date(year, 1, 1), date(year, 12, 31)) if year_unit else month_span(year, month)
        return end if ending else start

    day = day_of(pub.year, pub.month)
    if day > pub + _STILL_TO_COME and env.tense == "past":
        earlier = pub - relativedelta(years=1) if year_unit else pub.replace(day=1) - timedelta(days=1)
        day = day_of(earlier.year, earlier.month)
    timex = f"{day.year:04d}" if year_unit else f"{day.year:04d}-{day.month:02d}"
    return Resolved(day, day, timex, relative=True)


def _year_end(m: re.Match[str], env: Env) -> Resolved | None:
    """"year-end": the last day of the publication's year (of the year before in a past clause written
    early in the year, as "the end of the year" is)."""
    pub = env.published
    if pub is None:
        return Resolved(None, None, None, relative=True)
    day = date(pub.year, 12, 31)
    if day > pub + _STILL_TO_COME and env.tense == "past":
        day = date(pub.year - 1, 12, 31)
    return Resolved(day, day, f"{day.year:04d}", relative=True)


def _year_so_far(m: re.Match[str], env: Env) -> Resolved | None:
    """"so far this year", "the year to date": from 1 January to publication."""
    pub = env.published
    if pub is None:
        return Resolved(None, None, None, relative=True)
    return Resolved(date(pub.year, 1, 1), pub, None, relative=True)


def _quarter_century_ago(m: re.Match[str], env: Env) -> Resolved | None:
    """"a quarter of a century ago": the year 25 years before publication."""
    pub = env.published
    if pub is None:
        return Resolved(None, None, None, relative=True)
    year = pub.year - 25
    return Resolved(date(year, 1, 1), date(year, 12, 31), f"{year:04d}", relative=True)


_FISCAL_END = re.compile(
    rf"{_FISCAL}\s+year\s+(?:that\s+|which\s+)?(?i:ends?|ending|ended|runs?\s+to|to)\s+(?:on\s+|in\s+)?(?:the\s+end\s+of\s+)?"
    rf"(?P<m1>{MONTH_ALTERNATION})|(?i:the)\s+(?:{_FISCAL}\s+)?(?i:year)\s+(?i:to|ended|ending)\s+"
    rf"(?P<m2>{MONTH_ALTERNATION})\s+\d{{1,2}}\b")


def fiscal_year_end(text: str, text_words: frozenset[str]) -> int:
    """The month the article's fiscal year ends in: read from "the year to June 30" or "a financial year
    ending in March" when the article speaks of fiscal years at all; December otherwise.

    >>> fiscal_year_end("Fiscal 2019, the year to March 31, was lean.", frozenset({"fiscal"}))
    3
    """
    if text_words.isdisjoint(_FISCAL_WORDS):
        return 12
    found = _FISCAL_END.search(text)
    return month_name(found["m1"] or found["m2"]) if found else 12


# (pattern, resolver, the group that is the claim's span ("a|b": the first that took part) or None for the
# whole match, gate words, and a small pattern the text must hold first where the words are common):
# merged into the table of verify.extract.dates.
Rule = tuple[str, Callable[[re.Match[str], Env], Resolved | None], str | None, frozenset[str], re.Pattern[str] | None]
RULES: list[Rule] = [
    (rf"(?P<core>(?:(?i:the)\s+)?(?P<qw>(?i:first|second|third|fourth))[\s-](?i:quarter)\b){_NOT_A_YEAR_AFTER}"
     # "in Q3"; not a name ("Vidu Q3 Pro") nor "Q3 2025" (a year follows: the dated pattern)
     r"|\b(?:in|for|of|the|its|their|during|by|until|and)\s(?P<q_core>Q(?P<q>[1-4]))\b"
     r"(?!\s*(?:FY\s?)?['’]?\d|\s+[A-Z])", _quarter, "core|q_core", frozenset({"quarter", "q"}), None),
    (r"(?:(?i:the)\s+)?(?P<month>March|June|September|December|Mar|Jun|Sept|Sep|Dec)[\s-](?i:quarter)\b"
     r"|(?i:the\s+quarter\s+(?:to|ending|ended))\s+(?P<month2>March|June|September|December)\b",
     _month_quarter, None, frozenset({"quarter"}), None),
    (rf"(?:(?i:the)\s+)?(?P<hw>(?i:first|second))\s+(?i:half)\b"
     rf"(?:\s+of\s+(?:the\s+|this\s+)?(?P<fy>{_FISCAL}\s+)?(?i:year)\b)?(?!\s+of\b|\s+(?:1[6-9]|20|21)\d\d)",
     _half, None, frozenset({"half"}), None),
    (rf"(?:(?i:the)\s+)?(?:(?P<year_word>(?i:year))|{_COUNT}\s+(?i:months))\s+(?i:to|ended|ending|through)\s+"
     rf"(?:(?i:the\s+end\s+of)\s+)?{MONTH}(?:\s+{DAY})?(?:,?\s+{YEAR})?", _months_to, None,
     frozenset({"year", "months"}), re.compile(r"(?i:year|months)\s+(?i:to|ended|ending|through)\s")),
    (rf"(?:(?i:the)\s+)?(?i:first)\s+{_COUNT}\s+(?i:months)\s+of\s+(?P<fiscal>{_FISCAL}\s+(?:(?i:year)\s+)?)?{YEAR}",
     _first_months, None, frozenset({"months"}), re.compile(r"(?i:first)\s+\w+\s+(?i:months)")),
    (rf"\b{_FISCAL}\s+(?:(?i:year)\s+)?(?:(?P<y1>(?:19|20)\d\d)[-–/](?P<y2>\d\d(?:\d\d)?)\b|{YEAR})"
     r"|\bFY\s?(?P<fy>(?:19|20)\d\d|\d\d)\b", _fiscal_year, None, frozenset({"fiscal", "financial", "fy"}), None),
    (rf"(?:(?i:the)\s+)?(?P<which>(?i:current|next|coming|last|previous))\s+{_FISCAL}\s+(?i:year)\b",
     _which_fiscal_year, None, frozenset({"fiscal", "financial"}), None),
    (rf"(?:(?i:the)\s+)?(?P<nth>(?i:first|second|third|fourth|last|final))\s+(?i:week)\s+of\s+{MONTH}"
     rf"(?:,?\s+{YEAR})?", _week_of, None, frozenset({"week"}), re.compile(r"(?i:week)\s+of\s")),
    (r"\b(?i:in|during|through|throughout|over|by|until|since|before|after)\s+(?P<core>(?i:the)\s+"
     r"(?P<season>(?i:spring|summer|autumn|winter)))\b(?![\s-](?:of\b|(?i:term|semester|holiday|holidays|"
     r"olympics|games|collection|schedule|transfer|window|season|solstice|months)\b))", _season, "core",
     frozenset({"spring", "summer", "autumn", "winter"}), None),
    (r"\b(?i:year[\s-]end)\b", _year_end, None, frozenset({"year"}), re.compile(r"(?i:year[\s-]end)\b")),
    (r"\b(?i:so\s+far\s+this\s+year|(?:the\s+)?year[\s-]to[\s-]date)\b", _year_so_far, None, frozenset({"year"}),
     re.compile(r"(?i:so\s+far\s+this|year[\s-]to[\s-]date)")),
    (r"\b(?i:a\s+)?(?i:quarter)\s+of\s+a\s+(?i:century)\s+(?i:ago)\b", _quarter_century_ago, None,
     frozenset({"century"}), None),
    (r"(?P<part>(?i:the\s+(?:end|start|beginning)\s+of))\s+(?:(?i:the|this)\s+)?(?P<unit>(?i:year|month))\b",
     _part_of_current, None, frozenset({"end", "start", "beginning"}),
     re.compile(r"(?i:end|start|beginning)\s+of\s+(?:(?i:the|this)\s+)?(?i:year|month)\b")),
]



# "… in the first quarter, £452m in the second and £471m in the third": an ordinal closing its phrase
_ELLIPTICAL = re.compile(r"\b(?:in|for|during)\s+the\s+(?P<ordinal>second|third|fourth)\b(?=\s*(?:[,;.)]|and\b|or\b|"
                         r"while\b|before\b|when\b|with\b|as\b|but\b|$))", re.IGNORECASE)
_QUARTER_TIMEX = re.compile(r"(?P<year>\d{4})-Q(?P<q>[1-4])$")


def elliptical_quarters(text: str, claims: list[Claim]) -> list[Claim]:
    """The quarters a sentence names by their ordinal alone after naming one in full: in "Revenue was £438m in
    the first quarter, £452m in the second and £471m in the third", the second and third quarters of the
    first one's year. Each later ordinal must come after the last one; a full stop ends the list.

    >>> from verify.extract.dates import find_dates
    >>> text = "Sales were £4m in the first quarter, £5m in the second and £6m in the third."
    >>> [(text[c.start:c.end], c.value["timex"]) for c in find_dates(text, date(2026, 3, 5))]
    [('the first quarter', '2025-Q1'), ('the second', '2025-Q2'), ('the third', '2025-Q3')]
    """
    added: list[Claim] = []
    for claim in claims:
        found = _QUARTER_TIMEX.match(str(claim.value.get("timex", "")))
        if claim.type != "date" or not found:
            continue
        year, last = int(found["year"]), int(found["q"])
        stop = text.find(".", claim.end)
        for match in _ELLIPTICAL.finditer(text, claim.end, stop if stop >= 0 else len(text)):
            quarter = _ORDINALS[match["ordinal"].lower()]
            if quarter <= last:
                break
            start, end = _quarter_span(year, quarter)
            value = {**claim.value, "start": start.isoformat(), "end": end.isoformat(),
                     "timex": f"{year:04d}-Q{quarter}"}
            ordinal = match.start("ordinal") - len("the ")
            added.append(Claim("date", ordinal, match.end("ordinal"), value))
            last = quarter
    taken = [(c.start, c.end) for c in claims]
    fresh = [c for c in added if not any(s < c.end and c.start < e for s, e in taken)]
    return sorted([*claims, *fresh], key=lambda c: c.start) if fresh else claims

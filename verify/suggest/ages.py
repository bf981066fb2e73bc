"""``age.*``: the age a birth or founding date implies on the publication date.

A year alone ("born in 1988") allows two ages, before and after the birthday: both are offered, the
more likely first (the one after the anniversary once more than half the year has gone by).
A date range of more than a year (a decade) allows more; only ranges of up to three ages are offered. A full
date ("born 3 March 1931") allows one.

>>> from datetime import date
>>> from verify.claims import Claim
>>> age = Claim("duration", 0, 11, {"amount": 26, "unit": "year", "age": True}, text="26-year-old")
>>> born = Claim("date", 40, 44, {"start": "1988-01-01", "end": "1988-12-31"}, text="1988")
>>> [s.replacement for s in suggest_age(age, born, date(2016, 6, 27))]
['27-year-old', '28-year-old']
>>> suggest_age(age, born, date(2016, 6, 27))[0].why
'1988 to 2016-06-27: 27 years before the anniversary, 28 after'
>>> exact = Claim("date", 40, 52, {"start": "1931-03-03", "end": "1931-03-03"}, text="3 March 1931")
>>> [(s.replacement, s.why) for s in suggest_age(age, exact, date(2015, 11, 14))]
[('84-year-old', '3 March 1931 to 2015-11-14: 84 years')]
"""

from __future__ import annotations

from datetime import date

from verify.checks.common import years_between
from verify.claims import Claim
from verify.suggest.figures import restate
from verify.suggest.model import Suggestion

_MOST_AGES = 3


def suggest_age(age: Claim, event: Claim, published: date | None) -> list[Suggestion]:
    if published is None or not event.value.get("start") or not event.value.get("end"):
        return []
    earliest, latest = date.fromisoformat(event.value["start"]), date.fromisoformat(event.value["end"])
    oldest, youngest = years_between(earliest, published), years_between(latest, published)
    if youngest < 0:
        return []
    ages = list(range(youngest, oldest + 1))
    if len(ages) > _MOST_AGES:
        return []
    elapsed = (published - date(published.year, 1, 1)).days / 365
    if len(ages) > 1 and elapsed > 0.5:
        ages.reverse()
    origin = " ".join(event.text.split())
    found = []
    for value in ages:
        replacement = restate(age, value)
        if not replacement or replacement == age.text:
            continue
        if len(ages) == 1:
            why = f"{origin} to {published.isoformat()}: {value} years"
        else:
            why = f"{origin} to {published.isoformat()}: {youngest} years before the anniversary, {oldest} after"

        found.append(Suggestion(age, replacement, why))
    return found

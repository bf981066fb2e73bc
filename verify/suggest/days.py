"""``date.weekday`` and ``date.interval``: what the calendar says.

- A weekday beside a date that falls on another day: the weekday of the date as written ("Tuesday,
  Dec. 17"), then the date of the weekday as written that lies nearest it ("Thursday, Dec. 19"; the
  nearest such day is always within three days, and for a date near publication it is also the
  one nearest the publication date). The date is changed only within its month.
- "N months after": the gap the two dates give, in the duration's unit.
- One event dated by a weekday alone and by a date up to three days off ("on Wednesday" … "the May 9
  vote"): the weekday pins the day, so the side the rule flags is brought to the other's day.

>>> from datetime import date
>>> from verify.claims import Claim
>>> day = Claim("date", 0, 17, {"start": "2013-12-17", "end": "2013-12-17"}, text="Thursday, Dec. 17")
>>> [(s.replacement, s.why) for s in suggest_weekday(day)]  # doctest: +NORMALIZE_WHITESPACE
[('Tuesday, Dec. 17', '2013-12-17 is a Tuesday'),
 ('Thursday, Dec. 19', 'the nearest Thursday to 2013-12-17 is 2013-12-19')]
>>> gap = Claim("duration", 0, 15, {"amount": 14, "unit": "month", "relation": "after"}, text="14 months after")
>>> later = Claim("date", 0, 6, {"start": "2020-09-21", "end": "2020-09-21"}, text="Monday")
>>> earlier = Claim("date", 0, 10, {"start": "2019-03-01", "end": "2019-03-31"}, text="March 2019")
>>> [(s.replacement, s.why) for s in suggest_interval(gap, later, earlier)]
[('18 months after', '"March 2019" (2019-03-01) to "Monday" (2020-09-21) is 18 months')]
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from verify.claims import Claim
from verify.extract.context import WEEKDAY_NAMES
from verify.suggest.figures import restate
from verify.suggest.model import Suggestion

_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAY_NAMES) + r"|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\b", re.IGNORECASE)


def _single_day(claim: Claim) -> date | None:
    start, end = claim.value.get("start"), claim.value.get("end")
    return date.fromisoformat(start) if start and start == end else None


def _weekday_word(name: str, like: str) -> str:
    """``name`` ("Tuesday") in the form of ``like`` ("Thu" → "Tue", "THURSDAY" → "TUESDAY")."""
    word = name if len(like) > 4 else name[:len(like)] if len(like) == 3 else name[:4 if name == "Thursday" else 3]
    if like.isupper():
        return word.upper()
    return word if like[:1].isupper() else word.lower()


def suggest_weekday(claim: Claim) -> list[Suggestion]:
    day = _single_day(claim)
    named = _WEEKDAY.search(claim.text)
    if day is None or named is None:
        return []
    written = [w[:3].lower() for w in WEEKDAY_NAMES].index(named.group(1)[:3].lower())
    actual = WEEKDAY_NAMES[day.weekday()]
    found = [Suggestion(claim, claim.text[:named.start(1)] + _weekday_word(actual, named.group(1))
                        + claim.text[named.end(1):], f"{day.isoformat()} is a {actual}")]
    ahead = (written - day.weekday()) % 7
    nearest = day + timedelta(days=ahead if ahead <= 3 else ahead - 7)
    numbers = [m for m in re.finditer(r"(?<!\d)(\d{1,2})(?!\d)", claim.text) if int(m.group(1)) == day.day]
    if nearest.month == day.month and len(numbers) == 1:
        at = numbers[0]
        found.append(Suggestion(claim, claim.text[:at.start(1)] + str(nearest.day) + claim.text[at.end(1):],
                                f"the nearest {WEEKDAY_NAMES[written]} to {day.isoformat()} is {nearest.isoformat()}"))
    return found


def suggest_interval(duration: Claim, later: Claim, earlier: Claim) -> list[Suggestion]:
    starts = later.value.get("start"), earlier.value.get("start")
    unit = duration.value.get("unit")
    if not all(starts) or unit not in ("day", "week", "month", "year"):
        return []
    from verify.checks.date import units_between  # counted exactly as the interval check counts it

    to, since = (date.fromisoformat(s) for s in starts)  # type: ignore[arg-type]
    gap = units_between(since, to, unit)
    if duration.value.get("relation") == "before":
        gap = -gap
    whole = round(gap)
    replacement = restate(duration, whole) if whole > 0 else None
    if not replacement or replacement == duration.text:
        return []
    words = f"{whole} {unit}{'' if whole == 1 else 's'}"
    return [Suggestion(duration, replacement, f"\"{' '.join(earlier.text.split())}\" ({since.isoformat()}) to "
                                              f"\"{' '.join(later.text.split())}\" ({to.isoformat()}) is {words}")]


def suggest_same_day(primary: Claim, other: Claim) -> list[Suggestion]:
    """One event dated by a weekday alone ("on Wednesday") and by a date a few days off ("June 12"):
    the weekday pins the day within the week, so the side the rule flags is brought to the other's day —
    a date moved to the weekday's date, or a weekday renamed after the date."""
    days = _single_day(primary), _single_day(other)
    if None in days:
        return []
    here, there = days  # type: ignore[misc]
    if not 0 < abs((here - there).days) <= 3:
        return []
    if _bare_weekday(primary):
        named = _WEEKDAY.search(primary.text)
        assert named is not None
        actual = WEEKDAY_NAMES[there.weekday()]
        return [Suggestion(primary, primary.text[:named.start(1)] + _weekday_word(actual, named.group(1))
                           + primary.text[named.end(1):],
                           f"the same event is dated {' '.join(other.text.split())} ({there.isoformat()}), a {actual}")]
    numbers = [m for m in re.finditer(r"(?<!\d)(\d{1,2})(?!\d)", primary.text) if int(m.group(1)) == here.day]
    if not _bare_weekday(other) or here.month != there.month or len(numbers) != 1:
        return []
    at = numbers[0]
    return [Suggestion(primary, primary.text[:at.start(1)] + str(there.day) + primary.text[at.end(1):],
                       f"the same event is said to fall on {' '.join(other.text.split())} ({there.isoformat()}); "
                       f"{here.isoformat()} is a {WEEKDAY_NAMES[here.weekday()]}")]


def _bare_weekday(claim: Claim) -> bool:
    """A date written as a weekday alone ("Wednesday", "on Tuesday"), resolved against the publication date."""
    return _WEEKDAY.search(claim.text) is not None and not re.search(r"\d", claim.text)

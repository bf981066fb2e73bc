"""Publication dates as found in metadata (``2026-04-10``, ``2026-04-10T08:00:00Z``, ``April 10, 2026``).

>>> parse_date_string("2026-04-10T08:00:00+02:00").isoformat()
'2026-04-10'
>>> parse_date_string("10 April 2026").isoformat(), parse_date_string("Sept. 3, 2026").isoformat()
('2026-04-10', '2026-09-03')
>>> parse_date_string("Fri, 10 Apr 2026 08:00:00 GMT").isoformat()
'2026-04-10'
>>> parse_date_string("soon") is None
True
"""

from __future__ import annotations

import re
from datetime import date

from verify.extract.context import MONTH_NUMBERS

_ISO_DAY = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")
# "March 3, 2026", "Sept. 3 2026", "3 March 2026": read here, because importing dateutil's parser
# costs a cold run several milliseconds and datelines are nearly always written so.
_WRITTEN_DAY = re.compile(r"\s*(?:(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2}),?|(?P<day_first>\d{1,2})\s+"
                          r"(?P<month_after>[A-Za-z]{3,9})\.?,?)\s+(?P<year>\d{4})\s*")


def _written_day(value: str) -> date | None:
    match = _WRITTEN_DAY.fullmatch(value)
    month = MONTH_NUMBERS.get((match["month"] or match["month_after"]).lower()) if match else None
    if not match or month is None:
        return None
    try:
        return date(int(match["year"]), month, int(match["day"] or match["day_first"]))
    except ValueError:
        return None


def parse_date_string(value: str) -> date | None:
    """Parse a metadata date; return ``None`` when it is not a full date."""
    iso = _ISO_DAY.match(value)
    if iso:
        try:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            return None
    written = _written_day(value)
    if written:
        return written
    from dateutil import parser

    try:
        default = parser.parse("1900-01-01")
        parsed = parser.parse(value, default=default)
    except (ValueError, OverflowError):
        return None
    if parsed.year == 1900 and "1900" not in value:
        return None
    return parsed.date()

"""Publication dates as found in metadata (``2026-04-10``, ``2026-04-10T08:00:00Z``, ``April 10, 2026``).

>>> parse_date_string("2026-04-10T08:00:00+02:00").isoformat()
'2026-04-10'
>>> parse_date_string("10 April 2026").isoformat()
'2026-04-10'
>>> parse_date_string("soon") is None
True
"""

from __future__ import annotations

import re
from datetime import date

_ISO_DAY = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")


def parse_date_string(value: str) -> date | None:
    """Parse a metadata date; return ``None`` when it is not a full date."""
    iso = _ISO_DAY.match(value)
    if iso:
        try:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            return None
    from dateutil import parser

    try:
        default = parser.parse("1900-01-01")
        parsed = parser.parse(value, default=default)
    except (ValueError, OverflowError):
        return None
    if parsed.year == 1900 and "1900" not in value:
        return None
    return parsed.date()

"""A publication date from the text itself, for articles without metadata.

News copy often opens with a dateline ("HARBOR CITY, March 3, 2026 - …") or
a "Published:" line. Only the first 800 characters are searched, and only
these explicit forms count: a date in the body is never taken for the
publication date.

>>> find_dateline("Headline\\n\\nHARBOR CITY, March 3, 2026 - The council…").isoformat()
'2026-03-03'
>>> find_dateline("Published: 2026-04-10\\nText").isoformat()
'2026-04-10'
>>> find_dateline("In March 3, 2026 the council met.") is None
True
"""

from __future__ import annotations

import re
from datetime import date

from verify.loaders.dates import parse_date_string

_DATE = (r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
         r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
         r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}"
         r"|\d{4}-\d{2}-\d{2})")
_DATELINE = re.compile(
    rf"^[ \t]*[A-Z][A-Z .'’()/-]{{1,60}},\s+(?:[A-Z][a-z]+\.?,\s+)?(?P<date>{_DATE})\s*(?:[-–—:]|\(|$)",
    re.MULTILINE,
)
_PUBLISHED_LINE = re.compile(rf"^[ \t]*(?:Published|Posted|Date|Updated)\s*:?\s+(?:on\s+)?(?P<date>{_DATE})",
                             re.MULTILINE | re.IGNORECASE)


def find_dateline(text: str) -> date | None:
    """The publication date stated in a dateline or a "Published:" line, if any."""
    head = text[:800]
    for pattern in (_PUBLISHED_LINE, _DATELINE):
        match = pattern.search(head)
        if match:
            found = parse_date_string(match.group("date"))
            if found:
                return found
    return None

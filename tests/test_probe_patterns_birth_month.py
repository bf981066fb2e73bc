"""age.founding against a birth or founding month: "the 25-year-old" and "Born in Tartu in November 1999".

Pattern: a sports or business story gives a person's age early ("Ilves, the 25-year-old who …") and a
later paragraph the month of birth ("Born in Tartu in November 1999, Ilves joined …"). Published in
March 2025, a November 1999 birth makes him 25 only after November: he is 25 now. Published in March
2025 with the same age and "November 2000", he is 24. The age was read only against the birth year, which
allows both 24 and 25; the month settles it: the age now lies between the whole years since the last
and the first day the birth date allows.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

_INTRO = "Kalev Ilves, the {age}-year-old who has scored 11 tries this season, trained with the squad on Monday. "


def _founding(text: str) -> list[str]:
    """The severities of the age.founding findings of ``text``, published in mid-March 2025."""
    return [f.severity for f in findings_of("age.founding", text, "2025-03-14")]


@pytest.mark.parametrize("age, born, expected", [
    (25, "Born in Tartu in November 2000, Ilves moved to Wales at 17.", ["warning"]),
    (25, "Born in Tartu in November 2000, he moved to Wales at 17.", ["warning"]),
    (25, "The coach was pleased.\n\nBorn in Tartu in November 2000, the winger moved to Wales at 17.", ["warning"]),
    (25, "Ilves, who was born in November 2000, moved to Wales at 17.", ["warning"]),
    (24, "Born in Tartu in November 2000, Ilves moved to Wales at 17.", []),
    (25, "Born in Tartu in February 2000, Ilves moved to Wales at 17.", []),
    (25, "Born in Tartu in 2000, Ilves moved to Wales at 17.", []),  # a year alone allows 24 or 25
    (24, "Born in Tartu in 2000, Ilves moved to Wales at 17.", []),
    (24, "Born in Tartu in March 2000, Ilves moved to Wales at 17.", []),  # the month of publication allows both
    (25, "Born in Tartu in March 2000, Ilves moved to Wales at 17.", []),
])
def test_an_age_against_a_birth_month(age, born, expected):
    assert _founding(_INTRO.format(age=age) + born) == expected


def test_a_founding_month_settles_a_companys_age_too():
    text = ("Orrin Freight, a 31-year-old haulier, runs 40 lorries. "
            "The company was founded in September 1994 by two brothers.")
    assert _founding(text) == ["warning"]
    assert _founding(text.replace("31-year-old", "30-year-old")) == []

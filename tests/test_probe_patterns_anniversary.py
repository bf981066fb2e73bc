"""age.founding for an anniversary dated in its own sentence: "Last year, SkyVela marked its 25th anniversary".

Pattern: an airline story gives the founding year ("founded in 1998") and, paragraphs later, an
anniversary with its own date. The anniversary was a span of history with no age, so it was never read
against the founding. It is an age now, exact on its day: the anniversary's year less the founding year
must be the ordinal ("25th" in 2024 means founded in 1999). An anniversary with no date of its own says
no age, and the date of the anniversary itself ("founded in 1962 and marks its 60th anniversary this year")
is no founding.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

WHEN = "2025-06-04"
LEDE = "SkyVela, the Lisbon-based low-cost airline founded in 1998, carried 4.1 million passengers in May."
MIDDLE = "Chief executive Rui Ferraro said demand for summer flights was strong. Fares rose by 3%."


@pytest.mark.parametrize("later", [
    "Last year, SkyVela marked its 25th anniversary with a new livery.",
    "The airline marked its 25th anniversary last year with a new livery.",
    "In 2024 it celebrated its 25th anniversary with a new livery.",
])
def test_an_anniversary_that_does_not_fit_the_founding_is_reported(later):
    found = findings_of("age.founding", f"{LEDE} {MIDDLE}\n\n{later}", WHEN)
    assert [(f.severity, f.claims[0].text) for f in found] == [("warning", "25th anniversary")]


@pytest.mark.parametrize("later", [
    "Last year, SkyVela marked its 26th anniversary with a new livery.",
    "The airline is planning its 30th anniversary with a new livery.",
])
def test_an_anniversary_that_fits_or_is_undated_is_silent(later):
    assert findings_of("age.founding", f"{LEDE} {MIDDLE}\n\n{later}", WHEN) == []


def test_another_airline_s_anniversary_is_no_warning():
    """ "its" after a rival named in the clause is weakly linked at best: never more than info."""
    later = "Its rival Ostra, founded in 1999, marked its 25th anniversary last year."
    found = findings_of("age.founding", f"{LEDE} {MIDDLE}\n\n{later}", WHEN)
    assert {f.severity for f in found} <= {"info"}


def test_the_anniversary_s_own_date_is_no_founding():
    text = ("The lifeboat station, which was founded in 1962 and marks its 60th anniversary this year, launched "
            "41 times.")
    assert findings_of("age.founding", text, "2022-08-01") == []


@pytest.mark.parametrize("born, expected", [("1959", []), ("1961", ["warning"])])
def test_a_dated_birthday_is_read_at_its_own_date(born, expected):
    text = (f"Dame Hilda Marsh, who was born in {born}, founded the Orran Quartet. She celebrated her 60th "
            "birthday in 2019 with a concert in Leeds.")
    assert [f.severity for f in findings_of("age.conflict", text, WHEN) + findings_of("age.founding", text, WHEN)] \
        == expected

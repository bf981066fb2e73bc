"""age.then-now: an age at a dated event against the age now.

Pattern: a profile dates a start ("who opened a single shop on the high street in 1979, at the age of 26",
"joined the orchestra in 2001, aged 19") and gives the person's age now elsewhere ("Ashdown, 74,", "the
48-year-old"). The age then fixes the birth year to within a year, so the age now is fixed to within two.
"Aged 19" after a clause dated long before the news is the age then: it was read as the age now and set
against "the 42-year-old", a false alarm. An age at an event is dated by the last date before it in its
sentence, past an aside ("who opened … in 1979, at the age of 26").

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

WHEN = "2024-09-18"
START = ("Thornbury was founded by Colin Ashdown, who opened a single shop selling ropes on the high street in 1979, "
         "at the age of 26.")
MIDDLE = "The family still owns about 31% of the shares. Sales rose 6% in the half."


@pytest.mark.parametrize("later", [
    "Ashdown, 74, still visits the shop every week.",
    "The 74-year-old Ashdown still visits the shop every week.",
    "\n\nColin Ashdown, 68, still visits the shop every week.",
])
def test_an_age_now_that_the_age_then_rules_out_is_reported(later):
    found = findings_of("age.then-now", f"{START} {MIDDLE} {later}", WHEN)
    assert [(f.severity, "Colin Ashdown" in f.message) for f in found] == [("warning", True)]


@pytest.mark.parametrize("later", [
    "Ashdown, 71, still visits the shop every week.",
    "Ashdown, 72, still visits the shop every week.",
    "His daughter, Ruth Ashdown, 44, runs the business.",
])
def test_an_age_that_fits_or_is_someone_else_s_is_silent(later):
    assert findings_of("age.then-now", f"{START} {MIDDLE} {later}", WHEN) == []


def test_an_undated_age_at_an_event_is_not_compared():
    text = "Colin Ashdown opened his first shop at the age of 26. Ashdown, 74, still visits it every week."
    assert findings_of("age.then-now", text, WHEN) == []


@pytest.mark.parametrize("now, expected", [("42", []), ("48", ["warning"])])
def test_aged_after_a_long_past_date_is_the_age_then(now, expected):
    text = f"Mira Okafor joined the orchestra in 2001, aged 19. The {now}-year-old Okafor now leads it."
    assert findings_of("age.conflict", text, WHEN) == []
    assert [f.severity for f in findings_of("age.then-now", text, WHEN)] == expected


def test_aged_after_a_recent_date_is_the_age_now():
    """ "died on Sunday, aged 88" is the age the article gives now: against "Orr, 86," it conflicts."""
    text = "Edith Orr, 86, was a founder of the choir. She died on Sunday, aged 88."
    assert [f.severity for f in findings_of("age.conflict", text, WHEN)] == ["warning"]


@pytest.mark.parametrize("now, expected", [("52", ["warning"]), ("45", [])])
def test_an_age_before_when_is_dated_by_the_event_after_it(now, expected):
    """ "who was 38 when she began stealing from the company in 2017": 44 to 46 in 2024."""
    text = (f"Sharon Mitchell, {now}, of Toowong, was jailed on Tuesday. The court heard that Mitchell, who was 38 "
            "when she began stealing from the company in 2017, took A$2.37m.")
    assert [f.severity for f in findings_of("age.then-now", text, WHEN)] == expected

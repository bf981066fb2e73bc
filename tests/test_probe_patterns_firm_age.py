"""age.founding for a firm dated once and described by its age much later: "the 40-year-old family firm".

Pattern: a court or business story names a firm with its founding ("Kell, who runs Orrin Freight, a haulier
founded by his aunt in 1994,") and, many sentences on, describes it by its age ("had kept the 40-year-old
family firm afloat"). Two things lost it. The founding date went to the founder's nephew: "his" in
"founded by his aunt" was taken for the date's owner, though the agent of a passive is not what was
founded. And the description reached back only eight sentences, where the article's most-named
organisation (the court) answered it. An organisation's age description now means the one organisation
whose founding the text dates right after its name, from however far back.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

WHEN = "2025-10-02"
_FILLER = " ".join(f"The court heard evidence on day {day} of the trial at Hull Crown Court." for day in range(2, 12))


def _firm(founding: str, later: str) -> str:
    return (f"Tom Kell, 58, of Hessle, admitted fraud. Kell, who ran Orrin Freight, {founding}, admitted six counts. "
            f"{_FILLER}\n\nHis barrister said Kell had kept {later} going through two slumps.")


@pytest.mark.parametrize("founding, later", [
    ("a haulier founded by his aunt in 1994", "the 40-year-old family firm"),
    ("founded in 1994", "the 40-year-old family business"),
    ("a haulier founded by his aunt in 1994", "the 25-year-old company"),
])
def test_a_far_age_description_against_the_dated_firm_is_found(founding, later):
    assert [f.severity for f in findings_of("age.founding", _firm(founding, later), WHEN)] == ["warning"]


@pytest.mark.parametrize("founding, later", [
    ("a haulier founded by his aunt in 1994", "the 31-year-old family firm"),
    ("founded in 1994", "the 30-year-old family business"),
    ("a haulier with 40 lorries", "the 40-year-old family firm"),  # no founding dated: nothing to compare
])
def test_an_age_the_founding_allows_or_no_founding_is_silent(founding, later):
    assert [f for f in findings_of("age.founding", _firm(founding, later), WHEN) if f.severity != "info"] == []


def test_two_dated_firms_leave_the_description_to_salience():
    text = ("Orrin Freight, founded in 1994, merged with Dale Cartage, founded in 1961, in May. "
            f"{_FILLER} The 40-year-old family firm said profits rose.")
    assert [f for f in findings_of("age.founding", text, WHEN) if f.severity != "info"] == []

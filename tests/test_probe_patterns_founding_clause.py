"""age.founding for a firm whose founding is its own sentence: "Marlow was founded in 1998 by A and B".

Pattern: a results story names the company in full ("Marlow Systeme, the Hamburg-based maker of sorting
robots,"), dates its founding in a sentence of its own by its short name, with the founders in a
"by" phrase, and later describes it by its age ("shares in the 31-year-old company"). Two things lost
it. The founding year went to a founder: the sentence was read as if it opened with a participle
("Founded in 1998 by A, Marlow …"), whose subject follows the comma. And the age description was a close
call between the company and the university and stock exchange named near it, because only a founding
written after a comma ("Marlow, founded in 1998,") marked the organisation as the dated one.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

WHEN = "2024-10-30"
LEDE = ("Marlow Systeme, the Hamburg-based maker of sorting robots, said on Tuesday that profit rose by a fifth. "
        "Chief executive Stefan Albrecht said demand from parcel carriers was strong.")
FOUNDING = ("Marlow was founded in 1998 by two engineering graduates of the University of Stuttgart, Albrecht "
            "and Claudia Vogt, and listed on the Frankfurt stock exchange in 2007.")


def _story(later: str, founding: str = FOUNDING) -> str:
    return f"{LEDE}\n\n{founding}\n\nShares in {later} rose 7% on the Frankfurt exchange."


@pytest.mark.parametrize("later", ["the 31-year-old company", "the 31-year-old group", "the 20-year-old firm"])
def test_an_age_description_against_a_founding_sentence_is_a_warning(later):
    assert [f.severity for f in findings_of("age.founding", _story(later), WHEN)] == ["warning"]


@pytest.mark.parametrize("founding", [
    FOUNDING,
    "Marlow was set up in 1998 by Albrecht and Claudia Vogt, two graduates of the University of Stuttgart.",
    "Marlow was established in 1998 by Albrecht and Claudia Vogt.",
])
def test_the_founding_year_is_the_company_s_not_a_founder_s(founding):
    found = findings_of("age.founding", _story("the 31-year-old company", founding), WHEN)
    assert ["Marlow Systeme" in f.message for f in found] == [True]


@pytest.mark.parametrize("later", ["the 26-year-old company", "the 25-year-old group"])
def test_an_age_that_fits_the_founding_is_silent(later):
    assert findings_of("age.founding", _story(later), WHEN) == []


def test_a_participle_opening_still_dates_the_subject_after_it():
    """ "Founded in 1998 by Albrecht, Marlow …": the subject after the comma is the founded firm."""
    founding = "Founded in 1998 by Albrecht and Claudia Vogt, Marlow listed on the Frankfurt exchange in 2007."
    found = findings_of("age.founding", _story("the 31-year-old company", founding), WHEN)
    assert ["Marlow Systeme" in f.message for f in found] == [True]

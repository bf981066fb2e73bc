"""arithmetic.change when the subject counts the places a figure was measured at.

Pattern: "The annual mean at the 9 roadside monitoring sites rose 18% between 2022 and 2024, from 40.2 to
33.0 micrograms": a count in the subject says where the figure was measured; the levels the change
leads to say what changed. The change named no metric of its own, so the first level of its clause
chose the metric (the sites), and the two readings were left out. The count's noun was also cut to
its first word ("9 roadside"), where the plural noun heads the compound ("roadside monitoring sites").

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of
from verify.extract.quantities import find_quantities

WHEN = "2025-05-14"


@pytest.mark.parametrize("subject", [
    "The annual mean at the 9 roadside monitoring sites inside the zone",
    "The average reading across 14 school playground sensors",
    "The annual mean",
])
def test_a_change_against_its_levels_is_checked_past_a_count_in_the_subject(subject):
    text = f"{subject} rose 18% between 2022 and 2024, from 40.2 to 33.0 micrograms per cubic metre."
    found = findings_of("arithmetic.change", text, WHEN)
    assert [f.claims[0].text for f in found] == ["18%"]


@pytest.mark.parametrize("subject", [
    "The annual mean at the 9 roadside monitoring sites inside the zone",
    "The average reading across 14 school playground sensors",
])
def test_a_change_that_fits_its_levels_is_silent(subject):
    text = f"{subject} fell 18% between 2022 and 2024, from 40.2 to 33.0 micrograms per cubic metre."
    assert findings_of("arithmetic.change", text, WHEN) == []


def test_the_sites_themselves_changing_are_still_checked():
    text = "The number of roadside monitoring sites rose 50% last year, from 8 sites to 14 sites."
    assert [f.claims[0].text for f in findings_of("arithmetic.change", text, WHEN)] == ["50%"]


@pytest.mark.parametrize("phrase, unit", [
    ("9 roadside monitoring sites", "roadside monitoring sites"),
    ("40 community health workers", "community health workers"),
    ("12 police officers", "police officers"),
    ("three new stores", "new stores"),
])
def test_a_compound_count_keeps_its_plural_head(phrase, unit):
    found = find_quantities(f"The trust employs {phrase} in the county.")
    assert [c.value["unit"] for c in found] == [unit]

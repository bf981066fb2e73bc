"""attribution.title when the second title's owner is a description: "Oyelaran, the insurer's chief
financial officer".

Pattern: a court or business story gives an executive one post with the company's name ("Halden's
general counsel, Martin Oyelaran,") and later another with a description of the company ("Oyelaran,
the insurer's chief financial officer,"). The owner pattern, read without case, took "insurer" for a
named organisation, and posts at two named organisations never conflict. A named owner is
capitalised; a description names no other organisation.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

WHEN = "2025-01-29"
FIRST = "Halden's general counsel, Martin Oyelaran, said the insurer would study the judgment."
MIDDLE = "The insurer has 21 days to seek permission to appeal. Its shares fell 4% on Tuesday."


@pytest.mark.parametrize("later", [
    "Oyelaran, the insurer's chief financial officer, told analysts the ruling would cut profit.",
    "Oyelaran, the group's finance director, told analysts the ruling would cut profit.",
    "\n\nOyelaran, the company's finance chief, told analysts the ruling would cut profit.",
])
def test_a_second_post_owned_by_a_description_conflicts(later):
    found = findings_of("attribution.title", f"{FIRST} {MIDDLE}\n\n{later}", WHEN)
    assert [(f.severity, "Martin Oyelaran" in f.message) for f in found] == [("warning", True)]


@pytest.mark.parametrize("later", [
    "Oyelaran, Halden's chief legal officer, told analysts the ruling would cut profit.",
    "Oyelaran, Marlow's chief financial officer, told analysts the ruling would cut profit.",
    "Oyelaran, the insurer's former finance director, told analysts the ruling would cut profit.",
])
def test_the_same_post_another_organisation_s_or_a_former_one_is_silent(later):
    assert findings_of("attribution.title", f"{FIRST} {MIDDLE}\n\n{later}", WHEN) == []

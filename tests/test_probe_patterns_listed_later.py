"""count.listed for a list told a paragraph or two after its count: "four new community hubs" … "The
hubs are planned for A, B and C".

Pattern: a council story counts what a budget pays for, turns to the opposition for a paragraph, and
then lists the counted things by their noun again. The list was looked for only in the next two
sentences, and "are planned for" was no verb that joins a noun to its list. A reference that names
part of what was counted ("the two northern hubs", "the other hubs") lists only that part.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

WHEN = "2025-02-26"
COUNT = ("The budget includes a capital programme worth £40m over three years. The council says that will pay "
         "for four new community hubs, bringing libraries and advice services under one roof.")
ASIDE = ("Opposition leader Tom Greaves said his group would have frozen parking charges. His amendment was "
         "defeated by 31 votes to 17.")


def _story(listing: str) -> str:
    return f"{COUNT}\n\n{ASIDE}\n\n{listing}"


@pytest.mark.parametrize("listing", [
    "The hubs are planned for Kirkby, Lowfield and Ashton Cross, with the first due to open in 2026.",
    "The new hubs will be built in Kirkby, Lowfield and Ashton Cross.",
    "The hubs will be based in Kirkby, Lowfield and Ashton Cross.",
])
def test_a_later_list_of_the_counted_noun_is_read_against_the_count(listing):
    found = findings_of("count.listed", _story(listing), WHEN)
    assert [(f.severity, f.claims[0].text) for f in found] == [("warning", "four new community hubs")]


@pytest.mark.parametrize("listing", [
    "The hubs are planned for Kirkby, Lowfield, Halton and Ashton Cross.",
    "The two northern hubs are planned for Kirkby and Lowfield.",
    "The other hubs will be in Kirkby and Lowfield.",
])
def test_a_list_that_fits_or_names_a_part_is_silent(listing):
    assert findings_of("count.listed", _story(listing), WHEN) == []


def test_a_list_far_beyond_the_count_is_not_read():
    far = " ".join(f"Councillor {name} spoke against the plan." for name in ("Ames", "Bell", "Cobb", "Dunn", "Eyre"))
    text = f"{COUNT}\n\n{far}\n\nThe hubs are planned for Kirkby, Lowfield and Ashton Cross."
    assert findings_of("count.listed", text, WHEN) == []

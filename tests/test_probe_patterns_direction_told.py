"""arithmetic.direction when the direction is told without figures, sentences before the two levels.

Pattern: a results story says which way a measure moved in a sentence of its own ("Its net interest
margin narrowed from a year earlier, the bank said.") and gives both levels paragraphs later ("Tamarack
reported a net interest margin of 2.47% in the fourth quarter, compared with 2.41% a year earlier."). The
direction was read only beside its figures. A figureless sentence's direction verb, told as its clause's
predicate, is read against the nearest later pair of levels whose words share two content words with its
subject; one shared word is too little ("copper output" and "sold its copper at US$4.30" are two measures).

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

RULE = "arithmetic.direction"
WHEN = "2024-12-04"
MIDDLE = ("Loans grew over the year, and deposits rose too. Mortgages made up just over half of the loan book. "
          "The US division had a strong year.")


@pytest.mark.parametrize("told, levels", [
    ("Its net interest margin narrowed from a year earlier, the bank said.",
     "Tamarack reported a net interest margin of 2.47% in the fourth quarter, compared with 2.41% a year earlier."),
    ("Copper output from the mine fell in the quarter, the company said.",
     "The mine's copper output was 41,300 tonnes in the quarter, against 38,900 tonnes a year earlier."),
    ("Falls among residents rose in the last six months, inspectors said.",
     "Inspectors counted 36 falls among residents between July and December, against 47 in the first half."),
])
def test_a_direction_told_before_its_levels_is_read_against_them(told, levels):
    found = findings_of(RULE, f"{told} {MIDDLE}\n\n{levels}", WHEN)
    assert [f.severity for f in found] == ["error"]


@pytest.mark.parametrize("told, levels", [
    ("Its net interest margin widened from a year earlier, the bank said.",
     "Tamarack reported a net interest margin of 2.47% in the fourth quarter, compared with 2.41% a year earlier."),
    ("Copper output edged lower in the quarter, the company said.",
     "The miner sold its copper at US$4.30 a pound, compared with US$3.79 a pound a year earlier."),
    ("The council set out bus fare cuts and increased bus services for the coming year.",
     "It is lowering the single bus fare from £2.50 to £2.40 and adding two routes."),
])
def test_a_direction_that_fits_or_is_of_another_measure_is_silent(told, levels):
    assert findings_of(RULE, f"{told} {MIDDLE}\n\n{levels}", WHEN) == []

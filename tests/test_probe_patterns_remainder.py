"""arithmetic.remainder: what is left of a whole after a part.

Pattern: a sentencing story orders a sum ("restitution of $2.45 million") and, paragraphs later, says
how much has been paid and what is left ("Voss has repaid $600,000, leaving $1.95 million of the
restitution still outstanding"). The three figures were never read together: the whole is named by its
noun in the remainder's sentence, and stated with that noun elsewhere. A charity or council story does the
same in one sentence ("spent £3.2m, leaving £1.8m of its £5m appeal").

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

RULE = "arithmetic.remainder"
WHEN = "2025-05-21"
ORDER = "Judge Harriet Lind ordered Derek Voss to pay restitution of $2.45 million to the school district."
MIDDLE = "Voss, 58, was also sentenced to 46 months in prison. His lawyer said he would not appeal."


@pytest.mark.parametrize("paid", [
    "Voss has repaid $600,000, leaving $1.95 million of the restitution still outstanding.",
    "\n\nHe has already repaid $600,000 from the sale of a holiday home, leaving $1.95 million of the "
    "restitution unpaid.",
    "Court filings show $600,000 has been repaid, which leaves $1.95 million of the restitution owed.",
])
def test_a_remainder_that_does_not_fit_the_whole_is_reported(paid):
    found = findings_of(RULE, f"{ORDER} {MIDDLE} {paid}", WHEN)
    assert [(f.severity, f.claims[0].text) for f in found] == [("error", "$1.95 million")]


@pytest.mark.parametrize("paid", [
    "Voss has repaid $600,000, leaving $1.85 million of the restitution still outstanding.",
    "Voss has repaid $600,000, leaving about $1.9 million of the restitution still outstanding.",
    "Voss has repaid $600,000, leaving $1.95 million of the bank loan still outstanding.",
    "Voss has repaid $600,000, leaving him with debts of $1.95 million.",
])
def test_a_remainder_that_fits_or_is_of_another_whole_is_silent(paid):
    assert findings_of(RULE, f"{ORDER} {MIDDLE} {paid}", WHEN) == []


@pytest.mark.parametrize("left, expected", [("£2.5m", ["error"]), ("£1.8m", [])])
def test_a_whole_written_in_the_remainder_s_own_sentence(left, expected):
    text = f"The hospice spent £3.2m on the new wing, leaving {left} of its £5m appeal to fund the garden."
    assert [f.severity for f in findings_of(RULE, text, WHEN)] == expected

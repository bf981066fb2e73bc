"""A figure owned by a possessive after it, past a focusing adverb: "a podium finish in just his second year".

Pattern: a rank, a result or an amount is written as a noun phrase with no owner before it, and its
owner comes after, in a phrase of time or place with a possessive ("A podium finish in just his
second year", "a profit in just its third year"). The possessive is the owner, as "revenue at Acme" is
Acme's; without it the figure falls back to the paragraph's topic, a weak link reported only at info.

Every sentence is invented for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.checking import findings_of
from verify.document import Document
from verify.extract import extract_claims

RACE = ("The race ended in Grenoble on Sunday. Ivo Markel won by 40 seconds, ahead of Sandro Pellegrini, "
        "with Tomas Brenner sixth overall, 3:05 down.")
LATER = [
    " Brenner earned a mention of his own. A {result} in {adverb} his second year with the team "
    "is a rare thing.",
    "\n\nBrenner earned a mention of his own. A {result} in {adverb} his second year with the team, "
    "for a team with a small budget, is a rare thing.",
]


@pytest.mark.parametrize("later", LATER)
@pytest.mark.parametrize("adverb", ["only", "just", "barely"])
def test_a_podium_owned_by_a_possessive_after_it_contradicts_a_rank_outside_it(later, adverb):
    text = RACE + later.format(result="podium finish", adverb=adverb)
    found = findings_of("ranking.top", text, "2026-05-04")
    assert [f.severity for f in found] == ["error"], text
    assert "Tomas Brenner" in found[0].message


@pytest.mark.parametrize("later", LATER)
def test_a_result_the_rank_fits_is_silent(later):
    text = RACE + later.format(result="top-ten finish", adverb="only")
    assert findings_of("ranking.top", text, "2026-05-04") == []


def test_the_possessive_of_another_rider_owns_the_podium_and_stays_silent():
    """ "her" is not Brenner: the podium is hers, and she was second."""
    text = ("The race ended on Sunday. Ana Reyes was second, with Tomas Brenner sixth overall. Reyes earned "
            "a mention of her own. A podium finish in just her second year with the team is a rare thing.")
    assert [f for f in findings_of("ranking.top", text, "2026-05-04") if f.severity != "info"] == []



@pytest.mark.parametrize(("adverb", "owner"), [("just ", "Halden Foods"), ("", "Halden Foods")])
def test_an_amount_owned_by_a_possessive_after_it(adverb, owner):
    """ "a profit of €2m in just its third year": Halden's, not the rival named first in the paragraph."""
    text = (f"Vasko Dairy and Halden Foods both opened in Leeds. Halden Foods grew fast. "
            f"A profit of €2m in {adverb}its third year surprised the market.")
    doc = Document.from_plain("invented.txt", text)
    claims = extract_claims(doc, date(2026, 5, 4))
    profit = next(c for c in claims if c.text.startswith("€2m"))
    assert profit.frame is not None and profit.frame.entity_name == owner

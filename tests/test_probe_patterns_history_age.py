"""age.founding: "its 40-year history" says how long its owner has existed — an age, checked against
the year it was founded.

Pattern: "Kelso Foods was founded in 1990." … "the best year in its 40-year history" (a 2024 story:
Kelso is 33 or 34). The history must be its owner's own ("her 20-year history with the bank" is a tie
to something else) and the owner no person ("his 30-year history" is a career, not an age).

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of
from verify.document import Document
from verify.extract import extract_claims

RULE = "age.founding"
WHEN = "2024-09-12"
FOUNDED = "Kelso Foods was founded in 1990."


@pytest.mark.parametrize("history", [
    "The company had the best year in its 40-year history.",
    "Kelso had the best year in its nearly 40-year history, the group said.",
    "\n\nSales rose 4%. It was the best year in Kelso Foods' 40-year history.",
])
def test_a_history_longer_than_the_founding_year_allows(history):
    found = findings_of(RULE, f"{FOUNDED} {history}", WHEN)
    assert [f.severity for f in found] == ["warning"] and "33–34 years old" in found[0].message


@pytest.mark.parametrize("history", [
    "The company had the best year in its 34-year history.",
    "The company had the best year in its more than 30-year history.",
])
def test_a_history_that_fits_is_silent(history):
    assert findings_of(RULE, f"{FOUNDED} {history}", WHEN) == []


@pytest.mark.parametrize("text", [
    "Ana Ruiz, 45, ended her 20-year history with the bank.",
    "Ana Ruiz, 45, was born in 1979. Ruiz looked back on his 30-year history.",
])
def test_a_tie_to_something_else_or_a_person_s_history_is_no_age(text):
    assert findings_of("age.conflict", text, WHEN) == [] and findings_of(RULE, text, WHEN) == []


def test_a_history_is_extracted_as_an_age():
    doc = Document.from_plain("a.txt", "It was the best year in its 140-year history.")
    [claim] = [c for c in extract_claims(doc, None) if c.type == "duration"]
    assert (claim.text, claim.value) == ("140-year history", {"amount": 140, "unit": "year", "age": True})

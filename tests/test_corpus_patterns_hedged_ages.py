"""age.founding, age.span and age.conflict: an age written with a hedge allows what the hedge allows.

Pattern: "the almost 40-year-old treaty", "a nearly 30-year-old ferry", "more than 60 years old". The
hedge is read with the age (as it is with any figure), so "almost 40 years old" stands for 36 to 40:
a start 38 or 39 years before the article fits it, one 28 years before does not. "More than 40 years
old" sets no most, so no span of its history can exceed it.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of
from verify.document import Document
from verify.extract import extract_claims

WHEN = "2014-03-01"


def _age_of(text: str) -> dict[str, object]:
    doc = Document.from_plain("invented.txt", text)
    return next(c for c in extract_claims(doc, None) if c.type == "duration").value


@pytest.mark.parametrize(("written", "hedge", "bound"), [
    ("almost 40 years old", "almost", "max"), ("nearly 40-year-old", "nearly", "max"),
    ("more than 40 years old", "more than", "min"), ("about 40 years old", "about", None),
])
def test_the_hedge_before_an_age_is_read_with_it(written, hedge, bound):
    value = _age_of(f"The Orsk treaty, {written}, still binds both towns.")
    assert (value["amount"], value["hedge"], value.get("bound")) == (40, hedge, bound)


def test_a_plain_age_has_no_hedge():
    assert "hedge" not in _age_of("The Orsk treaty, 40 years old, still binds both towns.")


@pytest.mark.parametrize("founded", [1975, 1976])
@pytest.mark.parametrize("hedge", ["almost", "nearly"])
def test_a_start_the_hedged_age_allows_is_silent(founded, hedge):
    text = f"Halvard Ferries was founded in {founded}. The company, {hedge} 40 years old, runs six boats."
    assert findings_of("age.founding", text, WHEN) == []


@pytest.mark.parametrize("hedge", ["almost", "nearly"])
def test_a_start_far_below_the_hedged_age_is_still_reported(hedge):
    text = f"Halvard Ferries was founded in 1986. The company, {hedge} 40 years old, runs six boats."
    found = findings_of("age.founding", text, WHEN)
    assert [(f.severity, f.claims[0].text) for f in found] == [("warning", f"{hedge} 40 years old")]


def test_a_plain_age_is_held_to_the_year():
    text = "Halvard Ferries was founded in 1976. The company, 40 years old, runs six boats."
    assert [f.claims[0].text for f in findings_of("age.founding", text, WHEN)] == ["40 years old"]


def test_an_age_with_a_lower_bound_sets_no_most_for_a_span():
    text = "Halvard Ferries, more than 40 years old, has carried mail for 45 years."
    assert findings_of("age.span", text, WHEN) == []
    text = "Halvard Ferries, 40 years old, has carried mail for 45 years."
    assert [f.rule for f in findings_of("age.span", text, WHEN)] == ["age.span"]

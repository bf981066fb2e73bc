"""The speaker's side: "our" and "we" in a quoted remark refer to whom the speaker speaks for, so the
figures they own are compared with that organisation's figures elsewhere.

Pattern: "Kelso Foods reported revenue of €4.8bn." … "“Our revenue reached €5.1bn,” said Kelso's chief
executive, Ana Ruiz." The chief executive's "our" is Kelso's. An organisation quoted speaks for itself;
a person whose office names no organisation speaks for the one the article names most only weakly (at
info); an analyst or a resident speaks for no one found.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of
from verify.document import Document
from verify.extract import extract_claims

RULE = "number.mismatch"
WHEN = "2025-03-01"
REPORTED = "Kelso Foods reported revenue of €4.8bn for 2024."


@pytest.mark.parametrize("quote", [
    "\"Our revenue reached €5.1bn last year,\" said Kelso's chief executive, Ana Ruiz.",
    "\"Our revenue reached €5.1bn last year,\" said Ana Ruiz, Kelso's chief executive.",
    "Ana Ruiz, the chief executive of Kelso Foods, said: \"Last year our revenue reached €5.1bn.\"",
])
@pytest.mark.parametrize("between", [" ", "\n\nShares in the group fell 3% in Madrid.\n\n"])
def test_our_figure_in_an_officer_s_quote_is_the_organisation_s(quote, between):
    found = findings_of(RULE, REPORTED + between + quote, WHEN)
    assert [(f.severity, sorted(c.text for c in f.claims)) for f in found] == [("error", ["€4.8bn", "€5.1bn"])]


@pytest.mark.parametrize("quote", [
    "\"Our revenue reached €5.1bn last year,\" said Ana Ruiz, an analyst at Brenn Capital.",
    "\"Our revenue reached €4.8bn last year,\" said Kelso's chief executive, Ana Ruiz.",
    "\"Our town's budget reached €5.1bn,\" said Ana Ruiz, a resident.",
])
def test_a_speaker_for_no_one_found_or_the_same_figure_is_silent(quote):
    assert [f for f in findings_of(RULE, f"{REPORTED} {quote}", WHEN) if f.severity != "info"] == []


def test_an_organisation_quoted_speaks_for_itself():
    text = "Kelso Foods opened a plant. \"We will hire 400 people,\" Kelso Foods said in a statement."
    doc = Document.from_plain("a.txt", text)
    extract_claims(doc, None)
    we = next(m for m in doc.references.mentions if m.text == "We")
    assert doc.references.link(we)[0].name == "Kelso Foods"


def test_an_office_naming_no_organisation_speaks_weakly_for_the_one_named_most():
    text = (f"{REPORTED} Shares in Kelso Foods fell. \"Our revenue reached €5.1bn last year,\" said chief executive "
            "Ana Ruiz.")
    doc = Document.from_plain("a.txt", text)
    extract_claims(doc, None)
    our = next(m for m in doc.references.mentions if m.text == "Our")
    entity, link = doc.references.link(our)
    assert entity.name == "Kelso Foods" and link.strength < 0.7
    assert [f.severity for f in findings_of(RULE, text, WHEN) if f.severity != "info"] == []

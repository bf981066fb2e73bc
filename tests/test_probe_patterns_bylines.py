"""Refs: a byline names the writer and the desk, never what the story is about.

Pattern: a council story opens with a byline line ("By Jess Kowalczyk, Local Government Reporter"). The
desk was read as a name ("Local Government Reporter") and, as the article's first organisation-like name,
became the owner of the budget's figures that no sentence gave an owner. Names on a line of their own that
opens with "By" are left out of the references.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from verify.document import Document
from verify.extract import extract_claims

STORY = ("Marrindale rates to rise\n\n{byline}\n\nMarrindale City Council has endorsed a works program of "
         "A$212 million for 2025-26.\n\nThe program sets aside A$94 million for roads and A$61 million for parks.")


@pytest.mark.parametrize("byline", [
    "By Jess Kowalczyk, Local Government Reporter",
    "*By Jess Kowalczyk, Local Government Reporter*",
    "BY JESS KOWALCZYK",
])
def test_names_on_a_byline_are_no_entities(byline):
    doc = Document.from_plain("invented.txt", STORY.format(byline=byline))
    names = {e.name for e in doc.references.entities}
    assert not names & {"Jess Kowalczyk", "Local Government Reporter", "JESS KOWALCZYK"}
    owners = {c.frame.entity.name for c in extract_claims(doc, None) if c.type == "money" and c.frame.entity}
    assert owners == {"Marrindale City Council"}


def test_a_sentence_that_opens_with_by_is_no_byline():
    text = "By Tuesday, Marrindale City Council had endorsed the plan. Councillor Tom Brereton voted for it."
    names = {e.name for e in Document.from_plain("invented.txt", text).references.entities}
    assert {"Marrindale City Council", "Tom Brereton"} <= names

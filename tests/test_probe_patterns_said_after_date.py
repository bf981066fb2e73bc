"""Year inference for a date set before a verb of saying: "On 11 July, the minister said the line would …".

Pattern: a date with no year opens a sentence or a fronted phrase, and the verb after it is one of saying,
whose reported clause looks ahead ("would carry freight"). "Said" is no past cue before a date ("said it
would open in May" looks ahead), so the future of the reported clause placed 11 July in the next year.
Read after the date, a verb of saying dates the saying: the date is past.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of
from verify.document import Document
from verify.extract import extract_claims
from verify.extract.tense import tense_at

WHEN = "2025-07-16"  # a Wednesday; 11 July 2025 was a Friday, 11 July 2026 a Saturday


@pytest.mark.parametrize("sentence", [
    "At the signing ceremony on Friday, 11 July, the minister said the line would carry freight at night.",
    "On Friday, 11 July, the minister told reporters the line would open in 2030.",
    "The minister said on Friday, 11 July, that the line would open in 2030.",
])
def test_a_date_before_a_verb_of_saying_is_this_year_s(sentence):
    doc = Document.from_plain("invented.txt", sentence)
    dates = [c for c in extract_claims(doc, None) if c.type == "date" and "July" in c.text]
    assert findings_of("date.weekday", sentence, WHEN) == []
    assert dates


@pytest.mark.parametrize("sentence, tense", [
    ("On 11 July, the minister said the line would carry freight.", "past"),
    ("The minister said the line would open on 11 July.", "future"),
    ("On 11 July the line will open, the minister said.", "future"),
])
def test_the_tense_around_the_date(sentence, tense):
    at = sentence.index("11 July")
    assert tense_at(sentence, 0, len(sentence), at, at + 7) == tense

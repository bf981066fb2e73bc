"""A work's figures against its maker's, and a year that dates a thing rather than a paragraph.

Pattern 1: a sentence opens with a work's name, then an apposition that the maker's possessive
opens ("“The Iron Orchard,” Vantor Studios' war drama about a farm, opened with $28.4 million"). The
takings are the film's: a later "its $24.8 million opening" (the film again) must meet them, not
the studio's.

Pattern 2: a year written before the noun it describes ("the 2019 comedy", "his 2017 album") dates
that thing; the sentences after it in the paragraph are not about that year. Before a word of time
or tally ("the 2019 season", "its 2021 figures") the year is still the paragraph's period.

Every sentence is invented for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.checking import findings_of
from verify.claims import Claim
from verify.document import Document
from verify.extract import extract_claims
from verify.frames.periods import attributive_year

PUBLISHED = "2025-03-03"
OPENING = ("{dateline}{title} Vantor Studios' war drama about a besieged farm, topped the box "
           "office this weekend with $28.4 million from 3,100 theaters, according to estimates on Sunday. "
           "Tracking had pointed to $20 million.")
LATER = ('\n\n"The Iron Orchard" is directed by Mara Quist, whose previous film, the 2019 comedy "Salt Flats," '
         "opened with $9.2 million. {owner} ${amount} million opening is the biggest of her career.")
OWNERS = ["Its", "The film's", "The war drama's"]


def _flagged(text: str) -> list[str]:
    return [f.message for rule in ("number.mismatch", "number.digit-slip")
            for f in findings_of(rule, text, PUBLISHED) if f.severity != "info"]


def _frame_of(text: str, figure: str):
    doc = Document.from_plain("invented.txt", text)
    claims = extract_claims(doc, date.fromisoformat(PUBLISHED))
    return next(c for c in claims if c.text.startswith(figure)).frame


@pytest.mark.parametrize("dateline", ["", "DENVER — "])
@pytest.mark.parametrize("title", ['"The Iron Orchard,"', "“The Iron Orchard,”"])
def test_the_takings_are_the_works_not_the_makers_in_the_apposition(dateline, title):
    frame = _frame_of(OPENING.format(dateline=dateline, title=title), "$28.4 million")
    assert frame.entity_name == "Iron Orchard"
    assert frame.metric == "box office"


@pytest.mark.parametrize("owner", OWNERS)
def test_a_later_opening_figure_of_the_work_contradicts_the_first(owner):
    text = OPENING.format(dateline="DENVER — ", title='"The Iron Orchard,"') + LATER.format(owner=owner, amount="24.8")
    found = _flagged(text)
    assert len(found) == 1, text
    assert "$24.8 million" in found[0] and "$28.4 million" in found[0]


@pytest.mark.parametrize("owner", OWNERS)
def test_the_same_opening_figure_again_is_silent(owner):
    text = OPENING.format(dateline="DENVER — ", title='"The Iron Orchard,"') + LATER.format(owner=owner, amount="28.4")
    assert _flagged(text) == []


def test_the_earlier_films_opening_is_not_compared_with_this_one():
    """ "Salt Flats" opened with $9.2m in 2019: another film, another time."""
    text = OPENING.format(dateline="", title='"The Iron Orchard,"') + LATER.format(owner="Its", amount="28.4")
    assert all("$9.2 million" not in message for message in _flagged(text))


def test_a_fronted_phrase_is_no_apposition():
    """ "Unlike Corlan, Vantor's sales rose …": Vantor's sales; the name before the comma is not the subject."""
    frame = _frame_of("Unlike Corlan Media, Vantor Studios' sales rose to $90 million, the company said.",
                      "$90 million")
    assert frame.entity_name == "Vantor Studios"


def test_an_apposition_that_does_not_close_before_the_figure_leaves_the_possessive_owner():
    """ "Corlan Media, Vantor Studios' revenue was $90 million": no apposition closes; Vantor owns it."""
    frame = _frame_of("Corlan Media and its rivals trailed. Vantor Studios' revenue was $90 million.", "$90 million")
    assert frame.entity_name == "Vantor Studios"


@pytest.mark.parametrize(("text", "year", "expected"), [
    ("Her last film, the 2019 comedy Salt Flats, flopped.", "2019", True),
    ("His 2017 album sold well.", "2017", True),
    ("The band's 2016 tour lost money.", "2016", True),
    ("In the 2019 season, she won twice.", "2019", False),
    ("Its 2021 figures were weaker.", "2021", False),
    ("The 2020 financial year was hard.", "2020", False),
    ("In 2019 sales rose.", "2019", False),
    ("The comedy opened in 2019.", "2019", False),
])
def test_attributive_year(text, year, expected):
    start = text.index(year)
    assert attributive_year(text, Claim("date", start, start + 4, {})) is expected


def test_a_year_describing_a_thing_does_not_date_the_next_sentence():
    text = ("Mara Quist's previous film, the 2019 comedy Salt Flats, was a flop. Her new film took $24.8 million "
            "in its first days.")
    assert _frame_of(text, "$24.8 million").period.kind == "current"


def test_a_year_before_a_word_of_time_still_dates_the_next_sentence():
    text = "Vantor Studios had a hard time in the 2019 financial year. Revenue fell to $90 million."
    period = _frame_of(text, "$90 million").period
    assert period.kind == "stated" and period.start == date(2019, 1, 1)

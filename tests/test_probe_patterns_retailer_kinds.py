"""ranking.conflict for a retailer ranked in Britain and again in the UK, once it is known to be a retailer.

Pattern: a results story opens "Thornbury Outdoor, the Kendal-based outdoor clothing and equipment
retailer,", later reports that an analyst "said Thornbury was taking market share", that "Thornbury
describes itself as Britain's fourth-largest outdoor retailer", and calls it "the third-biggest
specialist outdoor chain in the UK". Four things lost it:

- the apposition had three describing words before "and", one more than was read, so nothing said
  the name was an organisation;
- "said Thornbury was taking" counted as a speaker named after "said", which makes a person, though the
  name opens the clause that was said;
- a name that "describes itself" was not known to be a thing;
- the region between a name's verb phrase and its rank ("describes itself as Britain's") was taken
  for the holder, and "Britain" and "the UK" were two regions.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of
from verify.document import Document
from verify.frames.qualifiers import region_named
from verify.refs.model import Kind

WHEN = "2024-09-18"
LEDE = ("Thornbury Outdoor, the Kendal-based outdoor clothing and equipment retailer, reported a 9% rise in "
        "half-year profit on Wednesday. Chief executive Rachel Gilmour, who joined from the grocer Fairway in "
        "2019, said demand held up.")
MIDDLE = "An analyst at the broker Henley Carrow said Thornbury was taking market share from weaker rivals."


def _story(rank: str, later: str) -> str:
    return f"{LEDE}\n\n{MIDDLE}\n\n{rank}\n\n{later}"


@pytest.mark.parametrize("rank", [
    "Thornbury describes itself as Britain's fourth-largest outdoor retailer by sales.",
    "Thornbury calls itself the fourth-largest outdoor retailer in Britain.",
])
@pytest.mark.parametrize("later", [
    "Shares in the company, the third-biggest specialist outdoor chain in the UK, rose 6.5%.",
    "Shares in the company, the UK's third-biggest outdoor chain, rose 6.5%.",
])
def test_ranks_in_britain_and_in_the_uk_are_one_list(rank, later):
    found = findings_of("ranking.conflict", _story(rank, later), WHEN)
    assert [(f.severity, "Thornbury Outdoor" in f.message) for f in found] == [("error", True)]


def test_a_rank_in_another_region_is_silent():
    rank = "Thornbury describes itself as Britain's fourth-largest outdoor retailer by sales."
    later = "Shares in the company, the third-biggest outdoor chain in Europe, rose 6.5%."
    assert findings_of("ranking.conflict", _story(rank, later), WHEN) == []


def test_the_retailer_is_an_organisation_and_the_grocer_is_not_what_the_company_means():
    doc = Document.from_plain("invented.txt", _story("Thornbury describes itself as a value brand.", ""))
    entities = {e.name: e for e in doc.references.entities}
    assert entities["Thornbury Outdoor"].kind == Kind.ORGANISATION
    assert len(entities["Thornbury Outdoor"].mentions) > len(entities["Fairway"].mentions)


@pytest.mark.parametrize("written, region", [("Britain", "uk"), ("the UK", "uk"), ("United Kingdom", "uk"),
                                              ("Great Britain", "uk"), ("America", "us"), ("Norway", "norway")])
def test_region_names(written, region):
    assert region_named(written.removeprefix("the ")) == region


@pytest.mark.parametrize("written, region", [("New Zealand", "new zealand"), ("South Africa", "south africa"),
                                              ("Africa", "africa")])
def test_a_two_word_country_keeps_its_name(written, region):
    """ "South Africa's largest" and "Africa's largest" are two lists."""
    assert region_named(written) == region


def test_in_the_country_scopes_a_rank_by_the_article_s_country():
    text = ("Port Awanui, New Zealand's second-busiest container port, handled more boxes in the year. Cranes were "
            "added. Port Awanui is now the third-busiest container port in the country, the council said.")
    found = findings_of("ranking.conflict", text, "2024-08-22")
    assert [f.severity for f in found] == ["error"]

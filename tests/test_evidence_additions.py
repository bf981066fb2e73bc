"""Names a sentence adds to the source sentence it restates (``evidence.name-unsupported``, at
info), the names that are not such additions, and when a stored figure held (the date of its own
clause, not another figure's). Every sentence is invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_evidence_slots import flagged
from verify.document import Document
from verify.engine import RuleSet, run_rules
from verify.evidence.ingest import ingest_document
from verify.evidence.matching import Matcher
from verify.evidence.store import open_store
from verify.extract import extract_claims

TERMINAL = ("The Velmar port authority opened its new ferry terminal to all operators on Tuesday, "
            "after a year of delays, the council said.")


@pytest.mark.parametrize(("article", "name"), [
    ("The Velmar port authority opened its new ferry terminal to Danish operators on Tuesday.", "Danish"),
    ("The Velmar port authority opened its ferry terminal to operators from Corvel on Tuesday.", "Corvel"),
    ("After a year of delays, the Velmar port authority opened its new ferry terminal to Ostrander Lines.",
     "Ostrander Lines"),
])
def test_a_name_the_restated_source_never_mentions_is_noted(store_url, article, name):
    assert flagged(store_url, TERMINAL, article) == [("evidence.name-unsupported", name)]


def test_the_finding_is_information_and_quotes_the_passage(store_url):
    store = open_store(store_url)
    ingest_document(store, Document.from_plain("source.txt", TERMINAL), "https://example.org/source")
    doc = Document.from_plain("draft.txt", "The Velmar port authority opened its new ferry terminal to Danish "
                                           "operators on Tuesday.")
    claims = extract_claims(doc, None)
    Matcher(store).annotate(claims, None, doc)
    (finding,) = [f for f in run_rules(doc, claims, None, RuleSet.default()) if f.rule == "evidence.name-unsupported"]
    assert finding.severity == "info"
    assert finding.message.startswith('"Danish" is not mentioned in https://example.org/source')
    assert "opened its new ferry terminal to all operators" in finding.message


@pytest.mark.parametrize("article", [
    # an attribution the article adds, beside none of the passage's words
    "The Velmar port authority opened its new ferry terminal to all operators on Tuesday, Ilse Brandt confirmed.",
    # a capital by position
    "Ostrander aside, the Velmar port authority opened its new ferry terminal to all operators on Tuesday.",
    # a label with a digit
    "The Velmar port authority opened its new ferry terminal to all operators in Q3 after a year of delays.",
    # a sentence naming no one the source names: another story's, perhaps
    "The port authority opened its new ferry terminal to Danish operators on Tuesday.",
])
def test_names_that_are_no_addition_stay_silent(store_url, article):
    assert [rule for rule, _ in flagged(store_url, TERMINAL, article)] == []


def test_a_demonym_of_a_place_the_source_names_is_no_addition(store_url):
    source = "The Velmar port authority opened its new ferry terminal to operators from Norway on Tuesday."
    article = "The Velmar port authority opened its new ferry terminal to Norwegian operators on Tuesday."
    assert flagged(store_url, source, article) == []


def test_an_abbreviation_the_source_spells_out_is_no_addition(store_url):
    source = "Velmar Freight said revenue grew 9% year over year in the quarter, led by its ferry business."
    assert flagged(store_url, source, "Velmar Freight said revenue grew 9% YoY in the quarter, led by ferries.") == []


def test_a_swapped_name_is_reported_once_as_swapped(store_url):
    source = "Halden Robotics raised $250 million in a series B round led by Corvel Capital, the company said."
    article = "Halden Robotics raised $250 million in a series B round led by Brightwater Ventures."
    assert flagged(store_url, source, article) == [("evidence.entity-swapped", "Brightwater Ventures")]


def _contradicted(store_url: str, source: str, source_date: date, article: str, article_date: date) -> list[str]:
    store = open_store(store_url)
    ingest_document(store, Document.from_plain("source.txt", source, published=source_date),
                    "https://example.org/source")
    doc = Document.from_plain("draft.txt", article, published=article_date)
    claims = extract_claims(doc, article_date)
    Matcher(store).annotate(claims, article_date, doc)
    return [f.claims[0].text for f in run_rules(doc, claims, article_date, RuleSet.default())
            if f.rule == "evidence.contradicted"]


RESULTS = "Harl Bank said net profit was $2.2 billion, compared with $417 million a year earlier."


@pytest.mark.parametrize(("article_date", "expected"), [
    (date(2026, 2, 20), ["$1.9 billion"]),  # the same results
    (date(2024, 2, 20), []),  # two years before: the year earlier of the source is not its $2.2 billion's
])
def test_a_stored_figure_held_when_its_own_clause_says(store_url, article_date, expected):
    article = "Harl Bank said net profit was $1.9 billion."
    assert _contradicted(store_url, RESULTS, date(2026, 2, 18), article, article_date) == expected


def test_a_date_in_a_clause_of_its_own_dates_the_figure(store_url):
    source = "In 2023, Harl Bank said, net profit was $2.2 billion."
    assert _contradicted(store_url, source, date(2026, 2, 18), "In 2023, Harl Bank's net profit was $1.9 billion.",
                         date(2026, 2, 20)) == ["$1.9 billion"]
    assert "$1.9 billion" not in _contradicted(store_url, source, date(2026, 2, 18),
                                               "In 2025, Harl Bank's net profit was $1.9 billion.", date(2026, 2, 20))


LOANS = "Harl's building societies approved 41,300 home loans in March, against 44,800 in February, the regulator said."


@pytest.mark.parametrize(("article", "expected"), [
    ("Harl's building societies approved 39,900 home loans in March, the regulator said.", ["39,900 home loans"]),
    ("Harl's building societies approved 39,900 home loans in May, the regulator said.", []),  # another month's
    ("In May, Harl's building societies approved 39,900 home loans, the regulator said.", []),
])
def test_figures_dated_apart_in_their_clauses_are_two_facts(store_url, article, expected):
    assert _contradicted(store_url, LOANS, date(2026, 4, 6), article, date(2026, 6, 8)) == expected


def test_a_first_word_many_names_share_is_no_mention_of_the_entity(store_url):
    """"South Korea" is not mentioned by a source about South Africa: it does not judge its figure."""
    source = "The finance ministry forecast that South Africa's output will rise by 2.1% in 2026."
    article = "South Korea's output will rise by 2.9% in 2026, the finance ministry forecast."
    assert _contradicted(store_url, source, date(2026, 2, 1), article, date(2026, 2, 3)) == []
    article = "South Africa's output will rise by 2.9% in 2026, the finance ministry forecast."
    assert _contradicted(store_url, source, date(2026, 2, 1), article, date(2026, 2, 3)) == ["2.9%"]


def test_a_date_beside_a_differing_figure_is_still_supported(store_url):
    """Only a contradiction of the date waits on its figures: the same month beside another count is
    supported (and the count contradicted)."""
    store = open_store(store_url)
    ingest_document(store, Document.from_plain("source.txt", LOANS, published=date(2026, 4, 6)),
                    "https://example.org/source")
    doc = Document.from_plain("draft.txt", "Harl's building societies approved 39,900 home loans in March.",
                              published=date(2026, 4, 8))
    claims = extract_claims(doc, date(2026, 4, 8))
    Matcher(store).annotate(claims, date(2026, 4, 8), doc)
    assert {c.text: c.status for c in claims} == {"39,900 home loans": "contradicted", "March": "supported"}


def test_a_name_written_with_a_lower_case_first_letter_is_a_name_beside_the_word(store_url):
    """"eVend" is a name the source never mentions: its shares are not the source's to judge (Corvel's
    are: their direction contradicted, told once, by the figure)."""
    source = "Shares in Corvel rose 4% on Tuesday after its quarterly results beat forecasts."
    article = "Shares in Corvel fell 4% on Tuesday after its quarterly results beat forecasts."
    assert [rule for rule, _ in flagged(store_url, source, article)] == ["evidence.contradicted"]
    assert flagged(store_url, source, "Shares in eVend fell 4% on Tuesday after its quarterly results beat "
                                      "forecasts.") == []


def test_a_name_the_source_mentions_elsewhere_is_swapped_only_in_a_sentence_restated_word_for_word(store_url):
    source = ("Astronomers at Harl used the Corvel Telescope to map the dust lanes of two nearby galaxies. "
              "Earlier maps of the same galaxies came from the older Brenna Telescope.")
    restated = "Astronomers at Harl used the Brenna Telescope to map the dust lanes of two nearby galaxies."
    assert flagged(store_url, source, restated) == [("evidence.entity-swapped", "Brenna Telescope")]
    loosely = "The Brenna Telescope has mapped dust lanes in two nearby galaxies, astronomers at Harl said."
    assert flagged(store_url, source, loosely) == []

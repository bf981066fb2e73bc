"""What alignment compares once two sentences are aligned: bounds stated alike, dates however far
apart, a value restated elsewhere only if restated as precisely, names swapped in sentences with no
figure, and names that differ in one word. Every sentence is invented."""

from __future__ import annotations

from datetime import date

import pytest

from verify.document import Document
from verify.engine import RuleSet, run_rules
from verify.evidence.ingest import ingest_document
from verify.evidence.matching import Matcher
from verify.evidence.store import open_store
from verify.extract import extract_claims


def flagged(store_url: str, source: str, article: str, published: date | None = None) -> list[tuple[str, str]]:
    """(rule, claimed text) of each evidence finding on ``article`` against a store holding ``source``."""
    store = open_store(store_url)
    ingest_document(store, Document.from_plain("source.txt", source, published=published),
                    "https://example.org/source")
    doc = Document.from_plain("draft.txt", article)
    claims = extract_claims(doc, published)
    Matcher(store).annotate(claims, published, doc)
    return [(f.rule, f.claims[0].text) for f in run_rules(doc, claims, published, RuleSet.default())
            if f.rule.startswith("evidence.") and f.rule != "evidence.supported"]


QUARRY = ("A quarry wall gave way near Tarrow on Monday, injuring at least four workers and trapping "
          "more than 30 lorries, the county council said.")


@pytest.mark.parametrize(("article", "expected"), [
    ("A quarry wall collapse near Tarrow injured at least six workers and trapped more than 30 lorries.",
     [("evidence.contradicted", "at least six workers")]),
    ("A quarry wall collapse near Tarrow injured at least four workers and trapped over 45 lorries.",
     [("evidence.contradicted", "over 45 lorries")]),
    ("A quarry wall collapse near Tarrow injured at least four workers and trapped over 30 lorries.", []),
])
def test_a_bound_stated_alike_on_both_sides_is_compared_as_its_number(store_url, article, expected):
    assert flagged(store_url, QUARRY, article) == expected


def test_a_bound_against_a_hedged_or_exact_figure_is_not_read_as_a_number(store_url):
    assert flagged(store_url, QUARRY, "A quarry wall collapse near Tarrow injured four workers and trapped "
                                      "more than 30 lorries.") == []


def test_a_date_is_compared_however_far_it_is_from_the_one_it_contradicts(store_url):
    source = "The Hessel bridge was not thought unsafe until a 1962 flood in the valley, engineers wrote."
    assert flagged(store_url, source, "The Hessel bridge was not thought unsafe until 1972, after a flood "
                                      "in the valley.") == [("evidence.contradicted", "1972")]
    assert flagged(store_url, source, "The Hessel bridge was not thought unsafe until 1962, after a flood "
                                      "in the valley.") == []


def test_a_rounder_figure_elsewhere_in_the_source_does_not_confirm_a_precise_one(store_url):
    source = ("A study by Lennart Analytics found that Quorra moved almost $2.6 billion of reserves to "
              "two lenders in 2024. Quorra moved the reserves behind $2 billion of its tokens to lenders.")
    assert flagged(store_url, source, "A study by Lennart Analytics found that Quorra moved $2.1 billion of "
                                      "reserves to two lenders in 2024.") == [("evidence.contradicted", "$2.1 billion")]


SOCIAL = ("Mayor Ilse Varga has ended her weekly column in the Harbour Gazette, while councillor Tomas Reyes "
          "will keep writing his blog.")


@pytest.mark.parametrize("article", [
    "Mayor Ilse Varga has ended her weekly column in the Harbour Courier, while councillor Tomas Reyes "
    "will keep writing his blog.",
    "Varga has ended her weekly column in the Harbour Courier, while councillor Tomas Reyes will keep "
    "writing his blog.",
])
def test_a_name_is_swapped_in_a_sentence_that_states_no_figure(store_url, article):
    assert flagged(store_url, SOCIAL, article) == [("evidence.entity-swapped", "Harbour Courier")]


def test_a_name_the_source_uses_is_no_swap(store_url):
    assert flagged(store_url, SOCIAL, "Mayor Ilse Varga has stopped her weekly column in the Harbour Gazette, "
                                      "and councillor Tomas Reyes will keep writing his blog.") == []


TELESCOPE = ("The Arden Deep Field Telescope has photographed the Veil Nebula, a cloud of gas that lets "
             "astronomers study how stars form.")


def test_a_name_that_differs_in_one_word_the_source_never_uses_is_swapped(store_url):
    article = ("The Arden Kestrel Telescope photographed a new image of the Veil Nebula, a cloud of gas "
               "that let astronomers study how stars form.")
    assert flagged(store_url, TELESCOPE, article) == [("evidence.entity-swapped", "Arden Kestrel Telescope")]


def test_a_shorter_form_of_the_sources_name_is_no_swap(store_url):
    article = ("The Arden telescope photographed the Veil Nebula, a cloud of gas that let astronomers "
               "study how stars form.")
    assert flagged(store_url, TELESCOPE, article) == []


def test_a_larger_count_elsewhere_does_not_restate_a_bound(store_url):
    source = ("A ferry capsized off Skerra on Sunday, drowning at least three passengers. Coastguards said "
              "the ferry had carried 84 passengers.")
    assert flagged(store_url, source, "A ferry capsized off Skerra, drowning at least five passengers.") == [
        ("evidence.contradicted", "at least five passengers")]


def test_a_demonym_of_a_place_the_source_names_is_not_a_stranger_beside_the_figure(store_url):
    source = "At least three passengers drowned when a ferry from Norway sank off Skerra on Sunday."
    assert flagged(store_url, source, "At least five passengers drowned when a Norwegian ferry sank off "
                                      "Skerra.") == [("evidence.contradicted", "At least five passengers")]
    # a stranger beside the figure: not the source's to judge, though its name is noted (at info)
    assert flagged(store_url, source, "At least five passengers drowned when a Danish ferry sank off Skerra.") == [
        ("evidence.name-unsupported", "Danish")]


def test_a_name_sharing_no_word_needs_its_surrounding_words_to_match(store_url):
    source = "Ofreg reported 1,328 care home deaths from influenza in East Harl."
    article = "Vessby has almost 600 more care home deaths from influenza than East Harl."
    assert [rule for rule, _ in flagged(store_url, source, article)] == []


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_change_noun_heading_the_figures_of_phrase_gives_its_direction(store_url, apostrophe):
    source = "Did Norway's salmon exports rise? No: there was a fall in Norway's salmon exports to Japan of 12%."
    claim = f"Norway{apostrophe}s salmon exports to Japan rose by 12% last year."
    assert flagged(store_url, source, claim) == [("evidence.contradicted", "12%")]
    assert flagged(store_url, source, f"Norway{apostrophe}s salmon exports to Japan fell by 12% last year.") == []


def test_a_plain_count_of_the_same_size_elsewhere_does_not_restate_a_bound(store_url):
    source = ("A storm flattened a stable near Olvik on Friday, killing at least two horses, the fire service "
              "said. Vets later treated four horses in a nearby paddock.")
    article = "A storm flattened a stable near Olvik, killing at least four horses."
    assert flagged(store_url, source, article) == [("evidence.contradicted", "at least four horses")]
    assert flagged(store_url, source, "A storm flattened a stable near Olvik, killing at least two horses.") == []


GAS_PLANT = ("A gas plant exploded in Chile's southern lake district on Monday, killing at least two workers "
             "and leaving more than 20 injured, state television reported.")


@pytest.mark.parametrize(("article", "claimed"), [
    ("A Chilean gas plant explosion killed at least five workers and left over 20 others injured.",
     "at least five workers"),
    ("At least five workers died and over 20 others were injured when a Chilean gas plant exploded.",
     "At least five workers"),
])
def test_a_demonym_of_the_sources_place_makes_it_a_source_the_article_draws_on(store_url, article, claimed):
    assert flagged(store_url, GAS_PLANT, article) == [("evidence.contradicted", claimed)]


def test_a_demonym_of_another_place_does_not(store_url):
    article = "A Peruvian gas plant explosion killed at least five workers and left over 20 others injured."
    assert flagged(store_url, GAS_PLANT, article) == []

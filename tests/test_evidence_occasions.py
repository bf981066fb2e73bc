"""Figures dated by an occasion the store dates ("At independence, Ova had …"), and claims led by who
says them ("Ana Ruiz said: …"). Every sentence is invented."""

from __future__ import annotations

from datetime import date

import pytest

from tests.checking import evidence_status
from verify.evidence.alignment import Sentence
from verify.evidence.occasions import occasion_of

PUBLISHED = date(2021, 5, 3)
INDEPENDENCE = "When did Ova gain independence? 12 March 1961"
POPULATION = "What was the population of Ova in 1961? The population was 3.2 million in mid-1961."


def status(store_url: str, sources: list[str], article: str, figure: str) -> str:
    return evidence_status(store_url, sources, article, figure, PUBLISHED)


@pytest.mark.parametrize(("article", "figure", "expected"), [
    ("At independence, Ova had a population of 3.2 million.", "3.2 million", "supported"),
    ("At independence, Ova had a population of 5 million.", "5 million", "contradicted"),
    ("At the time of independence, Ova had a population of 5 million.", "5 million", "contradicted"),
    ("Ova's population at independence was 5 million.", "5 million", "contradicted"),
    ("Upon independence, Ova had a population of 5 million.", "5 million", "contradicted"),
    ("Tomas Berg said: At independence, Ova had a population of 5 million.", "5 million", "contradicted"),
    ("Ova has a population of 5 million.", "5 million", "unverified"),  # today's count: 1961 is too old
    ("At independence, the country had a population of 5 million.", "5 million", "unverified"),  # whose?
])
def test_a_figure_at_an_occasion_is_judged_as_of_the_date_the_store_gives_it(store_url, article, figure, expected):
    assert status(store_url, [INDEPENDENCE, POPULATION], article, figure) == expected


@pytest.mark.parametrize("dating", [
    "Ova gained independence from Elbia in 1961.",
    "On 12 March 1961, Ova was granted full independence, and on 12 March 1961 it joined the league.",
])
def test_a_sentence_stating_the_occasion_dates_it(store_url, dating):
    assert status(store_url, [dating, POPULATION], "At independence, Ova had a population of 5 million.",
                  "5 million") == "contradicted"


@pytest.mark.parametrize("dating", [
    [],  # nothing dates the occasion: the article's own date stands, and 1961 is too old for it
    ["When did Elbia gain independence? 12 March 1961"],  # another country's
    [INDEPENDENCE, "Ova became independent in 1974."],  # two passages disagree
    ["Ova's independence party was formed in 1958 and won in 1961."],  # its dates span years
])
def test_an_occasion_the_store_does_not_date_plainly_leaves_the_figure_unjudged(store_url, dating):
    assert status(store_url, [*dating, POPULATION], "At independence, Ova had a population of 5 million.",
                  "5 million") == "unverified"


@pytest.mark.parametrize(("article", "figure", "expected"), [
    ("Ova's urban population at independence was 900,000.", "900,000", "contradicted"),
    ("At the time of independence, the urban population of Ova was about 700,000.", "700,000", "supported"),
    ("Ova's rural population at independence was 900,000.", "900,000", "unverified"),  # not what was asked
])
def test_an_occasion_is_no_part_of_what_a_question_must_ask(store_url, article, figure, expected):
    urban = "What was the urban population of Ova in 1961? 700,000"
    assert status(store_url, [INDEPENDENCE, urban], article, figure) == expected


def test_an_occasion_is_only_the_figures_time_after_at():
    assert occasion_of("At independence, Ova had 3 parks.") == "independence"
    assert occasion_of("Ova's population upon reunification was 9 million.") == "reunification"
    assert occasion_of("Ova's independence party won 40% of the vote.") is None
    assert occasion_of("Ova has been independent since 1961.") is None


def test_a_lead_saying_who_speaks_is_no_part_of_what_is_compared():
    led = Sentence("Ana Ruiz, the finance minister, said: Ova spends 4% of its output on roads.", [])
    assert led.stemmed == Sentence("Ova spends 4% of its output on roads.", []).stemmed
    assert Sentence("Note: Ova spends 4% of its output on roads.", []).reported == 0


@pytest.mark.parametrize(("article", "figure", "expected"), [
    ("Tomas Berg said: Ova had a population of 5 million in 2020.", "5 million", "contradicted"),
    ("Tomas Berg said: Ova had a population of 3.2 million in 2020.", "3.2 million", "supported"),
    ("Tomas Berg said: Ova had 5 million cattle in 2020.", "5 million", "unverified"),
])
def test_a_claim_led_by_its_speaker_aligns_as_the_claim_alone(store_url, article, figure, expected):
    source = ("Data from the census bureau and the league's statistics office show that Ova's population was "
              "3.2 million in 2020.")
    assert status(store_url, [source], article, figure) == expected


HARVEST = "When did the harvest of the northern valley fail? The harvest of the northern valley failed in 2019."


@pytest.mark.parametrize(("article", "figure", "expected"), [
    ("Tomas Berg said: the harvest of the northern valley failed in 2017.", "2017", "contradicted"),
    ("Tomas Berg said: the harvest of the northern valley failed in 2019.", "2019", "supported"),
    ("The harvest of the northern valley failed in 2017, Tomas Berg said.", "2017", "contradicted"),
    ("Tomas Berg said: Elbia's harvest of the northern valley failed in 2017.", "2017", "unverified"),  # Elbia's?
])
def test_who_says_a_date_is_not_whom_it_is_about(store_url, article, figure, expected):
    assert status(store_url, [HARVEST], article, figure) == expected

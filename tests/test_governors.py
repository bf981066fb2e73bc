"""Whose figure it is: the governors of verify/frames/entities.py on shapes of newsroom copy."""

from __future__ import annotations

from datetime import date

import pytest

from verify.document import Document
from verify.extract import extract_claims


def owner(text: str, figure: str) -> str | None:
    claims = extract_claims(Document.from_plain("g.txt", text), date(2026, 2, 19))
    return next(c.frame.entity_name for c in claims if c.text.startswith(figure))


@pytest.mark.parametrize("verb", ["noted that", "said", "told clients that"])
def test_an_analysts_bank_does_not_own_the_figure_the_analyst_speaks_of(verb):
    text = (f"Corvel Foods said net profit fell to €88 million. Corvel Foods expects growth. "
            f"Dieter Wittmer of Saal Bank {verb} the €96 million net profit was flattered.")
    assert owner(text, "€96 million") != "Saal Bank"


def test_an_organisation_speaking_of_its_own_figure_owns_it():
    assert owner("Saal Bank said net profit rose to €96 million.", "€96 million") == "Saal Bank"


@pytest.mark.parametrize("opening", ["At A$1,360 a barrel", "At $1,360 a tonne", "With 12,400 staff"])
def test_a_thousands_comma_does_not_end_an_opening_phrase(opening):
    text = f"Halden Mining reported results. {opening}, Halden's costs rank fourth-lowest, according to Swan Partners."
    figure = opening.split()[1]
    assert owner(text, figure) in ("Halden Mining", "Halden")


def test_a_results_list_gives_each_rank_to_the_name_it_follows():
    from datetime import date

    from verify.document import Document
    from verify.extract import extract_claims

    text = ("Bronze went to Julien Marot at 0:52, with Iker Sola of Chile fourth at 1:37 and the Slovak "
            "Pavel Hrubec fifth, 2:06 behind.")
    doc = Document.from_plain("results.txt", text)
    owners = {c.text: c.frame.entity_name for c in extract_claims(doc, date(2021, 6, 14)) if c.type == "ranking"}
    assert owners["Hrubec fifth"] == "Pavel Hrubec"
    assert owners["Chile fourth"].startswith("Iker Sola")


def test_a_seeding_is_a_standing_whatever_the_clause_plans():
    from datetime import date

    from verify.document import Document
    from verify.extract import extract_claims

    text = "The Swede could meet seventh seed Tomas Brandt in the second round."
    doc = Document.from_plain("draw.txt", text)
    (rank,) = [c for c in extract_claims(doc, date(2026, 1, 10)) if c.type == "ranking"]
    assert rank.frame.modality == "actual" and "list:seed" in rank.frame.qualifiers


def test_biggest_and_largest_rank_on_one_list():
    from datetime import date

    from verify.document import Document
    from verify.extract import extract_claims

    text = "Halden Re is the world's biggest reinsurer. Rask Re is the world's third-largest reinsurer."
    doc = Document.from_plain("re.txt", text)
    lists = {c.text: c.frame.qualifiers for c in extract_claims(doc, date(2026, 1, 10)) if c.type == "ranking"}
    assert len(set(lists.values())) == 1, lists


@pytest.mark.parametrize("owner", ["Larkmoor Pictures' The Glass Coast", "Halcyon's Glass Coast"])
def test_a_possessed_name_governs_the_figure_not_its_possessor(owner):
    from datetime import date

    from verify.document import Document
    from verify.extract import extract_claims

    text = f"{owner} led the weekend chart with $23.6 million from 3,140 cinemas."
    doc = Document.from_plain("box.txt", text)
    (money,) = [c for c in extract_claims(doc, date(2025, 3, 3)) if c.type == "money"]
    assert money.frame.entity_name == "Glass Coast"


@pytest.mark.parametrize(("later", "found"), [
    ("Halden Re, the world's third-largest reinsurer, gave no figure.", True),
    ("Rask Re, the world's third-largest reinsurer, gave no figure.", True),
    ("Halden Re, the world's second-largest reinsurer, gave no figure.", False),
    ("Vela Re, the world's third-largest reinsurer, gave no figure.", False),
])
def test_a_group_rank_given_to_a_coordination_ranks_each_name(later, found):
    from checking import findings_of

    text = f"Halden Re and Rask Re, the two biggest reinsurers in the world, expect small losses. {later}"
    assert bool(findings_of("ranking.top", text, "2005-01-10")) is found, text


@pytest.mark.parametrize(("text", "metric"), [
    ("Kelso will lose 940 roles in sales.", "job cuts"),
    ("Kelso eliminated 450 positions in May.", "job cuts"),
    ("A further 220 jobs will go in marketing.", "job cuts"),
    ("Kelso had 21,000 employees in September.", "headcount"),
    ("Kelso created 300 jobs in Leeds.", "headcount"),
])
def test_jobs_in_a_clause_that_cuts_them_are_job_cuts(text, metric):
    from datetime import date

    from verify.document import Document
    from verify.extract import extract_claims

    doc = Document.from_plain("cuts.txt", text)
    (count,) = [c for c in extract_claims(doc, date(2024, 1, 17)) if c.type == "quantity"]
    assert count.frame.metric == metric, text

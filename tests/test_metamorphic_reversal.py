"""Metamorphic tests of ``evidence.reversed``: a source sentence stated the opposite way (an antonym,
a negation added or removed), in another tense or word order, is still caught; the same sentence
restated with its meaning kept (tense, word order, a paraphrase, "did not rise" for "fell") never
is. Each case runs the whole path: a store holding every source, the article checked against it.
Every sentence is invented for this file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from verify.document import Document
from verify.engine import RuleSet, run_rules
from verify.evidence.ingest import ingest_document
from verify.evidence.matching import Matcher
from verify.evidence.store import open_store
from verify.extract import extract_claims

PUBLISHED = date(2026, 4, 10)


@dataclass(frozen=True)
class Case:
    source: str
    wrong: tuple[str, ...]  # each says the opposite of the source
    right: tuple[str, ...]  # each says what the source says


CASES = [
    Case("Ridership on the Vesterlund tram rose after the city cut fares in January.",
         ("Ridership on the Vesterlund tram fell after the city cut fares in January.",
          "After the city cut fares in January, ridership on the Vesterlund tram dropped.",
          "Ridership on the Vesterlund tram did not rise after the city cut fares in January.",
          "Ridership on the Vesterlund tram is falling after the city cut fares in January."),
         ("Ridership on the Vesterlund tram has risen after the city cut fares in January.",
          "After the city cut fares in January, ridership on the Vesterlund tram rose.",
          "Ridership on the Vesterlund tram did not fall after the city cut fares in January.",
          "The Vesterlund tram carried more riders after the city cut fares in January.")),
    Case("The Marholm court found the harbour pilot guilty of negligence over the collision.",
         ("The Marholm court found the harbour pilot innocent of negligence over the collision.",
          "The Marholm court acquitted the harbour pilot of negligence over the collision.",
          "The Marholm court did not find the harbour pilot guilty of negligence over the collision."),
         ("The harbour pilot was found guilty of negligence over the collision by the Marholm court.",
          "The Marholm court finds the harbour pilot guilty of negligence over the collision.",
          "The Marholm court convicted the harbour pilot of negligence over the collision.")),
    Case("Shareholders of Quillon Foods did not back the plan to sell the frozen-meals unit.",
         ("Shareholders of Quillon Foods backed the plan to sell the frozen-meals unit.",
          "Shareholders of Quillon Foods supported the plan to sell the frozen-meals unit.",
          "Shareholders of Quillon Foods backed the plan to buy the frozen-meals unit."),
         ("Quillon Foods shareholders did not back the plan to sell the frozen-meals unit.",
          "Shareholders of Quillon Foods have not backed the plan to sell the frozen-meals unit.",
          "Shareholders of Quillon Foods opposed the plan to sell the frozen-meals unit.")),
    Case("Torvik United won the cup final against Halsey Rovers after extra time.",
         ("Torvik United lost the cup final against Halsey Rovers after extra time.",
          "Torvik United lost the cup final against Halsey Rovers before extra time."),
         ("Torvik United wins the cup final against Halsey Rovers after extra time.",
          "Against Halsey Rovers, Torvik United won the cup final after extra time.",
          "Torvik United did not lose the cup final against Halsey Rovers after extra time.")),
]


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('store') / 'evidence.sqlite'}")
    for number, case in enumerate(CASES):
        ingest_document(store, Document.from_plain(f"source-{number}.txt", case.source, published=date(2026, 4, 2)),
                        f"https://example.org/source-{number}")
    return Matcher(store)


def reversed_in(matcher: Matcher, article: str) -> list[str]:
    doc = Document.from_plain("draft.txt", article)
    claims = extract_claims(doc, PUBLISHED)
    matcher.annotate(claims, PUBLISHED, doc)
    return [f.message for f in run_rules(doc, claims, PUBLISHED, RuleSet.default()) if f.rule == "evidence.reversed"]


def test_the_opposite_written_another_way_is_still_caught(matcher):
    wrong = [text for case in CASES for text in case.wrong]
    missed = [text for text in wrong if not reversed_in(matcher, text)]
    assert len(missed) <= len(wrong) // 10, missed  # at least 90 % caught; each miss is listed


@pytest.mark.parametrize("text", [text for case in CASES for text in (case.source, *case.right)])
def test_the_same_meaning_written_another_way_is_silent(matcher, text):
    assert reversed_in(matcher, text) == []

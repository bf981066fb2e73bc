"""Words that say the opposite of the aligned source sentence (``evidence.reversed``): an antonym
swapped, a negation added or removed on the same predicate; and the rewordings that must stay
silent (tense, word order, a paraphrase, "did not rise" for "fell"). Every sentence is invented.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from verify.document import Document
from verify.engine import RuleSet, run_rules
from verify.evidence.alignment import Aligned, Gate, Sentence
from verify.evidence.ingest import ingest_document
from verify.evidence.kept import kept
from verify.evidence.matching import Matcher
from verify.evidence.reversal import lemma, reversals
from verify.evidence.spans import Span, SpanReader
from verify.evidence.store import open_store
from verify.extract import extract_claims

PUBLISHED = date(2026, 4, 10)
GATE = Gate(0.65, 2, 0.3)


def reversed_words(source: str, claim: str) -> list[tuple[str, str, str]]:
    """(claimed, stated, kind) of each reversal of ``claim`` against ``source`` alone."""
    found = reversals(Sentence(claim, []), [Aligned(Sentence(source, []), 0.9, None)], GATE)
    return [(r.claimed.text, r.stated.text, r.kind) for r in found]


def findings(store_url: str, sources: list[str], article: str) -> list:
    store = open_store(store_url)
    for number, text in enumerate(sources):
        ingest_document(store, Document.from_plain(f"source-{number}.txt", text, published=date(2026, 4, 2)),
                        f"https://example.org/source-{number}")
    doc = Document.from_plain("draft.txt", article)
    claims = extract_claims(doc, PUBLISHED)
    Matcher(store).annotate(claims, PUBLISHED, doc)
    return [f for f in run_rules(doc, claims, PUBLISHED, RuleSet.default()) if f.rule == "evidence.reversed"]


SOURCE = "The Brenna port authority approved the new ferry terminal on Tuesday after a long debate."


@pytest.mark.parametrize(("claim", "expected"), [
    ("The Brenna port authority rejected the new ferry terminal on Tuesday after a long debate.",
     ("rejected", "approved", "antonym")),
    ("The Brenna port authority did not approve the new ferry terminal on Tuesday after a long debate.",
     ("not approve", "approved", "negation")),
    ("The Brenna port authority hasn't approved the new ferry terminal after a long debate.",
     ("hasn't approved", "approved", "negation")),
    ("The Brenna port authority approved the new ferry terminal on Tuesday before a long debate.",
     ("before", "after", "antonym")),
    ("The Brenna port authority failed to approve the new ferry terminal on Tuesday after a long debate.",
     ("failed to approve", "approved", "negation")),  # a verb negating the verb after its "to"
    ("The Brenna port authority refused to approve the new ferry terminal on Tuesday after a long debate.",
     ("refused to approve", "approved", "negation")),
])
def test_a_swapped_antonym_or_an_added_negation_is_a_reversal(claim, expected):
    assert reversed_words(SOURCE, claim) == [expected]


DRONES = "The Pellam agency will manage small, uncrewed aircraft over the harbour from a secure site."


@pytest.mark.parametrize(("claim", "expected"), [
    ("The Pellam agency will manage small, crewed aircraft over the harbour from a secure site.",
     ("crewed", "uncrewed", "antonym")),  # a negating prefix taken away
    ("The Pellam agency will manage large, uncrewed aircraft over the harbour from a secure site.",
     ("large", "small", "antonym")),
    ("The Pellam agency will manage small, uncrewed aircraft over the harbour from an insecure site.",
     ("insecure", "secure", "antonym")),  # a prefix added
])
def test_a_prefixed_opposite_and_a_plain_adjective_are_reversals(claim, expected):
    assert reversed_words(DRONES, claim) == [expected]


@pytest.mark.parametrize("claim", [
    "The Pellam agency will manage little, uncrewed aircraft over the harbour from a secure site.",  # same family
    "The Pellam agency will manage small, unmanned aircraft over the harbour from a secure site.",  # another word
])
def test_a_synonym_or_an_unrelated_prefixed_word_is_silent(claim):
    assert reversed_words(DRONES, claim) == []


def test_a_word_of_a_name_has_no_opposite():
    assert reversed_words("The Old Quay ferry carries small cars to Brenna.",
                          "The New Quay ferry carries small cars to Brenna.") == []
    assert reversed_words("The old quay ferry carries small cars to Brenna.",
                          "The new quay ferry carries small cars to Brenna.") == [("new", "old", "antonym")]


@pytest.mark.parametrize(("source", "claim"), [
    # A stored passage may hold two sentences: a negation ends with its own.
    ("Jobs at the Tessel mill have not.  Moving away is common.", "Moving away from the Tessel mill is common."),
    ("The workers want the Tessel mill back.  'No one listens,' one said.",
     "The workers want the Tessel mill back, one said."),
])
def test_a_negation_does_not_reach_into_the_next_sentence(source, claim):
    assert reversed_words(source, claim) == []


def test_a_removed_negation_is_a_reversal():
    source = "Workers at the Tessel mill did not accept the offer of a four-day week, the union said."
    assert reversed_words(source, "Workers at the Tessel mill accepted the offer of a four-day week.") == [
        ("accepted", "not accept", "negation")]


@pytest.mark.parametrize("claim", [
    "The Brenna port authority approves the new ferry terminal after a long debate.",  # tense
    "The new ferry terminal was approved by the Brenna port authority on Tuesday after a long debate.",  # order
    "After a long debate, the Brenna port authority gave its approval to the new ferry terminal on Tuesday.",
    "The Brenna port authority did not reject the new ferry terminal after a long debate.",  # not rejected = approved
])
def test_rewordings_that_keep_the_meaning_are_silent(claim):
    assert reversed_words(SOURCE, claim) == []


@pytest.mark.parametrize(("source", "claim"), [
    ("Ticket sales at the Ostra theatre fell in March.", "Ticket sales at the Ostra theatre did not rise in March."),
    ("Ticket sales at the Ostra theatre did not rise in March.", "Ticket sales at the Ostra theatre fell in March."),
    ("Ticket sales at the Ostra theatre rose in March.", "Ticket sales at the Ostra theatre did not fall in March."),
    # The negation moves, the meaning stays: "found no" is "did not find any".
    ("Inspectors have not found any fault in the Ostra theatre roof.",
     "Inspectors have found no fault in the Ostra theatre roof."),
    ("Inspectors did not only check the Ostra theatre roof but its walls too.",
     "Inspectors checked the Ostra theatre roof and its walls."),
])
def test_a_negated_antonym_and_a_moved_negation_are_silent(source, claim):
    assert reversed_words(source, claim) == []


def test_a_word_pairs_with_the_counterpart_whose_neighbours_match_not_the_first_of_its_kind():
    source = "Costs at the Ostra plant rose sharply while output at the Ostra plant fell."
    assert reversed_words(source, "Output at the Ostra plant fell while costs at the Ostra plant rose sharply.") == []
    assert reversed_words(source, "Output at the Ostra plant rose while costs at the Ostra plant rose sharply.") == [
        ("rose", "fell", "antonym")]


def test_a_negation_in_another_clause_negates_another_predicate():
    source = 'The Ostra council approved the budget, and its leader said: "We will not raise taxes."'
    claim = 'The Ostra council approved the budget, and its leader said: "We will raise no taxes this year."'
    assert reversed_words(source, claim) == []
    assert reversed_words(source, "The Ostra council did not approve the budget.") == [
        ("not approve", "approved", "negation")]


def test_a_question_states_nothing_to_reverse():
    question = "Were the Ostra deaths attributed to the flood?"
    assert reversed_words(question, "The Ostra deaths were not attributed to the flood.") == []
    assert reversed_words("The Ostra deaths were attributed to the flood.", "Were the Ostra deaths not attributed "
                                                                            "to the flood?") == []
    assert reversed_words("The Ostra deaths were attributed to the flood.",
                          "The Ostra deaths were not attributed to the flood.") == [
        ("not attributed", "attributed", "negation")]


def test_a_negation_of_a_part_is_not_a_reversal_of_the_whole():
    source = Sentence("Of the Ostra flood deaths, two thirds were attributed to the collapse of the dam.",
                      [Span("percent", 27, 37, "two thirds", {"amount": 66.67, "fraction": True})])
    claim = Sentence("Ostra flood deaths were not attributed to the collapse of the dam.", [])
    assert reversals(claim, [Aligned(source, 0.9, None)], GATE) == []
    whole = Sentence("Ostra flood deaths were attributed to the collapse of the dam.", [])
    assert [r.kind for r in reversals(claim, [Aligned(whole, 0.9, None)], GATE)] == ["negation"]


def test_inflections_meet_through_the_lemma_and_the_families():
    assert lemma("approve") == lemma("approved") == lemma("approving")
    assert reversed_words("Ostra's population rose by a tenth.", "Ostra's population rises by a tenth.") == []


def test_the_finding_quotes_the_source_sentence_names_the_source_and_shows_both_words(store_url):
    (finding,) = findings(store_url, [SOURCE], "Yesterday's vote: the Brenna port authority rejected the new "
                                               "ferry terminal on Tuesday after a long debate.")
    assert finding.severity == "warning" and finding.category == "evidence"
    assert finding.message == ('"rejected" says the opposite of https://example.org/source-0 (2026-04-02), '
                               f"which has “approved”: “{SOURCE}”")
    (evidence,) = finding.evidence
    assert (evidence["claimed"], evidence["stated"], evidence["kind"], evidence["verdict"]) == (
        "rejected", "approved", "antonym", "reversed")
    assert finding.claims[0].text == "rejected" and finding.claims[0].id == ""


def test_a_sentence_without_any_figure_is_judged_and_its_report_keeps_the_contract(store_url):
    article = "The Brenna port authority rejected the new ferry terminal after a long debate."
    (finding,) = findings(store_url, [SOURCE], article)
    assert finding.source_span == (article.index("rejected"), article.index("rejected") + len("rejected"))


def test_a_source_the_article_does_not_draw_on_does_not_judge_it(store_url):
    other = "Bus fares rose in March, the Ostra operator said."
    assert findings(store_url, [other], "Bus fares fell in March.") == []  # no name shared, no sentence restated
    assert len(findings(store_url, [other], "The Ostra operator said bus fares fell in March.")) == 1


def test_a_word_beside_a_name_the_source_never_mentions_is_not_its_to_judge(store_url):
    article = ("The Brenna port authority met on Tuesday. Its neighbour the Kvist port authority rejected the new "
               "ferry terminal on Tuesday after a long debate.")
    assert findings(store_url, [SOURCE], article) == []
    assert len(findings(store_url, [SOURCE], article.replace("Kvist", "Brenna"))) == 1


def test_no_store_no_reversals():
    doc = Document.from_plain("draft.txt", "The Brenna port authority rejected the new ferry terminal.")
    claims = extract_claims(doc, PUBLISHED)
    assert kept(doc, "reversals") == []
    assert [f for f in run_rules(doc, claims, PUBLISHED, RuleSet.default()) if f.rule == "evidence.reversed"] == []


HELMETS = "Visitors to the Corran dam are required to wear helmets inside the turbine hall, the operator says."


@pytest.mark.parametrize(("claim", "expected"), [
    ("Visitors to the Corran dam are advised to wear helmets inside the turbine hall.",
     ("advised", "required", "antonym")),  # an obligation told as advice
    ("Visitors to the Corran dam are not obliged to wear helmets inside the turbine hall.",
     ("not obliged", "required", "negation")),  # an obligation denied, in another of its words
])
def test_an_obligation_told_as_advice_or_denied_is_a_reversal(claim, expected):
    assert reversed_words(HELMETS, claim) == [expected]


@pytest.mark.parametrize("claim", [
    "Visitors to the Corran dam are obliged to wear helmets inside the turbine hall.",
    "Visitors to the Corran dam are forced to wear helmets inside the turbine hall.",
])
def test_an_obligation_in_other_words_is_silent(claim):
    assert reversed_words(HELMETS, claim) == []



def test_failing_without_a_to_negates_nothing():
    source = "The Brenna ferry company failed in 2019, leaving the new terminal empty after a long debate."
    assert reversed_words(source, "The Brenna ferry company failed in 2019, leaving the new terminal empty.") == []


@pytest.mark.parametrize(("source", "claim", "expected"), [
    ("Visitors to the Corran dam are asked to wear helmets inside the turbine hall.",
     "Visitors to the Corran dam are required to wear helmets inside the turbine hall.",
     ("required", "asked", "antonym")),  # a request told as an obligation
    ("Until now the Corran ferries had to take a roundabout route to the islands, adding an hour.",
     "Until now the Corran ferries had to take a direct route to the islands, adding an hour.",
     ("direct", "roundabout", "antonym")),
])
def test_a_request_told_as_an_obligation_and_a_direct_route_for_a_roundabout_one(source, claim, expected):
    assert reversed_words(source, claim) == [expected]


@pytest.mark.parametrize("text, words", [
    ("Harwell Dairy cut 140 jobs, then rehired 30 workers in May.", ["cut", "rehired"]),
    ("The mill did not reopen; its owners, the Ostrander family, sold it for $2.5 million.", ["reopen", "sold"]),
    ("Prices rose.", ["rose"]),
])
def test_word_spans_added_to_a_sentence_read_as_a_sentence_made_with_them(text, words):
    """``Sentence.with_words`` derives its tokens from the sentence's own: the same tokens, words,
    contexts and wording as a sentence made afresh with the word spans (two keys on one word too),
    each word span still a word among the tokens (a neighbour of the others)."""
    doc = Document.from_plain("words.txt", text)
    claims = extract_claims(doc, PUBLISHED)
    base = Sentence(text, SpanReader(doc, claims).between(0, len(text)))
    spans = [Span("word", text.index(w), text.index(w) + len(w), w, {"key": f"pair:{n}", "polarity": 1, "side": 1})
             for n, w in enumerate(words)]
    spans.append(replace(spans[0], value={"key": "lemma:x", "polarity": -1, "side": 1}))
    derived, fresh = base.with_words(spans), Sentence(text, [*base.spans, *spans])
    assert derived.tokens == fresh.tokens and derived.words == fresh.words
    assert (derived.wording, derived.stemmed) == (fresh.wording, fresh.stemmed)
    assert [derived.context(s) for s in derived.spans] == [fresh.context(s) for s in fresh.spans]
    assert [token[0] for token in derived.tokens if token[0].startswith("<")] == [
        token[0] for token in base.tokens if token[0].startswith("<")]


@pytest.mark.parametrize(("source", "claim", "expected"), [
    ("Dozens of schoolgirls fell ill at two schools near Harl last week.",
     "Dozens of boys fell ill at two schools near Harl last week.", [("boys", "schoolgirls", "antonym")]),
    ("Her grandmother founded the Harl bakery in 1952.",
     "Her grandfather founded the Harl bakery in 1952.", [("grandfather", "grandmother", "antonym")]),
    ("Dozens of schoolgirls fell ill at two schools near Harl last week.",
     "Dozens of girls fell ill at two schools near Harl last week.", []),
    ("The chairman of the Harl bakery founded it in 1952.",  # "chairman" is no compound of "man" here:
     "The chairwoman of the Harl bakery founded it in 1952.", []),  # its head must have four letters
])
def test_a_closed_compound_is_of_its_last_word_s_pair(source, claim, expected):
    assert reversed_words(source, claim) == expected


@pytest.mark.parametrize(("source", "claim", "expected"), [
    # a change under way against a past state: the state may have changed since
    ("Ferries from Corran were banned from the harbour at Velmar for a decade.",
     "Velmar is allowing ferries from Corran into the harbour after a decade.", []),
    # a present state against the same state now: reversed
    ("Ferries from Corran are banned from the harbour at Velmar for a decade.",
     "Velmar is allowing ferries from Corran into the harbour after a decade.", [("allowing", "banned", "antonym")]),
    # a present state against a past order: reversed
    ("Staff at the Velmar council were ordered to remove the app from their phones.",
     "Staff at the Velmar council are not required to remove the app from their phones.",
     [("not required", "ordered", "negation")]),
])
def test_a_change_under_way_does_not_reverse_a_past_state(source, claim, expected):
    assert reversed_words(source, claim) == expected

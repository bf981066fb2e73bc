"""Metamorphic tests for the quote rules: the second speaker written another way is still found.

The shape of ``tests/test_metamorphic.py``: a first side states a remark in full with its speaker;
the second side gives words again, to ``{S}`` — another speaker (must be caught) or the same one
(must stay silent) — written as a name, a surname, a pronoun, a description or a title and
surname, in the next sentence, another paragraph or after another sentence. Contrasts that must
stay silent: two people who each use one short phrase, a remark repeated by its own speaker, an
interviewer's question that repeats the answer's words.

Every sentence is invented for this file.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.test_metamorphic import PLACES, rules_found

FORMS = ("name", "short", "pronoun", "description", "title")


@dataclass(frozen=True)
class Speaker:
    """One person, and the ways a later sentence may name them as a speaker."""

    name: str
    short: str
    pronoun: str
    description: str
    title: str


# Two people of different genders, so that "he"/"she" picks one of them.
BERG = Speaker("Tomas Berg", "Berg", "he", "the chairman", "chairman Tomas Berg")
DUARTE = Speaker("Lena Duarte", "Duarte", "she", "the striker", "striker Lena Duarte")
INTRODUCTION = "Tomas Berg, the club's chairman, opened the meeting. Lena Duarte, the striker, spoke next."
_FILLER = "The weather on the day was mild."


@dataclass(frozen=True)
class Case:
    rule: str
    first: str  # the first remark, by Lena Duarte
    second: str  # the words again, given to {S}
    caught_with: Speaker | None  # who {S} must be for the rule to fire
    silent_with: Speaker  # who {S} must be for the text to stay silent


CASES = [
    # The same words under another speaker: a short phrase inside a longer quote.
    Case("quote.speaker", 'Duarte called the transfer "a fair settlement for both clubs".',
         '{S} told the meeting: "This is a fair settlement for both clubs, and for the fans."', BERG, DUARTE),
    # The same words under another speaker: the longer quote first, the phrase after it.
    Case("quote.speaker", 'Duarte said: "We have waited far too long for a decent stadium in this town."',
         '{S} complained that the town had "waited far too long for a decent stadium".', BERG, DUARTE),
    # One speaker's short phrase altered in her own longer quote.
    Case("quote.altered", 'Duarte promised the members "more money for every club in the league".',
         '{S} told the meeting: "Our plan means more money for each club in the league, and for the fans."',
         DUARTE, DUARTE),
]


def _render(second: str, speaker: Speaker, form: str, place: str, first: str) -> str:
    said = second.replace("{S}", getattr(speaker, form))
    said = said[:1].upper() + said[1:]
    opening = f"{INTRODUCTION} {first}"
    if place == "next sentence":
        return f"{opening} {said}"
    if place == "another paragraph":
        return f"{opening}\n\n{said}"
    return f"{opening} {_FILLER} {said}"


def _variants(kind: str):
    for case in CASES:
        speaker = case.caught_with if kind == "caught" else case.silent_with
        if speaker is None or (kind == "silent" and case.rule == "quote.altered"):
            continue
        for form in FORMS:
            for place in PLACES:
                yield case, speaker, form, place


def test_at_least_nine_in_ten_contradicting_renderings_are_caught():
    missed, total = [], 0
    for case, speaker, form, place in _variants("caught"):
        total += 1
        text = _render(case.second, speaker, form, place, case.first)
        if case.rule not in rules_found(text, "2026-04-10"):
            missed.append(f"{case.rule} [{form}, {place}]: {text}")
    assert len(missed) <= total // 10, "\n".join(missed)


@pytest.mark.parametrize(("case", "speaker", "form", "place"), list(_variants("silent")),
                         ids=lambda v: v if isinstance(v, str) else "")
def test_the_same_speaker_however_named_is_silent(case, speaker, form, place):
    text = _render(case.second, speaker, form, place, case.first)
    assert rules_found(text, "2026-04-10") == set(), text


@pytest.mark.parametrize("form", FORMS)
def test_a_verbatim_repeat_by_its_own_speaker_is_silent(form):
    text = (f'{INTRODUCTION} Duarte promised "more money for every club in the league". '
            f'{getattr(DUARTE, form)[:1].upper()}{getattr(DUARTE, form)[1:]} told the meeting: '
            '"Our plan means more money for every club in the league, and for the fans."')
    assert rules_found(text, "2026-04-10") == set(), text


@pytest.mark.parametrize("text", [
    # Two people who each use one short phrase, each attributed, neither inside a longer quote.
    f'{INTRODUCTION} Duarte called the referee\'s decision "a disgrace". Berg also called it "a disgrace".',
    f'{INTRODUCTION} Duarte called the fine "a total disgrace". Berg called the ban "a total disgrace".',
    # An interviewer's question repeating the answer's words.
    f'{INTRODUCTION} The interviewer asked: "Will the harbour tunnel open before the winter storms?" '
    'Berg replied: "Yes, the harbour tunnel will open before the winter storms."',
    f'{INTRODUCTION} Asked whether the stadium was "worth every single penny", Berg said: '
    '"It is worth every single penny."',
    # A scare-quoted term and a title in quotation marks are no one's words.
    f'{INTRODUCTION} Critics speak of a "cheap ticket for every pensioner". Berg said: '
    '"There will be a cheap ticket for every pensioner next season."',
    f'{INTRODUCTION} Duarte starred in the film "A Fair Settlement For Both Clubs". Berg said: '
    '"This is a fair settlement for both clubs."',
])
def test_contrasts_stay_silent(text):
    assert rules_found(text, "2026-04-10") == set(), text


def test_a_relative_named_by_the_article_is_that_person():
    text = ('Olav Strand spoke after the vote. His daughter, Ingrid Strand, was there too. '
            '"We have waited far too long for a decent stadium," said his daughter.\n\n'
            'Mara Quist, the mayor, repeated that the town had "waited far too long for a decent stadium".')
    assert "quote.speaker" in rules_found(text, "2026-04-10")

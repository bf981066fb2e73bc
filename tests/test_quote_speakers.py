"""Quote speakers beyond the plain "X said": pronouns, descriptions, spokespeople, long quotes over
paragraphs, short phrases given by a verb, and the quotation-mark parser (with property tests).

Every sentence is invented for this file.
"""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from verify.extract.context import TextContext
from verify.extract.quote_marks import quoted_spans
from verify.extract.quotes import find_quotes


def quotes(text: str) -> list[tuple[str | None, str]]:
    return [(c.value["speaker"], c.value["quote"]) for c in find_quotes(TextContext(text))]


def speakers(text: str) -> list[str | None]:
    return [speaker for speaker, _ in quotes(text)]


# ---- pronouns: the subject of the nearest sentence that names a fitting speaker
@pytest.mark.parametrize(("text", "speaker"), [
    # the subject, not the person named last in the sentence before
    ('Federica Lind beat Tomas Berg in the final. "It was about patience," she said.', "Federica Lind"),
    ('Marek Brekke lost to Tomas Berg. "I was tired," he said.', "Marek Brekke"),
    # the reference layer favours the most-named person; the sentence just before wins
    ('Tomas Berg spoke. Berg smiled. Berg left. But treasury aide Ivo Lund said the plan was late. '
     '"The plan is late," he said.', "Ivo Lund"),
    # a woman is never "he"
    ('Sue Harlow said the rise was fair. The bill was backed by Chancellor Gordon Vance. '
     'She said she was "sure that landlords will adapt."', "Sue Harlow"),
    # "So he ..." follows the same pronoun back to whoever it is
    ('Marek Holt joined in 2001. So he admires his old teammates Ivo Lund and Per Sand. '
     '"They have lasted so long," he said.', "Marek Holt"),
    # an organisation speaks as "it"
    ('The Nordvik Trust published its forecast. "Growth should continue in the north," it added.',
     "Nordvik Trust"),
])
def test_pronoun_speakers(text, speaker):
    assert speakers(text)[-1] == speaker


def test_a_pronoun_for_someone_the_text_does_not_name_is_no_one():
    """"He" after "the union spokesman" is not the name before it; the phrase is then no one's quote."""
    text = ('Tomas Berg set the budget. But the union spokesman questioned it. He urged the council to drop '
            'the "plainly unjust" charge. "It hurts the lowest earners most," he said.')
    assert speakers(text) == [None]


def test_it_said_after_a_body_quoted_by_name():
    text = '"Storage can look good," said Kestrel. "It is the first drive anyone calls sexy," it said.'
    assert speakers(text) == ["Kestrel", "Kestrel"]


# ---- descriptions, offices, relatives, spokespeople
@pytest.mark.parametrize(("text", "speaker"), [
    ('Finance Minister Ola Berg spoke. Rain fell. "We will cut taxes," the minister said.', "Ola Berg"),
    # the shadow minister is not the minister
    ('Finance Minister Ola Berg spoke. "We will cut taxes," the shadow minister said.', None),
    ('Tomas Berg, the club\'s chairman, arrived. "We are ready," said the chairman.', "Tomas Berg"),
    ('Lena Duarte, the striker, scored twice. "I felt sharp," the striker said.', "Lena Duarte"),
    ('"Sales will fall," said a spokeswoman for Hanover Lind.', "Hanover Lind"),
    ('"Sales will fall," said a Hanover Lind spokesman.', "Hanover Lind"),
    ('"Sales will fall," a spokesman for Hanover Lind, Ivo Lund, said.', "Ivo Lund"),
    ('The council met. "Few poor students came," said its chairman, Sir Ivo Lund.', "Ivo Lund"),
    ('"It was my last race," said striker Lena Duarte.', "Lena Duarte"),
    ('"It was my last race," said eighth seed Lena Duarte.', "Lena Duarte"),
    ('"It was my last race," airline boss Lena Duarte tweeted.', "Lena Duarte"),
])
def test_description_speakers(text, speaker):
    assert speakers(text)[-1] == speaker


def test_a_relative_is_the_person_named_so_or_the_relation():
    named = ('Olav Strand spoke after the vote. His daughter, Ingrid Strand, was there. '
             '"We waited far too long," said his daughter.')
    unnamed = 'Olav Strand spoke after the vote. "We waited far too long," said his daughter.'
    attached = 'Olav Strand came with his daughter Ingrid Strand. "We waited far too long," said his daughter.'
    assert speakers(named) == speakers(attached) == ["Ingrid Strand"]
    assert speakers(unnamed) == ["Olav Strand's daughter"]


def test_a_name_in_an_apposition_is_the_speaker():
    assert speakers('The Harbour Minister, Kim Holt, said: "We will dredge the port."') == ["Kim Holt"]


# ---- where the attribution stands
def test_a_speaker_at_the_end_of_the_quotes_sentence():
    text = 'Britain cannot afford the "reckless tax cutting spree" of the Tories, Ivo Lund said.'
    assert quotes(text) == [("Ivo Lund", "reckless tax cutting spree")]


def test_reported_speech_before_a_quote_that_opens_the_next_sentence():
    text = 'Gerd Florin joined in May. He said the market would grow. "We will reach more people."'
    assert speakers(text) == ["Gerd Florin"]


def test_a_place_before_the_speaker_is_not_the_speaker():
    text = ('Mara Quist wrote a column. At a panel in Tromso on Monday she repeated the point: '
            '"Empty homes cost us all."')
    assert speakers(text) == ["Mara Quist"]


def test_sentence_openers_never_start_a_speaker():
    text = ('Ivo Lund met the ministers. "We are close," he said. But he added: "They must move quickly."')
    assert speakers(text) == ["Ivo Lund", "Ivo Lund"]


def test_a_quote_ending_its_sentence_is_not_given_to_the_next_sentences_subject():
    text = '"Turkey will pay its way." If admitted, the country would pay more.'
    assert speakers(text) == [None]


def test_a_question_is_not_given_to_whoever_answers_it():
    text = 'The host asked: "Will the tunnel open before winter?" Mara Quist replied: "Yes, it will open."'
    assert speakers(text) == [None, "Mara Quist"]


def test_a_phrase_inside_a_question_put_to_someone_is_not_theirs():
    text = 'Asked whether the stadium was "worth every single penny", Olav Strand said: "It was."'
    assert quotes(text) == [("Olav Strand", "It was.")]


# ---- long quotes over paragraphs
def test_a_long_quote_run_together_is_one_speakers_stretches():
    text = ('Mara Quist said: "We have listened to every council. "We know the pressures they face. '
            '"Our offer is fair." Then she left.')
    assert quotes(text) == [("Mara Quist", "We have listened to every council."),
                            ("Mara Quist", "We know the pressures they face."), ("Mara Quist", "Our offer is fair.")]


def test_a_quote_left_open_at_a_paragraphs_end_runs_on_in_the_next():
    text = ('Mara Quist said: "We have listened to every council.\n\n'
            '"Our offer is fair and it stands," the treasurer wrote in her note.')
    assert speakers(text) == ["Mara Quist", "Mara Quist"]


def test_curly_quotes_run_on_too():
    text = "Ivo Lund said: “We grew in every region. “We hired in every region.” He smiled."
    assert speakers(text) == ["Ivo Lund", "Ivo Lund"]


# ---- short phrases: given by a verb, or not quotes at all
@pytest.mark.parametrize(("text", "expected"), [
    ('Ivo Lund said the plan was "a betrayal".', [("Ivo Lund", "a betrayal")]),
    ('Ivo Lund called the deal "reckless".', [("Ivo Lund", "reckless")]),
    ('Ivo Lund described it as "a disaster".', [("Ivo Lund", "a disaster")]),
    ('The dispute grew after Mara Quist, who called him "a liar", resigned.', [("Mara Quist", "a liar")]),
    ('The Harbour Party branded the budget a "sticking plaster".', [("Harbour Party", "sticking plaster")]),
    # the phrase belongs to the clause that gives it, not to whoever speaks next
    ('Reminded that Ivo Lund called him "a disgrace", Per Sand added: "I do not respond."',
     [("Ivo Lund", "a disgrace"), ("Per Sand", "I do not respond.")]),
    # no verb gives it to anyone: a scare quote
    ('The town hopes for a "cheap ticket" scheme.', []),
    ('Ivo Lund praised what the firm calls a "world model".', []),
    ('Ivo Lund said the so-called "smart grid" works.', []),
    # a name of a work
    ('Ivo Lund said the film "Harbour Lights" was a hit.', []),
    ('Ivo Lund said the song titled "Slow Rain" was his.', []),
])
def test_short_phrases(text, expected):
    assert quotes(text) == expected


# ---- the quotation-mark parser
_WORD = st.text(alphabet="abcdefghij", min_size=1, max_size=6)
_PLAIN = st.lists(_WORD, min_size=1, max_size=8).map(" ".join)


@given(st.lists(st.tuples(_PLAIN, _PLAIN), min_size=1, max_size=5), st.sampled_from(['"', "“"]))
def test_each_closed_quote_is_found_with_its_words(parts, mark):
    closer = '"' if mark == '"' else "”"
    text = " ".join(f"{outside} {mark}{inside}{closer}" for outside, inside in parts)
    spans = quoted_spans(text, 0, len(text))
    assert [text[s.open + 1:s.end] for s in spans] == [inside for _, inside in parts]
    assert all(s.closed and text[s.end] == closer for s in spans)


@given(st.text(alphabet='ab .,"“”‘’\n', max_size=80))
def test_spans_are_ordered_inside_the_paragraph_and_open_at_a_mark(text):
    spans = quoted_spans(text, 0, len(text))
    assert all(text[s.open] in '"“‘«' for s in spans)
    assert all(0 <= s.open < s.end <= len(text) for s in spans)
    assert all(a.stop <= b.open for a, b in pairwise(spans))

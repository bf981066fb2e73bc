"""Direct quotes: marks, split quotes, speakers before and after, pronouns, scare quotes."""

from __future__ import annotations

import pytest

from verify.extract.context import TextContext
from verify.extract.quotes import find_quotes


def quotes(text: str) -> list[tuple[str | None, str]]:
    return [(c.value["speaker"], c.value["quote"]) for c in find_quotes(TextContext(text))]


@pytest.mark.parametrize(("text", "speaker"), [
    ('"We grew fast," Ann Lee said.', "Ann Lee"),
    ('"We grew fast," said Ann Lee.', "Ann Lee"),
    ('“We grew fast,” Ann Lee told reporters.', "Ann Lee"),
    ('Ann Lee, the founder, said: "We grew fast."', "Ann Lee"),
    ('"We grew fast and then faster," according to Ann Lee.', "Ann Lee"),
    ('Ann Lee wrote: "We grew fast."', "Ann Lee"),
    ('Ann Lee joined in 2020. "We grew fast," she said.', "Ann Lee"),
    ('Ann Lee joined. "We grew fast," Lee added.', "Ann Lee"),
])
def test_speakers(text, speaker):
    assert quotes(text)[0][0] == speaker


def test_the_company_said_is_the_organisation_named_most():
    text = ("Acme Corp raised money. Acme Corp hired staff. Bob Ray joined. "
            '"We are growing quickly and carefully," the company said in a statement.')
    assert quotes(text) == [("Acme Corp", "We are growing quickly and carefully,")]


def test_split_quote_is_one_quote():
    assert quotes('Ann Lee spoke. “We aim,” she said, “to connect things.”') == [
        ("Ann Lee", "We aim to connect things.")]


def test_two_separate_quotes_are_not_merged():
    text = '"Nobody saw this coming," said Arlo Menges. Later, Priya Nand said: "Nobody saw it."'
    assert quotes(text) == [("Arlo Menges", "Nobody saw this coming,"), ("Priya Nand", "Nobody saw it.")]


@pytest.mark.parametrize("text", [
    'It focuses on what it calls a "general world model," designed for robots.',
    "The so-called “smart grid” is here.",
    'The film "Arrival" won.',
])
def test_scare_quotes_and_titles_are_not_quotes(text):
    assert quotes(text) == []


def test_unattributed_speech_has_no_speaker():
    assert quotes('"This will change how every newsroom in the country works."') == [
        (None, "This will change how every newsroom in the country works.")]


def test_apostrophes_do_not_open_quotes():
    assert quotes("It's the company’s best year, Ann Lee’s team said.") == []


def test_curly_single_quotes():
    assert quotes("‘We will be back next season,’ the coach Mara Oy said.")[0][1] == (
        "We will be back next season,")


def test_a_speaker_in_the_next_paragraph_is_not_the_speaker():
    text = ('"I gave everything," Duarte said.\n"It was not enough today."\n\n'
            'Organisers said 38% of the field were new.')
    quotes = find_quotes(TextContext(text))
    assert [(q.value["quote"], q.value["speaker"]) for q in quotes] == [
        ("I gave everything,", "Duarte"), ("It was not enough today.", "Duarte")]


def test_a_quote_continues_past_names_in_its_own_attribution():
    text = ('"Orders have never been this strong," CEO Marit Solvang told Kestrel Foods\' investor day. '
            '"We are opening two more bakeries."')
    assert [q.value["speaker"] for q in find_quotes(TextContext(text))] == ["Marit Solvang", "Marit Solvang"]


def test_a_quote_does_not_continue_past_another_name():
    text = '"I gave everything," Duarte said. Later, Ana Lee spoke. "It was not enough today."'
    assert [q.value["speaker"] for q in find_quotes(TextContext(text))] == ["Duarte", None]


def test_a_remark_quoted_in_reported_speech_has_the_reporting_speaker():
    text = 'Mayor Ana Whitfield, 47, said the plan would "put a roof over every family that works in this city."'
    assert [q.value["speaker"] for q in find_quotes(TextContext(text))] == ["Ana Whitfield"]


def test_a_scare_quoted_term_in_reported_speech_is_not_a_quote():
    assert find_quotes(TextContext('Lee said the so-called "general world model" is new.')) == []


def test_it_said_speaks_for_the_organisation():
    text = 'BP Plc reported a profit. It said it was "expected to return most of the cash to shareholders."'
    assert [q.value["speaker"] for q in find_quotes(TextContext(text))] == ["BP Plc"]


@pytest.mark.parametrize(("text", "speaker"), [
    ('Chief executive Ingrid Moe, 52, said the cuts were "painful but necessary to protect the future."',
     "Ingrid Moe"),
    ('Finance director Per Holm added that "the worst is behind us."', "Per Holm"),
    # a place is not a speaker, and "States" in "the United States" is no speech verb
    ('A nurse at a clinic in Tarrow told reporters that they would stay open "even if the roof leaks."', None),
    ('Since the reform, the United States has built "four hundred new bridges in two years."', None),
    # "he" is the person last named, without the office written before the name
    ('Former Census Director Halloran was asked about it, but he said the memo "meant nothing to me."', "Halloran"),
    # an office with no name is no one, and neither is a committee
    ('The House Budget Committee asked the Census Director; he said the memo "meant nothing to me."', None),
])
def test_speakers_of_remarks_in_reported_speech(text, speaker):
    assert [q.value["speaker"] for q in find_quotes(TextContext(text))] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ('"Sales were weak," Halden chairman Martin Bright said.', "Martin Bright"),
    ('"We saw the signs," eBay\'s Dana Stern told reporters.', "Dana Stern"),
    ('"Results were solid," Corvel chairman and chief executive Anton Fiske said in a statement.', "Anton Fiske"),
    ('"It rose," said Marsh chief executive Ana Cole.', "Ana Cole"),
])
def test_a_speaker_after_the_organisation_and_title(text, speaker):
    from verify.document import Document
    from verify.extract import extract_claims

    (quote,) = [c for c in extract_claims(Document.from_plain("q.txt", text), None) if c.type == "quote"]
    assert quote.value["speaker"] == speaker


@pytest.mark.parametrize(("between", "speaker"), [
    ("\n\n", "Lena Duarte"),                        # the quote runs on into the next paragraph
    ("\n\nHer coach Tom Berg disagreed.\n\n", None),  # a paragraph without a quote ends the run
    (" Tom Berg spoke next.\n\n", None),             # someone else named in between
])
def test_a_paragraph_opening_with_a_quote_continues_the_speaker_before(between, speaker):
    from verify.document import Document
    from verify.extract import extract_claims

    text = f'"I felt good," said Lena Duarte.{between}"The heat was the problem in May."'
    quotes = [c for c in extract_claims(Document.from_plain("q.txt", text), None) if c.type == "quote"]
    assert quotes[-1].value["speaker"] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ('"We need $6m," Oxfam was quoted as saying.', "Oxfam"),
    ('"We need $6m," Lena Duarte was quoted as saying.', "Lena Duarte"),
])
def test_quoted_as_saying_names_the_speaker(text, speaker):
    from verify.document import Document
    from verify.extract import extract_claims

    (quote,) = [c for c in extract_claims(Document.from_plain("q.txt", text), None) if c.type == "quote"]
    assert quote.value["speaker"] == speaker

"""Names as a court report writes them: counties, letters after a name, titles with an honorific between.

Pattern one: "Co Kerry" is a county, not a person or a company. Pattern two: "Aoife Brady SC" and "Ann Roe
MP" are Aoife Brady and Ann Roe; the letters are no part of the name. Pattern three: a sentence's first
word before a title ("Relatives of Mr Dunne") is no name. Pattern four: "The State Pathologist, Dr Ruth
Kavanagh, said" gives her the office across the comma and the honorific, so a later "Kavanagh, an assistant
State Pathologist," is read against it; likewise a coroner and an assistant coroner.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of
from verify.refs.coref import build_references
from verify.refs.model import Kind
from verify.refs.names import find_names
from verify.refs.roles import find_roles


@pytest.mark.parametrize("county", ["Co Kerry", "Co Durham"])
def test_a_county_written_with_co_is_a_place(county):
    text = f"A farmer from {county} was fined on Monday. The court heard he had ignored three notices."
    refs = build_references(text)
    assert refs.entity_named(county).kind == Kind.PLACE


@pytest.mark.parametrize("letters", ["SC", "MP", "KC", "OBE"])
def test_letters_after_a_persons_name_are_no_part_of_it(letters):
    text = f"Aoife Brady {letters} told the hearing the claim was late. Brady said it had been filed in May."
    refs = build_references(text)
    assert refs.entity_named("Aoife Brady") is not None
    assert refs.entity_named(f"Aoife Brady {letters}") is None


def test_a_company_keeps_the_capitals_that_end_its_name():
    assert [n.text for n in find_names("Halden AG and Corvo SA merged.", [0])] == ["Halden AG", "Corvo SA"]


@pytest.mark.parametrize("opening", ["Relatives of", "Friends of", "Neighbours of"])
def test_a_sentences_first_word_before_a_title_is_no_name(opening):
    text = f"The trial ended on Friday. {opening} Mr Dunne wept as the verdict was read."
    names = [n.text for n in find_names(text, [0, 27])]
    assert names == ["Dunne"]


_PATHOLOGIST = ("The {office}, Dr Ruth Kavanagh, said the victim died of a single blow to the head.\n\n"
                "Under cross-examination, Kavanagh, {later}, agreed she could not be certain of the order of "
                "the injuries.")


@pytest.mark.parametrize("office, later", [("State Pathologist", "an assistant State Pathologist"),
                                           ("senior coroner", "an assistant coroner")])
def test_an_office_given_across_a_comma_and_an_honorific_is_read_against_a_later_one(office, later):
    text = _PATHOLOGIST.format(office=office, later=later)
    found = findings_of("attribution.title", text, "2025-03-26")
    assert len(found) == 1
    assert "Ruth Kavanagh" in found[0].message


def test_the_same_office_given_twice_is_no_conflict():
    text = _PATHOLOGIST.format(office="State Pathologist", later="the State Pathologist")
    assert not findings_of("attribution.title", text, "2025-03-26")
    roles = find_roles(text, build_references(text))
    assert {(r.person.name, r.office) for r in roles} == {("Ruth Kavanagh", "state pathologist")}


@pytest.mark.parametrize("title, office", [("Detective Garda", "constable"), ("Mr Justice", "judge")])
def test_irish_court_titles_are_offices(title, office):
    text = f"{title} Seán Whelan gave evidence on Tuesday."
    roles = find_roles(text, build_references(text))
    assert [(r.person.name, r.office) for r in roles] == [("Seán Whelan", office)]


# Pattern five: a sole office named with its organisation at the end of a sentence ("…, said Ana Ruiz, chief
# financial officer at Halden.") is held at Halden, not at "Halden. The next sentence"; and an organisation's
# chief economist is one person, so two people called so contradict each other.
@pytest.mark.parametrize("office, later", [("chief financial officer at Halden", "chief financial officer at Halden"),
                                           ("Halden's chief economist", "chief economist at Halden"),
                                           ("chief economist at Halden", "Halden's chief economist")])
def test_two_people_in_one_sole_office_of_one_organisation_conflict(office, later):
    text = (f"Sales rose 4%, said Ana Ruiz, {office}.\n\nMargins were steady. \"We are cautious,\" said Tom "
            f"Vell, {later}.")
    found = findings_of("attribution.holder", text, "2025-05-01")
    assert len(found) == 1 and "Tom Vell" in found[0].message


def test_an_economist_and_a_chief_economist_may_both_work_there():
    text = ("Sales rose 4%, said Ana Ruiz, chief economist at Halden.\n\nTom Vell, an economist at Halden, "
            "agreed.")
    assert not findings_of("attribution.holder", text, "2025-05-01")


def test_the_organisation_of_an_office_stops_at_the_end_of_its_sentence():
    text = "Sales rose, said Ana Ruiz, chief financial officer at Halden.\n\nWindows revenue was flat."
    roles = find_roles(text, build_references(text))
    assert [(r.person.name, r.organisation) for r in roles] == [("Ana Ruiz", "Halden")]

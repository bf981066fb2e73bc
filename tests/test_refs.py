"""The reference layer: names, descriptions, pronouns, kinds and the sieves that link them.

Every sentence here is invented. Each test names the sieve or the kind evidence it pins.
"""

from __future__ import annotations

from datetime import date

import pytest

from verify.document import Document
from verify.extract import extract_claims
from verify.refs.coref import build_references
from verify.refs.model import Kind
from verify.refs.names import find_names, without_title
from verify.refs.roles import find_roles


def entity_of(text: str, mention: str, nth: int = 0) -> str | None:
    """The entity the ``nth`` mention written ``mention`` refers to."""
    refs = build_references(text)
    found = [m for m in refs.mentions if m.text == mention]
    link = refs.link(found[nth]) if len(found) > nth else None
    return link[0].name if link else None


def kind_of(text: str, name: str) -> Kind:
    refs = build_references(text)
    entity = refs.entity_named(name)
    assert entity is not None, name
    return entity.kind


# ---- names

def test_a_nationality_word_is_not_a_name_but_a_company_with_one_is():
    refs = build_references("The Danish runner won. Danish Crown raised prices.")
    assert [e.name for e in refs.entities if (e.kind != Kind.EVENT and " " not in e.name) or "Crown" in e.name] == [
        "Danish Crown"]


def test_a_sentence_opening_word_that_starts_a_company_name_is_its_short_name():
    text = "Torvane Systems raised its forecast. Torvane, a software maker, hired staff. Sales rose."
    names = [n.text for n in find_names(text, [0, 37, 76])]
    assert names == ["Torvane Systems", "Torvane"]  # "Sales" opens a sentence and names no one


def test_a_month_joined_to_a_noun_is_not_a_name():
    names = [n.text for n in find_names("Lumen Foods said its June-quarter sales and March-end debt rose.", [0])]
    assert names == ["Lumen Foods"]


def test_a_currency_code_is_not_a_name():
    names = [n.text for n in find_names("Sales fell to NOK 4.2 billion. NOK weakness hurt Lumen Foods.", [0, 31])]
    assert names == ["Lumen Foods"]


@pytest.mark.parametrize(("written", "name", "role"), [
    ("Police Chief Denise Holloway spoke.", "Denise Holloway", "police chief"),
    ("Det Sgt Price spoke.", "Price", "sergeant"),
    ("Chief Executive Mara Holm spoke.", "Mara Holm", "chief executive"),
    ("Sen. Susan Collins spoke.", "Susan Collins", "senator"),
])
def test_capitalised_titles_are_split_off_names(written, name, role):
    (found,) = find_names(written, [0])
    assert (found.text, found.role) == (name, role)


def test_a_person_of_an_organisation_is_two_names():
    names = [n.text for n in find_names("Analyst Dieter Wittmer of Saalfeld Bank said so.", [0])]
    assert names == ["Dieter Wittmer", "Saalfeld Bank"]


def test_an_office_alone_is_no_ones_name():
    assert [n.text for n in find_names("The FBI Director declined to comment.", [0])] == []


@pytest.mark.parametrize(("written", "name"), [
    ("CEO Stephane Bancel", "Stephane Bancel"), ("Republican Maine Sen. Susan Collins", "Susan Collins"),
    ("Mayor Ana Whitfield", "Ana Whitfield"), ("Zhu Jun", "Zhu Jun"), ("President", "President"),
])
def test_titles_in_front_of_a_name_are_dropped(written, name):
    assert without_title(written) == name


# ---- kinds, from evidence

@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Corvane, a robotics startup, hired staff.", "Corvane", Kind.ORGANISATION),
    ("Jane Roe, 41, left Acme.", "Jane Roe", Kind.PERSON),
    ("Prices in Lisbon rose.", "Lisbon", Kind.PLACE),
    ("Halden Robotics opened a plant.", "Halden Robotics", Kind.ORGANISATION),
    ("Radu Vesel, the 58-year-old speaker of the assembly, won.", "Radu Vesel", Kind.PERSON),
    ("Kronborg Pay was founded in 2019.", "Kronborg Pay", Kind.ORGANISATION),
    ("Karvell Gold said its mine employs 400 people.", "Karvell Gold", Kind.ORGANISATION),
    ("Karvell Gold has said that its output fell.", "Karvell Gold", Kind.ORGANISATION),
    ("Karvell Gold said on Tuesday that its output fell.", "Karvell Gold", Kind.ORGANISATION),
    ("The order went to the Welsh manufacturer Corran Metal Works. Corran Metal Works said it was pleased.",
     "Corran Metal Works", Kind.ORGANISATION),
    ("Talvane Coaches, the Bristol-based bus and coach operator, said it had grown.", "Talvane Coaches",
     Kind.ORGANISATION),
    ("The seat went to the rival Jo Marlow, who said she was pleased.", "Jo Marlow", Kind.PERSON),
    ("Karvell Gold said in a statement its output fell.", "Karvell Gold", Kind.ORGANISATION),
    ("Karvell Gold said yesterday that its output fell.", "Karvell Gold", Kind.ORGANISATION),
    ("Ana Ruiz said its members voted.", "Ana Ruiz", Kind.PERSON),  # a given name outweighs "its"
    ("Karvell Gold said the mine employs 400 people.", "Karvell Gold", Kind.PERSON),  # speech alone: a person
])
def test_an_entitys_kind_comes_from_the_evidence_around_it(text, name, kind):
    assert kind_of(text, name) == kind


# ---- sieves

def test_short_names_mean_the_full_name():
    text = "Jane Roe joined Corvane Robotics. Roe said Corvane would grow."
    assert entity_of(text, "Roe") == "Jane Roe" and entity_of(text, "Corvane") == "Corvane Robotics"


@pytest.mark.parametrize("text", [
    "Marta Ilse Brandt joined the orchestra in 1961. Marta Brandt left it in 1990.",
    "Marta Brandt left the orchestra in 1990. Born Marta Ilse Brandt in Kiel, she joined it in 1961.",
])
def test_a_name_with_and_without_its_middle_name_is_one_person(text):
    refs = build_references(text)
    people = [e for e in refs.entities if "Brandt" in e.name]
    assert len(people) == 1 and len([m for m in people[0].mentions if "Brandt" in m.text]) == 2


def test_an_opening_participle_is_not_part_of_the_name():
    assert entity_of("Born Marta Brandt in Kiel, she moved to Hamburg.", "Marta Brandt") == "Marta Brandt"


def test_a_middle_word_that_is_not_a_name_keeps_two_names_apart():
    refs = build_references("Bank of England rates rose. Bank England is a typo.")
    assert len({e.name for e in refs.entities}) == 2


@pytest.mark.parametrize(("text", "names"), [
    ("Corvel Labs grew fast. The results make Corvel Europe's third-largest maker.", {"Corvel Labs", "Europe"}),
    ("Mayors met. New York's mayor spoke first.", {"New York"}),
    ("The Bank of England's rate rose.", {"Bank of England"}),
])
def test_a_regions_possessive_after_a_name_is_a_name_of_its_own(text, names):
    assert names <= {e.name for e in build_references(text).entities}


@pytest.mark.parametrize("description", ["The Leeds-based maker", "The Leeds-listed firm"])
def test_a_place_modifier_does_not_make_a_description_name_someone_new(description):
    text = f"Corvel Labs makes sensors. {description} employs 40 people."
    assert entity_of(text, description) == "Corvel Labs"


def test_an_honorific_agrees_with_the_person():
    text = "Carys Price and Tom Price met. Mr Price left."
    assert entity_of(text, "Price", 0) == "Tom Price"


def test_an_apposition_describes_the_name_before_it():
    text = "Corvane, a six-year-old startup, raised money. Jane Roe left."
    assert entity_of(text, "a six-year-old startup") == "Corvane"


def test_an_attached_description_means_the_name_after_it():
    text = "Jane Roe won. The 24-year-old Marek Hruby was second."
    assert entity_of(text, "The 24-year-old") == "Marek Hruby"


@pytest.mark.parametrize(("later", "meant"), [
    ("The company said it would hire.", "Corvane Robotics"),
    ("The executive said she would stay.", "Jane Roe"),
    ("She said the startup would grow.", "Jane Roe"),
    ("It said prices would rise.", "Corvane Robotics"),
])
def test_descriptions_and_pronouns_mean_the_salient_entity_of_their_kind(later, meant):
    text = f"Corvane Robotics hired Jane Roe as chief executive in May. {later}"
    first = later.split()[0] if later.split()[0] in ("She", "It") else " ".join(later.split()[:2])
    assert entity_of(text, first) == meant


def test_a_pronoun_follows_the_subject_of_the_sentence_before():
    text = ("Priya Nand chaired the budget debate. Mayor Denise Adeoye, speaking once the motion passed, "
            "came back to her point. She said the plan was fair.")
    assert entity_of(text, "She") == "Denise Adeoye"


def test_a_description_naming_someone_new_is_a_new_entity():
    text = "Halden Robotics raised money. The Oslo utility paid for the wind farm."
    assert entity_of(text, "The Oslo utility") == "The Oslo utility"


def test_an_indefinite_description_introduces_someone():
    text = "Halden Robotics raised money. A separate fund put money into a rival."
    assert entity_of(text, "A separate fund") == "A separate fund"


def test_an_age_description_rarely_means_someone_of_another_age():
    text = ("Radu Vesel, the 61-year-old speaker, lost. Irena Dalca won. Dalca thanked voters. "
            "The 47-year-old was born in 1969.")
    assert entity_of(text, "The 47-year-old") == "Irena Dalca"


def test_the_city_is_no_continent():
    text = "Sales in Asia rose. The city will spend more."
    assert entity_of(text, "The city") is None


def test_look_backs_are_bounded_so_many_names_stay_linear():
    text = " ".join(f"Firm{i} Holdings hired staff. The company grew." for i in range(400))
    refs = build_references(text)
    assert len(refs.entities) >= 400


# ---- roles

@pytest.mark.parametrize(("text", "office"), [
    ("Police Chief Denise Holloway spoke.", "police chief"),
    ("finance chief Anna van Berg spoke.", "chief financial officer"),
    ("Ines Roa, the presiding judge, spoke.", "judge"),
    ("Fiona Ostley, Marrick's chair, spoke.", "chair"),
    ("Ines Roa is chief prosecutor.", "chief prosecutor"),
    ("Fiona Ostley, who has led Marrick as chief executive, spoke.", "chief executive"),
])
def test_roles_are_read_before_after_and_around_a_name(text, office):
    roles = find_roles(text, build_references(text))
    assert [r.office for r in roles] == [office]


def test_a_former_role_is_not_held_now():
    text = "Jane Roe, the former finance chief, spoke."
    (role,) = find_roles(text, build_references(text))
    assert role.office == "chief financial officer" and not role.current


# ---- claims carry what the references found

def test_claims_about_a_described_person_carry_their_name():
    text = "Astrid Lindholm, 29, won on Sunday. The Danish runner, born in 1996, finished first."
    claims = extract_claims(Document.from_plain("x.txt", text), date(2026, 5, 18))
    by_text = {c.text: c for c in claims}
    assert by_text["1996"].entity == "Astrid Lindholm" and by_text["1996"].head == "event:born"
    assert by_text["finished first"].entity == "Astrid Lindholm"


@pytest.mark.parametrize("later", [
    "Karvell Gold said its all-in sustaining cost for the June quarter was A$1,310 an ounce.",
    "The miner's all-in sustaining cost for the June quarter was A$1,310 an ounce, Karvell Gold said.",
    "Its all-in sustaining cost for the June quarter was A$1,310 an ounce.",
])
def test_a_speaker_that_owns_with_its_is_the_figures_entity(later):
    text = ("Karvell Gold said its all-in sustaining cost for the June quarter was A$1,210 an ounce.\n\n"
            f"The miner produced 98,000 ounces.\n\n{later}\n")
    claims = extract_claims(Document.from_plain("x.txt", text), date(2018, 7, 20))
    costs = [c for c in claims if c.type == "money"]
    assert [c.entity for c in costs] == ["Karvell Gold", "Karvell Gold"]
    from verify import Checker

    report = Checker(no_config=True).check_text(text, name="x.txt", published=date(2018, 7, 20))
    assert [f.rule for f in report.findings] == ["number.mismatch"]


@pytest.mark.parametrize("between", ["", "Frenchman ", "Norwegian "])
def test_an_age_description_attaches_to_the_name_after_it_across_a_demonym(between):
    from verify.document import Document

    text = f"Erik Sandberg won the stage. Second place went to the 27-year-old {between}Julien Marot at 0:48."
    doc = Document.from_plain("x.txt", text)
    refs = doc.references
    (description,) = [m for m in refs.between(0, len(text)) if m.text == "the 27-year-old"]
    assert refs.link(description)[0].name == "Julien Marot"


def test_a_subject_named_just_before_outweighs_one_named_further_back():
    from verify.document import Document

    text = ("Lena Sola was drawn against a qualifier. Tomas Brandt recovered from a set down to beat Ivo Marek in "
            "Rome last year, so he expects a hard draw. The sixth seed has never reached a semi-final.")
    doc = Document.from_plain("draw.txt", text)
    refs = doc.references
    (seed,) = [m for m in refs.between(0, len(text)) if m.text == "The sixth seed"]
    entity, link = refs.link(seed)
    assert entity.name == "Tomas Brandt" and link.strength >= 0.85


@pytest.mark.parametrize(("text", "descriptions"), [
    ("The quake that struck the island killed 90 people.", ["The quake", "the island"]),
    ("It was a storm that battered the town.", ["the town"]),
    ("Officials said that the company had grown.", ["the company"]),
    ("Officials said that company had grown.", ["that company"]),
    ("That company grew.", ["That company"]),
])
def test_a_relative_or_conjunction_that_opens_no_description(text, descriptions):
    from verify.refs.mentions import find_descriptions

    assert [m.text for m in find_descriptions(text)] == descriptions


@pytest.mark.parametrize("apposition", [", the market leader,", ", the Tarrow-based company,", ""])
def test_a_description_after_the_copula_means_the_subject_past_its_apposition(apposition):
    text = f"Harlow Foods makes ready meals. Orlane{apposition} is the second-largest supplier by sales."
    assert entity_of(text, "the second-largest supplier") == "Orlane"


def test_the_market_leader_is_an_organisation_not_a_person():
    from verify.refs.mentions import find_descriptions

    assert [(m.text, m.kind) for m in find_descriptions("Orlane, the market leader, sells more than the leader.")] == [
        ("the market leader", Kind.ORGANISATION), ("the leader", Kind.PERSON)]


# ---- organisations named after places: the gazetteer is one fact about a name, not one per mention

_DRAMMEN_BANK = (
    "Drammen said on Monday that mortgage approvals rose 4% in March. Drammen chief economist Ola Berg said demand "
    "was firm. Drammen said arrears fell.\n\nLast year Drammen said lending grew 6%, and Drammen has said it expects "
    "5% this year. Drammen said branches in Drammen itself would stay open."
)


@pytest.mark.parametrize(("text", "name"), [
    (_DRAMMEN_BANK, "Drammen"),
    ("House prices rose 2%, the Bristol has said. Bristol said lending fell. Bristol said arrears rose.", "Bristol"),
    ("Lending rose 3%, said Bristol. Bristol spokeswoman Mia Holt said arrears fell.", "Bristol"),
    ("Bank of Norway raised its rate. Bank of Norway said inflation was 3%.", "Bank of Norway"),
    ("Leeds Building Society said lending rose. Leeds said arrears fell. Leeds said branches in Leeds would close.",
     "Leeds Building Society"),
    ("Kelso United won 2-0. Kelso United said the stadium was full.", "Kelso United"),
])
def test_an_organisation_named_after_a_place_is_an_organisation(text, name):
    assert kind_of(text, name) == Kind.ORGANISATION


@pytest.mark.parametrize(("text", "name"), [
    ("Prices in Bristol rose 2%. Bristol has 470,000 people. Flats in Bristol sold fast.", "Bristol"),
    ("Drammen lies on the river. Rents in Drammen rose 3%. Drammen, a city of 100,000, grew.", "Drammen"),
    ("Norway said exports rose. Oil from Norway was cheaper.", "Norway"),
    ("Leeds grew fast. New homes in Leeds sold well.", "Leeds"),
])
def test_a_place_named_often_stays_a_place(text, name):
    assert kind_of(text, name) == Kind.PLACE


def test_the_short_name_of_a_body_of_a_place_is_not_the_place():
    refs = build_references("Bank of Norway raised its rate. Exports from Norway rose.")
    assert refs.entity_named("Norway") is not refs.entity_named("Bank of Norway")
    assert refs.entity_named("Norway").kind == Kind.PLACE


@pytest.mark.parametrize("description", ["The bank", "The lender", "Its economist"])
def test_a_description_of_a_bank_named_after_a_place_means_the_bank(description):
    text = f"{_DRAMMEN_BANK}\n\n{description} said prices would fall."
    mention = description if description != "Its economist" else "Its"
    assert entity_of(text, mention) == "Drammen"


def test_the_bank_means_the_body_named_bank_rather_than_another_organisation():
    text = ("Bank of Norway said approvals fell. Nordvik said prices rose 1%, and Nordvik said rents rose. "
            "New loans fell to 7,000, the bank said.")
    assert entity_of(text, "the bank") == "Bank of Norway"


@pytest.mark.parametrize("text", [
    "Rents climbed 2%, the Drammen has said. The UK's biggest home lender expects values to climb 9% this year.",
    "House prices rose 2%, the Drammen has said.\n\nRents fell. Later the UK's largest lender said prices rose.",
])
def test_a_description_scoped_by_a_place_means_the_only_organisation_in_reach(text):
    mention = "The UK's biggest home lender" if "biggest" in text else "the UK's largest lender"
    assert entity_of(text, mention) == "Drammen"


def test_a_description_scoped_by_a_place_with_two_organisations_in_reach_names_someone_new():
    text = ("The Drammen said rents climbed 2%. Nordvik Bank said rents slipped 1%. "
            "The UK's biggest home lender expects values to climb 9%.")
    assert entity_of(text, "The UK's biggest home lender") == "The UK's biggest home lender"


@pytest.mark.parametrize(("text", "pronoun"), [
    ("Mr Price said sales rose. He added that costs fell.", "He"),
    ("Sales rose, said Ms Holt. She added that costs fell.", "She"),
])
def test_an_honorific_says_person(text, pronoun):
    assert kind_of(text, "Price" if "Price" in text else "Holt") == Kind.PERSON
    assert entity_of(text, pronoun) == ("Price" if "Price" in text else "Holt")


@pytest.mark.parametrize("part", ["Half", "Most", "20%", "Two"])
def test_a_them_that_a_part_is_taken_of_is_no_organisation(part):
    text = f"Corvane Labs tested its sensor on 800 trucks. {part} of them ran in deep snow."
    assert entity_of(text, "them") is None


def test_a_them_with_no_part_taken_may_be_an_organisation():
    assert entity_of("Regulators fined Corvane Labs and ordered them to pay.", "them") == "Corvane Labs"


@pytest.mark.parametrize(("text", "word", "owner"), [
    ("Ana Lund (Sweden) beat Mia Holt (Norway). Sweden hosts the final.", "Sweden", "Sweden"),
    ("Tomas Berg (US) won. The US team cheered.", "US", None),
    ("The Office of Rail Regulation (ORR) fined Nordvik. The ORR said so.", "ORR", "Office of Rail Regulation"),
])
def test_a_place_in_brackets_after_a_name_is_no_acronym_of_it(text, word, owner):
    refs = build_references(text)
    found = [m for m in refs.mentions if m.text == word]
    link = refs.link(found[-1]) if found else None
    assert (link[0].name if link else None) == owner


def test_a_place_that_ends_an_apposition_to_a_speaker_does_not_speak():
    text = "Council spokesman Bob Hale, of Drammen, said rents rose. Drammen, a city of 100,000, grew."
    assert kind_of(text, "Drammen") == Kind.PLACE


def test_a_continent_stays_a_place_beside_a_misread_apposition():
    assert kind_of("During a visit to Asia, the Dutch minister spoke. Aid to Asia rose.", "Asia") == Kind.PLACE


@pytest.mark.parametrize(("name", "gender"), [("Larry Hollis", "m"), ("Tammy Vereen", "f")])
def test_a_common_census_given_name_is_known(name, gender):
    from verify.refs.kinds import given_names

    assert given_names()[name.split()[0]] == gender


@pytest.mark.parametrize("word", ["May", "June", "Austin", "Chase"])
def test_words_and_places_are_no_census_given_names(word):
    from verify.refs.kinds import given_names

    assert word not in given_names()

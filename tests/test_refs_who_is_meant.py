"""Who a description, a team's short name or a standing means: the entity layer every check pairs through.

Pattern one: an age description ("the 39-year-old") after a paragraph about a witness means the person
whose birth or past age the text dates ("Ferreira, who was born in 1981,"), not the witness who spoke
last. Pattern two: a team is shortened by the last word of its name ("Rovers" for "Harwick Rovers"),
not only by its first. Pattern three: a team "sits ninth", "lies third", and a result "leaves them
second": standings told with no "was" or "finished".

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of
from verify.refs.coref import build_references
from verify.refs.model import Kind

_TRIAL = ("Daniel Ferreira{dated} was jailed for nine years on Tuesday for starting a fire at a furniture "
          "warehouse.{between}\n\nDr Helen Achterberg, a fire investigator, told the jury that petrol had been "
          "poured at three points. She said the damage came to £2.1m.\n\n{age} showed no emotion as the "
          "sentence was read.")


def _linked(text: str, mention: str) -> str | None:
    refs = build_references(text)
    return next((e.name for m, e, _ in refs.resolved() if m.text == mention), None)


@pytest.mark.parametrize("dated", [", who was born in 1981,", " (born 1981)", ", born in March 1981,",
                                   ", who was 36 when he joined the firm in 2017,"])
@pytest.mark.parametrize("between", ["", " The court heard that Ferreira had been sacked two weeks before."])
def test_an_age_description_means_the_person_whose_age_the_text_dates(dated, between):
    text = _TRIAL.format(dated=dated, between=between, age="The 39-year-old")
    assert _linked(text, "The 39-year-old") == "Daniel Ferreira"


def test_an_age_description_with_no_dated_age_in_reach_keeps_the_nearest_subject():
    text = _TRIAL.format(dated="", between="", age="The 52-year-old")
    assert _linked(text, "The 52-year-old") != "Daniel Ferreira"


def test_a_described_age_read_against_a_dated_birth_is_reported_with_both_sides():
    text = _TRIAL.format(dated=", who was born in 1981,", between="", age="The 39-year-old")
    found = findings_of("age.founding", text, "2025-05-14")
    assert [(f.claims[0].text, f.claims[1].text) for f in found] == [("39-year-old", "1981")]
    assert not findings_of("age.founding", text.replace("39-year-old", "43-year-old"), "2025-05-14")


_MATCH = ("Harwick Rovers drew 1-1 with Dunmore Athletic on Saturday, a result that {leaves} second in the "
          "Northern League.\n\nManager Colin Brack said his players had run themselves into the ground.\n\n"
          "{short} {are} fourth, two points behind the leaders.")


@pytest.mark.parametrize("short", ["Rovers", "Harwick"])
def test_a_team_is_shortened_by_the_first_or_the_last_word_of_its_name(short):
    text = _MATCH.format(leaves="leaves them", short=short, are="are")
    assert _linked(text, short) == "Harwick Rovers"


@pytest.mark.parametrize("short", ["Group", "Court"])
def test_a_company_or_a_courts_last_word_is_no_short_name(short):
    text = f"Halden Group and Carrick Crown Court were named. {short} officials declined to comment."
    assert _linked(text, short) not in ("Halden Group", "Carrick Crown Court")


@pytest.mark.parametrize("leaves", ["leaves them", "left Rovers", "keeps them"])
@pytest.mark.parametrize("are", ["are", "sit", "lie", "remain"])
def test_standings_told_by_sitting_or_being_left_somewhere_are_ranks(leaves, are):
    text = _MATCH.format(leaves=leaves, short="Rovers", are=are)
    found = findings_of("ranking.conflict", text, "2025-03-10")
    assert len(found) == 1
    assert {c.value["rank"] for c in found[0].claims} == {2, 4}


def test_the_same_standing_told_twice_is_no_conflict():
    text = _MATCH.format(leaves="leaves them", short="Rovers", are="sit").replace("fourth", "second")
    assert not findings_of("ranking.conflict", text, "2025-03-10")


# Pattern four: a manager's side is his team. "Oyelaran's ninth-placed side" ranks the club he manages, not him.
_SLUMP = ("Dunmore Athletic lost 2-0 at home to Corby Town on Saturday.\n\n{intro} said afterwards that the "
          "players had let the supporters down.\n\n{owner} ninth-placed {head} have now gone five matches without "
          "a win.\n\nCorby, who are third, host Harwick Rovers next week. Dunmore are {rank} in the table.")


@pytest.mark.parametrize("intro", ["Dunmore manager Pete Oyelaran", "Pete Oyelaran, the Dunmore manager,"])
@pytest.mark.parametrize("owner", ["Oyelaran's", "His", "Dunmore's"])
@pytest.mark.parametrize("head", ["side", "squad", "team"])
def test_a_rank_given_to_a_managers_side_is_the_clubs(intro, owner, head):
    text = _SLUMP.format(intro=intro, owner=owner, head=head, rank="sixth")
    found = findings_of("ranking.conflict", text, "2025-03-10")
    assert [sorted(c.value["rank"] for c in f.claims) for f in found] == [[6, 9]]
    assert "Dunmore Athletic" in found[0].message
    assert not findings_of("ranking.conflict", text.replace("are sixth", "are ninth"), "2025-03-10")


def test_a_managers_side_with_no_club_beside_him_is_the_team_named_most_at_a_weaker_link():
    text = ("Harwick Rovers drew with Dunmore Athletic. Harwick Rovers are unbeaten in six.\n\nManager Colin "
            "Brack said his players ran hard.\n\nBrack's team face Corby Town next.")
    refs = build_references(text)
    team = next((e, link) for m, e, link in refs.resolved() if m.led_by is not None)
    assert team[0].name == "Harwick Rovers"
    assert team[1].strength < 0.85


@pytest.mark.parametrize("text", ["Brack gave his side of the story.", "The fans were on his side all day."])
def test_a_side_of_a_story_or_an_argument_is_no_team(text):
    assert not [m for m in build_references("Colin Brack spoke. " + text).mentions if m.led_by is not None]


def test_a_persons_side_with_no_organisation_anywhere_links_to_nothing():
    refs = build_references("Ann Roe spoke first. Roe's side lost by two goals on Sunday.")
    assert [refs.link(m) for m in refs.mentions if m.led_by is not None] == [None]


# Pattern five: a ship is a work, and "she". Its name after "the ferry" or a prefix ("MV") is no person's, its
# operator's name ends with a trade ("Westways Ferries"), and "built in 1991" dates its age.
_FERRY = ("The {noun} {name}{built} returned to service on Monday after a refit at a Clyde yard.\n\n"
          "{operator} said the work cost £4.2m. {short} was withdrawn in March after inspectors found "
          "corrosion in her hull.\n\nThe {age}-year-old vessel carries up to 650 passengers.")


def _ferry(noun="ferry", name="Isle of Carra", built=", which was built in 1991,", operator="Westways Ferries",
           short="Isle of Carra", age=29) -> str:
    return _FERRY.format(noun=noun, name=name, built=built, operator=operator, short=short, age=age)


@pytest.mark.parametrize("noun, name, short", [("ferry", "Isle of Carra", "Isle of Carra"),
                                               ("vessel", "Morven Star", "Morven Star"),
                                               ("ferry", "MV Morven Star", "Morven Star")])
def test_a_ship_named_after_its_noun_or_a_prefix_is_a_work_and_she(noun, name, short):
    text = _ferry(noun=noun, name=name, short=short)
    refs = build_references(text)
    assert refs.entity_named(name).kind == Kind.WORK
    assert _linked(text, "her") == name
    assert refs.entity_named("Westways Ferries").kind == Kind.ORGANISATION


@pytest.mark.parametrize("built", [", which was built in 1991,", ", built in 1991,", ", completed in 1991,"])
def test_a_vessels_age_is_read_against_the_year_it_was_built(built):
    found = findings_of("age.founding", _ferry(built=built), "2025-06-20")
    assert [(f.claims[0].text, f.claims[1].text) for f in found] == [("29-year-old", "1991")]
    assert not findings_of("age.founding", _ferry(built=built, age=34), "2025-06-20")


def test_a_companys_building_dates_no_age_of_the_company():
    text = ("Westways Ferries built a new terminal in 1991. The 12-year-old company, founded in 2013, runs four "
            "routes.")
    assert not findings_of("age.founding", text, "2025-06-20")


def test_a_cue_before_a_year_belongs_to_that_year_not_to_a_later_date():
    from verify.frames.events import event_near

    text = "The ferry, which was built in 1991, returned to service on Monday."
    assert event_near(text, text.index("1991"), text.index("1991") + 4, (0, len(text))) == "built"
    assert event_near(text, text.index("Monday"), text.index("Monday") + 6, (0, len(text))) is None


# Pattern six: a council named by its town alone. "Swindon will freeze charges, the council said": the council,
# the authority and "its" staff are Swindon's, so two headcounts of it are read against each other.
_COUNCIL = ("{town} will freeze parking charges for a second year, the {body} said on Tuesday.\n\nThe {body}, "
            "which employs 1,900 staff, said the freeze would cost £310,000.\n\nFinance chief Ruth Okafor said the "
            "authority had cut 140 posts last year and that its {staff} staff had worked hard.")


@pytest.mark.parametrize("town", ["Swindon", "Norwich"])
@pytest.mark.parametrize("body", ["council", "authority"])
def test_a_governing_body_no_organisation_answers_to_is_the_places(town, body):
    text = _COUNCIL.format(town=town, body=body, staff="2,300")
    assert _linked(text, f"the {body}") == town
    found = findings_of("number.mismatch", text, "2025-02-12")
    assert [sorted(c.text for c in f.claims) for f in found] == [["1,900 staff", "2,300 staff"]]
    assert not findings_of("number.mismatch", _COUNCIL.format(town=town, body=body, staff="1,900"), "2025-02-12")


def test_a_council_named_in_full_is_the_council_not_the_town():
    text = "Swindon Borough Council met in Swindon on Tuesday. The council agreed the budget."
    assert _linked(text, "The council") == "Swindon Borough Council"


def test_a_body_with_two_places_in_reach_is_left_unlinked():
    text = "Swindon and Reading will both freeze parking charges, the council said on Tuesday."
    assert _linked(text, "the council") is None


# Pattern seven: a ranked description means the one it describes. "Shipping lines are adding calls at the
# third-busiest container port in the country" is Port Awanui's rank when Port Awanui is the port in reach
# ("the port" is never the country, and a name that holds the head noun answers it whatever its kind); a
# date in a clause opened by ", with" after the rank dates that clause, not the rank.
_PORT = ("{port}, New Zealand's second-busiest container port, handled 1.2 million containers last year.\n\n"
         "Harbour master Mereana Tapsell said {short} had spent NZ$40 million on new cranes.\n\n"
         "Shipping lines have been adding calls at {ranked} container port in the country because of "
         "congestion elsewhere, Tapsell said{tail}.")


def _port(ranked="the third-busiest", tail="", port="Port Awanui", short="the port") -> str:
    return _PORT.format(port=port, short=short, ranked=ranked, tail=tail)


@pytest.mark.parametrize("tail", ["", ", with average waits for a berth falling to six hours from a day in 2022",
                                  ", while rates rose in 2023"])
@pytest.mark.parametrize("short", ["the port", "it", "Port Awanui"])
def test_a_ranked_description_ranks_the_one_it_describes(tail, short):
    found = findings_of("ranking.conflict", _port(tail=tail, short=short), "2025-03-01")
    assert [sorted(c.value["rank"] for c in f.claims) for f in found] == [[2, 3]]
    assert "Port Awanui" in found[0].message


def test_the_same_rank_given_to_the_description_is_no_conflict():
    assert not findings_of("ranking.conflict", _port(ranked="the second-busiest"), "2025-03-01")


def test_the_busiest_port_in_a_story_of_the_second_busiest_is_the_leader():
    assert not findings_of("ranking.conflict", _port(ranked="the busiest"), "2025-03-01")


def test_the_port_is_never_the_country():
    text = "New Zealand exports rose. The port handled 1.2 million containers."
    assert _linked(text, "The port") != "New Zealand"

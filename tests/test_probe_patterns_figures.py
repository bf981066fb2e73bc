"""Patterns found on probe articles of another writer: one figure told twice in different words.

- a headline's noun and the body's are two words of one metric ("buyback" over "share repurchase
  programme"), so the body's figure is said of the headline's thing (headline.figure);
- a count told with what happened to its things ("400 homes were evacuated", "the 440 evacuated
  homes", "left 19 people in hospital", "the 23 pupils taken to hospital") is one set of the story
  whoever the sentence is about, so two tellings of it are compared (number.mismatch); a count marked
  as another set ("three more", "were also"), another kind of people or another place is not, nor is
  a state that changes from day to day ("500 patients were in hospital") unless it is what something
  "left" ("the crash left 19 people in hospital");

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

WHEN = "2024-03-07"


def _warned(rule: str, text: str) -> bool:
    return any(f.severity != "info" for f in findings_of(rule, text, WHEN))


BUYBACK_BODY = [
    "The board of Tarnwell Mining approved a share repurchase programme of up to {body}, to run until 2026.",
    "Tarnwell Mining said it would buy back shares under a stock buyback plan worth {body}.",
    "Tarnwell Mining, the copper producer, reported higher output.\n\n"
    "Its directors backed a share buy-back of {body} over two years.",
]


@pytest.mark.parametrize("body", BUYBACK_BODY)
@pytest.mark.parametrize(("headline", "figure", "flagged"), [
    ("Tarnwell Mining unveils {0} buyback", "$900 million", True),
    ("Tarnwell Mining sets out {0} share repurchase", "$900 million", True),
    ("Tarnwell Mining unveils {0} buyback", "$700 million", False),  # the same size: silent
    ("Tarnwell Mining unveils {0} buyback", "$0.7 billion", False),
])
def test_a_headline_noun_and_its_synonym_in_the_body_name_one_figure(body, headline, figure, flagged):
    text = f"{headline.format(figure)}\n\n{body.format(body='$700 million')}"
    assert _warned("headline.figure", text) is flagged


def test_a_body_buyback_of_another_period_is_not_the_headlines():
    text = ("Tarnwell Mining unveils $900 million buyback\n\n"
            "Tarnwell Mining completed a share repurchase of $400 million a year earlier.")
    assert not _warned("headline.figure", text)


def _mismatch(first: str, second: str) -> bool:
    between = "The council's chief executive, Mara Quist, praised volunteers."
    return _warned("number.mismatch", f"{first}\n\n{between}\n\n{second}")


@pytest.mark.parametrize(("first", "second"), [
    ("Residents of 400 homes in Fellbrook were evacuated overnight as the Ouse rose.",
     "A hall in Fellbrook took in families from many of the 440 evacuated homes."),
    ("Police evacuated about 400 homes in Fellbrook as the Ouse rose.",
     "Volunteers said some of the 440 evacuated homes had no insurance."),
    ("A coach crash near Tallow left 19 people in hospital.",
     "Of the 23 pupils taken to hospital, most were released by the evening."),
    ("Police said 19 people were taken to hospital after the coach crash near Tallow.",
     "The 23 passengers who were taken to hospital were all treated for minor injuries."),
    ("The storm left about 2,000 homes in Fellbrook without power.",
     "Engineers said 2,600 homes lost power when the line fell."),
    ("Officers arrested 14 men after the match in Tallow.",
     "All 17 men arrested were later released on bail."),
])
def test_two_tellings_of_one_happenings_count_are_compared(first, second):
    assert _mismatch(first, second)
    agreeing = second.replace("440", "400").replace("23", "19").replace("17", "14").replace("2,600", "2,000")
    assert not _mismatch(first, agreeing)


@pytest.mark.parametrize(("first", "second"), [
    ("A coach crash near Tallow left 19 people in hospital.",
     "Three more people were taken to hospital later in the day."),
    ("A coach crash near Tallow left 23 passengers in hospital.",
     "Two crew were also taken to hospital."),
    ("A coach crash near Tallow left 23 passengers in hospital.",
     "Two crew were taken to hospital."),
    ("A coach crash near Tallow left 19 people in hospital.",
     "Two people remain in hospital with serious injuries."),
    ("Residents of 120 homes in Fellbrook were evacuated as the Ouse rose.",
     "Downstream, 300 homes in Marrick were evacuated."),
    ("Residents of 120 homes were evacuated as the Ouse rose.",
     "About 300 people were evacuated from the estate."),
    ("A coach crash near Tallow injured 19 people.",
     "Most of the 23 people on board were treated at the scene."),
    ("The storm left 2,000 homes without power.", "By the evening 1,200 homes were without power."),
    ("On Monday 620 patients were in hospital with flu.", "By Wednesday 500 patients were in hospital with flu."),
])
def test_another_set_kind_happening_or_place_stays_silent(first, second):
    assert not _mismatch(first, second)

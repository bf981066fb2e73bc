"""An age in the phrase that opens its sentence, a plain-text draft's front matter, and an earlier
figure named by its adjective.

Patterns:
- "Despite being nearly 40 years old, the company runs six boats": the age is the subject's, the
  subject after the opening phrase (a name, a description or a pronoun), and is read against the
  founding year told elsewhere.
- A ``.txt`` draft that opens with YAML front matter: the front matter gives the publication date, as
  in Markdown, and its date is no claim (it once took the founding cue of the first sentence).
- "the $90bn owed, up from an original debt of $70bn": the original figure is an earlier one, not a
  second statement of the debt now.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of
from verify.extract import extract_claims
from verify.loaders import parse

WHEN = "2014-12-17"


OPENINGS = ["Despite being nearly 40 years old", "Now almost 40 years old", "Though almost 40 years old"]
RIVAL = " Its rival Orsk Lines is younger.\n\n"


@pytest.mark.parametrize("subject", ["Halvard", "the company", "it", "Halvard Ferries"])
@pytest.mark.parametrize("opening", OPENINGS)
def test_an_opening_age_is_the_subjects(subject, opening):
    text = f"Halvard Ferries was founded in 1986.\n\n{opening}, {subject} runs six boats."
    (finding,) = findings_of("age.founding", text, WHEN)
    assert finding.severity == "warning" and "27–28 years old" in finding.message


@pytest.mark.parametrize(("subject", "severity"), [("Halvard", "warning"), ("the company", "info"), ("it", "info")])
def test_with_a_rival_named_between_only_the_name_is_sure(subject, severity):
    text = f"Halvard Ferries was founded in 1986.{RIVAL}{OPENINGS[0]}, {subject} runs six boats."
    (finding,) = findings_of("age.founding", text, WHEN)
    assert finding.severity == severity


@pytest.mark.parametrize("founded", ["1976", "1975"])
def test_an_opening_age_that_fits_is_silent(founded):
    text = f"Halvard Ferries was founded in {founded}.\n\nDespite being nearly 40 years old, it runs six boats."
    assert findings_of("age.founding", text, WHEN) == []


def test_front_matter_of_a_text_draft_dates_it_and_makes_no_claim():
    source = "---\npublished: 2014-12-17\n---\nHalvard Ferries was founded in 1986.\n"
    doc = parse("draft.txt", source, "text")
    claims = extract_claims(doc, doc.published)
    assert doc.published.isoformat() == WHEN
    assert [c.text for c in claims] == ["1986"]
    assert doc.source[slice(*doc.source_span(claims[0].start, claims[0].end))] == "1986"


@pytest.mark.parametrize("adjective", ["an original", "an initial", "its previous"])
def test_a_figure_named_earlier_by_its_adjective_is_no_restatement(adjective):
    text = (f"Ardal has defaulted on the $90.4bn debt, after {adjective} debt of $71.3bn plus interest.\n\n"
            "Ardal's $90.4bn debt is the largest in the region.")
    assert findings_of("number.mismatch", text, WHEN) == []


def test_the_same_debt_stated_twice_still_conflicts():
    text = ("Ardal has defaulted on a debt of $71.3bn plus interest.\n\n"
            "Ardal's $90.4bn debt is the largest in the region.")
    assert findings_of("number.mismatch", text, WHEN)


@pytest.mark.parametrize(("name", "noun"), [("The Orsk Treaty", "the treaty"), ("The Vell Bridge", "the bridge"),
                                            ("Halden Stadium", "the stadium")])
@pytest.mark.parametrize(("years", "found"), [("almost 40", True), ("almost 30", False)])
def test_a_built_or_agreed_thing_is_followed_by_its_description(name, noun, years, found):
    text = f"{name} dates back to 1985.\n\nDespite being {years} years old, {noun} is still in use."
    assert bool([f for f in findings_of("age.founding", text, WHEN) if f.severity == "warning"]) is found

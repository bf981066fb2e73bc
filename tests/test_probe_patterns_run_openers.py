"""Words that open a capitalised run without being part of the name after them.

ranking.conflict for a place in a contest written before a name: "Runner-up Fjeld, 29, said …".

Pattern: a race report ranks a rider in its results sentence ("with Norwegian rider Lars Fjeld third")
and later opens a sentence with his place as a title ("Runner-up Fjeld, 29, said …"). The capitalised
run "Runner-up Fjeld" was read as one name, so the place belonged to no one. A contest place that
opens a capitalised run is not part of the name after it (``not_names`` in ``names.toml``). So is a
describing word that opens a sentence before a name ("Neighbouring Wexham District Council approved …"):
kept, it made a second name for the council, which the council's short name then did not join.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of
from verify.document import Document

WHEN = "2024-07-08"
RESULT = ("Czech rider Pavel Kovac, 23, won the Tour of the Lowlands on Sunday, 1 minute 12 seconds ahead of "
          "Tomas Hager, with Norwegian rider Lars Fjeld third.")


def _race(later: str) -> str:
    return f"{RESULT}\n\nKovac took the lead on the fifth stage and held it to the finish.\n\n{later}"


@pytest.mark.parametrize("later", [
    "Runner-up Fjeld, 29, said he was pleased with his consistency.",
    "The runner-up, Fjeld, said he was pleased with his consistency.",
    "Fjeld, the runner-up, said he was pleased with his consistency.",
])
def test_a_runner_up_ranked_third_elsewhere_is_reported(later):
    found = findings_of("ranking.conflict", _race(later), WHEN)
    assert [(f.severity, "Lars Fjeld" in f.message) for f in found] == [("error", True)]


@pytest.mark.parametrize("later", [
    "Runner-up Hager, 31, said he was pleased with his consistency.",
    "Winner Kovac, 23, said he had never felt so tired.",
])
def test_a_place_that_fits_is_silent(later):
    assert findings_of("ranking.conflict", _race(later), WHEN) == []


def test_the_place_is_not_part_of_the_name():
    doc = Document.from_plain("invented.txt", _race("Runner-up Fjeld, 29, said he was pleased."))
    assert "Runner-up Fjeld" not in {e.name for e in doc.references.entities}


@pytest.mark.parametrize("opener", ["Neighbouring", "Nearby", "Rival", "Embattled"])
def test_a_describing_word_opening_a_sentence_is_not_part_of_the_name(opener):
    text = (f"Halbury council approved its budget on Tuesday. {opener} Wexham District Council approved a 2.99% "
            "rise last week. Wexham is not responsible for social care.")
    doc = Document.from_plain("invented.txt", text)
    entity = next(e for e in doc.references.entities if "Wexham" in e.name)
    assert entity.name == "Wexham District Council"
    assert {m.text for m in entity.mentions} >= {"Wexham District Council", "Wexham"}

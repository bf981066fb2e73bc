"""Names: a sentence opened in capitals for emphasis ("A FORMER parish clerk who …", "TWO MEN have
been jailed") names no one; an acronym opening a sentence ("NASA said") still does.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from verify.refs.coref import build_references


def _entities(text: str) -> set[str]:
    return {entity.name for entity in build_references(text).entities}


@pytest.mark.parametrize("opening", ["A FORMER parish clerk", "TWO MEN", "AN ELDERLY driver", "THREE TEENAGERS"])
def test_an_emphatic_capital_lead_is_no_name(opening):
    text = f"{opening} from Elmbury took £48,000 from a village fund. Ruth Annable said the loss hurt."
    assert not any(word in name for name in _entities(text) for word in opening.split()[1:])
    assert "Ruth Annable" in _entities(text)


@pytest.mark.parametrize(("text", "name"), [
    ("NASA said the probe was lost. Engineers were puzzled.", "NASA"),
    ("A Coruña won 2-0 on Sunday. Fans cheered.", "A Coruña"),
    ("ACME Logistics said profit rose. Analysts agreed.", "ACME Logistics"),
])
def test_a_name_opening_a_sentence_is_still_a_name(text, name):
    assert name in _entities(text)

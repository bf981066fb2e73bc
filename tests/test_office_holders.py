"""attribution.holder: one organisation's sole office held now by two people. Every sentence is invented."""

from __future__ import annotations

import pytest
from checking import findings_of

RULE = "attribution.holder"
FIRST = "Aidan Rowe, Kelso's chief executive, will stay on after the merger."


@pytest.mark.parametrize("second", [
    "Fiona Marr, who has led Kelso as chief executive, called the price fair.",
    "Fiona Marr, the chief executive of Kelso, said the price was fair.",
])
@pytest.mark.parametrize("between", [" ", "\n\n", " Shares rose 4% on the news. "])
def test_two_holders_of_one_sole_office_are_caught(second, between):
    assert [f.severity for f in findings_of(RULE, FIRST + between + second, "2026-04-10")] == ["warning"]


@pytest.mark.parametrize("second", [
    "Fiona Marr, Kelso's chair, said the price was fair.",  # another office
    "Fiona Marr, a former chief executive of Kelso, said the price was fair.",  # not now
    "Fiona Marr, Rask's chief executive, said the price was fair.",  # another organisation
    "Fiona Marr, a chief executive at another firm, said the price was fair.",  # no organisation named
    "Rowe, Kelso's chief executive since 2019, said the price was fair.",  # the same person
])
def test_one_holder_or_another_office_is_silent(second):
    assert findings_of(RULE, f"{FIRST} {second}", "2026-04-10") == []

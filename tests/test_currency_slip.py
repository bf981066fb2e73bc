"""conversion.currency-slip: one figure with the same number in two currencies, however the second
side refers to its entity."""

from __future__ import annotations

import pytest
from checking import findings_of

FIRST = "Halden Mining's revenue rose to $56bn last year."


def slips(text: str) -> list[str]:
    return [f.severity for f in findings_of("conversion.currency-slip", text, "2026-04-10")]


@pytest.mark.parametrize("owner", ["Halden Mining's", "Halden's", "its", "the company's", "the miner's"])
@pytest.mark.parametrize("between", [" ", "\n\n", " Shares were flat. "])
def test_the_same_number_in_another_currency_is_noted(owner, between):
    assert slips(f"{FIRST}{between}Analysts said {owner} revenue of £56bn was a record.") == ["info"]


@pytest.mark.parametrize("second", [
    "Analysts said its revenue of £44bn was a record.",             # a conversion, near enough
    "Its rival Orvik Metals had revenue of £56bn.",                 # another entity
    "Analysts said its revenue of $56bn was a record.",             # the same currency
    "Analysts said its revenue, or £56bn at par, was a record.",    # not a figure of its own
])
def test_other_figures_are_not_slips(second):
    assert slips(f"{FIRST} {second}") == []

"""Arithmetic patterns of fresh probe articles, each in invented sentences with variants and a
silent contrast case.

- A change's levels stay on its side of a clause about something else: "Parts sales rose 6% to
  €3.2bn, while servicing slipped to €1.4bn from €1.5bn" — the €1.5bn is servicing's, not where the
  parts sales started.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

WHEN = "2025-06-12"
OPENING = "Brannock Motors, the Sheffield-based car dealer group, reported annual results on Wednesday.\n\n"


def _loud(rule: str, text: str) -> list[str]:
    """The first claim of each warning or error of ``rule`` on the opening plus ``text``."""
    return [f.claims[0].text for f in findings_of(rule, OPENING + text, WHEN) if f.severity != "info"]


@pytest.mark.parametrize("opener", ["while", "whereas", "but"])
@pytest.mark.parametrize("subject", ["Parts sales", "Its parts revenue", "Brannock's parts sales"])
def test_a_level_across_a_contrast_clause_is_not_the_change_s_start(opener, subject):
    text = (f"Revenue rose 3.1 per cent to €5.1bn from €4.95bn. {subject} climbed 6 per cent to €3.2bn, "
            f"{opener} servicing slipped to €1.4bn from €1.5bn.")
    assert _loud("arithmetic.change", text) == []


@pytest.mark.parametrize("opener", ["while", "whereas"])
def test_a_change_with_both_levels_before_the_contrast_is_still_checked(opener):
    text = (f"Parts sales climbed 6 per cent to €3.2bn from €2.5bn, {opener} servicing slipped to €1.4bn "
            "from €1.5bn.")
    assert _loud("arithmetic.change", text) == ["6 per cent"]


def test_a_change_after_the_contrast_reads_its_own_levels():
    text = "Servicing slipped to €1.4bn from €1.5bn, while parts sales climbed 9 per cent to €3.2bn from €2.5bn."
    assert _loud("arithmetic.change", text) == ["9 per cent"]

"""Wire copy: the agency credited in a dateline, and a figure set beside a change.

- "KESSA, Norway (Reuters) — …": the agency in brackets before the dash wrote the story; it is no entity,
  so it never becomes the paragraph's topic that owns figures nobody else is named for.
- "was up 6.8% from 45.5 million trips and edged past the 47.9 million of 2019": the figure after "past"
  (or "surpassed", "topped") is set beside the news, neither end of the change.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of
from verify.refs.coref import build_references

WHEN = "2026-07-14"


@pytest.mark.parametrize("credit", ["AP", "Reuters", "AFP"])
def test_the_agency_in_a_dateline_is_no_entity(credit):
    text = f"ORRIN FALLS, Ore. ({credit}) — Riders took 31.2 million trips on Orrin Transit last year."
    refs = build_references(text, [(0, len(text))])
    assert credit not in [e.name for e in refs.entities]
    assert "Orrin Transit" in [e.name for e in refs.entities]


def test_a_bracketed_name_later_in_the_text_is_still_a_name():
    text = "Riders praised the service.\n\nThe operator, Orrin Transit (OT), said ridership rose."
    refs = build_references(text, [(0, 27), (29, len(text))])
    assert "Orrin Transit" in [e.name for e in refs.entities]


@pytest.mark.parametrize("verb", ["edged past the", "surpassed the", "topped the"])
def test_a_figure_passed_is_no_level_of_the_change(verb):
    text = (f"ORRIN FALLS, Ore. (AP) — Riders took 31.2 million trips on Orrin Transit in the year to June 30.\n\n"
            f"The figure was up 6.9% from 29.2 million trips a year earlier and {verb} 30.6 million recorded in 2019.")
    assert [f.severity for f in findings_of("arithmetic.change", text, WHEN) if f.severity != "info"] == []


def test_a_change_that_misses_its_levels_is_still_reported():
    text = "Orrin Transit said ridership rose 9.5% to 31.2 million trips from 29.2 million a year earlier."
    assert [f.severity for f in findings_of("arithmetic.change", text, WHEN)] == ["error"]

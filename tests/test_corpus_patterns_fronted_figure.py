"""number.mismatch: a figure that opens its sentence ("At A$1,360 a tonne, Hollin's costs rank
third-lowest") is a value of the metric its sentence's subject names, though its own clause names none.

Pattern: analysts' paragraphs restate a figure as a fronted phrase before the comma, and the metric
("costs", "margin") is the subject after it. The figure must be compared with the same metric stated
elsewhere; a fronted figure whose subject names another metric, or a figure inside its sentence, is
not read this way.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

RULE = "number.mismatch"
FIRST = "Hollin Mining said haulage costs fell to A$1,260 a tonne in the June quarter."


@pytest.mark.parametrize("holder", ["Hollin's", "the miner's", "its", "Hollin Mining's"])
@pytest.mark.parametrize("paragraphs", [" ", "\n\nAnalysts were pleased. "])
def test_a_fronted_figure_takes_the_metric_of_the_subject_after_it(holder, paragraphs):
    text = f"{FIRST}{paragraphs}At A$1,360 a tonne, {holder} June-quarter costs rank third-lowest among nine producers."
    found = findings_of(RULE, text, "2021-07-20")
    assert [(f.claims[0].text, f.claims[1].text) for f in found] in ([("A$1,360", "A$1,260")], [("A$1,260", "A$1,360")])


def test_the_same_figure_fronted_agrees():
    text = f"{FIRST} At A$1,260 a tonne, Hollin's June-quarter costs rank third-lowest among nine producers."
    assert findings_of(RULE, text, "2021-07-20") == []


@pytest.mark.parametrize("second", [
    "At A$1,360 a tonne, Hollin's June-quarter revenue ranks third-highest among nine producers.",
    "Hollin said on Tuesday that, at A$1,360 a tonne, its June-quarter costs rank third-lowest.",
])
def test_a_fronted_figure_of_another_metric_or_inside_a_sentence_is_not_the_cost(second):
    assert findings_of(RULE, f"{FIRST} {second}", "2021-07-20") == []

"""number.mismatch: a figure that opens its sentence ("At A$1,360 a tonne, Hollin's haulage costs
are well above average") is a value of the metric its sentence's subject names, though its own clause
names none.

Pattern: a comment restates a figure as a fronted phrase before the comma, and the metric ("costs",
"margin") is the subject after it. The figure must be compared with the same metric stated elsewhere;
a fronted figure whose subject names another metric, or a figure inside its sentence, is not read
this way.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

RULE = "number.mismatch"
FIRST = "Hollin Mining said its haulage costs fell to A$1,260 a tonne in the June quarter."
SECOND = "At {} a tonne, {} haulage costs are still well above the industry average, brokers said."


@pytest.mark.parametrize("holder", ["Hollin's", "the miner's", "its", "Hollin Mining's"])
@pytest.mark.parametrize("between", [" ", "\n\nShares were flat. "])
def test_a_fronted_figure_takes_the_metric_of_the_subject_after_it(holder, between):
    text = FIRST + between + SECOND.format("A$1,360", holder)
    found = findings_of(RULE, text, "2021-07-20")
    assert [(f.claims[0].text, f.claims[1].text) for f in found] in ([("A$1,360", "A$1,260")], [("A$1,260", "A$1,360")])


def test_the_same_figure_fronted_agrees():
    assert findings_of(RULE, f"{FIRST} {SECOND.format('A$1,260', 'its')}", "2021-07-20") == []


@pytest.mark.parametrize("second", [
    "At A$1,360 a tonne, Hollin's freight revenue is still well above the industry average.",
    "Brokers said that, at A$1,360 a tonne, its haulage costs are well above average.",
])
def test_a_fronted_figure_of_another_metric_or_inside_a_sentence_is_not_the_cost(second):
    assert findings_of(RULE, f"{FIRST} {second}", "2021-07-20") == []

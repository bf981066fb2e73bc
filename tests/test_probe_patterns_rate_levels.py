"""arithmetic.difference across sentences: a rate moved "by 40 basis points to 6.15%", and the level it
started from told in the next sentence by the body that sets it.

Three layers met in this pattern:
- "the rate" after a rate named in full ("its benchmark interest rate") is that rate, not the lexicon's
  bare "rate" (pay) (``frames.metrics.named_before``);
- an organ written after its owner's possessive ("the bank's Monetary Policy Committee", "its Monetary
  Policy Committee") sets the owner's rates and budgets (``Governors.organ_owner``);
- a level told in the pluperfect of a verb of standing ("had held the rate at 3.9% since June") is the one
  held before the news, so it is no restatement of the new level.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of
from verify.frames.metrics import metric_near, named_before

WHEN = "2019-11-06"
RAISE = "Valdoria's central bank lifted its benchmark interest rate by 40 basis points to 6.15% on Tuesday."


def _warned(rule: str, text: str) -> list[str]:
    return [f.severity for f in findings_of(rule, text, WHEN) if f.severity in ("warning", "error")]


@pytest.mark.parametrize("text", [
    f"{RAISE} The bank's Monetary Policy Committee had held the rate at 5.5% since May.",
    f"{RAISE} Its Monetary Policy Committee had held the rate at 3.9% since June.",
    f"{RAISE}\n\nThe bank's Monetary Policy Committee had held the rate at 3.9% since June.",
    f"{RAISE} The bank had held the rate at 3.9% since June, when it last cut borrowing costs.",
    f"{RAISE}\n\nIt had held the rate at 3.9% since March, when it last cut borrowing costs.",
])
def test_a_move_that_does_not_bridge_the_earlier_level_is_an_error(text):
    assert _warned("arithmetic.difference", text) == ["error"], text


@pytest.mark.parametrize("text", [
    f"{RAISE} The bank's Monetary Policy Committee had held the rate at 5.75% since May.",
    f"{RAISE}\n\nIts Monetary Policy Committee had held the rate at 5.75% since May.",
    # another rate of the same bank: "the deposit rate" is not the benchmark rate
    f"{RAISE} The bank's Monetary Policy Committee had held the deposit rate at 3.9% since June.",
])
def test_a_move_that_bridges_its_level_or_another_rate_is_silent(text):
    assert _warned("arithmetic.difference", text) == [], text


def test_the_earlier_level_is_no_restatement_of_the_new_one():
    text = f"{RAISE} The bank's Monetary Policy Committee had held the rate at 3.9% since June."
    assert findings_of("number.mismatch", text, WHEN) == []


@pytest.mark.parametrize(("text", "figure", "metric"), [
    ("The jobless rate fell to 4.1% in May. The rate had been 4.4% in April.", "4.4%", "unemployment"),
    ("Its benchmark interest rate is 5%. The rate was 4.5% a year ago.", "4.5%", "policy rate"),
    ("Its deposit rate is 2%. The rate was 1.5% a year ago.", "1.5%", "deposit rate"),
    ("Nurses want a higher hourly rate. The rate is £14.10 today.", "£14.10", "pay"),
])
def test_the_rate_is_the_rate_named_before_it(text, figure, metric):
    start = text.rindex(figure)
    hit = metric_near(text, start, start + len(figure), text.rindex(". ", 0, start) + 2, len(text))
    assert named_before(text, hit).name == metric


def test_an_organs_own_count_stays_its_own():
    text = ("Valdoria's central bank employs 4,200 staff. The bank's Monetary Policy Committee has nine members, "
            "and its board has seven members.")
    assert _warned("number.mismatch", text) == []
    assert _warned("arithmetic.capacity", text) == []

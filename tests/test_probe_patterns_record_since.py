"""Periods and owners of a reported move: "shares fell 7.4%, their worst day since October 2022" holds
today (the date counts a record, it does not date the fall), and in "We think the 4.7% slide …" the
figure is in what the speaker thinks, not the speaker's own — so "the 4.7% slide" restates the 7.4 %
fall with a slipped digit (its owner, the analysts' firm by the speaker sieve, is only a guess).

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of
from verify.document import Document
from verify.extract import extract_claims
from verify.frames.build import build_frames

WHEN = "2025-03-14"
FALL = "Orvane Insurance shares fell 7.4% to 1,312 pence, {record}, after storm claims rose."
ANALYSTS = ("Analysts at Brisk Capital cut their rating on Orvane to \"hold\". \"We think the 4.7% slide already "
            "prices in the losses, but the reserve question will weigh on the stock until the results in August,\" "
            "they wrote in a note.")
ANALYST = ("Brisk Capital cut its rating on Orvane. \"We think the 4.7% slide already prices in the losses,\" said "
           "Ana Ruiz, an analyst at the broker.")


@pytest.mark.parametrize("record", ["their worst day since October 2022", "the biggest fall since 2020",
                                    "the first such drop since the spring of 2021"])
def test_a_date_a_record_is_counted_from_does_not_date_the_figure(record):
    text = FALL.format(record=record)
    doc = Document.from_plain("a.txt", text)
    claims = extract_claims(doc, None)
    [fall] = [f for f in build_frames(doc, claims, None) if f.claim.text == "7.4%"]
    assert fall.period.kind == "current"


@pytest.mark.parametrize(("quote", "severity"), [(ANALYST, "warning"), (ANALYSTS, "warning")])
@pytest.mark.parametrize("between", [" ", "\n\n"])
def test_a_slide_in_what_analysts_think_restates_the_fall(quote, severity, between):
    text = FALL.format(record="their worst day since October 2022") + between + quote
    found = findings_of("number.digit-slip", text, WHEN)
    assert [(f.severity, f.claims[0].text) for f in found] == [(severity, "4.7%")]


def test_the_same_figure_restated_is_silent():
    text = FALL.format(record="their worst day since October 2022") + " " + ANALYST.replace("4.7%", "7.4%")
    assert findings_of("number.digit-slip", text, WHEN) == []


@pytest.mark.parametrize("tail", ["forecast by economists", "recorded last November", "expected by analysts"])
def test_a_figure_a_participle_describes_is_another_figure_not_a_restatement(tail):
    text = (f"Inflation rose to 3.4% in July from 3.1% in June. The rise was larger than the 3.3% {tail}.")
    assert findings_of("number.digit-slip", text, WHEN) == []

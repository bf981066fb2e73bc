"""number.digit-slip: a figure written as given ("most of the £15,800 taken") whose owner is only a
guess — the organisation the article names most — is not "another entity's": its slipped digit
against the figure it restates is reported as a warning, not at info. Two sides each tied to a named
owner of their own still are two entities' figures (info).

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

RULE = "number.digit-slip"
WHEN = "2025-02-20"
ROBBERY = ("Two men burst into Kelby Post Office on Front Street and escaped with £18,500 in cash. Deacon Crown "
           "Court will hear the case in May. Deacon Crown Court said the trial would last a week.")


@pytest.mark.parametrize("later", [" Officers believed most of the £15,800 taken had been recovered.",
                                   "\n\nA spokesperson said most of the £15,800 taken had been found in a car."])
def test_a_restatement_owned_by_a_guess_is_a_warning(later):
    found = findings_of(RULE, ROBBERY + later, WHEN)
    assert [(f.severity, f.claims[0].text) for f in found] == [("warning", "£15,800")]


def test_the_same_figure_restated_is_silent():
    assert findings_of(RULE, ROBBERY + " Officers believed most of the £18,500 taken had been recovered.", WHEN) == []

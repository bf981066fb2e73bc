"""Patterns found on probe articles of another writer: one figure told twice in different words.

- a headline's noun and the body's are two words of one metric ("buyback" over "share repurchase
  programme"), so the body's figure is said of the headline's thing (headline.figure);

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

WHEN = "2024-03-07"


def _warned(rule: str, text: str) -> bool:
    return any(f.severity != "info" for f in findings_of(rule, text, WHEN))


BUYBACK_BODY = [
    "The board of Tarnwell Mining approved a share repurchase programme of up to {body}, to run until 2026.",
    "Tarnwell Mining said it would buy back shares under a stock buyback plan worth {body}.",
    "Tarnwell Mining, the copper producer, reported higher output.\n\n"
    "Its directors backed a share buy-back of {body} over two years.",
]


@pytest.mark.parametrize("body", BUYBACK_BODY)
@pytest.mark.parametrize(("headline", "figure", "flagged"), [
    ("Tarnwell Mining unveils {0} buyback", "$900 million", True),
    ("Tarnwell Mining sets out {0} share repurchase", "$900 million", True),
    ("Tarnwell Mining unveils {0} buyback", "$700 million", False),  # the same size: silent
    ("Tarnwell Mining unveils {0} buyback", "$0.7 billion", False),
])
def test_a_headline_noun_and_its_synonym_in_the_body_name_one_figure(body, headline, figure, flagged):
    text = f"{headline.format(figure)}\n\n{body.format(body='$700 million')}"
    assert _warned("headline.figure", text) is flagged


def test_a_body_buyback_of_another_period_is_not_the_headlines():
    text = ("Tarnwell Mining unveils $900 million buyback\n\n"
            "Tarnwell Mining completed a share repurchase of $400 million a year earlier.")
    assert not _warned("headline.figure", text)

"""A ferry story: the oldest ship among people's ages, and a delay counted from nothing.

Pattern: "The 32-year-old Loch Rannoch, launched in 1993, is the oldest ship in the fleet. A replacement
is due to enter service in 2026, two years later than planned." Two false alarms came from it:

- ranking.figures read the ship's age against every age in the article and found the managing director
  older: a superlative that calls its holder a thing ("ship") has no person among its peers, and one
  that calls it a person ("the oldest player") no thing;
- date.interval read "two years later than planned" as two years after the launch in 1993: a span
  "later/earlier than" something is a delay, counted from no event.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of
from verify.extract.durations import find_durations

WHEN = "2025-03-05"
FLEET = ("Managing director Euan Strachan, 52, said the company would keep every sailing. The 32-year-old Loch "
         "Rannoch, launched in 1993, is the oldest ship in the fleet. A £58m replacement is being built in "
         "Poland and is due to enter service in 2026, two years later than planned.")


@pytest.mark.parametrize("rule", ["ranking.figures", "date.interval"])
def test_the_fleet_paragraph_is_silent(rule):
    assert findings_of(rule, FLEET, WHEN) == []


@pytest.mark.parametrize("holder, peer, expected", [
    ("Skelby, the busiest port in the region,", "Tarn Harbour handled 2.1 million containers.", 1),
    ("Skelby, the busiest port in the region,", "Its chairman, Ian Lowe, handled 2.1 million containers.", 0),
])
def test_a_thing_s_superlative_is_read_against_things_only(holder, peer, expected):
    text = f"{holder} handled 1.4 million containers last year. {peer}"
    assert len(findings_of("ranking.figures", text, WHEN)) == expected


@pytest.mark.parametrize("text, delay", [
    ("It will open in 2026, two years later than planned.", True),
    ("It opened a month earlier than expected.", True),
    ("It opened in 2019 and closed two years later.", False),
])
def test_a_span_later_than_something_is_a_delay(text, delay):
    (found,) = find_durations(text)
    assert bool(found.value.get("delay")) is delay
    assert ("relation" in found.value) is not delay

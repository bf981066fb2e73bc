"""ordinal.occurrence for the edition of a yearly event: "this ninth edition" against its years.

Pattern: an event review dates the series once ("first held in a barn outside Tarrow in 2012 and staged
every spring since, apart from 2020 and 2021") and later counts this year's edition ("This 11th edition
drew …"). The years say which edition this is: 2012 to 2025 less the two left out makes the 12th. The
ordinal rule read only wins ("her fourth title"), so an edition was never counted. The one yearly event an
article dates is now counted to the year of publication; an ordinal in a sentence naming another year,
a year left out but not named, or two series in one article, say nothing.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

WHEN = "2025-04-28"
_DATED = ("The Tarrow Kite Fair was first held in a barn outside Tarrow in 2012 and staged every spring since, "
          "apart from 2020 and 2021. ")


def _editions(text: str) -> list[str]:
    return [f.severity for f in findings_of("ordinal.occurrence", text, WHEN)]


@pytest.mark.parametrize("text", [
    _DATED + "This 11th edition drew 6,000 visitors over two days.",
    _DATED + "Traders were pleased.\n\nThe fair's 13th edition drew 6,000 visitors over two days.",
    "The fair was launched in 2012 and has been held annually since. Its 15th edition opened on Saturday.",
    "Organisers say this tenth edition is the biggest. The fair began in 2012 and has run every year since.",
])
def test_an_edition_the_years_do_not_make_is_found(text):
    assert _editions(text) == ["warning"]


@pytest.mark.parametrize("text", [
    _DATED + "This 12th edition drew 6,000 visitors over two days.",
    "The fair was launched in 2012 and has been held annually since. Its 14th edition opened on Saturday.",
    _DATED + "The 2019 fair, its sixth edition, was the wettest.",  # another year's edition
    "The fair was launched in 2012 and held every year since, bar the pandemic years. This 11th edition opened.",
    "The fair was launched in 2012. This 11th edition opened on Saturday.",  # not said to be yearly
    _DATED + "The Harn Boat Show was launched in 2001 and held every year since. Its ninth edition opened.",
])
def test_an_edition_the_years_allow_or_cannot_settle_is_silent(text):
    assert _editions(text) == []

"""number.digit-slip when the reference counts the same things under another noun.

Pattern: a survey or an index is sized once ("The poll covered 2,480 companies in 31 countries") and a
later paragraph refers back to that size under a near synonym, with two digits swapped: "Of the 2,840
firms surveyed, a third …". The reference was only compared with figures counted in its own noun, so
"firms" never met "companies". Counted nouns that name one set of things (verify/data/restatement.toml,
``same_things``) now share a bucket, and a pair of them is not weak for its nouns alone.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

_SIZE = "The Halden Trade Barometer covered 2,480 companies in 31 countries this spring, its organisers said. "
_FOUND = [("warning", "2,840")]


def _slips(text: str) -> list[tuple[str, str]]:
    """The digit slips of ``text`` that are not info, each as its severity and the reference's number."""
    return [(f.severity, f.claims[0].text.split()[0]) for f in findings_of("number.digit-slip", text, "2025-09-03")
            if f.severity != "info"]


@pytest.mark.parametrize("later, expected", [
    ("Of the 2,840 firms surveyed, a third expect to hire.", _FOUND),
    ("Nearly half of the 2,840 businesses polled said costs had risen.", _FOUND),
    ("Exports were flat.\n\nOf the 2,840 employers polled, most plan to hold prices.", _FOUND),
    ("Of the 2,480 firms surveyed, a third expect to hire.", []),  # the same figure
    ("Of the 2,840 workers surveyed, a third expect a pay rise.", []),  # other things counted
    ("The 2,840 new firms registered this year were not surveyed.", []),  # new information
])
def test_a_reference_under_another_noun_for_the_same_things(later, expected):
    assert _slips(_SIZE + later) == expected


def test_universities_restate_institutions():
    assert _slips("The league table ranked 1,530 institutions in 88 countries. "
                  "Of the 1,350 universities ranked, 40 were new entrants.") == [("warning", "1,350")]

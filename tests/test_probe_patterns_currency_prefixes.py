"""Currency prefixes are no names, and a change's "to … from …" levels are its own.

Pattern: a New Zealand, Canadian or Hong Kong results story writes its amounts with a prefixed dollar
("NZ$118.6 million", "C$212m", "HK$2bn"). The prefix was read as a name ("NZ"), which became the owner of
every figure of the sentence and, after "to" and "from", a part the figure was confined to ("to:nz"). And
when the sentence names its metric far before the change ("Net profit after tax for the year to June 30
rose 7.4% to NZ$118.6 million from NZ$106.3 million"), the two levels had no metric of their own and
were left out of the change.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of
from verify.document import Document
from verify.extract import extract_claims

WHEN = "2024-08-22"


@pytest.mark.parametrize("prefix, currency", [("NZ$", "NZD"), ("C$", "CAD"), ("HK$", "HKD"), ("A$", "AUD")])
def test_a_currency_prefix_names_no_one(prefix, currency):
    text = f"Port Awanui said revenue rose to {prefix}402.5 million from {prefix}383.4 million."
    doc = Document.from_plain("invented.txt", text)
    assert {e.name for e in doc.references.entities} == {"Port Awanui"}
    money = [c for c in extract_claims(doc, None) if c.type == "money"]
    assert [c.value["currency"] for c in money] == [currency, currency]
    assert all(not any(q.startswith(("to:", "from:")) for q in c.frame.qualifiers) for c in money)


@pytest.mark.parametrize("prefix", ["NZ$", "C$", "US$", "£"])
def test_a_change_named_far_before_its_levels_is_checked(prefix):
    text = (f"Net profit after tax for the year to June 30 rose 7.4% to {prefix}118.6 million from "
            f"{prefix}106.3 million, the port company said.")
    found = findings_of("arithmetic.change", text, WHEN)
    assert [(f.severity, f.claims[0].text) for f in found] == [("error", "7.4%")]


def test_a_change_that_fits_its_far_named_levels_is_silent():
    text = "Net profit after tax for the year to June 30 rose 11.6% to NZ$118.6 million from NZ$106.3 million."
    assert findings_of("arithmetic.change", text, WHEN) == []

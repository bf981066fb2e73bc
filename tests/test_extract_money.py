"""Money amounts: symbols, codes, words, scales, ranges, hedges; and what is not money."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from verify.extract import money
from verify.extract.anchors import anchored_finditer
from verify.extract.money import find_money
from verify.extract.numbers import words_of


@pytest.mark.parametrize(("text", "surface", "amount", "currency"), [
    ("a $290 million round", "$290 million", 290_000_000, "USD"),
    ("US$5bn in bonds", "US$5bn", 5_000_000_000, "USD"),
    ("HK$3.5 billion deal", "HK$3.5 billion", 3_500_000_000, "HKD"),
    ("C$40 million", "C$40 million", 40_000_000, "CAD"),
    ("A$1.2m grant", "A$1.2m", 1_200_000, "AUD"),
    ("€4.8bn revenue", "€4.8bn", 4_800_000_000, "EUR"),
    ("£3.2 bn fund", "£3.2 bn", 3_200_000_000, "GBP"),
    ("USD 5m loan", "USD 5m", 5_000_000, "USD"),
    ("5m USD loan", "5m USD", 5_000_000, "USD"),
    ("CNY 300 million", "CNY 300 million", 300_000_000, "CNY"),
    ("RMB 2 billion", "RMB 2 billion", 2_000_000_000, "CNY"),
    ("2 billion yuan", "2 billion yuan", 2_000_000_000, "CNY"),
    ("two billion yuan", "two billion yuan", 2_000_000_000, "CNY"),
    ("600 million renminbi", "600 million renminbi", 600_000_000, "CNY"),
    ("10 billion yen", "10 billion yen", 10_000_000_000, "JPY"),
    ("5 million euros", "5 million euros", 5_000_000, "EUR"),
    ("3 million pounds", "3 million pounds", 3_000_000, "GBP"),
    ("40 million Swiss francs", "40 million Swiss francs", 40_000_000, "CHF"),
    ("Rs. 500 crore", "Rs. 500 crore", 5_000_000_000, "INR"),
    ("1,000 rupees", "1,000 rupees", 1000, "INR"),
    ("a billion dollars", "a billion dollars", 1_000_000_000, "USD"),
    ("$1,200 million", "$1,200 million", 1_200_000_000, "USD"),
    ("$3k bonus", "$3k", 3000, "USD"),
    ("50 cents", "50 cents", 0.5, "USD"),
    ("₹250", "₹250", 250, "INR"),
    ("losses of 30 MUSD", "30 MUSD", 30_000_000, "USD"),
    ("revenues of MAUD 60", "MAUD 60", 60_000_000, "AUD"),
    ("usd 15 fee", "usd 15", 15, "USD"),
    ("30 € entry", "30 €", 30, "EUR"),
])
def test_amounts(text, surface, amount, currency):
    (claim,) = find_money(text)
    assert text[claim.start:claim.end] == surface
    assert claim.value["amount"] == amount and claim.value["currency"] == currency


@pytest.mark.parametrize(("text", "hedge", "bound"), [
    ("nearly $40 million", "nearly", "max"),
    ("almost €2bn", "almost", "max"),
    ("more than $5m", "more than", "min"),
    ("about $300 million", "about", None),
    ("roughly £1bn", "roughly", None),
    ("c. $40 million", "c.", None),
    ("approx. €2bn", "approx.", None),
    ("(nearly $5m", "nearly", "max"),
])
def test_hedges_are_kept_in_the_span_and_marked_approximate(text, hedge, bound):
    (claim,) = find_money(text)
    assert (claim.start, claim.end) == (len(text) - len(text.lstrip("(")), len(text))
    assert claim.value["approx"] is True and claim.value["hedge"] == hedge
    assert claim.value.get("bound") == bound


def test_a_range_keeps_both_ends():
    (claim,) = find_money("a $5-10 million deal")
    assert claim.value == {"amount": 5_000_000, "currency": "USD", "max": 10_000_000, "range": True}


@pytest.mark.parametrize("text", [
    "He weighs 200 pounds.", "The team 5 won games.", "In 2025 the euro fell.", "It rose 5%.",
    "They built 3D models.", "A 5m wall.",
])
def test_not_money(text):
    assert find_money(text) == []


def test_yen_symbol_reads_as_yuan_in_a_chinese_context():
    (claim,) = find_money("¥2 billion", yen_is_yuan=True)
    assert claim.value["currency"] == "CNY"


_CURRENCIES = ["$", "US$", "U.S.$", "hk $", "CAD $", "usd$", "USD", "MUSD", "Rs.", "Rs", "€", "元", "AUS", "yuan", "x"]
_MONEY_PIECES = st.tuples(
    st.sampled_from(["", " ", "a ", "(", "-", "x"]), st.sampled_from(_CURRENCIES), st.sampled_from(["", " ", "  "]),
    st.sampled_from(["5", "1,200", "3.5", "two", "half", "a", ""]), st.sampled_from(["", " million", "bn", "m", "-7"]),
).map("".join)


@given(st.lists(_MONEY_PIECES, max_size=6).map("".join))
def test_anchored_prefix_scan_finds_what_a_full_scan_finds(text):
    """Trying the prefix pattern only near symbols and digits loses no match and adds none."""
    for pattern in (money._PREFIX.full, money._PREFIX.digits):
        anchored = anchored_finditer(pattern, text, money._prefix_anchors(text))
        assert [m.span() for m in anchored] == [m.span() for m in pattern.finditer(text)]


@given(st.lists(_MONEY_PIECES, max_size=6).map(" ".join))
def test_the_digits_only_twin_finds_what_the_full_pattern_finds(text):
    """For a text without number or amount words, the digits-only suffix pattern gives the same matches."""
    words = words_of(text)
    if money._SUFFIX.needs.isdisjoint(words):
        assert [m.span() for m in money._SUFFIX.digits.finditer(text)] == \
            [m.span() for m in money._SUFFIX.full.finditer(text)]


_SUFFIX_PIECES = st.tuples(
    st.sampled_from(["", " ", "a ", "(", "x", "or "]), st.sampled_from(["5", "1,200", "3.5", "two", "half a", "a"]),
    st.sampled_from(["", " million", "bn", "m", " to 7", "-7"]), st.sampled_from([" ", "", "-"]),
    st.sampled_from(["euros", "yuan", "pounds", "cents", "p", "USD", "usd", "MEUR", "€", "kroner", "x", "Euros"]),
).map("".join)


@given(st.lists(_SUFFIX_PIECES, max_size=6).map(" ".join))
def test_anchored_suffix_scan_finds_what_a_full_scan_finds(text):
    """Trying the currency-after pattern only before currency words loses no match and adds none."""
    words = words_of(text)
    for pattern in (money._SUFFIX.full, money._SUFFIX.digits):
        anchored = anchored_finditer(pattern, text, money._suffix_anchors(text, words))
        assert [m.span() for m in anchored] == [m.span() for m in pattern.finditer(text)]
    # and tried only where an amount may start, as find_money does
    assert [m.span() for m in money._suffix_matches(text, words)] == \
        [m.span() for m in money._SUFFIX.choose(words).finditer(text)]


@pytest.mark.parametrize(("text", "amounts"), [
    ("It costs 3m euros (£2.1m; $3.4m).", [(3_000_000, "EUR"), (2_100_000, "GBP"), (3_400_000, "USD")]),
    ("Profit was €2.25 a share and the dividend 45p.", [(2.25, "EUR"), (0.45, "GBP")]),
    ("Customers in the euro zone pay 1,899 euros and in Britain 1,649 pounds.", [(1899, "EUR"), (1649, "GBP")]),
    ("It sold for 240 kroner.", [(240, "DKK")]),
    ("The Oslo utility paid 5 billion kroner.", [(5_000_000_000, "NOK")]),
    ("a grant of about 136 billion rupiah", [(136_000_000_000, "IDR")]),
    ("The support price is Rs 5,825, up from Rs 5,550.", [(5825, "INR"), (5550, "INR")]),
])
def test_restatements_sub_units_and_currency_names(text, amounts):
    assert [(c.value["amount"], c.value["currency"]) for c in find_money(text)] == amounts


@pytest.mark.parametrize("text", [
    "a $4.5bn trillion deal", "4.5 billion trillion dollars", "It weighs 200 pounds.",
    "Zinc output was 2,150 tonnes (about 4.7 million pounds).", "He lost 12 pounds in a month.",
])
def test_doubled_scales_and_weights_are_not_money(text):
    assert find_money(text) == []


def test_rupees_written_rs_trigger_the_money_extractor():
    from datetime import date

    from verify.document import Document
    from verify.extract import extract_claims

    claims = extract_claims(Document.from_plain("x.txt", "The support price is Rs 5,825."), date(2020, 10, 10))
    assert [(c.type, c.value.get("currency")) for c in claims] == [("money", "INR")]

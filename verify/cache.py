"""A content-addressed cache of article reports in ``.verify_cache/``.

The key hashes everything that can change a report: the article's bytes and name,
the publication date option, the config file and every rule file in force, the rule
selection options, and verify's own source code (so a new version or a local edit
never serves stale results). Content hashing only, no timestamps: safe in CI.

Entries are plain JSON, never pickles: a cache folder committed by someone else
could otherwise run code when read. An unreadable or malformed entry is a miss.
Entries are written atomically.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from verify.claims import Claim
from verify.document import Document
from verify.report import ArticleReport, Finding

CACHE_DIR = ".verify_cache"
_CLAIM_FIELDS = ("type", "start", "end", "value", "subject", "id", "text", "source_start", "source_end",
                 "status", "entity", "head")


@cache
def _code_fingerprint() -> str:
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".toml", ".json") and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_key(article: Path, options: tuple[Any, ...], setting_files: list[Path]) -> str:
    digest = hashlib.sha256(_code_fingerprint().encode())
    digest.update(str(article).encode() + b"\0" + article.read_bytes())
    digest.update(repr(options).encode())
    for path in setting_files:
        digest.update(str(path).encode() + b"\0")
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _claim_data(claim: Claim) -> dict[str, Any]:
    data = asdict(claim)
    return {name: data[name] for name in _CLAIM_FIELDS}


def dump(report: ArticleReport) -> dict[str, Any]:
    """A report as plain data (the document itself is not stored: it is read again)."""
    return {
        "published": report.published.isoformat() if report.published else None,
        "published_from": report.published_from,
        "claims": [_claim_data(c) for c in report.claims],
        "findings": [{"rule": f.rule, "category": f.category, "severity": f.severity, "message": f.message,
                      "claims": [c.id if c.id else _claim_data(c) for c in f.claims], "evidence": f.evidence,
                      "span": list(f.span) if f.span else None, "link": f.link} for f in report.findings],
    }


def restore(data: dict[str, Any], document: Document) -> ArticleReport:
    claims = [Claim(**{name: item[name] for name in _CLAIM_FIELDS}) for item in data["claims"]]
    by_id = {c.id: c for c in claims}
    findings = []
    for item in data["findings"]:
        sides = [by_id[ref] if isinstance(ref, str) else Claim(**ref) for ref in item["claims"]]
        findings.append(Finding(item["rule"], item["category"], item["severity"], item["message"], sides,
                                item["evidence"], tuple(item["span"]) if item["span"] else None, item["link"]))
    published = date.fromisoformat(data["published"]) if data["published"] else None
    return ArticleReport(document, published, data["published_from"], claims, findings)


def load(key: str, document: Document, folder: str = CACHE_DIR) -> ArticleReport | None:
    try:
        with open(os.path.join(folder, key[:2], key + ".json"), encoding="utf-8") as handle:
            return restore(json.load(handle), document)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def store(key: str, report: ArticleReport, folder: str = CACHE_DIR) -> None:
    directory = os.path.join(folder, key[:2])
    try:
        os.makedirs(directory, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=directory, prefix=".tmp-")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(dump(report), handle, ensure_ascii=False)
        os.replace(temporary, os.path.join(directory, key + ".json"))
    except OSError:
        return  # a read-only or full disk only costs the speed-up

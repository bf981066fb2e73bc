"""A cache of article reports in ``.verify_cache/`` at the project root, that trusts nothing it reads.

Where: the folder of the config in force (found by config discovery, or named by
``--config``), else the current folder. The cache folder carries a ``.gitignore`` of ``*``
and a ``CACHEDIR.TAG``, as ruff's and pytest's do, so it is not committed by accident.

Key: SHA-256 of what can change a report and nothing else: verify's own code, the version
of the rate data, the article's text and format (the parser its extension chooses, not its
path), the ``--date`` option, and the settings in force for the article (every rule's
definition, whether it is selected and at what severity). Two copies of one article under
the same settings share an entry; a moved file still hits.

Trust: a cache folder can come from anyone (a pull request that adds ``.verify_cache/``),
and the key is computed from public inputs, so anyone can write an entry for it. Every
entry therefore carries an HMAC-SHA256 under a secret that belongs to the user and lives
outside the workspace (``$XDG_CACHE_HOME/verify/cache-secret``, mode 0600, made on first
use); an entry whose MAC does not verify is a miss. An authenticated entry is still
checked before use: the report must conform to the JSON contract, every claim must quote
the article exactly where it says, and every finding must name a rule in force (a bad
entry is a miss). Entries are JSON, never pickles.

Reads are bounded and regular files only (a FIFO planted as an entry is a miss, not a hang);
a cache folder that is a symlink is not used. Writes go through a temporary file renamed into
place; on any error (a full disk, a read-only folder) the temporary file is removed and the
run goes on uncached.
"""

from __future__ import annotations

import copy
import hashlib
import hmac
import json
import os
import secrets
import tempfile
from contextlib import suppress
from dataclasses import replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from verify.claims import Claim
from verify.document import Document
from verify.report import ArticleReport, Finding, report_dict

CACHE_DIR = ".verify_cache"
FORMAT_VERSION = b"verify-cache 2"
ENTRY_MAX_BYTES = 256 * 1024 * 1024  # more than a report of the largest article allowed
_CLAIM_FIELDS = ("type", "start", "end", "value", "subject", "id", "text", "source_start", "source_end",
                 "status", "entity", "head", "extra")  # extra: what the extractors said (a restored report's
# suggestions rebuild its frames, which must be the frames of the first run)
_GITIGNORE = "# Automatically created by verify.\n*\n"
_CACHEDIR_TAG = ("Signature: 8a477f597d28d172789f06886806bc55\n"
                 "# This file is a cache directory tag created by verify.\n")


def user_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/verify``, else ``~/.cache/verify``."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "verify"


def _read_secret(path: Path) -> bytes | None:
    try:
        status = path.stat()
        if hasattr(os, "getuid") and (status.st_uid != os.getuid() or status.st_mode & 0o077):
            return None  # another user could read or change it: not a secret
        data = path.read_bytes()
    except OSError:
        return None
    return data if len(data) >= 32 else None


@cache
def user_secret() -> bytes | None:
    """The per-user HMAC secret, made on first use; None when it cannot be kept (no cache then)."""
    path = user_cache_dir() / "cache-secret"
    found = _read_secret(path)
    if found is not None:
        return found
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".secret-")  # mode 0600
        with os.fdopen(fd, "wb") as handle:
            handle.write(secrets.token_bytes(32))
        with suppress(FileExistsError):  # link, not rename: a secret another process made first wins
            os.link(temporary, path)
    except OSError:
        return None
    finally:
        if temporary:
            with suppress(OSError):
                os.unlink(temporary)
    return _read_secret(path)


_CODE_AND_DATA = (".py", ".toml", ".json", ".txt")  # the gazetteer (places.txt, countries.txt) decides reports too


@cache
def _code_fingerprint() -> str:
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*")):
        if path.suffix in _CODE_AND_DATA and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def effective_settings(ruleset: Any, article: str) -> list[tuple[str, bool, str]]:
    """What the settings mean for one article: each rule's definition, selected or not, and severity.

    Per-file settings are resolved here, so the key depends on their effect, not on the path.
    """
    config = ruleset.config
    return [(repr(replace(rule, path="")), config.selects(rule_id, article),
             config.severity_of(rule_id, rule.severity, article))
            for rule_id, rule in sorted(ruleset.rules.items())]


def cache_key(document: Document, published_option: date | None, settings: list[tuple[str, bool, str]]) -> str:
    """The entry name for a report: content and settings only (no path, no clock)."""
    from verify.rates import data_version

    digest = hashlib.sha256(_code_fingerprint().encode())
    digest.update(f"\0{data_version()}\0{document.format}\0{published_option}\0".encode())
    digest.update(document.source.encode("utf-8", "surrogatepass"))
    digest.update(repr(settings).encode())
    return digest.hexdigest()


def _claim_data(claim: Claim) -> dict[str, Any]:
    # Field by field, not dataclasses.asdict: a claim's frame points back at the claim.
    return {name: copy.deepcopy(getattr(claim, name)) for name in _CLAIM_FIELDS}


def dump(report: ArticleReport) -> dict[str, Any]:
    """A report as plain data (the document itself is not stored: it is read again)."""
    return {
        "published": report.published.isoformat() if report.published else None,
        "published_from": report.published_from,
        "claims": [_claim_data(c) for c in report.claims],
        "findings": [{"rule": f.rule, "category": f.category, "severity": f.severity, "message": f.message,
                      "claims": [c.id if c.id else _claim_data(c) for c in f.claims], "evidence": f.evidence,
                      "span": list(f.span) if f.span else None, "link": f.link, "links": list(f.links)}
                     for f in report.findings],
    }


def restore(data: dict[str, Any], document: Document) -> ArticleReport:
    claims = [Claim(**{name: item[name] for name in _CLAIM_FIELDS}) for item in data["claims"]]
    by_id = {c.id: c for c in claims}
    findings = []
    for item in data["findings"]:
        sides = [by_id[ref] if isinstance(ref, str) else Claim(**{n: ref[n] for n in _CLAIM_FIELDS})
                 for ref in item["claims"]]
        findings.append(Finding(item["rule"], item["category"], item["severity"], item["message"], sides,
                                item["evidence"], tuple(item["span"]) if item["span"] else None, item["link"],
                                links=item.get("links", [])))
    published = date.fromisoformat(data["published"]) if data["published"] else None
    return ArticleReport(document, published, data["published_from"], claims, findings)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _claim_fits(claim: Claim, document: Document) -> bool:
    """A cached claim quotes the article exactly where it says, and its other fields have their types."""
    offsets = (claim.start, claim.end, claim.source_start, claim.source_end)
    return (all(map(_is_int, offsets)) and 0 <= claim.start <= claim.end <= len(document.text)
            and 0 <= claim.source_start <= claim.source_end <= len(document.source)
            and isinstance(claim.text, str) and document.source[claim.source_start:claim.source_end] == claim.text
            and all(isinstance(v, str | None) for v in (claim.entity, claim.head)) and isinstance(claim.extra, dict))


def trustworthy(report: ArticleReport, rules: set[str]) -> bool:
    """Whether a restored report can be shown: contract, article and rules all agree with it."""
    from verify.contract import conforms
    from verify.engine import UNUSED_SUPPRESSION

    document = report.document
    if report.published_from not in ("option", "document", "none"):
        return False
    sides = [c for f in report.findings for c in f.claims]
    if not all(_claim_fits(c, document) for c in [*report.claims, *sides]):
        return False
    for finding in report.findings:
        span_ok = finding.span is None or (len(finding.span) == 2 and all(map(_is_int, finding.span))
                                           and 0 <= finding.span[0] <= finding.span[1] <= len(document.source))
        links_ok = isinstance(finding.links, list) and all(isinstance(link, str) for link in finding.links)
        if not (span_ok and links_ok and isinstance(finding.link, str) and (finding.rule in rules or
                                                              finding.rule == UNUSED_SUPPRESSION)):
            return False
    return conforms(report_dict(report), "report")


def _mac(secret: bytes, key: str, payload: bytes) -> str:
    return hmac.new(secret, key.encode() + b"\n" + payload, hashlib.sha256).hexdigest()


def load(key: str, document: Document, root: Path, rules: set[str]) -> ArticleReport | None:
    """The cached report, or None: missing, forged, malformed or not about this article."""
    secret = user_secret()
    if secret is None:
        return None
    from verify.errors import InputError
    from verify.files import read_regular

    if not _own_folders(root, key):
        return None
    try:  # a FIFO or a huge file planted in the cache is a miss, never a hang
        blob = read_regular(root / CACHE_DIR / key[:2] / f"{key}.json", ENTRY_MAX_BYTES)
    except InputError:
        return None
    header, _, payload = blob.partition(b"\n")
    version, _, mac = header.rpartition(b" ")
    if version != FORMAT_VERSION or not hmac.compare_digest(mac, _mac(secret, key, payload).encode()):
        return None
    try:
        report = restore(json.loads(payload), document)
        return report if trustworthy(report, rules) else None
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None


def _own_folders(root: Path, key: str) -> bool:
    """The cache folder and the entry's subfolder are real folders, not symlinks planted to send
    the cache's writes (or reads) somewhere else."""
    return not any(path.is_symlink() for path in (root / CACHE_DIR, root / CACHE_DIR / key[:2]))


def _prepare(folder: Path) -> None:
    """Make the cache folder with its .gitignore and CACHEDIR.TAG (once)."""
    folder.mkdir(exist_ok=True)
    for name, text in ((".gitignore", _GITIGNORE), ("CACHEDIR.TAG", _CACHEDIR_TAG)):
        marker = folder / name
        if not marker.exists():
            marker.write_text(text, encoding="utf-8")


def store(key: str, report: ArticleReport, root: Path) -> None:
    """Write an authenticated entry; any failure only costs the speed-up and leaves no temporary file."""
    secret = user_secret()
    if secret is None:
        return
    payload = json.dumps(dump(report), ensure_ascii=False).encode("utf-8", "surrogatepass")
    blob = FORMAT_VERSION + b" " + _mac(secret, key, payload).encode() + b"\n" + payload
    temporary = None
    if not _own_folders(root, key):
        return
    try:
        folder = root / CACHE_DIR
        _prepare(folder)
        (folder / key[:2]).mkdir(exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=folder / key[:2], prefix=".tmp-")
        with os.fdopen(fd, "wb") as handle:
            handle.write(blob)
        os.replace(temporary, folder / key[:2] / f"{key}.json")
        temporary = None
    except OSError:
        pass  # a read-only or full disk only costs the speed-up
    finally:
        if temporary:
            with suppress(OSError):
                os.unlink(temporary)

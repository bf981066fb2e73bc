"""The contract JSON of ``verify check`` and ``verify extract`` (see ``verify/schema``).

>>> import json
>>> json.loads(render_check([], "0.3.0"))["reports"]
[]
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from verify.report import ArticleReport, Unreadable, claim_dict, report_dict

SCHEMA_VERSION = "1"


def render_check(reports: list[ArticleReport], version: str, failures: Sequence[Unreadable] = ()) -> str:
    """The contract document; ``errors`` lists the articles of the batch that could not be read."""
    document = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "verify", "version": version},
        "reports": [report_dict(r) for r in reports],
        "errors": [failure.as_dict() for failure in failures],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def render_extract(report: ArticleReport) -> str:
    document = {
        "schema_version": SCHEMA_VERSION,
        "published": report.published.isoformat() if report.published else None,
        "claims": [claim_dict(report.document, c) for c in report.claims],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"

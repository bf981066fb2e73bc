"""schema.org ClaimReview JSON-LD for every claim the evidence store supported or contradicted.

Each review names the claim (``claimReviewed``), where it appeared (the article, as
``itemReviewed.appearance``), the source that settles it (``itemReviewed.firstAppearance``
and ``isBasedOn``), and a rating: 5 "Supported" or 1 "Contradicted". Claims without a
verdict (``unverified``, ``unchecked``) are left out.
"""

from __future__ import annotations

import json
from typing import Any

from verify.report import ArticleReport

_RATINGS = {"supported": (5, "Supported"), "contradicted": (1, "Contradicted")}


def render(reports: list[ArticleReport], version: str) -> str:
    reviews: list[dict[str, Any]] = []
    for report in reports:
        evidence_by_claim: dict[str, list[dict[str, Any]]] = {}
        for finding in report.findings:
            for claim in finding.claims:
                evidence_by_claim.setdefault(claim.id, []).extend(finding.evidence)
        for claim in report.claims:
            if claim.status not in _RATINGS:
                continue
            value, label = _RATINGS[claim.status]
            sources = evidence_by_claim.get(claim.id, [])
            item: dict[str, Any] = {"@type": "Claim",
                                    "appearance": {"@type": "CreativeWork", "url": report.document.name}}
            if sources:
                item["firstAppearance"] = {"@type": "CreativeWork", "url": str(sources[0].get("source", ""))}
            review: dict[str, Any] = {
                "@context": "https://schema.org", "@type": "ClaimReview",
                "claimReviewed": " ".join(claim.text.split()),
                "itemReviewed": item,
                "author": {"@type": "Organization", "name": f"verify {version}"},
                "reviewRating": {"@type": "Rating", "ratingValue": value, "bestRating": 5, "worstRating": 1,
                                 "alternateName": label},
            }
            if report.published:
                review["datePublished"] = report.published.isoformat()
            if sources:
                review["isBasedOn"] = [{"@type": "CreativeWork", "url": str(s.get("source", "")),
                                        "text": str(s.get("excerpt", ""))} for s in sources]
            reviews.append(review)
    return json.dumps(reviews, ensure_ascii=False, indent=2) + "\n"

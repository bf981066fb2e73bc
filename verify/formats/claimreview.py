"""schema.org ClaimReview JSON-LD for every claim the evidence store supported or contradicted.

What a publisher posts with the article (Google's fact-check markup reads the same fields):

- ``claimReviewed``: the sentence that makes the claim, as the article prints it;
- ``url``: the article's public address (``--url``, else front matter ``url`` / ``permalink``,
  the page's canonical link or ``og:url``; a file name is never passed off as one);
- ``author``: the newsroom, from the config's ``[claimreview]`` table (``author``, ``author_url``);
- ``itemReviewed``: the ``Claim``, with the evidence sources it was checked against as its
  ``appearance`` (the article itself when the store gave none), and the figure as written;
- ``reviewRating``: 5 "Supported" or 1 "Contradicted", with ``alternateName``;
- ``datePublished`` (the article's) and ``isBasedOn`` (the sources with their excerpts).

Claims without a verdict (``unverified``, ``unchecked``) are left out. What a publisher would
still have to add (no address, no author) is returned as problems for stderr, once each.
"""

from __future__ import annotations

import json
from typing import Any

from verify.claims import Claim
from verify.inputs import is_url
from verify.report import ArticleReport

_RATINGS = {"supported": (5, "Supported"), "contradicted": (1, "Contradicted")}


def _sentence(report: ArticleReport, claim: Claim) -> str:
    start, end = claim.sentence
    text = report.document.text[start:end] if end > start else claim.text
    return " ".join(text.split())


def _article_url(report: ArticleReport, url: str | None) -> str | None:
    name = report.document.name
    return url or report.document.url or (name if is_url(name) else None)


def _author(publisher: dict[str, str]) -> dict[str, Any] | None:
    if not publisher.get("author"):
        return None
    author: dict[str, Any] = {"@type": "Organization", "name": publisher["author"]}
    if publisher.get("author_url"):
        author["url"] = publisher["author_url"]
    return author


def _review(report: ArticleReport, claim: Claim, sources: list[dict[str, Any]], url: str | None,
            author: dict[str, Any] | None) -> dict[str, Any]:
    value, label = _RATINGS[claim.status]
    appearances = [{"@type": "CreativeWork", "url": str(s.get("source", "")), "text": str(s.get("excerpt", ""))}
                   for s in sources if s.get("source")]
    if not appearances and url:
        appearances = [{"@type": "CreativeWork", "url": url}]
    item: dict[str, Any] = {"@type": "Claim", "text": " ".join(claim.text.split())}
    if appearances:
        item["appearance"] = appearances
    review: dict[str, Any] = {
        "@context": "https://schema.org", "@type": "ClaimReview",
        "claimReviewed": _sentence(report, claim),
        "itemReviewed": item,
        "reviewRating": {"@type": "Rating", "ratingValue": value, "bestRating": 5, "worstRating": 1,
                         "alternateName": label},
    }
    if url:
        review["url"] = url
    if author:
        review["author"] = author
    if report.published:
        review["datePublished"] = report.published.isoformat()
    if sources:
        review["isBasedOn"] = appearances
    return review


def render(reports: list[ArticleReport], publisher: dict[str, str] | None = None,
           url: str | None = None) -> tuple[str, list[str]]:
    """The reviews as JSON-LD text, and what keeps them from being ready to post."""
    author = _author(publisher or {})
    reviews: list[dict[str, Any]] = []
    problems: list[str] = []
    for report in reports:
        evidence_by_claim: dict[str, list[dict[str, Any]]] = {}
        for finding in report.findings:
            for claim in finding.claims:
                evidence_by_claim.setdefault(claim.id, []).extend(finding.evidence)
        article_url = _article_url(report, url)
        rated = [c for c in report.claims if c.status in _RATINGS]
        if rated and not article_url:
            problems.append(f"{report.document.name}: no public address for ClaimReview 'url'; "
                            "give --url or a front matter url")
        reviews.extend(_review(report, claim, evidence_by_claim.get(claim.id, []), article_url, author)
                       for claim in rated)
    if reviews and author is None:
        problems.append("no ClaimReview author: set [claimreview] author = \"Newsroom\" in verify.toml")
    return json.dumps(reviews, ensure_ascii=False, indent=2) + "\n", problems

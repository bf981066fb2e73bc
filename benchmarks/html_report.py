"""How the HTML report's time grows with the claims of an article (it should grow linearly).

Builds articles of N sentences with a figure each ("Item 7 cost $7m."), extracts their claims
once, and times only the HTML rendering, best of three.

    python benchmarks/html_report.py [--sizes 1000 10000 100000]
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from verify.document import Document
from verify.extract import extract_claims
from verify.formats.html_report import render
from verify.report import ArticleReport


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    args = parser.parse_args()
    for size in args.sizes:
        doc = Document.from_plain("many.txt", " ".join(f"Item {i} cost ${i}m." for i in range(size)))
        report = ArticleReport(doc, date(2026, 4, 10), "option", extract_claims(doc, date(2026, 4, 10)))
        best = min(_timed(report) for _ in range(3))
        print(f"{len(report.claims):>8,} claims  {best:7.3f} s  {best / len(report.claims) * 1e6:6.1f} µs per claim")


def _timed(report: ArticleReport) -> float:
    start = time.perf_counter()
    render([report], "bench")
    return time.perf_counter() - start


if __name__ == "__main__":
    main()

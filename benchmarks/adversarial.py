"""Hostile inputs finish in time linear in their size.

    python benchmarks/adversarial.py

Part 1 runs the inputs of the hardening issue through the whole check (load,
extract, rules): 1 MB of digits, 100,000 currency symbols, 100,000 quote marks,
10,000 nested HTML tags, a single 5 MB line, a suppression comment with 1 MB of
blanks. Part 2 times a realistic news text at 0.1, 1 and 10 MB and prints seconds
per MB, which should stay flat.
"""

from __future__ import annotations

import time
from datetime import date

from verify.engine import RuleSet, run_rules
from verify.extract import extract_claims
from verify.loaders import parse

RULES = RuleSet.default()
SENTENCE = ('Acme raised $5 million in March 2025, or about €4.6 million, ranking third; "We will grow fast," '
            "said Jane Roe, 45, chief executive. Revenue rose 12% to $1.2bn from $1.07bn last year. ")


def check(source: str, fmt: str = "text") -> float:
    start = time.perf_counter()
    doc = parse("input", source, fmt)
    claims = extract_claims(doc, date(2026, 4, 10))
    run_rules(doc, claims, date(2026, 4, 10), RULES)
    return time.perf_counter() - start


def main() -> None:
    cases = {
        "1 MB of digits": ("7" * 1_000_000, "text"),
        "100,000 currency symbols": ("$" * 100_000, "text"),
        "100,000 quote marks": ('"' * 100_000, "text"),
        "10,000 nested HTML tags": ("<div>" * 10_000 + "It cost $5m." + "</div>" * 10_000, "html"),
        "a single 5 MB line": ((SENTENCE * (5_000_000 // len(SENTENCE) + 1))[:5_000_000], "text"),
        "1 MB of blanks in a suppression": ("<!-- verify-ignore number" + " " * 1_000_000 + "date -->\nIt cost $5m.\n",
                                            "markdown"),
        "the same in plain text": ("# verify-ignore number" + " " * 1_000_000 + "date\nIt cost $5m.\n", "text"),
    }
    print("hostile inputs (whole check):")
    for name, (source, fmt) in cases.items():
        print(f"  {name:<26} {len(source) / 1e6:5.2f} MB  {check(source, fmt):6.2f} s")
    print("news text, seconds per MB (should stay flat):")
    paragraph = SENTENCE * 4 + "\n\n"
    for megabytes in (0.1, 1.0, 10.0):
        size = int(megabytes * 1_000_000)
        source = (paragraph * (size // len(paragraph) + 1))[:size]
        seconds = check(source)
        print(f"  {megabytes:5.1f} MB  {seconds:7.2f} s  {seconds / megabytes:6.2f} s/MB")


if __name__ == "__main__":
    main()

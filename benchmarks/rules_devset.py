"""The consistency rules on a development set of realistic articles (benchmarks/devset/).

``planted-*.md`` articles carry planted contradictions, each marked on its line
with ``<!-- expect: RULE -->``; ``clean-*.md`` articles are dense with tricky
but consistent figures (other notations, approximate restatements, two rounds
of funding, correct conversions, shares that sum to 100 %) and expect nothing.
All people and companies are fictional; exchange rates are the ECB's.

    python benchmarks/rules_devset.py [--verbose]

Prints the three figures of the rules issue: recall of planted contradictions,
the share of findings that are correct, and false alarms across clean articles.
A finding is correct when its rule and line match an expectation.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from verify.engine import RuleSet, run_rules
from verify.extract import extract_claims
from verify.loaders import load_path

DEVSET = Path(__file__).resolve().parent / "devset"
_EXPECT = re.compile(r"<!--\s*expect:\s*([\w.-]+)\s*-->")


def expectations(path: Path) -> set[tuple[str, int]]:
    return {(m.group(1), number) for number, line in enumerate(path.read_text().splitlines(), start=1)
            for m in _EXPECT.finditer(line)}


def findings(path: Path, ruleset: RuleSet) -> set[tuple[str, int]]:
    doc = load_path(str(path))
    claims = extract_claims(doc, doc.published)
    return {(f.rule, doc.index.line_column(f.source_span[0])[0])
            for f in run_rules(doc, claims, doc.published, ruleset)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list misses and false alarms")
    args = parser.parse_args()
    ruleset = RuleSet.default()
    planted = found = flagged = correct = clean_alarms = 0
    categories: dict[str, list[int]] = {}
    for path in sorted(DEVSET.glob("*.md")):
        expected, got = expectations(path), findings(path, ruleset)
        planted += len(expected)
        found += len(expected & got)
        flagged += len(got)
        correct += len(got & expected)
        if path.name.startswith("clean-"):
            clean_alarms += len(got)
        for rule, _ in expected:
            tally = categories.setdefault(rule.split(".")[0], [0, 0])
            tally[1] += 1
        for rule, _ in expected & got:
            categories[rule.split(".")[0]][0] += 1
        if args.verbose:
            for miss in sorted(expected - got):
                print(f"  missed      {path.name}:{miss[1]} {miss[0]}")
            for alarm in sorted(got - expected):
                print(f"  false alarm {path.name}:{alarm[1]} {alarm[0]}")
    articles = len(list(DEVSET.glob("*.md")))
    clean = len(list(DEVSET.glob("clean-*.md")))
    print(f"{articles} articles ({articles - clean} with {planted} planted contradictions, {clean} clean)")
    print(f"recall of planted contradictions  {found}/{planted} = {found / planted:.2f}   (target ≥ 0.85)")
    print(f"findings that are correct          {correct}/{flagged} = {correct / max(flagged, 1):.2f}   (target ≥ 0.95)")
    print(f"false alarms on clean articles     {clean_alarms}          (target ≤ 1)")
    print("by category: " + ", ".join(f"{c} {f}/{n}" for c, (f, n) in sorted(categories.items())))


if __name__ == "__main__":
    main()

"""The rules' quality on the development set stays at the issue's targets.

benchmarks/rules_devset.py prints the figures; this guards them against regressions:
recall of planted contradictions ≥ 0.85, findings correct ≥ 0.95, at most one
false alarm across the clean articles.
"""

from __future__ import annotations

import sys

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

from rules_devset import DEVSET, expectations, findings

from verify.engine import RuleSet


def test_devset_meets_the_targets():
    ruleset = RuleSet.default()
    planted = found = flagged = clean_alarms = 0
    for path in sorted(DEVSET.glob("*.md")):
        expected, got = expectations(path), findings(path, ruleset)
        planted += len(expected)
        found += len(expected & got)
        flagged += len(got)
        if path.name.startswith("clean-"):
            assert not expected, f"{path.name} is clean but expects findings"
            clean_alarms += len(got)
    assert planted >= 15
    assert found / planted >= 0.85
    assert found / max(flagged, 1) >= 0.95
    assert clean_alarms <= 1

"""Score a folder of articles with ``<!-- expect: RULE -->`` markers by category, as the corpus scores:
``python benchmarks/probe_score.py benchmarks/devset`` (or a folder of probe articles kept outside the
repository: their writers' phrasing shares stock newsroom phrases with the corpus, which
``corpus_overlap.py`` keeps out of the project).

A plant is found by a finding (warning or error, not info) of the same category (age, date,
arithmetic, ...) touching its marked line; every other warning or error prints as EXTRA, a false alarm
unless it is a planted contradiction reported on another line. See the README ("Probe articles by
other writers").
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

VERIFY = str(Path(sys.executable).with_name("verify"))
_EXPECT = re.compile(r"<!-- expect: ([\w.-]+) -->")


def _category(rule: str) -> str:
    return rule.split(".")[0]


def findings(path: Path) -> list[tuple[str, str, set[int], str]]:
    """Each finding of ``verify check`` on one article: rule, severity, the lines it touches, message."""
    out = subprocess.run([VERIFY, "check", str(path), "--format", "json"], capture_output=True, text=True)
    report = json.loads(out.stdout)["reports"][0]
    line_of = {claim["id"]: claim["span"]["line"] for claim in report["claims"]}
    return [(f["rule"], f["severity"], {f["span"]["line"]} | {line_of[c] for c in f["claims"] if c in line_of},
             f["message"][:140]) for f in report["findings"]]


def score(path: Path) -> tuple[int, int, int]:
    """Print one article's plants and extra findings; return (plants found, plants, false alarms)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    expected = [(number, rule) for number, line in enumerate(lines, start=1) for rule in _EXPECT.findall(line)]
    got = findings(path)
    hits = [(line, rule, any(_category(g[0]) == _category(rule) and line in g[2] and g[1] != "info" for g in got))
            for line, rule in expected]
    print(f"== {path.name}: {sum(found for *_, found in hits)}/{len(expected)}")
    for line, rule, found in hits:
        print(f"   {'FOUND' if found else 'MISS '} {rule} (line {line})")
    alarms = 0
    for rule, severity, touched, message in got:
        if any(_category(rule) == _category(planted) and line in touched for line, planted in expected):
            continue
        alarms += severity != "info"
        label = "EXTRA" if severity != "info" else "info "
        print(f"   {label} {rule} {severity} lines {sorted(touched)}: {message}")
    return sum(found for *_, found in hits), len(expected), alarms


def main() -> None:
    found = total = alarms = 0
    for path in sorted(Path(sys.argv[1]).glob("*.md")):
        if path.name != "KEY.md":
            one = score(path)
            found, total, alarms = found + one[0], total + one[1], alarms + one[2]
    print(f"TOTAL {found}/{total}, extra non-info findings {alarms}")


if __name__ == "__main__":
    main()

"""Lines changed since a git ref, for ``verify check --diff REF``.

A finding is kept when any of its sides lies on a changed line (so a contradiction
introduced by editing either side is reported). Files git does not track yet
count as changed throughout.

>>> sorted(changed_lines_from_diff("@@ -3,0 +4,2 @@\\n+a\\n+b\\n@@ -9 +11 @@\\n-x\\n+y\\n"))
[4, 5, 11]
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from verify.errors import UsageError

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", re.MULTILINE)
ALL_LINES = None  # marker: the whole file is new


def changed_lines_from_diff(diff: str) -> set[int]:
    lines: set[int] = set()
    for match in _HUNK.finditer(diff):
        start, count = int(match.group(1)), int(match.group(2) or 1)
        lines.update(range(start, start + count))
    return lines


def _git(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, timeout=60, check=False)
    except FileNotFoundError:
        raise UsageError("--diff needs git, and git is not installed") from None


def changed_lines(path: str, ref: str) -> set[int] | None:
    """Lines of ``path`` changed since ``ref``; None when the whole file is new to git."""
    file = Path(path).resolve()
    top = _git(["rev-parse", "--show-toplevel"], file.parent)
    if top.returncode != 0:
        raise UsageError(f"{path}: --diff needs a git repository")
    root = Path(top.stdout.strip())
    relative = file.relative_to(root).as_posix()
    known = _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], root)
    if known.returncode != 0:
        raise UsageError(f"--diff: unknown git ref {ref!r}")
    tracked = _git(["cat-file", "-e", f"{ref}:{relative}"], root)
    if tracked.returncode != 0:
        return ALL_LINES
    diff = _git(["diff", "--no-color", "--unified=0", ref, "--", relative], root)
    if diff.returncode != 0:
        raise UsageError(f"--diff: git diff failed: {diff.stderr.strip()[:200]}")
    return changed_lines_from_diff(diff.stdout)

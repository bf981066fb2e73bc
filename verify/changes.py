"""Lines changed on a branch, for ``verify check --diff REF``.

Changes are counted from the merge base of REF and HEAD (``REF...HEAD``, as a pull request
shows them) to the file as it is now, uncommitted edits included, so lines that moved on REF
after the branch left it are never blamed on the branch. With ``--stdin-filename`` the
buffer read from standard input is compared, not the file on disk. A finding is kept when
any of its sides lies on a changed line (so a contradiction introduced by editing either
side is reported). Files git does not track at the merge base count as changed throughout.

>>> sorted(changed_lines_from_diff("@@ -3,0 +4,2 @@\\n+a\\n+b\\n@@ -9 +11 @@\\n-x\\n+y\\n"))
[4, 5, 11]
"""

from __future__ import annotations

import os
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


def _merge_base(root: Path, ref: str) -> str:
    known = _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], root)
    if known.returncode != 0:
        raise UsageError(f"--diff: unknown git ref {ref!r}")
    base = _git(["merge-base", ref, "HEAD"], root)
    if base.returncode != 0:
        raise UsageError(f"--diff: {ref!r} and HEAD share no history (in a shallow clone, fetch more of it: "
                         "fetch-depth: 0)")
    return base.stdout.strip()


def _diff_against_buffer(root: Path, base: str, relative: str, buffer: str) -> str:
    """``git diff`` of the file at ``base`` against text that is not on disk (an editor's buffer)."""
    import tempfile

    old = subprocess.run(["git", "show", f"{base}:{relative}"], cwd=root, capture_output=True, timeout=60,
                         check=False).stdout
    with tempfile.TemporaryDirectory(prefix="verify-diff-") as folder:
        before, after = Path(folder) / "before", Path(folder) / "after"
        before.write_bytes(old)
        after.write_bytes(buffer.encode("utf-8"))
        diff = _git(["diff", "--no-index", "--no-color", "--unified=0", str(before), str(after)], root)
    if diff.returncode not in (0, 1):  # --no-index exits 1 when the files differ
        raise UsageError(f"--diff: git diff failed: {diff.stderr.strip()[:200]}")
    return diff.stdout


def changed_lines(path: str, ref: str, buffer: str | None = None) -> set[int] | None:
    """Lines of ``path`` (or of ``buffer``, its unsaved text) changed since the merge base of ``ref``
    and HEAD; None when the whole file is new to git."""
    file = Path(os.path.abspath(path))
    top = _git(["rev-parse", "--show-toplevel"], file.parent) if file.parent.is_dir() else None
    if top is None or top.returncode != 0:
        raise UsageError(f"{path}: --diff needs a git repository")
    root = Path(top.stdout.strip())
    relative = file.resolve().relative_to(root.resolve()).as_posix()
    base = _merge_base(root, ref)
    tracked = _git(["cat-file", "-e", f"{base}:{relative}"], root)
    if tracked.returncode != 0:
        return ALL_LINES
    if buffer is not None:
        return changed_lines_from_diff(_diff_against_buffer(root, base, relative, buffer))
    diff = _git(["diff", "--no-color", "--unified=0", base, "--", relative], root)
    if diff.returncode != 0:
        raise UsageError(f"--diff: git diff failed: {diff.stderr.strip()[:200]}")
    return changed_lines_from_diff(diff.stdout)
